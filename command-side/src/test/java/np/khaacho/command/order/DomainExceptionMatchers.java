package np.khaacho.command.order;

import np.khaacho.kernel.common.DomainException;
import np.khaacho.kernel.common.ErrorCode;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;

import java.util.List;

import static org.hamcrest.Matchers.equalTo;

/** Matchers on a refused command's error code and details, the parts clients rely on. */
final class DomainExceptionMatchers {

    private DomainExceptionMatchers() {
    }

    static Matcher<DomainException> hasCode(ErrorCode code) {
        return new FeatureMatcher<>(equalTo(code), "a DomainException with code", "code") {
            @Override
            protected ErrorCode featureValueOf(DomainException actual) {
                return actual.code();
            }
        };
    }

    static Matcher<DomainException> hasDetails(Matcher<? super List<String>> details) {
        return new FeatureMatcher<DomainException, List<String>>(details, "a DomainException with details", "details") {
            @Override
            protected List<String> featureValueOf(DomainException actual) {
                return actual.errorDetails().details();
            }
        };
    }
}
