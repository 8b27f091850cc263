package np.khaacho.command.payment.gateway;

import np.khaacho.kernel.party.BuyerId;

import java.time.Duration;
import java.util.Optional;

/**
 * Links a buyer opens from WhatsApp to pay without signing in: signed, and valid for a while. The link
 * lets its holder pay the buyer's dues and see what is owed, nothing more.
 */
public interface PayLinks {

    /** The page to pay at, for this buyer, valid for {@code validFor}. */
    String link(BuyerId buyerId, Duration validFor);

    /** The buyer a link's token was made for, while it is valid and its signature holds. */
    Optional<BuyerId> buyerOf(String token);
}
