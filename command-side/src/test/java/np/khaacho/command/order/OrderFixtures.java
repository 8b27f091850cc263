package np.khaacho.command.order;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

/** Aggregate fixtures for {@link Order}, with the ordering terms its placement handler needs. */
final class OrderFixtures {

    private OrderFixtures() {
    }

    static FixtureConfiguration<Order> withStandardTerms() {
        return withTerms(OrderingTermsMother.standardTerms());
    }

    static FixtureConfiguration<Order> withTerms(OrderingTerms terms) {
        FixtureConfiguration<Order> fixture = new AggregateTestFixture<>(Order.class);
        fixture.registerInjectableResource(terms);
        return fixture;
    }
}
