package emergence.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import emergence.core.metrics.Accuracy;
import emergence.core.metrics.MetricKey;
import emergence.core.tables.StepTransitions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingTablesTest {
    private static final MetricKey ACC = MetricKey.of(Accuracy.NAME);
    private static final MetricKey SHARP = MetricKey.of("subset_accuracy", 5);

    @TempDir
    Path dir;

    /**
     * Accuracy over two seeds: over sizes 0.1 → 0.9 with widths {@code sizes}; size "small" rises over training
     * 0.1 → 0.15 only (width 0.05, too little a rise to count), "large" 0.1 → 0.9 with widths {@code steps}.
     */
    private StepTransitions table(double[] sizes, double[] steps) throws IOException {
        StringBuilder csv = new StringBuilder(StepTransitions.HEADER + "\n");
        for (int seed = 0; seed < 2; seed++) {
            csv.append("toy,accuracy,,steps,small,100,").append(seed).append(",0.1,0.15,0.05\n");
            csv.append("toy,accuracy,,steps,large,10000,").append(seed).append(",0.1,0.9,").append(steps[seed])
                    .append('\n');
            csv.append("toy,accuracy,,params,,0,").append(seed).append(",0.1,0.9,").append(sizes[seed]).append('\n');
            csv.append("toy,subset_accuracy,5,steps,large,10000,").append(seed).append(",0,0.6,0.2\n");
        }
        Path file = dir.resolve("step_transitions.csv");
        Files.writeString(file, csv);
        return StepTransitions.read(file);
    }

    @Test
    void theVerdictComparesTheRangesOfTheSizesThatRoseOverTraining() throws IOException {
        String sizes = TrainingTables.stepsAgainstSizesVerdict(new Accuracy(), ACC,
                table(new double[] {0.3, 0.4}, new double[] {0.7, 0.9}));
        assertTrue(sizes.startsWith("At the one size whose accuracy rises over training by at least half the "
                + "family's rise over sizes (large), "), sizes);
        assertTrue(sizes.contains("0.70–0.90 decades of steps (2 runs)"), sizes);
        assertTrue(sizes.contains("0.30–0.40 decades of parameters (2 seeds)"), sizes);
        assertTrue(sizes.endsWith("sharper across model size than across training time."), sizes);
        assertTrue(TrainingTables.stepsAgainstSizesVerdict(new Accuracy(), ACC,
                table(new double[] {0.3, 0.8}, new double[] {0.7, 0.9})).endsWith("undecided at this resolution."));
        assertTrue(TrainingTables.stepsAgainstSizesVerdict(new Accuracy(), ACC,
                table(new double[] {0.6, 0.8}, new double[] {0.2, 0.5}))
                .endsWith("sharper across training time than across model size."));
    }

    @Test
    void theTableHasASizeARowAndTheWidthsOverSizesLast() throws IOException {
        List<List<String>> rows = TrainingTables.stepsAgainstSizes(ACC, SHARP,
                table(new double[] {0.3, 0.4}, new double[] {0.7, 0.9})).rows();
        assertEquals(List.of("small", "100", "0.100 → 0.150", "0.05 [0.05, 0.05]", "–"), rows.get(0));
        assertEquals(List.of("large", "10,000", "0.100 → 0.900", "0.80 [0.70, 0.90]", "0.20 [0.20, 0.20]"),
                rows.get(1));
        assertEquals(List.of("**over sizes, at the last step**", "", "0.100 → 0.900", "**0.35 [0.30, 0.40]**",
                "–"), rows.get(2));
    }
}
