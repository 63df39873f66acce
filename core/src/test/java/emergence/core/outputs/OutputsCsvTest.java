package emergence.core.outputs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputsCsvTest {
    @TempDir
    Path dir;

    @Test
    void roundTripsIntegerAndFloatColumnsExactly() throws IOException {
        float[] p = {0.1f, 1e-7f, 0.99999994f};
        ExampleOutputs out = new ExampleOutputs(List.of(Column.ints("index", new int[] {0, 1, 2}),
                Column.reals("p_true", new double[] {p[0], p[1], p[2]})));
        Path f = dir.resolve("o.csv.gz");
        OutputsCsv.write(out, f);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(text.startsWith("index,p_true\n0,0.1\n"), text);
        }
        ExampleOutputs back = OutputsCsv.read(f);
        assertArrayEquals(out.values("index"), back.values("index"));
        assertArrayEquals(out.values("p_true"), back.values("p_true"));
        assertTrue(back.columns().get(0).integer());
        assertFalse(back.columns().get(1).integer());
    }

    @Test
    void theCompactFormKeepsFourSignificantDigitsOfRealsAndIntegersWhole() throws IOException {
        float[] p = {0.123456f, 1.23456e-7f, 0.99999994f};
        ExampleOutputs out = new ExampleOutputs(List.of(Column.ints("index", new int[] {0, 1, 123456}),
                Column.reals("p_true", new double[] {p[0], p[1], p[2]})));
        Path f = dir.resolve("c.csv.gz");
        OutputsCsv.writeCompact(out, f);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
            assertEquals("index,p_true\n0,0.1235\n1,0.0000001235\n123456,1\n",
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        ExampleOutputs back = OutputsCsv.read(f);
        assertArrayEquals(out.values("index"), back.values("index"));
        for (int i = 0; i < p.length; i++) {
            assertEquals(p[i], back.values("p_true")[i], 5e-4 * p[i]);
        }
    }

    @Test
    void columnsMustHaveEqualLengthsAndUniqueSnakeCaseNames() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new ExampleOutputs(
                List.of(Column.ints("a", new int[2]), Column.ints("b", new int[3]))));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new ExampleOutputs(
                List.of(Column.ints("a", new int[2]), Column.ints("a", new int[2]))));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Column.ints("Bad Name", new int[1]));
        assertEquals(2, new ExampleOutputs(List.of(Column.ints("a", new int[2]))).rows());
    }
}
