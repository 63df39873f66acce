package emergence.spark;

import emergence.core.BadInputException;
import emergence.training.sweep.GroupTask;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.apache.spark.api.java.function.Function;

/**
 * The function a Spark task runs on an executor: trains one {@link GroupTask} with the experiment's trainer for
 * this JVM ({@link ExecutorTrainers}) and returns the results to the driver.
 *
 * @param dataRoot where executors verify the dataset: {@code --data-dir}, or the folder the driver verified
 * @param threads  ND4J threads per task
 */
record TrainTask(String dataRoot, int threads) implements Function<GroupTask, TaskOutcome> {
    @Override
    public TaskOutcome call(GroupTask task) {
        String host = host();
        try {
            return new TaskOutcome(host, ExecutorTrainers.train(task, dataRoot, threads), null);
        } catch (BadInputException e) {
            return new TaskOutcome(host, List.of(), e.getMessage());
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "an executor";
        }
    }

}
