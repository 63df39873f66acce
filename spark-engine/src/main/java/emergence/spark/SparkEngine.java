package emergence.spark;

import emergence.core.BadInputException;
import emergence.training.sweep.Engine;
import emergence.training.sweep.EngineSettings;
import emergence.training.sweep.GroupTask;
import emergence.training.sweep.SweepJob;
import emergence.training.sweep.TaskSink;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains a sweep's tasks on Apache Spark: one Spark job per task (the replicates of one size), submitted largest
 * first so that the long runs do not finish last. Executors train and send results back; this driver stores each as
 * it arrives ({@link TaskSink}), so resume, the store's lock and a killed driver behave as with the local engine.
 * Spark retries a task whose executor was lost; a task that fails every attempt stops the sweep, naming its runs.
 */
public final class SparkEngine implements Engine {
    private static final Logger LOG = LoggerFactory.getLogger(SparkEngine.class);
    private static final Pattern LOCAL = Pattern.compile("local(?:\\[(\\*|\\d+)(?:,\\s*\\d+)?])?");
    private static final Pattern STANDALONE = Pattern.compile("spark://(.+)");
    /** How long to wait for the first executors of a cluster, in seconds (a Spark setting of the lab's own). */
    static final String EXECUTOR_WAIT = "spark.emergence.executorWaitSeconds";

    private final JavaSparkContext spark;
    private final String master;
    private final int threads;

    private SparkEngine(JavaSparkContext spark, String master, int threads) {
        this.spark = spark;
        this.master = master;
        this.threads = threads;
    }

    /**
     * Starts a Spark application on the settings' master ({@code local[cores]} by default) and, on a cluster, waits
     * until executors with at least the task's threads have registered.
     *
     * @throws BadInputException for a master Spark rejects or cannot reach, or one whose workers have fewer cores
     *                           than {@code --task-threads}
     */
    static SparkEngine start(EngineSettings settings) {
        int threads = settings.threads();
        String master = settings.master().orElse("local[" + Runtime.getRuntime().availableProcessors() + "]");
        Matcher local = LOCAL.matcher(master);
        boolean isLocal = local.matches();
        if (isLocal) {
            int cores = local.group(1) == null ? 1 : local.group(1).equals("*")
                    ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(local.group(1));
            if (cores < threads) {
                throw new BadInputException("--master " + master + " gives " + cores + " cores, fewer than the "
                        + threads + " threads of a task (--task-threads): use local[" + threads + "] or more, or "
                        + "fewer threads per task.");
            }
        }
        Matcher standalone = STANDALONE.matcher(master);
        if (standalone.matches()) {
            requireReachable(master, standalone.group(1));
        } else if (!isLocal) {
            requireClusterManager(master);
        }
        SparkConf conf = new SparkConf()
                .setMaster(master)
                .setAppName("emergence-lab")
                .set("spark.task.cpus", Integer.toString(threads))
                .set("spark.executorEnv.OMP_NUM_THREADS", Integer.toString(threads))
                .set("spark.extraListeners", ExecutorWatch.class.getName());
        if (isLocal) {
            conf.setIfMissing("spark.ui.enabled", "false");
        } else if (!conf.contains("spark.jars")) {
            // Started by bin/lab rather than spark-submit: executors load the lab from where this JVM does (the same
            // machine or a shared file system). Elsewhere, submit the runnable jar (docs/engines.md).
            conf.setIfMissing("spark.executor.extraClassPath", System.getProperty("java.class.path"));
        }
        JavaSparkContext spark;
        try {
            spark = new JavaSparkContext(conf);
        } catch (RuntimeException e) {
            throw new BadInputException("--master " + master + ": Spark refused to start (" + firstLine(e) + ").");
        }
        SparkEngine engine = new SparkEngine(spark, master, threads);
        if (!isLocal) {
            try {
                engine.awaitExecutors(Duration.ofSeconds(conf.getLong(EXECUTOR_WAIT, 120)));
            } catch (RuntimeException e) {
                spark.stop();
                throw e;
            }
        }
        return engine;
    }

