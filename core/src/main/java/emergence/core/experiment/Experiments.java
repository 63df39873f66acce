package emergence.core.experiment;

import emergence.core.BadInputException;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The experiments on the class path, found with {@link ServiceLoader} and ordered by {@link ExperimentId#ORDER}
 * (never by class-path order).
 */
public final class Experiments {
    private Experiments() {
    }

    /** Every experiment, in report order. */
    public static List<Experiment<?, ?>> all() {
        List<Experiment<?, ?>> found = ServiceLoader.load(Experiment.class).stream()
                .<Experiment<?, ?>>map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(Experiment::id, ExperimentId.ORDER))
                .toList();
        for (int i = 1; i < found.size(); i++) {
            if (found.get(i).name().equals(found.get(i - 1).name())) {
                throw new IllegalStateException("two experiments are named " + found.get(i).name() + ": "
                        + found.get(i - 1).getClass().getName() + " and " + found.get(i).getClass().getName());
            }
        }
        return found;
    }

    /** The experiment of a name, or a refusal listing the known ones. */
    public static Experiment<?, ?> get(String name) {
        List<Experiment<?, ?>> all = all();
        return all.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(() ->
                new BadInputException("unknown experiment '" + name + "'; known: "
                        + String.join(", ", all.stream().map(Experiment::name).toList())));
    }
}
