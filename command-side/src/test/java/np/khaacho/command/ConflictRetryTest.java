package np.khaacho.command;

import np.khaacho.kernel.common.DomainException;
import np.khaacho.kernel.common.ErrorCode;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures are collisions with another writer, worth sending the command again for. */
class ConflictRetryTest {

    @Test
    void aCollisionOnAnAggregatesNextEventOrOnItsCreationIsAConflict() {
        assertThat(ConflictRetry.isConflict(new ConcurrencyException("sequence 4 taken"))).isTrue();
        assertThat(ConflictRetry.isConflict(new IllegalStateException("wrapped",
                new AggregateStreamCreationException("invoice-book:… created by another writer")))).isTrue();
    }

    @Test
    void aRefusalOrAnyOtherFailureIsFinal() {
        assertThat(ConflictRetry.isConflict(new DomainException(ErrorCode.ILLEGAL_TRANSITION, "not dispatched"))).isFalse();
        assertThat(ConflictRetry.isConflict(new IllegalStateException("database down"))).isFalse();
    }
}
