package emergence.spark;

import emergence.training.sweep.Engine;
import emergence.training.sweep.EngineFactory;
import emergence.training.sweep.EngineSettings;

/** Registers the Spark engine as {@code --engine spark}. */
public final class SparkEngineFactory implements EngineFactory {
    @Override
    public String name() {
        return EngineSettings.SPARK;
    }

    @Override
    public Engine open(EngineSettings settings) {
        return SparkEngine.start(settings);
    }
}
