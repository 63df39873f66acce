package emergence.core.experiment;

import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who an experiment is: its name on the command line and in result paths, its title in words, and where it stands
 * in the report and in {@code reproduce} — the paper's section, then its position within that section (ties by
 * name).
 *
 * @param name     e.g. {@code lenet-mnist}: lower-case letters, digits and dashes
 * @param title    e.g. "LeNet on MNIST"
 * @param section  the paper's section it reproduces, e.g. 5 (an extension takes the section after the paper's)
 * @param position its place among that section's experiments, from 1
 */
public record ExperimentId(String name, String title, int section, int position) {
    /** Report order: section, position, name. */
    public static final Comparator<ExperimentId> ORDER = Comparator.comparingInt(ExperimentId::section)
            .thenComparingInt(ExperimentId::position).thenComparing(ExperimentId::name);
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public ExperimentId {
        Objects.requireNonNull(title, "title");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("an experiment's name is lower-case words joined by dashes, got "
                    + name);
        }
        if (section < 0 || position < 0) {
            throw new IllegalArgumentException("section and position must be ≥ 0, got " + section + ", " + position);
        }
    }
}
