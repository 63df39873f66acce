package emergence.core.outputs;

import java.util.List;
import java.util.Map;

/**
 * The flat manifest of schemas 1 and 2 (every field at the top level; schema 1 without {@code schemaVersion} and
 * {@code outputsSha256}), read so that stores written before schema 3 need no migration for the change of layout.
 */
record FlatManifest(String experiment, String profile, String sizeId, int sizeIndex, int replicate, long seed,
                    long rootSeed, RunStatus status, String failure, long params, double trainSeconds,
                    Map<String, Object> size, Map<String, Object> budget, Map<String, Object> details,
                    Map<String, String> environment, Map<String, String> data, String createdAt, int schemaVersion,
                    String outputsSha256) {
    /** The same facts in the nested layout, keeping the schema it was written in. */
    RunManifest nested() {
        return new RunManifest(schemaVersion,
                new RunManifest.Identity(experiment, profile, sizeId, sizeIndex, replicate, seed, rootSeed, params,
                        size, budget, data),
                environment, new RunManifest.Outcome(status, failure, trainSeconds, details, createdAt,
                outputsSha256, List.of()));
    }
}
