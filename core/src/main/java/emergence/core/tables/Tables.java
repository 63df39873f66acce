package emergence.core.tables;

import emergence.core.BadInputException;
import emergence.core.io.AtomicFiles;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** CSV writing shared by the tables: header row, '\n' line ends, atomic replace of the target file. */
public final class Tables {
    private Tables() {
    }

    /** Body of a table: prints the records. */
    @FunctionalInterface
    public interface Body {
        void print(CSVPrinter printer) throws IOException;
    }

    /** Writes a CSV table atomically ({@link AtomicFiles}). */
    public static void writeCsv(Path file, String[] header, Body body) {
        AtomicFiles.write(file, tmp -> {
            try (Writer w = Files.newBufferedWriter(tmp);
                 CSVPrinter printer = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(header)
                         .setRecordSeparator('\n').build())) {
                body.print(printer);
            }
        });
    }

    /**
     * Reads a CSV table written by {@link #writeCsv}, record by record.
     *
     * @throws BadInputException naming the file when its header is not {@code header}
     */
    public static void readCsv(Path file, String header, Consumer<CSVRecord> each) {
        try (Reader r = Files.newBufferedReader(file);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            if (!String.join(",", parser.getHeaderNames()).equals(header)) {
                throw new BadInputException(file + " is not a table of " + header + " (its header is "
                        + String.join(",", parser.getHeaderNames()) + "). Rewrite it with the bin/lab command that writes it (score for summaries and "
                        + "emergence tables, bench for bench.csv).");
            }
            parser.forEach(each);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** A value with 6 significant digits, or Infinity/NaN spelled out. */
    public static String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
