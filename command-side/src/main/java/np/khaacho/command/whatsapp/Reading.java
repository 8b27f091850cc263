package np.khaacho.command.whatsapp;

import np.khaacho.command.parsing.ParseResult;

/** What an inbound message was read as: the parser's result, and the text read off its photo (null: no photo). */
public record Reading(ParseResult result, String ocrText) {
}