    /**
     * Refuses a master that is neither local, standalone, YARN nor Kubernetes, or whose cluster manager is not on the
     * class path (bin/lab holds Spark's core only; a Spark distribution's spark-submit brings the others).
     */
    private static void requireClusterManager(String master) {
        String manager = master.equals("yarn") ? "org.apache.spark.deploy.yarn.YarnClusterManager"
                : master.startsWith("k8s://") ? "org.apache.spark.scheduler.cluster.k8s.KubernetesClusterManager"
                : null;
        if (manager == null) {
            throw new BadInputException("--master " + master + " is not a Spark master: use local[N], "
                    + "spark://HOST:PORT, yarn or k8s://HOST:PORT.");
        }
        try {
            Class.forName(manager, false, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException e) {
            throw new BadInputException("--master " + master + " needs Spark's " + (master.equals("yarn") ? "YARN"
                    : "Kubernetes") + " support, which bin/lab does not hold: submit dist/target/emergence-lab.jar "
                    + "with the cluster's spark-submit (docs/engines.md).");
        }
    }

    private static void requireReachable(String master, String hosts) {
        for (String hostPort : hosts.split(",")) {
            int colon = hostPort.lastIndexOf(':');
            String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
            int port = colon < 0 ? 7077 : port(master, hostPort.substring(colon + 1));
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), 5000);
                return;
            } catch (IOException e) {
                LOG.debug("Spark master {}:{} not reachable: {}", host, port, e.toString());
            }
        }
        throw new BadInputException("--master " + master + ": no Spark master answers there. Start it "
                + "(sbin/start-master.sh), or fix the host and port (the master's log prints its spark:// URL).");
    }

    private static int port(String master, String text) {
        int port;
        try {
            port = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 1 || port > 65_535) {
            throw new BadInputException("--master " + master + ": '" + text + "' is not a port (1 to 65535). Use "
                    + "spark://HOST:PORT as the master's log prints it (7077 by default).");
        }
        return port;
    }

    private void awaitExecutors(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            if (spark.sc().isStopped()) {
                throw new BadInputException("--master " + master + ": the cluster ended the application before any "
                        + "executor started. The master's and workers' logs say why; usual causes: executors that "
                        + "cannot start (no Java, too little memory for spark.executor.memory), workers that cannot "
                        + "reach this driver, or workers of another Spark version than this driver's "
                        + spark.version() + ".");
            }
            Map<String, ExecutorWatch.Executor> executors = ExecutorWatch.executors();
            if (!executors.isEmpty()) {
                List<String> small = executors.values().stream().filter(e -> e.cores() < threads)
                        .map(e -> e.host() + " (" + e.cores() + " cores)").toList();
                if (small.size() == executors.size()) {
                    throw new BadInputException("--task-threads " + threads + " is more than the cores of every "
                            + "executor: " + String.join(", ", small) + ". Use --task-threads "
                            + executors.values().stream().mapToInt(ExecutorWatch.Executor::cores).max().orElse(1)
                            + " or fewer, or give executors more cores (spark.executor.cores).");
                }
                LOG.info("Spark {}: {} executors, {} cores", master, executors.size(),
                        executors.values().stream().mapToInt(ExecutorWatch.Executor::cores).sum());
                return;
            }
            sleep(200);
        }
        throw new BadInputException("--master " + master + ": no executor registered within " + wait.toSeconds()
                + " s. Check that workers are running and have at least " + threads + " free cores and the executor "
                + "memory asked for (the master's web UI lists them).");
    }

    @Override
    public String describe() {
        return "spark " + master;
    }

    /** Task slots now: each executor's cores ÷ threads per task (local mode: the master's cores ÷ threads). */
    @Override
    public int slots() {
        Map<String, ExecutorWatch.Executor> executors = ExecutorWatch.executors();
        if (executors.isEmpty()) {
            return Math.max(1, spark.sc().defaultParallelism() / threads);
        }
        return Math.max(1, executors.values().stream().mapToInt(e -> e.cores() / threads).sum());
    }

    @Override
    public <C extends Record> void train(SweepJob<C> job, List<GroupTask> tasks, TaskSink sink) {
        String dataRoot = job.dataDir().orElse(job.data().folder()).toAbsolutePath().normalize().toString();
        TrainTask train = new TrainTask(dataRoot, threads);
        List<GroupTask> order = new ArrayList<>(tasks);
        order.sort(Comparator.comparingDouble(GroupTask::cost).reversed());
        Map<JavaFutureAction<List<TaskOutcome>>, GroupTask> running = new LinkedHashMap<>();
        for (GroupTask task : order) {
            spark.setJobDescription(task.label());
            running.put(spark.parallelize(List.of(task), 1).map(train).collectAsync(), task);
        }
        LOG.info("{} tasks submitted to Spark {}, largest first", order.size(), master);
        try {
            while (!running.isEmpty()) {
                var done = running.entrySet().stream().filter(e -> e.getKey().isDone()).findFirst();
                if (done.isEmpty()) {
                    sleep(100);
                    continue;
                }
                GroupTask task = running.remove(done.get().getKey());
                TaskOutcome outcome = outcome(done.get().getKey(), task);
                if (outcome.refusal() != null) {
                    throw new BadInputException("On " + outcome.host() + ": " + outcome.refusal() + " (every executor "
                            + "verifies the dataset at " + dataRoot + "; with --data-dir, each node needs a copy "
                            + "there).");
                }
                sink.finished(task, outcome.results());
            }
        } finally {
            if (!running.isEmpty()) {
                spark.cancelAllJobs();
            }
        }
    }

    private static TaskOutcome outcome(JavaFutureAction<List<TaskOutcome>> future, GroupTask task) {
        try {
            return future.get().get(0);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Training " + task.label() + " failed on every attempt Spark made ("
                    + firstLine(e.getCause()) + "). Every finished run is stored; rerun the same command to resume.",
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + task.label() + " trained", e);
        }
    }

    private static String firstLine(Throwable e) {
        return String.valueOf(e.getMessage()).lines().findFirst().orElse(e.getClass().getSimpleName());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        spark.stop();
    }
}
