package emergence.core.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import emergence.core.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A refinement on disk and in a plan: sizes among the family's in order, seeds per size, the sweep's jobs. */
class RefinementTest {
    record Width(int w) {
    }

    @TempDir
    Path root;

    private static SizeSpec<Width> size(int w) {
        return new SizeSpec<>("w" + w, w, new ExampleFlops(w), 100L * w, new Width(w));
    }

    private static final FamilyPlan<Width> PLAN = new FamilyPlan<>(List.of(size(1), size(4)), 2, Map.of("steps", 10),
            new BudgetRule(BudgetRule.Kind.SAME_STEPS, "a test family"), 10);

    @Test
    void aRefinedPlanHasItsSizesInOrderAndItsSeedsPerSize() {
        FamilyPlan<Width> refined = PLAN.refined(List.of(size(3), size(2)), Map.of("w2", 5, "w4", 3));
        assertEquals(List.of("w1", "w2", "w3", "w4"), refined.sizes().stream().map(SizeSpec::id).toList());
        assertEquals(List.of(2, 5, 2, 3), refined.sizes().stream().map(refined::seedsOf).toList());
        SweepOptions options = new SweepOptions(Profile.PAPER, Optional.empty(), 1, 2, root, Optional.empty(), false);
        assertEquals(List.of("00_w1_r0", "00_w1_r1", "01_w2_r0", "01_w2_r1", "01_w2_r2", "01_w2_r3", "01_w2_r4",
                "02_w3_r0", "02_w3_r1", "03_w4_r0", "03_w4_r1", "03_w4_r2"), options.jobs("t", refined).stream()
                .map(RunSpec::dirName).toList());
        // An explicit --seeds raises every size to it, and lowers none below its refinement.
        SweepOptions four = new SweepOptions(Profile.PAPER, Optional.of(4), 1, 2, root, Optional.empty(), false);
        assertEquals(4 + 5 + 4 + 4, four.jobs("t", refined).size());
        assertThrows(IllegalArgumentException.class, () -> PLAN.refined(List.of(new SizeSpec<>("v4", 1,
                new ExampleFlops(1), 400, new Width(4))), Map.of()), "two sizes of the same parameters");
        assertThrows(IllegalArgumentException.class, () -> PLAN.refined(List.of(), Map.of("w9", 3)));
    }

    @Test
    void itIsWrittenBesideTheRunsReadBackAndMergedAndABrokenFileIsRefused() throws IOException {
        assertEquals(Refinement.NONE, Refinement.read(root, "t", Profile.PAPER));
        Refinement first = new Refinement(List.of(Map.of("w", 2)), Map.of("w2", 10, "w4", 10));
        first.write(root, "t", Profile.PAPER);
        Path file = root.resolve("t").resolve("refinement-paper.json");
        assertTrue(Files.isRegularFile(file));
        assertEquals(first, Refinement.read(root, "t", Profile.PAPER));
        assertEquals(Refinement.NONE, Refinement.read(root, "t", Profile.QUICK), "one file per profile");

        Refinement both = first.and(new Refinement(List.of(Map.of("w", 3), Map.of("w", 2)), Map.of("w2", 5, "w3",
                10)));
        assertEquals(new Refinement(List.of(Map.of("w", 2), Map.of("w", 3)), Map.of("w2", 10, "w3", 10, "w4", 10)),
                both);

        for (String broken : List.of("", "{\"sizes\": []}", "{\"sizes\": {}, \"seeds\": {}}",
                "{\"sizes\": [], \"seeds\": {\"w2\": 0}}")) {
            Files.writeString(file, broken);
            BadInputException e = assertThrows(BadInputException.class, () -> Refinement.read(root, "t",
                    Profile.PAPER), broken);
            assertTrue(e.getMessage().contains("bin/lab refine t --profile paper"), e.getMessage());
        }
    }
}
