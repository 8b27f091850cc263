package np.khaacho.query.credit;

import np.khaacho.kernel.party.BuyerId;
import org.springframework.data.repository.Repository;

import java.util.Optional;

/** The buyers' credit accounts. */
interface BuyerCreditRows extends Repository<BuyerCreditRow, BuyerId> {

    Optional<BuyerCreditRow> findById(BuyerId buyerId);
}
