package emergence.core.tables;

import emergence.core.outputs.OutputKind;
import emergence.core.outputs.RunManifest;
import emergence.core.outputs.RunStore.StoredRun;
import java.util.List;

/**
 * A successful stored run with its final outputs read into memory as their typed kind, so that every table is built
 * from one read; its earlier checkpoints are read on demand.
 *
 * @param stored  the run in its store
 * @param kind    how its outputs are read
 * @param outputs its per-example outputs at the end of training
 * @param <O>     the kind of outputs
 */
public record LoadedRun<O>(StoredRun stored, OutputKind<O> kind, O outputs) {
    /** Reads the outputs of every successful run; failed runs have none and are left out. */
    public static <O> List<LoadedRun<O>> load(List<StoredRun> runs, OutputKind<O> kind) {
        return runs.stream().filter(r -> r.manifest().ok())
                .map(r -> new LoadedRun<>(r, kind, kind.read(r.outputs()))).toList();
    }

    /** The run's manifest. */
    public RunManifest manifest() {
        return stored.manifest();
    }

    /**
     * Its outputs at one of its checkpoints: the final outputs already read at a last one that is them (the store keeps
     * them in one file), else that checkpoint's file, checked against its recorded SHA-256.
     */
    public O outputs(RunManifest.Checkpoint checkpoint) {
        return checkpoint.outputsSha256().equals(manifest().outcome().outputsSha256()) ? outputs
                : kind.read(stored.outputs(checkpoint));
    }
}
