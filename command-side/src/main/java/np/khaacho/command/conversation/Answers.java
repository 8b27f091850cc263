package np.khaacho.command.conversation;

import np.khaacho.command.api.CommandSender;
import np.khaacho.command.whatsapp.InboundMessage;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Channel;
import np.khaacho.kernel.whatsapp.MessagePurpose;
import np.khaacho.kernel.whatsapp.SendWhatsAppMessage;
import org.springframework.stereotype.Component;

/**
 * Sends the one answer to an inbound message, in the language its text is written in. Its dedup key
 * is the message's, so a message read again (after a crash, or a retry) is answered no second time.
 */
@Component
class Answers {

    /** An answer is Khaacho's own word on WhatsApp, whoever wrote. */
    private static final Actor KHAACHO = Actor.system(Channel.WHATSAPP);

    private final CommandSender sender;

    Answers(CommandSender sender) {
        this.sender = sender;
    }

    void send(InboundMessage message, Reply reply) {
        String body = reply.body();
        String language = body.codePoints().anyMatch(c -> c >= 0x0900 && c <= 0x097F) ? "ne" : "en";
        sender.send(new SendWhatsAppMessage(InboundMessage.replyKey(message.messageSid()), reply.recipientId(),
                message.phone(), language, MessagePurpose.REPLY, body), KHAACHO);
    }
}
