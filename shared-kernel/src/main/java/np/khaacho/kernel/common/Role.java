package np.khaacho.kernel.common;

/** What a user is to Khaacho; decides what the user may see and do. */
public enum Role {
    BUYER, VENDOR, ADMIN, AUDITOR, SYSTEM
}
