package emergence.core.experiment;

import emergence.core.data.VerifiedDataset;
import java.nio.file.Path;

/**
 * A table an experiment derives from its dataset outside its sweep (a bound, a baseline, a convergence study of one
 * model), computed once by {@code bin/lab analyse} and kept beside the experiment's results, so that the figures and
 * README tables that use it re-render without the data.
 */
public interface Analysis {
    /** File name in the experiment's results folder, e.g. {@code pca_bound.csv}. */
    String file();

    /** What it holds, in a few words, for the command's log. */
    String description();

    /** Computes it from the verified dataset and writes it to {@code target} atomically. */
    void write(VerifiedDataset data, Path target);
}
