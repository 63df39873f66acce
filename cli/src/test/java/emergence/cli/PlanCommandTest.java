package emergence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import emergence.core.outputs.RunStore;
import emergence.core.sweep.Profile;
import emergence.lenet.LeNetSize;
import emergence.report.Durations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/lab plan}: projections from the committed LeNet paper runs' times. */
class PlanCommandTest {
    @TempDir
    Path empty;

    @Test
    void oneWorkerTakesTheSumOfTheRunTimesAndManyWorkersTheLongestTask() throws IOException {
        List<RunStore.StoredRun> runs = new RunStore(Profile.PAPER.runsDir(Path.of("results"), "lenet-mnist")).list();
        double sum = runs.stream().mapToDouble(r -> r.manifest().outcome().trainSeconds()).sum();
        // A task is one size's replicates.
        Map<String, Double> tasks = runs.stream().collect(Collectors.groupingBy(r -> r.manifest().identity().sizeId(),
                TreeMap::new, Collectors.summingDouble(r -> r.manifest().outcome().trainSeconds())));
        double longest = tasks.values().stream().max(Comparator.naturalOrder()).orElseThrow();

        LabRun r = LabRun.of("plan", "lenet-mnist", "--profile", "paper", "--out", empty.toString(), "--workers",
                "1,64,2000000000");
        assertEquals(0, r.code(), r.err());
        String row = r.out().lines().filter(l -> l.startsWith("| lenet-mnist")).findFirst().orElseThrow();
        // 42 runs of 240,000 examples (4 epochs of 60,000), 6 operations per forward multiply-accumulate.
        double flops = 0;
        for (RunStore.StoredRun run : runs) {
            LeNetSize size = RunStore.json().convertValue(run.manifest().identity().size(), LeNetSize.class);
            flops += 240_000 * 6 * size.forwardMacs();
        }
        assertEquals("| lenet-mnist | 42 | 42 | 2 | " + String.format(Locale.ROOT, "%.2e", flops) + " | "
                + Durations.format(sum) + " | " + Durations.format(longest) + " | " + Durations.format(longest) + " |",
                row);
        // Then the family's budget rule: what every size shares, the examples a run sees, how it was chosen.
        String budget = r.out().lines().dropWhile(l -> !l.startsWith("Training budgets (paper profile):"))
                .filter(l -> l.startsWith("| lenet-mnist")).findFirst().orElseThrow();
        assertTrue(budget.startsWith("| lenet-mnist | same epochs for every size | 240,000 | Adam 1e-4, batch 128, 4 "
                + "epochs of the 60,000 training images, chosen on stored runs"), budget);
        assertTrue(r.out().contains("Where the budget is same epochs for every size, a size added to the family trains "
                + "on the same epochs of the same training set"), r.out());
        try (Stream<Path> written = Files.list(empty)) {
            assertEquals(0, written.count(), "plan writes nothing");
        }
    }

    @Test
    void storedRunsAreLeftOutSayingWhyAndHowToProjectAFreshSweep() {
        LabRun r = LabRun.of("plan", "lenet-mnist", "--profile", "paper", "--workers", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("| lenet-mnist | 0 | 0 | – | 0 | 0:00:00 |"), r.out());
        assertTrue(r.out().contains("Every run is already stored in results") && r.out().contains("--out /tmp/fresh"),
                r.out());
    }
}
