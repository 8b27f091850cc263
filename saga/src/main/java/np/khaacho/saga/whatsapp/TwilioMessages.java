package np.khaacho.saga.whatsapp;

import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;

/** Creates one WhatsApp message through Twilio's Messages API and answers Twilio's message SID. */
class TwilioMessages {

    private final TwilioRestClient client;
    private final TwilioSettings settings;

    TwilioMessages(TwilioRestClient client, TwilioSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    String send(String phone, SendPlan plan) {
        PhoneNumber to = new PhoneNumber(WhatsAppAddress.of(phone));
        PhoneNumber from = new PhoneNumber(settings.whatsappSender());
        MessageCreator creator = switch (plan.form()) {
            case FREEFORM -> Message.creator(to, from, plan.body());
            case TEMPLATE -> Message.creator(to, from, (String) null)
                    .setContentSid(plan.contentSid())
                    .setContentVariables(plan.contentVariables());
        };
        settings.statusCallback().ifPresent(creator::setStatusCallback);
        return creator.create(client).getSid();
    }

    static TwilioRestClient client(TwilioSettings settings) {
        return new TwilioRestClient.Builder(settings.accountSid().strip(), settings.authToken().strip())
                .httpClient(new BaseUrlHttpClient(settings.apiBase()))
                .build();
    }
}
