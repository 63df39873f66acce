package emergence.spark;

import emergence.training.sweep.RunResult;
import java.io.Serializable;
import java.util.List;

/**
 * What a Spark task hands back: its runs' results, or why the executor refused to train (its copy of the dataset
 * is missing or corrupt), which retrying elsewhere would not mend.
 *
 * @param host    the executor's host
 * @param results one per run, empty when refused
 * @param refusal the executor's one-line reason, or null
 */
record TaskOutcome(String host, List<RunResult> results, String refusal) implements Serializable {
    TaskOutcome {
        results = List.copyOf(results);
    }
}
