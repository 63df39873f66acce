package emergence.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import emergence.report.SharpnessTables.Scored;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedTasksTest {
    @Test
    void aDatasetWithOneFamilyIsNoGroup() {
        assertEquals(List.of(), SharedTasks.groups(List.of(SharpnessTablesTest.scored())));
    }

    @Test
    void twoFamiliesOfOneDatasetAreDrawnAndTabulatedSideBySide(@TempDir Path root) {
        Scored toy = SharpnessTablesTest.scored();
        List<SharedTasks.Group> groups = SharedTasks.groups(List.of(toy, toy));
        assertEquals(1, groups.size());
        SharedTasks.Group g = groups.get(0);
        assertEquals("families_toy", g.stem());

        List<List<String>> rows = SharedTasks.table(g).rows();
        assertEquals(4, rows.size(), "the smooth and the sharp metric of each family");
        assertEquals(List.of("toy-logistic", "accuracy", "5: 100 – 1,000,000", "0.100 → 0.900"), rows.get(0).subList(0, 4));
        assertEquals("3.20", rows.get(0).get(5), "0.8 of the rise over 4 decades");
        assertEquals(List.of("subset_accuracy 2", "0 → 0.900"), List.of(rows.get(1).get(1), rows.get(1).get(3)));
        assertEquals("0.81", rows.get(1).get(5));

        Path png = SharedTasks.render(g, root);
        assertEquals(root.resolve("families_toy.png"), png);
        assertTrue(Files.isRegularFile(png) && Files.isRegularFile(root.resolve("families_toy.svg")));
    }
}
