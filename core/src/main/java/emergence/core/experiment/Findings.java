package emergence.core.experiment;

import emergence.core.tables.EmergenceTable;
import emergence.core.tables.Summary;
import java.util.List;

/**
 * A capability: what the experiment's results say, in words, generated from its tables (never typed), each
 * statement with its uncertainty; the report prints them at the head of the experiment's section.
 */
public interface Findings {
    /** Paragraphs, generated from the summary and the emergence scores of a complete sweep. */
    List<String> findings(Summary summary, EmergenceTable scores);
}
