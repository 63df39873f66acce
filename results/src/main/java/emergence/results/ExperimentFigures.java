package emergence.results;

import emergence.common.tables.Summary;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Renders one experiment's figures from its summary. */
public interface ExperimentFigures {
    /** Writes PNG and SVG files into {@code dir}; returns the PNG paths. */
    List<Path> render(Summary summary, Path dir);

    /** Figure file stem → two-line caption (what it shows; what to see), in report order. */
    Map<String, String> captions();
}
