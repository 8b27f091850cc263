package np.khaacho.kernel.invoice;

/** What someone did with an issued invoice: each is recorded with who did it. */
public enum AccessKind {
    VIEW,
    PRINT,
    EXPORT,
    RESEND
}
