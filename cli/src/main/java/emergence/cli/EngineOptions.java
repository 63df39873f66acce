package emergence.cli;

import emergence.training.sweep.Engine;
import emergence.training.sweep.EngineSettings;
import emergence.training.sweep.Engines;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Where the commands that train run their runs: {@code --engine} and {@code --master}. */
final class EngineOptions {
    @Option(names = "--engine", paramLabel = "E", defaultValue = EngineSettings.AUTO, description = "auto, local or "
            + "spark. auto uses every core: the local engine (one run at a time in this JVM) when the cores are no "
            + "more than --threads, else Spark's embedded local[cores], cores ÷ threads runs at once. Default: "
            + "${DEFAULT-VALUE}.")
    String engine;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master for --engine spark: local[N], "
            + "spark://HOST:PORT, yarn or k8s://HOST:PORT. Default: local[cores].")
    String master;

    /**
     * The engine for runs of {@code threads} ND4J threads each, opened when the first run is to train (a sweep with
     * nothing left to train starts no Spark); the caller closes it.
     */
    Engine open(int threads) {
        return Engines.lazy(new EngineSettings(engine, Optional.ofNullable(master), threads));
    }
}
