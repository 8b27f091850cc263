package np.khaacho.command.parsing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /v1/ai/parse-text}. */
public record ParseTextRequest(@NotBlank @Size(max = MessageReader.MAX_TEXT_LENGTH) String text) {
}
