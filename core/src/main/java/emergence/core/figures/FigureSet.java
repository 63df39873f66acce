package emergence.core.figures;

import emergence.core.tables.Summary;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Renders one experiment's figures from its summary. */
public interface FigureSet {
    /** Writes PNG and SVG files into {@code dir}; returns the PNG paths. */
    List<Path> render(Summary summary, Path dir);

    /**
     * Figure file stem → caption (what it shows; what to see), in report order; includes the caption of the
     * resolution study's figure ({@code f_resolution}), which the lab renders beside these.
     */
    Map<String, String> captions();
}
