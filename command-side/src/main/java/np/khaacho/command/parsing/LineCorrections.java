package np.khaacho.command.parsing;

import java.util.Optional;

/**
 * What correcting a line of a summary needs of the catalog's words: which line a phrase names, what the
 * right part of a correction is, counted as the line was, and the buyer's own words of a line, which
 * become its alias.
 */
public interface LineCorrections {

    /** The parts of the correction a message makes, or null when it makes none. */
    Correction correctionIn(String text);

    /**
     * Whether {@code phrase} names this line: its product words are the line's ({@code lineText}) or its
     * product's ({@code sku}, may be null), and its sizes the product's.
     */
    boolean names(String phrase, String lineText, String sku);

    /** The product words of a line, without its quantities: "chini" of "chini 2 bora". */
    String productWords(String lineText);

    /**
     * The one item {@code right} names, alone or within the line's goods, counted as the line was counted
     * (unless {@code right} counts it itself): "1 kg ko packet" for the line "chini 2" is two 1 kg packets.
     */
    Optional<ParsedItem> meant(String right, String lineText);
}
