package np.khaacho.saga.whatsapp;

import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;

import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Creates one WhatsApp message through Twilio's Messages API and answers Twilio's message SID; finds
 * one Twilio took already in its message log.
 */
class TwilioMessages {

    /** The most recent messages to one phone looked through in Twilio's log. */
    private static final int LOOK_BACK = 50;

    private final TwilioRestClient client;
    private final TwilioSettings settings;

    TwilioMessages(TwilioRestClient client, TwilioSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    /** Sends the plan; a file goes with a free-form message only (a template's text links to it instead). */
    String send(String phone, SendPlan plan, String mediaUrl) {
        PhoneNumber to = new PhoneNumber(WhatsAppAddress.of(phone));
        PhoneNumber from = new PhoneNumber(settings.whatsappSender());
        MessageCreator creator = switch (plan.form()) {
            case FREEFORM -> Message.creator(to, from, plan.body());
            case TEMPLATE -> Message.creator(to, from, (String) null)
                    .setContentSid(plan.contentSid())
                    .setContentVariables(plan.contentVariables());
        };
        if (mediaUrl != null && plan.form() == SendForm.FREEFORM) {
            creator.setMediaUrl(List.of(URI.create(mediaUrl)));
        }
        settings.statusCallback().ifPresent(creator::setStatusCallback);
        return creator.create(client).getSid();
    }

    /**
     * Twilio's id of a message it took from this sender for this phone with this text since that instant,
     * newest first, leaving out the ids {@code taken} already knows: a free-form message reads as its
     * text, a template message contains it as its variable.
     */
    Optional<String> findSent(String phone, String text, Instant since, Predicate<String> taken) {
        PhoneNumber to = new PhoneNumber(WhatsAppAddress.of(phone));
        PhoneNumber from = new PhoneNumber(settings.whatsappSender());
        String asVariable = SendPlan.oneLine(text);
        for (Message message : Message.reader().setTo(to).setFrom(from).limit(LOOK_BACK).read(client)) {
            ZonedDateTime created = message.getDateCreated();
            if (created != null && created.toInstant().isBefore(since)) {
                break;
            }
            String body = message.getBody();
            if (body != null && (body.equals(text) || body.contains(asVariable)) && !taken.test(message.getSid())) {
                return Optional.of(message.getSid());
            }
        }
        return Optional.empty();
    }

    static TwilioRestClient client(TwilioSettings settings) {
        return new TwilioRestClient.Builder(settings.accountSid().strip(), settings.authToken().strip())
                .httpClient(new BaseUrlHttpClient(settings.apiBase()))
                .build();
    }
}
