package np.khaacho.app.ai;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import np.khaacho.app.web.ErrorResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

/** The per-user limit of the parsing endpoints, and the cleanup of its ended windows. */
@Configuration
@EnableConfigurationProperties(AiUserLimit.class)
class AiRateLimitConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AiRateLimitConfiguration.class);

    /** After Spring Security's filters (they know the caller), before the controllers. */
    @Bean
    FilterRegistrationBean<AiRateLimitFilter> aiRateLimitFilter(JdbcTemplate jdbc, AiUserLimit limit,
                                                                ErrorResponses errors) {
        FilterRegistrationBean<AiRateLimitFilter> registration =
                new FilterRegistrationBean<>(new AiRateLimitFilter(new UserRateLimits(jdbc), limit, errors));
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
        registration.addUrlPatterns(AiRateLimitFilter.PATHS.toArray(String[]::new));
        return registration;
    }

    /** One instance of the cluster runs it each time (db-scheduler claims the execution). */
    @Bean
    RecurringTask<Void> userRateLimitCleanup(JdbcTemplate jdbc, AiUserLimit limit) {
        UserRateLimits limits = new UserRateLimits(jdbc);
        return Tasks.recurring("user-rate-limit-cleanup", FixedDelay.of(limit.window()))
                .execute((instance, context) -> log.debug("{} ended rate-limit windows deleted", limits.deleteEnded()));
    }
}
