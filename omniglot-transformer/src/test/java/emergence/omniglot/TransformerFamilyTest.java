package emergence.omniglot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import emergence.core.sweep.Profile;
import org.junit.jupiter.api.Test;

class TransformerFamilyTest {
    @Test
    void aMembersTrainingFlopsAreTheHandCount() {
        // d = 16, one block, 4 then 8 channels, 100 classes; a sequence of 5 images and 5 labels (10 tokens).
        double image = 28 * 28 * 9 * 1 * 4 + 14 * 14 * 9 * 4 * 8 + 8 * 7 * 7 * 16;
        double perPair = image + 100 * 16 + 16 * 100;
        double block = 12 * 10 * 16 * 16 + 2 * 10 * 10 * 16;
        assertEquals(504_640, 5 * perPair + block);
        assertEquals(5 * perPair + block, TransformerFamily.forwardMacs(TransformerSize.of(16, 1, 2, 4), 100));
        assertEquals(100, TransformerFamily.protocol(Profile.QUICK).classes(), "the quick plan counts its classes");
        TransformerSize smallest = TransformerFamily.sizes(Profile.QUICK).get(0);
        assertEquals(6 * TransformerFamily.forwardMacs(smallest, 100),
                TransformerFamily.plan(Profile.QUICK).sizes().get(0).flops().training());
    }
}
