package emergence.core.outputs;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Stores {@link ExampleOutputs} as gzip CSV with a header row. Integer columns are written without
 * decimals; real columns as floats, with the shortest text that round-trips a float (the networks compute
 * in float), so that writing and reading back gives the same numbers; or, {@link #writeCompact compact}, to
 * {@value #COMPACT_DIGITS} significant digits (a third smaller, for the many outputs of a run's checkpoints). On
 * reading, a column is an integer column when every value is written as an integer.
 */
public final class OutputsCsv {
    private OutputsCsv() {
    }

    /** Significant digits of the real columns of {@link #writeCompact}. */
    public static final int COMPACT_DIGITS = 4;
    private static final MathContext COMPACT = new MathContext(COMPACT_DIGITS);

    public static void write(ExampleOutputs outputs, Path file) {
        write(outputs, file, v -> Float.toString((float) v));
    }

    /**
     * Writes the real columns to {@value #COMPACT_DIGITS} significant digits: a probability's cross-entropy moves by
     * at most 1e-4 relative, the same for every engine and machine.
     */
    public static void writeCompact(ExampleOutputs outputs, Path file) {
        write(outputs, file, v -> new BigDecimal(v).round(COMPACT).stripTrailingZeros().toPlainString());
    }

    private static void write(ExampleOutputs outputs, Path file, DoubleFunction<String> real) {
        List<Column> cols = outputs.columns();
        String[] header = cols.stream().map(Column::name).toArray(String[]::new);
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(file), 1 << 16), StandardCharsets.UTF_8));
             CSVPrinter printer = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(header)
                     .setRecordSeparator('\n').build())) {
            for (int r = 0; r < outputs.rows(); r++) {
                for (Column c : cols) {
                    double v = c.values()[r];
                    printer.print(c.integer() ? Long.toString((long) v) : real.apply(v));
                }
                printer.println();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public static ExampleOutputs read(Path file) {
        try {
            return read(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stored outputs " + file, e);
        }
    }

    /** Reads the stored outputs from the bytes of an {@code outputs.csv.gz} ({@code source} names it in errors). */
    public static ExampleOutputs read(byte[] gzip, String source) {
        String file = source;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(new ByteArrayInputStream(gzip), 1 << 16), StandardCharsets.UTF_8));
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            List<String> names = parser.getHeaderNames();
            List<double[]> rows = new ArrayList<>();
            boolean[] integer = new boolean[names.size()];
            Arrays.fill(integer, true);
            for (CSVRecord rec : parser) {
                if (rec.size() != names.size()) {
                    throw new IllegalArgumentException(file + " line " + parser.getCurrentLineNumber()
                            + ": expected " + names.size() + " values, found " + rec.size());
                }
                double[] row = new double[names.size()];
                for (int i = 0; i < row.length; i++) {
                    String s = rec.get(i);
                    boolean whole = s.indexOf('.') < 0 && s.indexOf('E') < 0 && !s.contains("N") && !s.contains("I");
                    row[i] = whole ? Double.parseDouble(s) : Float.parseFloat(s);
                    integer[i] &= whole;
                }
                rows.add(row);
            }
            List<Column> cols = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                double[] v = new double[rows.size()];
                for (int row = 0; row < v.length; row++) {
                    v[row] = rows.get(row)[i];
                }
                cols.add(new Column(names.get(i), integer[i], v));
            }
            return new ExampleOutputs(cols);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stored outputs " + file, e);
        }
    }
}
