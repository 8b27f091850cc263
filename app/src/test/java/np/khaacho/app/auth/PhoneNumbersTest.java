package np.khaacho.app.auth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumbersTest {

    @Test
    void acceptsTheWaysPeopleTypeANepaliMobileNumber() {
        for (String typed : new String[]{"9841100201", "+9779841100201", "9779841100201", "009779841100201",
                " +977 984-110-0201 ", "(+977) 9841100201", "984.110.0201"}) {
            assertThat(PhoneNumbers.normalise(typed)).as(typed).contains("+9779841100201");
        }
    }

    @Test
    void refusesWhatIsNoNepaliMobileNumber() {
        for (String typed : new String[]{null, "", "   ", "984110020", "98411002011", "8841100201", "+9778841100201",
                "+977 1 4412345", "+919841100201", "9841100201x", "+97798411002011", "97798411002", "phone"}) {
            assertThat(PhoneNumbers.normalise(typed)).as(String.valueOf(typed)).isEmpty();
        }
    }
}
