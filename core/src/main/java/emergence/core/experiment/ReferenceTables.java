package emergence.core.experiment;

import emergence.core.tables.EmergenceTable;
import emergence.core.tables.Summary;
import java.util.Map;

/**
 * A capability: tables of the experiment's reference results that documents quote, block id → Markdown, built from
 * its committed tables (see {@link emergence.core.tables.MarkdownTables}).
 */
public interface ReferenceTables {
    Map<String, String> referenceTables(Summary summary, EmergenceTable scores);

    /** The tables of an experiment that offers them; none otherwise. */
    static Map<String, String> of(Experiment<?, ?> experiment, Summary summary, EmergenceTable scores) {
        return experiment.capability(ReferenceTables.class).map(t -> t.referenceTables(summary, scores))
                .orElse(Map.of());
    }
}
