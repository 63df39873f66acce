package emergence.arithmetic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import emergence.core.sweep.Profile;
import emergence.core.sweep.SizeSpec;
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
}
