package np.khaacho.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import np.khaacho.app.security.TokenIssuer;
import np.khaacho.command.party.UserDirectory;
import np.khaacho.kernel.common.Channel;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a random port, on the tests' own PostgreSQL database, emptied and
 * migrated once per test run, with the demo data loaded. Every integration test extends this one
 * configuration, so they share one running application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.flyway.clean-disabled=false",
                "khaacho.security.key-file=target/test-keys/jwt-signing-key.pem",
                "khaacho.demo-data.enabled=true"
        })
@Import(IntegrationTest.CleanDatabase.class)
public abstract class IntegrationTest {

    protected static final String ADMIN_PHONE = "+9779800000001";
    protected static final String AUDITOR_PHONE = "+9779800000002";
    protected static final String BUYER_KTM_PHONE = "+9779841100201";
    protected static final String BUYER_POKHARA_COD_PHONE = "+9779846100208";
    protected static final String VENDOR_KTM_PHONE = "+9779851012301";
    protected static final String VENDOR_LTP_PHONE = "+9779841023402";
    protected static final String VENDOR_PKR_PHONE = "+9779856034503";

    @LocalServerPort
    protected int port;
    @Autowired
    protected ObjectMapper json;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    private TokenIssuer tokens;
    @Autowired
    private UserDirectory users;

    @DynamicPropertySource
    static void testDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::url);
        registry.add("spring.datasource.username", () -> TestDatabase.USER);
        registry.add("spring.datasource.password", () -> TestDatabase.PASSWORD);
    }

    /** An HTTP client of the running application, acting as the user with this phone. */
    protected Api as(String phone) {
        var user = users.byPhone(phone).orElseThrow(() -> new AssertionError("no demo user " + phone));
        return new Api(port, json, tokens.issue(user.id(), user.role(), user.phone(), Channel.API));
    }

    protected Api anonymous() {
        return new Api(port, json, null);
    }

    protected String userId(String phone) {
        return users.byPhone(phone).orElseThrow().id();
    }

    protected long eventCount() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }

    /** Starts every test run from an empty database. */
    @TestConfiguration
    static class CleanDatabase {

        @Bean
        FlywayMigrationStrategy cleanThenMigrate() {
            return (Flyway flyway) -> {
                flyway.clean();
                flyway.migrate();
            };
        }
    }
}
