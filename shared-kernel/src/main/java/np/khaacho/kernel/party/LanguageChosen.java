package np.khaacho.kernel.party;

/** The language a user now reads Khaacho in: {@code en} or {@code ne}. */
public record LanguageChosen(String userId, String language) {
}
