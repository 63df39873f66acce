package emergence.arithmetic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import emergence.core.sweep.Profile;
import emergence.core.sweep.SizeSpec;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ArithmeticFamilyTest {
    @Test
    void aMembersTrainingFlopsAreTheHandCount() {
        // d = 16, one block, 17 tokens of a 14-token vocabulary: one-hot table 17·14·16, the block's products
        // 12·17·16², attention 2·17²·16, the head 17·16·14.
        double macs = 17 * 14 * 16 + 12 * 17 * 256 + 2 * 289 * 16 + 17 * 16 * 14;
        assertEquals(69_088, macs);
        assertEquals(macs, ArithmeticFamily.forwardMacs(new ArithmeticSize(16, 1, 2)));
        for (SizeSpec<ArithmeticSize> s : ArithmeticFamily.plan(Profile.PAPER).sizes()) {
            assertEquals(6 * ArithmeticFamily.forwardMacs(s.config()), s.flops().training(), s.id());
        }
    }

    @Test
    void theSizesBetweenTwoMembersAreEveryWidthAtTheirDepthWithHeadsThatDivideIt() {
        assertEquals(List.of(new ArithmeticSize(11, 1, 1), new ArithmeticSize(12, 1, 2), new ArithmeticSize(13, 1, 1)),
                ArithmeticFamily.between(new ArithmeticSize(10, 1, 2), new ArithmeticSize(14, 1, 2)));
        assertEquals(List.of(), ArithmeticFamily.between(new ArithmeticSize(16, 1, 2), new ArithmeticSize(17, 1, 1)));
        assertEquals(List.of(), ArithmeticFamily.between(new ArithmeticSize(32, 1, 4), new ArithmeticSize(48, 2, 4)),
                "no in-between depth");
        // Parameters grow with the width whatever the heads: 12·d² + 60·d + 14.
        assertEquals(List.of(1814L, 2126L, 2462L), IntStream.of(10, 11, 12)
                .mapToObj(d -> ArithmeticFamily.params(new ArithmeticSize(d, 1, d % 2 == 0 ? 2 : 1))).toList());
    }
}
