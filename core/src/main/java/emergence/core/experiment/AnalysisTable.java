package emergence.core.experiment;

import emergence.core.tables.MarkdownTables;
import java.util.Objects;

/**
 * A table that sets an experiment's reference results against one of its {@link Analysis analyses}, for the README
 * (quoted by block id) and the report (printed under its caption).
 *
 * @param caption what the table shows, a sentence for the report
 * @param table   the table
 */
public record AnalysisTable(String caption, MarkdownTables.Table table) {
    public AnalysisTable {
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(table, "table");
    }
}
