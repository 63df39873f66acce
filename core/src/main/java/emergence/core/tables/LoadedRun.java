package emergence.core.tables;

import emergence.core.outputs.OutputKind;
import emergence.core.outputs.RunManifest;
import emergence.core.outputs.RunStore.StoredRun;
import java.util.List;

/**
 * A successful stored run with its outputs read into memory as their typed kind, so that every table is built
 * from one read.
 *
 * @param manifest the run's manifest
 * @param outputs  its per-example outputs
 * @param <O>      the kind of outputs
 */
public record LoadedRun<O>(RunManifest manifest, O outputs) {
    /** Reads the outputs of every successful run; failed runs have none and are left out. */
    public static <O> List<LoadedRun<O>> load(List<StoredRun> runs, OutputKind<O> kind) {
        return runs.stream().filter(r -> r.manifest().ok())
                .map(r -> new LoadedRun<>(r.manifest(), kind.read(r.outputs()))).toList();
    }
}
