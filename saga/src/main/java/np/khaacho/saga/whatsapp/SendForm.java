package np.khaacho.saga.whatsapp;

/** How a message went out: its own text inside the 24-hour window, or an approved template outside it. */
public enum SendForm {
    FREEFORM,
    TEMPLATE
}
