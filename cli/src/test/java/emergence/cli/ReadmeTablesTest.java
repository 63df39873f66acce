package emergence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README and the pages under docs/ quote the committed tables exactly, each table in one place, and their
 * generated blocks are rewritten in place.
 */
class ReadmeTablesTest {
    @Test
    void everyGeneratedTableOfTheDocumentsIsTheCommittedOneQuotedOnce() throws IOException {
        Map<String, String> blocks = ReadmeTables.render(Path.of("results"));
        List<String> ids = new ArrayList<>();
        for (Path document : ReadmeTables.documents()) {
            String text = Files.readString(document);
            ids.addAll(ReadmeTables.ids(text));
            assertEquals(ReadmeTables.update(text, blocks), text,
                    document + " differs from the committed tables; run bin/lab figures --profile paper");
        }
        assertEquals(new HashSet<>(ids).size(), ids.size(), "a table quoted twice: " + ids);
        assertEquals(new TreeSet<>(blocks.keySet()), new TreeSet<>(ids), "every committed table quoted, no other");
    }

    @Test
    void theReadmeFitsAScreenfulOfPages() throws IOException {
        assertTrue(Files.readAllLines(ReadmeTables.README).size() <= 250, "README.md over 250 lines");
    }

    @Test
    void benchRowsAreTheMedianAndRangeOfTheirRepeats(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("bench.csv");
        Files.writeString(csv, BenchCommand.HEADER + "\n"
                + "e,small,1,3,1,3\ne,sweep,1,10,5,2\ne,small,2,1,1,1\ne,sweep,2,12,4,3\ne,sweep,3,30,20,1.5\n");
        assertEquals("""
                | experiment | model | repeats | lab s/epoch | PyTorch s/epoch | lab / PyTorch |
                | --- | --- | ---: | ---: | ---: | ---: |
                | e | small | 2 | 2.00 (1.00 – 3.00) | 1.00 (1.00 – 1.00) | 2.00 (1.00 – 3.00) |
                | e | **sweep** | 3 | 12.00 (10.00 – 30.00) | 5.00 (4.00 – 20.00) | **2.00 (1.50 – 3.00)** |
                """, ReadmeTables.bench(csv));
    }

    @Test
    void blocksAreReplacedByIdAndOtherTextIsKept() {
        String doc = "intro, markers `<!-- generated: x -->` in prose are text\n<!-- generated: a/t -->\nold\n<!-- end generated -->\nmiddle\n"
                + "<!-- generated: b/t -->\nkept\n<!-- end generated -->\nend\n";
        assertEquals("intro, markers `<!-- generated: x -->` in prose are text\n<!-- generated: a/t -->\n| new |\n<!-- end generated -->\nmiddle\n"
                + "<!-- generated: b/t -->\nkept\n<!-- end generated -->\nend\n",
                ReadmeTables.update(doc, Map.of("a/t", "| new |\n")));
        assertEquals(List.of("a/t", "b/t"), ReadmeTables.ids(doc));
        assertThrows(IllegalArgumentException.class,
                () -> ReadmeTables.update("<!-- generated: a/t -->\nno end\n", Map.of()));
    }
}
