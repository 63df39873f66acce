package emergence.autoencoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import emergence.core.experiment.AnalysisTable;
import emergence.core.metrics.MeanSquaredError;
import emergence.core.tables.Summary;
import emergence.core.tables.SummaryRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The autoencoder's tables against its analyses, as the README and the report print them. */
class AnalysisTablesTest {
    /** Widths 4 and 8, two seeds each. */
    private static Summary summary() {
        return new Summary(List.of(new SummaryRow("autoencoder-cifar", "h0004", 0, 27_652, 0, MeanSquaredError.NAME, "",
                0.5), new SummaryRow("autoencoder-cifar", "h0004", 0, 27_652, 1, MeanSquaredError.NAME, "", 0.7),
                new SummaryRow("autoencoder-cifar", "h0008", 1, 52_232, 0, MeanSquaredError.NAME, "", 0.4),
                new SummaryRow("autoencoder-cifar", "h0008", 1, 52_232, 1, MeanSquaredError.NAME, "", 0.4)));
    }

    @Test
    void withoutAnalysesThereAreNoTables(@TempDir Path dir) {
        assertEquals(Map.of(), new AutoencoderCifar().analysisTables(summary(), dir));
    }

    @Test
    void eachWidthIsSetAgainstItsBoundAndTheStudyFollowsWhenComputed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(PcaBound.FILE), PcaBound.HEADER + "\n4,0.5\n8,0.2\n");
        Map<String, AnalysisTable> tables = new AutoencoderCifar().analysisTables(summary(), dir);
        assertEquals(List.of("bound"), List.copyOf(tables.keySet()));
        AnalysisTable bound = tables.get("bound");
        assertTrue(bound.caption().contains(PcaBound.FILE), bound.caption());
        assertEquals(List.of(List.of("4", "27,652", "0.600", "0.5", "1.20"),
                List.of("8", "52,232", "0.400", "0.200", "2.00")), bound.table().rows());

        Files.writeString(dir.resolve(ConvergenceStudy.FILE), ConvergenceStudy.HEADER + "\n"
                + "8,2023,1,0.0003,0.5,0.35,1.0\n8,2023,2,0.00003,0.4,0.25,2.0\n");
        tables = new AutoencoderCifar().analysisTables(summary(), dir);
        assertEquals(List.of("bound", "convergence"), List.copyOf(tables.keySet()));
        assertTrue(tables.get("convergence").caption().contains(ConvergenceStudy.FILE));
        // h=8: bound 0.2, the sweep's 0.4 (2.00×), the study's last epoch 0.25 (1.25×: within 1.5× at epoch 2).
        assertEquals(List.of("8", "0.200", "0.400", "2.00"), tables.get("convergence").table().rows().get(0)
                .subList(0, 4));
        List<String> row = tables.get("convergence").table().rows().get(0);
        assertEquals(List.of("1.25", "2"), List.of(row.get(row.size() - 3), row.get(row.size() - 1)));
    }
}
