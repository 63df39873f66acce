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
 * @param status       whether it trained and was evaluated, or failed
 * @param failure      reason of a failed run, else null
 * @param params       trainable parameters counted from the built network (0 for a failed run)
 * @param trainSeconds wall time of training and evaluation
 * @param size         the member's architecture knobs
 * @param budget       the training budget shared by every size
 * @param details      facts the trainer reported (final loss, steps, …)
 * @param environment  versions, backend, native build, threads, git commit
 * @param data         dataset file name → verified SHA-256
 * @param createdAt    ISO-8601 instant the run finished
 * @param schemaVersion {@value #SCHEMA} for manifests written now; 0 when absent (schema 1, before output checksums)
 * @param outputsSha256 SHA-256 of the run's {@code outputs.csv.gz} (null for a failed run, which has none)
 */
public record RunManifest(String experiment, String profile, String sizeId, int sizeIndex, int replicate,
                          long seed, long rootSeed, RunStatus status, String failure, long params,
                          double trainSeconds, Map<String, Object> size, Map<String, Object> budget,
                          Map<String, Object> details, Map<String, String> environment, Map<String, String> data,
                          String createdAt, int schemaVersion, String outputsSha256) {
    /** The manifest schema written now: 2 adds {@code schemaVersion} and {@code outputsSha256} to schema 1. */
    public static final int SCHEMA = 2;

    public RunManifest {
        Objects.requireNonNull(experiment, "experiment");
        Objects.requireNonNull(status, "status");
        size = Map.copyOf(size);
        budget = Map.copyOf(budget);
        details = details == null ? Map.of() : Map.copyOf(details);
        environment = Map.copyOf(environment);
        data = Map.copyOf(data);
    }

    public boolean ok() {
        return status == RunStatus.OK;
    }

    /** This manifest in the current schema, recording the checksum of its outputs file (null: none). */
    public RunManifest withOutputs(String sha256) {
        return new RunManifest(experiment, profile, sizeId, sizeIndex, replicate, seed, rootSeed, status, failure,
                params, trainSeconds, size, budget, details, environment, data, createdAt, SCHEMA, sha256);
    }

    /** The run folder name this manifest belongs in, e.g. {@code 03_c4-8-h16_r1}. */
    public String dirName() {
        return RunStore.runName(sizeIndex, sizeId, replicate);
    }
}
