package emergence.training.sweep;

import emergence.core.BadInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens the engine that {@code --engine} names, finding engines other than the local one at run time. */
public final class Engines {
    private static final Logger LOG = LoggerFactory.getLogger(Engines.class);

    private Engines() {
    }

    /**
     * The engine of the settings; {@code auto} resolved for this machine's cores.
     *
     * @throws BadInputException for an unknown engine, or options that need the Spark engine without it
     */
    public static Engine open(EngineSettings settings) {
        return open(settings, Runtime.getRuntime().availableProcessors());
    }

    static Engine open(EngineSettings settings, int cores) {
        String name = settings.engine();
        if (name.equals(EngineSettings.AUTO)) {
            boolean spread = settings.master().isPresent() || cores > settings.threads();
            name = spread && factory(EngineSettings.SPARK) != null ? EngineSettings.SPARK : LocalEngine.NAME;
            LOG.info("--engine auto: {} ({} cores, {} threads per run)", name, cores, settings.threads());
        }
        if (name.equals(LocalEngine.NAME)) {
            if (settings.master().isPresent()) {
                throw new BadInputException("--master " + settings.master().get() + " needs --engine spark (the "
                        + "local engine trains in this JVM).");
            }
            return new LocalEngine();
        }
        EngineFactory factory = factory(name);
        if (factory == null) {
            throw new BadInputException("--engine " + name + " is not available; engines here: "
                    + String.join(", ", names()) + ".");
        }
        return factory.open(settings);
    }

    /** The engine of the settings, opened only when it is first asked to train or to describe itself. */
    public static Engine lazy(EngineSettings settings) {
        return new Engine() {
            private Engine opened;

            private Engine opened() {
                if (opened == null) {
                    opened = open(settings);
                }
                return opened;
            }

            @Override
            public void start() {
                opened();
            }

            @Override
            public String describe() {
                return opened().describe();
            }

            @Override
            public int slots() {
                return opened().slots();
            }

            @Override
            public <C extends Record> void train(SweepJob<C> job, List<GroupTask> tasks, TaskSink sink) {
                opened().train(job, tasks, sink);
            }

            @Override
            public void close() {
                if (opened != null) {
                    opened.close();
                }
            }
        };
    }

    /** Engines available on this class path: {@code auto}, {@code local}, then the registered ones. */
    public static List<String> names() {
        List<String> names = new ArrayList<>(List.of(EngineSettings.AUTO, LocalEngine.NAME));
        ServiceLoader.load(EngineFactory.class).forEach(f -> names.add(f.name()));
        return names;
    }

    private static EngineFactory factory(String name) {
        for (EngineFactory f : ServiceLoader.load(EngineFactory.class)) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return null;
    }
}
