package np.khaacho.command.whatsapp;

import np.khaacho.command.whatsapp.WebhookSignatures.Policy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignaturesTest {

    @Test
    void checksSignaturesWheneverATokenIsSetInEitherMode() {
        assertThat(WebhookSignatures.decide(true, false)).isEqualTo(Policy.CHECK);
        assertThat(WebhookSignatures.decide(true, true)).isEqualTo(Policy.CHECK);
    }

    @Test
    void withoutATokenProductionRefusesEveryCallAndOnlyTheDemoTakesUnsignedOnes() {
        assertThat(WebhookSignatures.decide(false, false)).isEqualTo(Policy.REFUSE_ALL);
        assertThat(WebhookSignatures.decide(false, true)).isEqualTo(Policy.ACCEPT_UNSIGNED);
    }
}
