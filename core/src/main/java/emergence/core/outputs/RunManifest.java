package emergence.core.outputs;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Provenance of one run, stored beside its outputs as {@code manifest.json} in three parts: what run it is
 * ({@link Identity}: experiment, size, seeds, budget, data — checked against the plan before any run is reused), what
 * it ran on (the environment: versions, backend, native build, threads, git commit) and how it went ({@link Outcome}).
 * A field added to a part later reads as its default from manifests written before it (no migration); a change of
 * meaning raises {@link #SCHEMA}.
 *
 * @param schemaVersion {@value #SCHEMA} for manifests written now (2 and 0, the flat layouts before it, are read by
 *                      {@link RunStore} too)
 * @param identity      what was trained, from what
 * @param environment   versions, backend, native build, threads, git commit
 * @param outcome       how it went
 */
public record RunManifest(int schemaVersion, Identity identity, Map<String, String> environment, Outcome outcome) {
    /** The manifest schema written now: 3 nests schema 2's fields in identity, environment and outcome. */
    public static final int SCHEMA = 3;
    /** The oldest schema read without {@code bin/lab migrate}: 2, the first to record the outputs' checksum. */
    public static final int OLDEST_READ = 2;

    public RunManifest {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(outcome, "outcome");
        environment = environment == null ? Map.of() : Map.copyOf(environment);
    }

    /**
     * Which run this is.
     *
     * @param experiment experiment name
     * @param profile    profile id
     * @param sizeId     family member id
     * @param sizeIndex  position in the family, 0 = smallest
     * @param replicate  replicate number (the {@code seed} column of the tables)
     * @param seed       derived seed of this run
     * @param rootSeed   root seed of the sweep
     * @param params     trainable parameters counted from the built network (0 for a failed run)
     * @param size       the member's architecture knobs
     * @param budget     the training budget shared by every size
     * @param data       dataset file name → verified SHA-256
     */
    public record Identity(String experiment, String profile, String sizeId, int sizeIndex, int replicate, long seed,
                           long rootSeed, long params, Map<String, Object> size, Map<String, Object> budget,
                           Map<String, String> data) {
        public Identity {
            Objects.requireNonNull(experiment, "experiment");
            size = size == null ? Map.of() : Map.copyOf(size);
            budget = budget == null ? Map.of() : Map.copyOf(budget);
            data = data == null ? Map.of() : Map.copyOf(data);
        }
    }

    /**
     * How the run went.
     *
     * @param status        whether it trained and was evaluated, or failed
     * @param failure       reason of a failed run, else null
     * @param trainSeconds  wall time of training and evaluation
     * @param details       facts the trainer reported (final loss, steps, …)
     * @param createdAt     ISO-8601 instant the run finished
     * @param outputsSha256 SHA-256 of the run's {@code outputs.csv.gz} (null for a failed run, which has none)
     * @param checkpoints   the outputs stored during training, the last at the last step (the final outputs, or the
     *                      test subset every checkpoint is evaluated on); empty (and left out of the file) for a run
     *                      stored only at the end, as every run before checkpoints existed
     */
    public record Outcome(RunStatus status, String failure, double trainSeconds, Map<String, Object> details,
                          String createdAt, String outputsSha256,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Checkpoint> checkpoints) {
        public Outcome {
            Objects.requireNonNull(status, "status");
            details = details == null ? Map.of() : Map.copyOf(details);
            checkpoints = checkpoints == null ? List.of() : List.copyOf(checkpoints);
        }

        /** The same outcome with its outputs' checksum and its checkpoints. */
        public Outcome withOutputs(String sha256, List<Checkpoint> stored) {
            return new Outcome(status, failure, trainSeconds, details, createdAt, sha256, stored);
        }
    }

    /**
     * One stored checkpoint of a run.
     *
     * @param step          optimiser steps taken
     * @param examples      training examples seen, repeats counted
     * @param trainingFlops operations of training up to here: examples × the size's {@code ExampleFlops}
     * @param outputsSha256 SHA-256 of its outputs file
     */
    public record Checkpoint(long step, long examples, double trainingFlops, String outputsSha256) {
        public Checkpoint {
            Objects.requireNonNull(outputsSha256, "outputsSha256");
        }
    }

    public boolean ok() {
        return outcome.status() == RunStatus.OK;
    }

    /** This manifest in the current schema, recording the checksum of its outputs file (null: none). */
    public RunManifest withOutputs(String sha256) {
        return withOutputs(sha256, outcome.checkpoints());
    }

    /** The same, with the checkpoints stored beside the outputs. */
    public RunManifest withOutputs(String sha256, List<Checkpoint> checkpoints) {
        return new RunManifest(SCHEMA, identity, environment, outcome.withOutputs(sha256, checkpoints));
    }

    /** The same run at another position in its family (sizes were added below it). */
    public RunManifest withSizeIndex(int sizeIndex) {
        Identity i = identity;
        return new RunManifest(schemaVersion, new Identity(i.experiment(), i.profile(), i.sizeId(), sizeIndex,
                i.replicate(), i.seed(), i.rootSeed(), i.params(), i.size(), i.budget(), i.data()), environment,
                outcome);
    }

    /** The run folder name this manifest belongs in, e.g. {@code 03_c4-8-h16_r1}. */
    public String dirName() {
        return RunStore.runName(identity.sizeIndex(), identity.sizeId(), identity.replicate());
    }
}
