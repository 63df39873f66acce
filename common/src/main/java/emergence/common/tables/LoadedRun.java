package emergence.common.tables;

import emergence.common.outputs.ExampleOutputs;
import emergence.common.outputs.RunManifest;
import emergence.common.outputs.RunStore.StoredRun;
import java.util.List;

/**
 * A successful stored run with its outputs read into memory, so that every table is built from one read.
 *
 * @param manifest the run's manifest
 * @param outputs  its per-example outputs
 */
public record LoadedRun(RunManifest manifest, ExampleOutputs outputs) {
    /** Reads the outputs of every successful run; failed runs have none and are left out. */
    public static List<LoadedRun> load(List<StoredRun> runs) {
        return runs.stream().filter(r -> r.manifest().ok()).map(r -> new LoadedRun(r.manifest(), r.outputs()))
                .toList();
    }
}
