package np.khaacho.kernel.party;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Records that an operator minted a bearer token for a user on the command line. It names the
 * token by its id ({@code jti}) and expiry, never by its value.
 */
public record RecordOperatorToken(
        @TargetAggregateIdentifier String userId,
        String tokenId,
        Instant expiresAt) {
}
