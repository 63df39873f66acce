package emergence.core.experiment;

import java.util.Objects;

/**
 * A smooth metric and a sharp one scored on the same outputs: the pair whose sharpness the report and the README
 * compare by every measure of {@link emergence.core.tables.EmergenceTable}.
 *
 * @param smooth    the smooth metric's name, e.g. {@code accuracy}
 * @param smoothArg its argument or empty
 * @param sharp     the sharp metric's name, e.g. {@code subset_accuracy}
 * @param sharpArg  its argument, e.g. {@code 5}
 */
public record Contrast(String smooth, String smoothArg, String sharp, String sharpArg) {
    public Contrast {
        Objects.requireNonNull(smooth, "smooth");
        Objects.requireNonNull(smoothArg, "smoothArg");
        Objects.requireNonNull(sharp, "sharp");
        Objects.requireNonNull(sharpArg, "sharpArg");
    }
}
