package np.khaacho.command.parsing.log;

/** What a buyer sent: typed text, or a photo read by OCR. */
public enum InputType {
    TEXT, IMAGE
}
