package np.khaacho.command.payment.gateway;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import java.net.URI;
import java.util.Map;

/**
 * The hand-off to eSewa: eSewa takes a payment only as a form the buyer's browser posts to it, which the
 * pages' policy forbids (forms go to this application only). This page holds the signed form of one open
 * link, allows posting it to eSewa's form address alone, and a script sends it at once (a button does
 * without scripts). The link id is the secret: it is random and only its buyer is given it.
 */
@RestController
class EsewaHandOff {

    private final PaymentCheckout checkout;

    EsewaHandOff(PaymentCheckout checkout) {
        this.checkout = checkout;
    }

    @GetMapping(path = "/pay/esewa/{linkId}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> handOff(@PathVariable("linkId") String linkId) {
        PaymentCheckout.Form form = checkout.find(linkId).map(checkout::esewaForm).orElse(null);
        if (form == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_HTML)
                    .body(page("<p>This payment is not open any more.</p><p><a href=\"/buyer.html\">Back to Khaacho</a></p>"));
        }
        StringBuilder fields = new StringBuilder();
        for (Map.Entry<String, String> field : form.fields().entrySet()) {
            fields.append("<input type=\"hidden\" name=\"").append(HtmlUtils.htmlEscape(field.getKey()))
                    .append("\" value=\"").append(HtmlUtils.htmlEscape(field.getValue())).append("\">");
        }
        String body = "<p>Taking you to eSewa to pay NPR " + HtmlUtils.htmlEscape(form.fields().get("total_amount"))
                + "…</p><form id=\"hand-off\" method=\"post\" action=\"" + HtmlUtils.htmlEscape(form.url()) + "\">"
                + fields + "<button type=\"submit\">Continue to eSewa</button></form>"
                + "<script src=\"/assets/hand-off.js\"></script>";
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML)
                .header("Content-Security-Policy", policy(origin(form.url())))
                .header("Cache-Control", "no-store")
                .body(page(body));
    }

    private static String page(String body) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Khaacho — eSewa</title>"
                + "<link rel=\"stylesheet\" href=\"/assets/app.css\"></head><body><main class=\"page\"><section class=\"card\">"
                + body + "</section></main></body></html>";
    }

    private static String policy(String formOrigin) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; frame-ancestors 'none'; "
                + "base-uri 'self'; form-action " + formOrigin;
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
