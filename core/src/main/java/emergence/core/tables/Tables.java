package emergence.core.tables;

import emergence.core.io.AtomicFiles;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

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

    /** A value with 6 significant digits, or Infinity/NaN spelled out. */
    public static String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
