package emergence.lenet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import emergence.core.sweep.FamilyPlan;
import emergence.core.sweep.Profile;
import emergence.core.sweep.SizeSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaperLeNetFamilyTest {
    @Test
    void parameterCountsFollowThePapersLineWithinTwoPercent() {
        List<Integer> widths = PaperLeNetFamily.SIZES.stream().map(PaperLeNetSize::width).toList();
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 12, 16, 24, 32, 48, 64), widths);
        for (PaperLeNetSize s : PaperLeNetFamily.SIZES) {
            long params = LeNetNetwork.build(s, 1).parameterCount();
            assertEquals(6283L * s.width() + 330, params, s.id());
            double paper = 6282.0 * s.width() + 263;
            assertTrue(Math.abs(params / paper - 1) < 0.02, s.id() + ": " + params + " vs the paper's " + paper);
        }
        assertEquals(6272, new PaperLeNetSize(1).features());
    }

    @Test
    void everyRunIsATaskUnderTheLabFamilysBudget() {
        FamilyPlan<PaperLeNetSize> paper = PaperLeNetFamily.plan(Profile.PAPER);
        assertEquals(PaperLeNetFamily.SIZES, paper.sizes().stream().map(SizeSpec::config).toList());
        assertEquals(3, paper.seeds());
        assertEquals(1, paper.together());
        assertEquals(LeNetFamily.plan(Profile.PAPER).budget(), paper.budget());
        FamilyPlan<PaperLeNetSize> quick = PaperLeNetFamily.plan(Profile.QUICK);
        assertEquals(List.of("w01", "w03", "w05", "w07", "w12", "w24", "w48", "w64"),
                quick.sizes().stream().map(SizeSpec::id).toList());
        assertEquals(1, quick.seeds());
        assertThrows(IllegalArgumentException.class, () -> new PaperLeNetSize(0));
    }

    @Test
    void theSizesBetweenTwoMembersAreEveryWidthBetweenThem() {
        assertEquals(List.of(new PaperLeNetSize(9), new PaperLeNetSize(10), new PaperLeNetSize(11)),
                PaperLeNetFamily.between(new PaperLeNetSize(8), new PaperLeNetSize(12)));
        assertEquals(List.of(), PaperLeNetFamily.between(new PaperLeNetSize(1), new PaperLeNetSize(2)));
        SizeSpec<PaperLeNetSize> w10 = PaperLeNetFamily.spec(new PaperLeNetSize(10));
        assertEquals(List.of("w10", 6283L * 10 + 330), List.of(w10.id(), w10.params()));
    }

    @Test
    void theLabFamilysCostIsTheFormulaItAlwaysWas() {
        LeNetSize s = new LeNetSize(6, 16, 48);
        assertEquals(24.0 * 24 * 6 * 25 + 8.0 * 8 * 16 * 6 * 25 + 16.0 * 16 * 48 + 48 * 10.0, s.forwardMacs());
        assertEquals(256, s.features());
    }
}
