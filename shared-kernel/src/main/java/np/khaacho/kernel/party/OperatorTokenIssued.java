package np.khaacho.kernel.party;

import java.time.Instant;

/**
 * An operator minted a bearer token for this user outside the sign-in flow; the event's metadata
 * names the operator. The token itself is a secret and is never stored: only its id and expiry.
 */
public record OperatorTokenIssued(String userId, String tokenId, Instant expiresAt) {
}
