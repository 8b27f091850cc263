package np.khaacho.saga.notification;

import np.khaacho.kernel.whatsapp.SendWhatsAppMessage;
import org.axonframework.commandhandling.CommandHandler;
import org.springframework.stereotype.Component;

/**
 * Messages no order event caused (conversation replies, login codes) join the same outbound queue
 * as the notifications, under the dedup key the sender chose. A login code stays sealed: nothing
 * here opens it, logs it or keeps it readable.
 */
@Component
class DirectMessageHandler {

    private final OutboundMessages messages;

    DirectMessageHandler(OutboundMessages messages) {
        this.messages = messages;
    }

    @CommandHandler
    void handle(SendWhatsAppMessage command) {
        NotificationKind kind = switch (command.purpose()) {
            case REPLY -> NotificationKind.REPLY;
            case LOGIN_CODE -> NotificationKind.LOGIN_CODE;
        };
        messages.send(new OutboundMessage(command.dedupKey(), command.recipientId(), command.phone(),
                command.language(), kind, command.body(), null, null, command.loginCode()));
    }
}
