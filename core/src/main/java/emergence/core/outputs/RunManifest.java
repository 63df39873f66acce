package emergence.core.outputs;

import java.util.Map;
import java.util.Objects;

/**
 * Provenance of one run, stored beside its outputs as {@code manifest.json}: what was trained (options,
 * size, budget), from what (data checksums, seeds), with what (versions, backend, threads), and how it went.
 *
 * @param experiment   experiment name
 * @param profile      profile id
 * @param sizeId       family member id
 * @param sizeIndex    position in the family, 0 = smallest
 * @param replicate    replicate number (the {@code seed} column of the tables)
 * @param seed         derived seed of this run
 * @param rootSeed     root seed of the sweep
 * @param status       {@value #OK} or {@value #FAILED}
 * @param failure      reason of a failed run, else null
 * @param params       trainable parameters counted from the built network (0 for a failed run)
 * @param trainSeconds wall time of training and evaluation
 * @param size         the member's architecture knobs
 * @param budget       the training budget shared by every size
 * @param details      facts the trainer reported (final loss, steps, …)
 * @param environment  versions, backend, native build, threads, git commit
 * @param data         dataset file name → verified SHA-256
 * @param createdAt    ISO-8601 instant the run finished
 */
public record RunManifest(String experiment, String profile, String sizeId, int sizeIndex, int replicate,
                          long seed, long rootSeed, String status, String failure, long params,
                          double trainSeconds, Map<String, Object> size, Map<String, Object> budget,
                          Map<String, Object> details, Map<String, String> environment, Map<String, String> data,
                          String createdAt) {
    public static final String OK = "ok";
    public static final String FAILED = "failed";

    public RunManifest {
        Objects.requireNonNull(experiment, "experiment");
        Objects.requireNonNull(status, "status");
        if (!status.equals(OK) && !status.equals(FAILED)) {
            throw new IllegalArgumentException("status must be ok or failed, got " + status);
        }
        size = Map.copyOf(size);
        budget = Map.copyOf(budget);
        details = details == null ? Map.of() : Map.copyOf(details);
        environment = Map.copyOf(environment);
        data = Map.copyOf(data);
    }

    public boolean ok() {
        return OK.equals(status);
    }
}
