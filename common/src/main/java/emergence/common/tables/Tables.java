package emergence.common.tables;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import emergence.common.outputs.TempNames;

/** CSV writing shared by the tables: header row, '\n' line ends, atomic replace of the target file. */
public final class Tables {
    private Tables() {
    }

    /** Body of a table: prints the records. */
    @FunctionalInterface
    public interface Body {
        void print(CSVPrinter printer) throws IOException;
    }

    public static void writeCsv(Path file, String[] header, Body body) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = parent.resolve(TempNames.of("." + file.getFileName()));
            try {
                try (Writer w = Files.newBufferedWriter(tmp);
                     CSVPrinter printer = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(header)
                             .setRecordSeparator('\n').build())) {
                    body.print(printer);
                }
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
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
