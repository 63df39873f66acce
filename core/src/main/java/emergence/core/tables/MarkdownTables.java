package emergence.core.tables;

import emergence.core.metrics.MetricKey;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Markdown tables of scored results, for documents that quote them (the README's reference tables, written between
 * markers so that they cannot drift from the committed tables): one row per size with seed means of chosen
 * metrics, or one row per metric with its emergence scores under chosen samplings.
 */
public final class MarkdownTables {
    private MarkdownTables() {
    }

    /** How a number is written in a table. */
    @FunctionalInterface
    public interface Format {
        String apply(double value);

        /** {@code decimals} digits after the point, e.g. 0.1537. */
        static Format fixed(int decimals) {
            return v -> String.format(Locale.ROOT, "%." + decimals + "f", v);
        }

        /**
         * For a reader: 0 as "0", from 100 on whole numbers with thousands grouped (5,238), below 3 significant digits
         * with at most 4 decimals (0.0967, 0.300, 0.0098, 45.0); infinities as ∞.
         */
        static Format readable() {
            return v -> {
                if (!Double.isFinite(v)) {
                    return Double.isNaN(v) ? "" : v > 0 ? "∞" : "−∞";
                }
                if (v == 0) {
                    return "0";
                }
                if (Math.abs(v) >= 100) {
                    return String.format(Locale.ROOT, "%,.0f", v);
                }
                BigDecimal r = new BigDecimal(v).round(new MathContext(3));
                return r.setScale(Math.min(Math.max(r.scale(), 0), 4), RoundingMode.HALF_UP).toPlainString();
            };
        }
    }

    /**
     * A column of a by-size table: the seed mean of one metric, optionally followed by each seed's value.
     *
     * @param header the column's header
     * @param key    the metric and its argument
     * @param format how values are written
     * @param seeds  whether each seed's value follows the mean in brackets
     */
    public record SizeColumn(String header, MetricKey key, Format format, boolean seeds) {
        public static SizeColumn mean(String header, MetricKey key, Format format) {
            return new SizeColumn(header, key, format, false);
        }
    }

    /**
     * One row per size, smallest first: the size (as {@code sizeLabel} writes its id), its parameters, then the
     * columns.
     */
    public static String bySize(Summary summary, String sizeHeader, UnaryOperator<String> sizeLabel,
                                List<SizeColumn> columns) {
        List<String> header = new ArrayList<>(List.of(sizeHeader, "parameters"));
        columns.forEach(c -> header.add(c.header()));
        List<Curve.Point> sizes = summary.curve(columns.get(0).key()).points();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < sizes.size(); i++) {
            Curve.Point size = sizes.get(i);
            List<String> row = new ArrayList<>(List.of(sizeLabel.apply(size.size()),
                    String.format(Locale.ROOT, "%,d", size.params())));
            for (SizeColumn c : columns) {
                Curve.Point p = summary.curve(c.key()).points().get(i);
                String cell = c.format().apply(p.mean());
                if (c.seeds()) {
                    cell += " (" + String.join(", ", summary.seedValues(c.key(), p.size()).stream()
                            .map(v -> c.format().apply(v)).toList()) + ")";
                }
                row.add(cell);
            }
            rows.add(row);
        }
        return table(header, 1, rows);
    }

    /**
     * A row of a scores table.
     *
     * @param label the metric in words
     * @param key   the metric and its argument
     * @param bold  whether the row is the one the text is about (its label and first score in bold)
     */
    public record ScoreRow(String label, MetricKey key, boolean bold) {
        public static ScoreRow of(String label, MetricKey key) {
            return new ScoreRow(label, key, false);
        }
    }

    /**
     * One row per metric, one column per sampling (sampling id → header), scores {@link Format#readable()}; a bold
     * row has its label and first score in bold.
     */
    public static String scores(EmergenceTable scores, List<ScoreRow> rows, Map<Sampling, String> samplings) {
        List<String> header = new ArrayList<>(List.of("metric"));
        header.addAll(samplings.values());
        Format format = Format.readable();
        List<List<String>> cells = new ArrayList<>();
        for (ScoreRow r : rows) {
            List<String> row = new ArrayList<>(List.of(r.bold() ? "**" + r.label() + "**" : r.label()));
            for (Sampling sampling : samplings.keySet()) {
                String v = format.apply(scores.score(r.key(), sampling));
                row.add(r.bold() && row.size() == 1 ? "**" + v + "**" : v);
            }
            cells.add(row);
        }
        return table(header, 1, cells);
    }

    /**
     * A table for documents of any syntax (Markdown, HTML); cells hold no markup.
     *
     * @param header       column headers
     * @param firstNumeric the first of the right-aligned (numeric) columns
     * @param rows         one list of cells per row
     */
    public record Table(List<String> header, int firstNumeric, List<List<String>> rows) {
        public Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
        }

        /** As {@link MarkdownTables#table}. */
        public String markdown() {
            return MarkdownTables.table(header, firstNumeric, rows);
        }
    }

    /** A Markdown table; columns from {@code firstNumeric} on are right-aligned. */
    public static String table(List<String> header, int firstNumeric, List<List<String>> rows) {
        StringBuilder out = new StringBuilder("| ").append(String.join(" | ", header)).append(" |\n|");
        for (int i = 0; i < header.size(); i++) {
            out.append(i < firstNumeric ? " --- |" : " ---: |");
        }
        out.append('\n');
        for (List<String> row : rows) {
            out.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        return out.toString();
    }
}
