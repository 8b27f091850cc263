package np.khaacho.saga.whatsapp;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SendPlanTest {

    private static TwilioSettings withTemplates(Map<String, String> templates) {
        return new TwilioSettings("AC1", "token", "+14155238886", null, null, templates, null, null, null, null);
    }

    @Test
    void insideTheWindowTheTextGoesAsItIs() {
        SendPlan plan = SendPlan.choose(true, "ORDER_PLACED", "Line one\nLine two",
                withTemplates(Map.of("default", "HXdefault"))).orElseThrow();

        assertThat(plan).isEqualTo(new SendPlan(SendForm.FREEFORM, "Line one\nLine two", null, null));
    }

    @Test
    void outsideTheWindowTheKindsOwnTemplateComesBeforeTheDefault() {
        TwilioSettings settings = withTemplates(Map.of("order-placed", "HXplaced", "default", "HXdefault"));

        assertThat(SendPlan.choose(false, "ORDER_PLACED", "Placed", settings).orElseThrow())
                .isEqualTo(new SendPlan(SendForm.TEMPLATE, null, "HXplaced", "{\"1\":\"Placed\"}"));
        assertThat(SendPlan.choose(false, "REPLY", "Hi", settings).orElseThrow().contentSid()).isEqualTo("HXdefault");
    }

    @Test
    void outsideTheWindowWithoutATemplateThereIsNoWayToSend() {
        assertThat(SendPlan.choose(false, "REPLY", "Hi", withTemplates(Map.of("ORDER_PLACED", "HXplaced")))).isEmpty();
        assertThat(SendPlan.choose(false, "REPLY", "Hi", withTemplates(Map.of("default", " ")))).isEmpty();
        assertThat(SendPlan.choose(false, "REPLY", "Hi", withTemplates(null))).isEmpty();
    }

    @Test
    void aTemplateVariableIsOneLineWithoutRunsOfSpacesAndNotTooLong() {
        assertThat(SendPlan.oneLine("  Order KH-1:\n\n  2 x rice\r\n\t1 x  dal     (5 kg)  "))
                .isEqualTo("Order KH-1: · 2 x rice · 1 x dal (5 kg)");
        String variable = SendPlan.oneLine("x".repeat(2000));
        assertThat(variable).hasSize(SendPlan.MAX_VARIABLE_LENGTH).endsWith("…");
    }

    @Test
    void theTemplateVariablesAreJsonWithTheTextAsVariableOne() {
        assertThat(SendPlan.template("HX1", "Say \"namaste\"\nनमस्ते").contentVariables())
                .isEqualTo("{\"1\":\"Say \\\"namaste\\\" · नमस्ते\"}");
    }
}
