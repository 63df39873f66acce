package emergence.cli.toy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import emergence.cli.Lab;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An experiment defined only in test code ({@link ToyLogistic}, registered in the test resources) goes through
 * train → score → figures → report like the lab's own: adding an experiment needs no change outside its module.
 */
class ToyExperimentTest {
    @TempDir
    Path tmp;

    @Test
    void aToyExperimentDefinedInTestCodeTrainsScoresAndReachesTheReport() throws IOException {
        Path data = tmp.resolve("data");
        ToyLogistic.writeDataset(data);
        Path out = tmp.resolve("out");
        assertEquals(0, Lab.execute("train", ToyLogistic.NAME, "--profile", "quick", "--engine", "local",
                "--data-dir", data.toString(), "--out", out.toString()));
        Path dir = out.resolve(ToyLogistic.NAME);
        List<String> summary = Files.readAllLines(dir.resolve("summary.csv"));
        // 4 sizes × 1 seed × (accuracy, cross-entropy, 3 K of subset accuracy, 3 K of acc^K)
        assertEquals(1 + 4 * 8, summary.size());
        assertTrue(summary.get(1).startsWith("toy-logistic,f1,2,0,accuracy,,"), summary.get(1));
        double smallest = accuracy(summary, "f1");
        double largest = accuracy(summary, "f8");
        assertTrue(largest > smallest + 0.1, "accuracy " + smallest + " (1 feature) → " + largest + " (8)");

        String before = Files.readString(dir.resolve("summary.csv"));
        assertEquals(0, Lab.execute("score", ToyLogistic.NAME, "--profile", "quick", "--out", out.toString()));
        assertEquals(before, Files.readString(dir.resolve("summary.csv")), "score re-derives the same table");

        assertEquals(0, Lab.execute("figures", "--profile", "quick", "--out", out.toString()));
        assertTrue(Files.size(dir.resolve("figures").resolve("a_toy.png")) > 5_000);
        assertTrue(Files.readString(dir.resolve("resolution.csv")).contains("toy-logistic,f8,9,"));
        String report = Files.readString(out.resolve("REPORT.md"));
        assertTrue(report.contains("## Logistic regression on synthetic points (toy-logistic)"), report);
        assertTrue(report.contains("Residual of the prediction (acc^K) of subset_accuracy"), report);
        assertTrue(report.contains("![a_toy](toy-logistic/figures/a_toy.png)"), report);
        assertTrue(report.contains("With all 8 features the toy is right on " + String.format(java.util.Locale.ROOT,
                "%.3f", largest) + " of its test points."), "its findings open its section: " + report);
        assertTrue(Files.readString(out.resolve("emergence_scores.csv")).contains("toy-logistic,accuracy,,dense,"));

        // Its explorer's sharp metric has a shape no lab experiment has (at least M of 10 right); the page shows it
        // from the values the lab computed, M = 1..10 for every run.
        String page = Files.readString(out.resolve("report/explorer-data.js"));
        JsonNode explorer = new ObjectMapper().readTree(page.substring(page.indexOf('{'), page.lastIndexOf('}') + 1));
        JsonNode toy = null;
        for (JsonNode e : explorer.get("experiments")) {
            toy = e.get("name").asText().equals(ToyLogistic.NAME) ? e : toy;
        }
        assertTrue(toy != null && toy.get("knob").asText().equals("M"), page);
        assertEquals(ToyLogistic.VOTE, toy.get("grid").size());
        assertEquals(4, toy.get("runs").size());
        for (JsonNode run : toy.get("runs")) {
            JsonNode sharp = run.get("sharp");
            assertEquals(ToyLogistic.VOTE, sharp.size());
            assertEquals(1.0, sharp.get(0).asDouble(), 1e-12, "at least 1 of 10 right: every block");
            for (int m = 1; m < ToyLogistic.VOTE; m++) {
                assertTrue(sharp.get(m).asDouble() <= sharp.get(m - 1).asDouble(), "falls with M: " + sharp);
            }
        }
        assertTrue(explorer.get("walkthrough").toString().contains("M = 6 a majority vote"), page);
    }

    private static double accuracy(List<String> summary, String size) {
        return summary.stream().filter(l -> l.startsWith("toy-logistic," + size + ",") && l.contains(",accuracy,,"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(',') + 1))).findFirst().orElseThrow();
    }
}
