package np.khaacho.command;

import np.khaacho.kernel.common.DomainException;
import np.khaacho.kernel.common.ErrorCode;
import org.hamcrest.Description;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.util.Arrays;
import java.util.List;

import static org.hamcrest.Matchers.equalTo;

/** Matchers for a command refused with a {@link DomainException}: its stable code and the fields it names. */
public final class Refusals {

    private Refusals() {
    }

    public static Matcher<DomainException> refusedWith(ErrorCode code) {
        return new FeatureMatcher<>(equalTo(code), "refused with", "code") {
            @Override
            protected ErrorCode featureValueOf(DomainException refusal) {
                return refusal.code();
            }
        };
    }

    /** Matches a refusal whose details name exactly these fields, each as "field: problem". */
    public static Matcher<DomainException> namingFields(String... fields) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(DomainException refusal) {
                return namedFields(refusal).equals(Arrays.asList(fields));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("details naming ").appendValue(Arrays.asList(fields));
            }

            @Override
            protected void describeMismatchSafely(DomainException refusal, Description mismatch) {
                mismatch.appendText("named ").appendValue(namedFields(refusal));
            }
        };
    }

    private static List<String> namedFields(DomainException refusal) {
        return refusal.errorDetails().details().stream()
                .map(detail -> detail.substring(0, detail.indexOf(':')))
                .toList();
    }
}
