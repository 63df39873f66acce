package emergence.autoencoder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import emergence.core.sweep.FamilyPlan;
import emergence.core.sweep.Profile;
import emergence.core.sweep.SizeSpec;
import org.junit.jupiter.api.Test;

class AutoencoderFamilyTest {
    @Test
    void aMembersTrainingFlopsAreTheHandCount() {
        // h = 64: the encoder's 3072 × 64 and the decoder's 64 × 3072 multiply-accumulates per image.
        FamilyPlan<AutoencoderSize> plan = AutoencoderFamily.plan(Profile.PAPER);
        SizeSpec<AutoencoderSize> h64 = plan.sizes().stream().filter(s -> s.config().hidden() == 64).findFirst()
                .orElseThrow();
        assertEquals(6.0 * (3072 * 64 + 64 * 3072), h64.flops().training());
        assertEquals(AutoencoderFamily.budget(Profile.PAPER).examples() * h64.flops().training(),
                plan.trainingFlops(h64), "every example of every epoch");
    }
}
