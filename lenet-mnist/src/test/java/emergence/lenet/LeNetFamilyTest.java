package emergence.lenet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import emergence.core.sweep.ExampleFlops;
import emergence.core.sweep.FamilyPlan;
import emergence.core.sweep.Profile;
import emergence.core.sweep.SizeSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeNetFamilyTest {
    @Test
    void fourteenLogSpacedSizesFromUnderAHundredToOver400kParameters() {
        List<LeNetSize> sizes = LeNetFamily.SIZES;
        assertTrue(sizes.size() >= 14);
        long previous = 0;
        for (LeNetSize s : sizes) {
            long params = LeNetNetwork.build(s, 1).parameterCount();
            if (previous > 0) {
                double ratio = (double) params / previous;
                assertTrue(ratio > 1.5 && ratio < 2.4, s.id() + " grows ×" + ratio + " over the previous size");
            }
            previous = params;
        }
        assertEquals(89, LeNetNetwork.build(sizes.get(0), 1).parameterCount());
        assertTrue(previous >= 400_000, "largest has " + previous);
    }

    @Test
    void profilesShareOneBudgetAcrossSizes() {
        FamilyPlan<LeNetSize> paper = LeNetFamily.plan(Profile.PAPER);
        assertEquals(14, paper.sizes().size());
        assertEquals(3, paper.seeds());
        FamilyPlan<LeNetSize> quick = LeNetFamily.plan(Profile.QUICK);
        assertEquals(8, quick.sizes().size());
        assertEquals(LeNetFamily.SIZES.get(13).id(), quick.sizes().get(7).id(), "quick keeps the largest");
        assertEquals(List.of("batch_size", "epochs", "init", "learning_rate", "normalization", "optimizer",
                "train_examples"), paper.budget().keySet().stream().sorted().toList());
    }

    @Test
    void eachPlannedSizeCarriesItsTypedRecordAndBadOnesAreRefused() {
        FamilyPlan<LeNetSize> paper = LeNetFamily.plan(Profile.PAPER);
        assertEquals(LeNetFamily.SIZES, paper.sizes().stream().map(SizeSpec::config).toList());
        assertEquals(LeNetFamily.SIZES.stream().map(LeNetSize::id).toList(),
                paper.sizes().stream().map(SizeSpec::id).toList());
        assertEquals("c4-8-h16", new LeNetSize(4, 8, 16).id());
        assertThrows(IllegalArgumentException.class, () -> new LeNetSize(0, 1, 1));
    }

    @Test
    void trainingFlopsOfAMemberOfEachFamilyAreTheHandCount() {
        // c4-8-h16: 5×5 valid convolutions, 28 → 24 (pool 12) → 8 (pool 4), then 128 → 16 → 10.
        double lab = 24 * 24 * 25 * 1 * 4 + 8 * 8 * 25 * 4 * 8 + 128 * 16 + 16 * 10;
        assertEquals(111_008, lab);
        ExampleFlops flops = LeNetFamily.plan(Profile.PAPER).sizes().stream()
                .filter(s -> s.id().equals("c4-8-h16")).findFirst().orElseThrow().flops();
        assertEquals(2 * lab, flops.forward());
        assertEquals(6 * lab, flops.training(), "forward, then twice as much backward");
        // The paper's w = 8: a 3×3 'same' convolution of 32 channels, pool to 14, then 32·196 → 8 → 10.
        double paper = 28 * 28 * 9 * 1 * 32 + 32 * 196 * 8 + 8 * 10;
        assertEquals(276_048, paper);
        assertEquals(6 * paper, PaperLeNetFamily.plan(Profile.PAPER).sizes().stream()
                .filter(s -> s.config().width() == 8).findFirst().orElseThrow().flops().training());
    }
}
