package emergence.core.experiment;

import emergence.core.tables.Summary;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A capability: tables the experiment derives from its dataset outside its sweep ({@code bin/lab analyse}), and the
 * tables that set its reference results against them.
 */
public interface Analysed {
    /** The analyses {@code bin/lab analyse} computes. */
    List<Analysis> analyses();

    /**
     * Tables that set the reference results against the analyses, block id → table, from {@code dir} (the
     * experiment's results folder) where they were computed; the README quotes them, the report prints them in the
     * experiment's section.
     */
    Map<String, AnalysisTable> analysisTables(Summary summary, Path dir);
}
