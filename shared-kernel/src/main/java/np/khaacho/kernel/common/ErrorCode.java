package np.khaacho.kernel.common;

/** Stable error codes the API answers with; clients may branch on them, so they never change meaning. */
public enum ErrorCode {
    VALIDATION_ERROR(400),
    MALFORMED_REQUEST(400),
    UNAUTHORIZED(401),
    /** The login code is wrong, already used, or replaced by a newer one. */
    INVALID_OTP(401),
    OTP_EXPIRED(401),
    /** Too many wrong tries: the code no longer works, even when right. */
    OTP_ATTEMPTS_EXHAUSTED(401),
    /** The refresh token is unknown, expired, revoked or already used. */
    INVALID_REFRESH_TOKEN(401),
    REFRESH_TOKEN_REPLACED(409),
    FORBIDDEN(403),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    NOT_ACCEPTABLE(406),
    PAYLOAD_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    CONFLICT(409),
    ALREADY_EXISTS(409),
    DUPLICATE_SKU(409),
    DUPLICATE_PHONE(409),
    IDEMPOTENCY_KEY_REUSED(422),
    REQUEST_IN_PROGRESS(409),
    ILLEGAL_TRANSITION(409),
    PRODUCT_NOT_AVAILABLE(422),
    PRODUCT_OF_OTHER_VENDOR(422),
    BELOW_MIN_ORDER_QUANTITY(422),
    NOT_A_MULTIPLE(422),
    BELOW_MIN_ORDER_AMOUNT(422),
    BUYER_PAN_REQUIRED(422),
    OUTSIDE_DELIVERY_AREA(422),
    INSUFFICIENT_STOCK(422),
    STOCK_BELOW_RESERVED(422),
    CREDIT_LIMIT_EXCEEDED(422),
    CREDIT_LIMIT_BELOW_USAGE(422),
    PAYMENT_EXCEEDS_BALANCE(422),
    REPAYMENT_EXCEEDS_OUTSTANDING(422),
    UNKNOWN_RESERVATION(422),
    RATE_LIMITED(429),
    INTERNAL_ERROR(500),
    SERVICE_UNAVAILABLE(503);

    private final int httpStatus;

    ErrorCode(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
