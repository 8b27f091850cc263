package np.khaacho.command.conversation;

import np.khaacho.command.parsing.ImageReading;
import np.khaacho.command.parsing.Intent;
import np.khaacho.command.parsing.MessageReader;
import np.khaacho.command.parsing.ParseResult;
import np.khaacho.command.whatsapp.InboundMessage;
import np.khaacho.command.whatsapp.MediaDownloader;
import np.khaacho.command.whatsapp.Reading;
import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.common.DomainException;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a buyer's message, once, before it is routed: a tapped button says what it means; a photo is
 * fetched and read (with its caption, unless the photo alone is an order); otherwise the typed text.
 */
@Component
class MessageReading {

    private final MessageReader reader;
    private final MediaDownloader media;

    MessageReading(MessageReader reader, MediaDownloader media) {
        this.reader = reader;
        this.media = media;
    }

    /** @throws Unreadable when the message holds nothing that can be read, or its photo could not be */
    Reading readMessage(InboundMessage message, String buyerId) throws Unreadable {
        String payload = message.buttonPayload() == null ? "" : message.buttonPayload().toUpperCase(Locale.ROOT);
        if (payload.contains("CONFIRM") || payload.equals("YES")) {
            return button(Intent.CONFIRM);
        }
        if (payload.contains("CANCEL")) {
            return button(Intent.CANCEL);
        }
        Optional<InboundMessage.Media> photo = message.media().stream()
                .filter(m -> m.contentType() != null && m.contentType().startsWith("image/")).findFirst();
        if (photo.isEmpty()) {
            if (!message.media().isEmpty() && message.body().isBlank()) {
                throw new Unreadable("only photos and typed lists can be read");
            }
            return new Reading(reader.readText(message.body(), message.messageSid(), buyerId), null);
        }
        try {
            byte[] bytes = media.download(photo.get().url());
            ImageReading image = reader.readImage(bytes, photo.get().contentType(), message.messageSid(), buyerId);
            if (message.body().isBlank() || image.result().intent() == Intent.ORDER) {
                return new Reading(image.result(), image.text());
            }
            String both = message.body() + "\n" + image.text();
            return new Reading(reader.readText(both, message.messageSid(), buyerId), image.text());
        } catch (MediaDownloader.MediaException | DomainException | ApiException e) {
            throw new Unreadable(e.getMessage());
        }
    }

    private static Reading button(Intent intent) {
        return new Reading(new ParseResult(intent, List.of(), List.of(), "en", "button"), null);
    }

    /** A message that could not be read, and why (told to the buyer as it is). */
    static class Unreadable extends Exception {
        Unreadable(String reason) {
            super(reason);
        }
    }
}
