package np.khaacho.saga.fulfilment;

import org.axonframework.test.saga.ContinuedGivenState;
import org.axonframework.test.saga.FixtureConfiguration;
import org.axonframework.test.saga.SagaTestFixture;

import java.util.List;

import static np.khaacho.saga.fulfilment.FulfilmentEvents.DELIVERED_AT;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.PLACED_AT;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.creditOrderDispatched;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.deliveredOnCredit;

/** Saga fixtures for the order of {@link FulfilmentEvents}, and its history replayed into them. */
final class FulfilmentFixtures {

    private FulfilmentFixtures() {
    }

    static FixtureConfiguration withDefaultClocks() {
        return with(FulfilmentSettings.defaults());
    }

    static FixtureConfiguration with(FulfilmentSettings settings) {
        SagaTestFixture<OrderFulfilmentSaga> fixture = new SagaTestFixture<>(OrderFulfilmentSaga.class);
        fixture.registerResource(settings);
        return fixture;
    }

    /** The saga has heard the given events, all at the moment the order was placed. */
    static ContinuedGivenState givenHistory(FixtureConfiguration fixture, List<Object> history) throws Exception {
        ContinuedGivenState given = fixture.givenCurrentTime(PLACED_AT);
        for (Object event : history) {
            given = given.andThenAPublished(event);
        }
        return given;
    }

    /** The credit order went its whole way and reached the buyer two days after it was placed. */
    static ContinuedGivenState givenCreditOrderDelivered(FixtureConfiguration fixture) throws Exception {
        return givenHistory(fixture, creditOrderDispatched())
                .andThenTimeAdvancesTo(DELIVERED_AT)
                .andThenAPublished(deliveredOnCredit());
    }
}
