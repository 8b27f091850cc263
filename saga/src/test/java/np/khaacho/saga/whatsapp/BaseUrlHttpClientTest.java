package np.khaacho.saga.whatsapp;

import com.twilio.http.HttpMethod;
import com.twilio.http.Request;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class BaseUrlHttpClientTest {

    @Test
    void aRequestGoesToTheBaseUrlWithItsPathParametersHeadersAndCredentials() {
        Request request = new Request(HttpMethod.POST,
                "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages.json");
        request.setAuth("AC1", "secret");
        request.addPostParam("To", "whatsapp:+9779841100201");
        request.addPostParam("Body", "Namaste");
        request.addQueryParam("PageSize", "5");
        request.addHeaderParam("X-Custom", "kept");

        Request rebased = new BaseUrlHttpClient(Optional.of(URI.create("http://127.0.0.1:4567"))).rebased(request);

        assertThat(rebased.getUrl()).isEqualTo("http://127.0.0.1:4567/2010-04-01/Accounts/AC1/Messages.json");
        assertThat(rebased.getMethod()).isEqualTo(HttpMethod.POST);
        assertThat(rebased.getAuthString()).isEqualTo(request.getAuthString());
        assertThat(rebased.getPostParams()).containsEntry("To", List.of("whatsapp:+9779841100201"))
                .containsEntry("Body", List.of("Namaste"));
        assertThat(rebased.getQueryParams()).containsEntry("PageSize", List.of("5"));
        assertThat(rebased.getHeaderParams()).containsEntry("X-Custom", List.of("kept"));
        assertThat(rebased.constructURL().toString())
                .isEqualTo("http://127.0.0.1:4567/2010-04-01/Accounts/AC1/Messages.json?PageSize=5");
    }

    @Test
    void aBaseUrlWithAPathPutsItBeforeTwiliosPath() {
        Request request = new Request(HttpMethod.GET, "https://api.twilio.com/2010-04-01/Accounts/AC1.json");

        Request rebased = new BaseUrlHttpClient(Optional.of(URI.create("https://stub.example:8443/twilio/")))
                .rebased(request);

        assertThat(rebased.getUrl()).isEqualTo("https://stub.example:8443/twilio/2010-04-01/Accounts/AC1.json");
    }
}
