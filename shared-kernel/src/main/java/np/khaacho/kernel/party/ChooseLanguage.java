package np.khaacho.kernel.party;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A user chooses the language Khaacho speaks to them in, on its pages and on WhatsApp: {@code en} or {@code ne}. */
public record ChooseLanguage(@TargetAggregateIdentifier String userId, String language) {
}
