package np.khaacho.app.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import np.khaacho.app.security.AccessFixture.Side;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the access matrix calls each endpoint: the concrete path, query and body, built from a fixture
 * side. A body is always well-formed and valid, because the controllers check roles and ownership
 * after Spring has read and validated the body: an invalid one would be answered 400 for every caller
 * and prove nothing. Where a caller is allowed, the call is made so that it changes nothing outside
 * the matrix's own fixture, mostly by being refused after the access checks (a past delivery date,
 * a duplicate SKU, a payment larger than what is owed, an unknown projection name); the header of the
 * matrix file lists them.
 */
final class AccessProbes {

    /** One concrete HTTP request. */
    record Request(String method, String path, String contentType, byte[] body) {
    }

    /** What the request names: nothing, a resource that belongs to a side, or a deliberately unknown one. */
    enum Names { NOTHING, SIDE_RESOURCE, UNKNOWN }

    /** One way of calling an endpoint; {@code variant} tells apart several ways of calling the same one. */
    record Probe(String variant, Names names, Function<Side, Request> request) {
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([^}]+)}");
    private static final String UNKNOWN_NAME = "access-matrix-no-such-name";
    /** An invoice id of the right form that names no invoice. */
    private static final String NO_SUCH_INVOICE = "invoice-00000000-0000-0000-0000-000000000000";
    /** A BS month (Baisakh 2070, AD 2013) long before any invoice of a test run: its books are empty. */
    private static final String BOOK_MONTH = "2070-01";
    /** A range long before any event of a test run: the export answers at once with nothing. */
    private static final String EMPTY_RANGE = "from=2020-01-01T00:00:00Z&to=2020-01-01T00:01:00Z";

    private final ObjectMapper json;
    private final Map<String, List<Probe>> byEndpoint = new LinkedHashMap<>();

    AccessProbes(ObjectMapper json) {
        this.json = json;
        auth();
        orders();
        buyers();
        payments();
        products();
        priceLists();
        whatsApp();
        readSide();
        audit();
        admin();
        invoices();
    }

    /** The ways of calling an endpoint: its own, or a generic one for endpoints outside {@code /v1}. */
    List<Probe> of(String method, String pattern) {
        List<Probe> probes = byEndpoint.get(method + " " + pattern);
        return probes != null ? probes : List.of(generic(method, pattern));
    }

    boolean has(String endpoint) {
        return byEndpoint.containsKey(endpoint);
    }

    Set<String> endpoints() {
        return byEndpoint.keySet();
    }

    // ------------------------------------------------------------------------------------------ the endpoints

    private void auth() {
        // Public. Sent without a body, each call is refused as malformed before it counts against the
        // per-address login limits the login tests share.
        for (String path : List.of("/v1/auth/login", "/v1/auth/verify-otp", "/v1/auth/refresh", "/v1/auth/logout")) {
            add("POST", path, Names.NOTHING, side -> new Request("POST", path, "application/json", new byte[0]));
        }
    }

    private void orders() {
        add("POST", "/v1/orders", Names.NOTHING, side -> body("POST", "/v1/orders",
                Map.of("items", List.of(Map.of("sku", "MATRIX-NO-SUCH-SKU", "quantity", 1)))));
        add("GET", "/v1/orders", Names.NOTHING, side -> get("/v1/orders?size=1"));
        add("GET", "/v1/orders/{id}", Names.SIDE_RESOURCE, side -> get("/v1/orders/" + side.orderId()));
        add("GET", "/v1/orders/{id}/tracking", Names.SIDE_RESOURCE,
                side -> get("/v1/orders/" + side.orderId() + "/tracking"));
        add("GET", "/v1/orders/{id}/stream", Names.SIDE_RESOURCE,
                side -> get("/v1/orders/" + side.orderId() + "/stream"));
        // the vendor's way (a past date is refused after the checks) and the buyer's (the order is cancelled already)
        variant("PUT", "/v1/orders/{id}/status", "[status=CONFIRMED]", Names.SIDE_RESOURCE,
                side -> body("PUT", "/v1/orders/" + side.orderId() + "/status",
                        Map.of("status", "CONFIRMED", "deliveryDate", "2020-01-01")));
        variant("PUT", "/v1/orders/{id}/status", "[status=CANCELLED]", Names.SIDE_RESOURCE,
                side -> body("PUT", "/v1/orders/" + side.orderId() + "/status",
                        Map.of("status", "CANCELLED", "reason", "access matrix")));
        add("POST", "/v1/orders/{id}/payments", Names.SIDE_RESOURCE,
                side -> body("POST", "/v1/orders/" + side.orderId() + "/payments", Map.of("amount", 1, "method", "CASH")));
        add("GET", "/v1/vendors/me/inbox", Names.NOTHING, side -> get("/v1/vendors/me/inbox?size=1"));
        add("GET", "/v1/vendors/me/inbox/stream", Names.NOTHING, side -> get("/v1/vendors/me/inbox/stream"));
    }

    private void buyers() {
        // the terms the fixture gave the buyer, again
        add("PUT", "/v1/buyers/{id}/credit", Names.SIDE_RESOURCE, side -> body("PUT",
                "/v1/buyers/" + side.buyerId() + "/credit", Map.of("creditLimit", 100_000, "paymentTerms", "NET15")));
        // the fixture's buyers owe nothing: any payment is more than the balance
        add("POST", "/v1/buyers/{id}/payments", Names.SIDE_RESOURCE, side -> body("POST",
                "/v1/buyers/" + side.buyerId() + "/payments", Map.of("amount", 1, "method", "CASH")));
        add("GET", "/v1/buyers/me/credit", Names.NOTHING, side -> get("/v1/buyers/me/credit"));
        // nothing is held for the fixture's buyers: nothing is applied
        add("POST", "/v1/buyers/{id}/held/apply", Names.SIDE_RESOURCE, side -> body("POST",
                "/v1/buyers/" + side.buyerId() + "/held/apply", Map.of()));
        // nothing is held for the fixture's buyers: any refund is more than is held
        add("POST", "/v1/buyers/{id}/refunds", Names.SIDE_RESOURCE, side -> body("POST",
                "/v1/buyers/" + side.buyerId() + "/refunds", Map.of("amount", 1, "note", "access matrix")));
    }

    private void payments() {
        add("GET", "/v1/payments/options", Names.SIDE_RESOURCE,
                side -> get("/v1/payments/options?buyerId=" + side.buyerId()));
        // more than the largest payment: refused after the checks, nothing is opened at the demo wallet
        add("POST", "/v1/payments/checkout", Names.SIDE_RESOURCE, side -> body("POST", "/v1/payments/checkout",
                Map.of("gateway", "KHALTI", "amount", 20_000_000, "buyerId", side.buyerId())));
        add("GET", "/v1/payments/links", Names.SIDE_RESOURCE, side -> get("/v1/payments/links?buyerId=" + side.buyerId()));
        add("GET", "/v1/payments/links/{linkId}", Names.UNKNOWN, side -> get("/v1/payments/links/" + UNKNOWN_NAME));
        add("GET", "/v1/payments/received", Names.SIDE_RESOURCE,
                side -> get("/v1/payments/received?size=1&buyerId=" + side.buyerId()));
        add("GET", "/v1/admin/payments/unapplied", Names.NOTHING, side -> get("/v1/admin/payments/unapplied"));
        add("GET", "/v1/admin/receivables", Names.NOTHING, side -> get("/v1/admin/receivables"));
        // public: a gateway's redirect carries no session; an unknown payment opens nothing for anyone
        add("GET", "/v1/payments/khalti/return", Names.UNKNOWN, side -> get("/v1/payments/khalti/return?pidx=" + UNKNOWN_NAME));
        add("GET", "/v1/payments/esewa/success", Names.UNKNOWN, side -> get("/v1/payments/esewa/success?data=" + UNKNOWN_NAME));
        add("GET", "/v1/payments/esewa/failure", Names.UNKNOWN, side -> get("/v1/payments/esewa/failure?link=" + UNKNOWN_NAME));
        // a month before any test traded: read, nothing in it
        add("GET", "/v1/statements", Names.NOTHING, side -> get("/v1/statements?month=" + BOOK_MONTH));
        add("GET", "/v1/statements/{vendorId}/{buyerId}/{month}", Names.SIDE_RESOURCE, side -> get(
                "/v1/statements/" + side.vendorId() + "/" + side.buyerId() + "/" + BOOK_MONTH));
        add("GET", "/v1/statements/{vendorId}/{buyerId}/{month}/pdf", Names.SIDE_RESOURCE, side -> get(
                "/v1/statements/" + side.vendorId() + "/" + side.buyerId() + "/" + BOOK_MONTH + "/pdf"));
        // public, by a signed link only: an unsigned one opens nothing for anyone
        add("GET", "/v1/shared/statements/{vendorId}/{buyerId}/{month}", Names.SIDE_RESOURCE, side -> get(
                "/v1/shared/statements/" + side.vendorId() + "/" + side.buyerId() + "/" + BOOK_MONTH));
        // public, by a signed token in the body: an unsigned one opens nothing for anyone (401)
        for (String path : List.of("/v1/payments/pay-link", "/v1/payments/pay-link/checkout", "/v1/payments/pay-link/status")) {
            add("POST", path, Names.UNKNOWN, side -> body("POST", path,
                    Map.of("token", UNKNOWN_NAME, "gateway", "KHALTI", "linkId", UNKNOWN_NAME)));
        }
    }

    private void products() {
        // the side's own SKU again, for the side's vendor: a duplicate
        add("POST", "/v1/products", Names.SIDE_RESOURCE, side -> body("POST", "/v1/products",
                product(side.productSku(), side.vendorId())));
        // a changed SKU is refused after the owner check
        add("PUT", "/v1/products/{id}", Names.SIDE_RESOURCE, side -> body("PUT", "/v1/products/" + side.productId(),
                product(side.productSku() + "-RENAMED", null)));
        // the product kept for this: delisting it is the one allowed change the matrix makes
        add("DELETE", "/v1/products/{id}", Names.SIDE_RESOURCE,
                side -> new Request("DELETE", "/v1/products/" + side.delistableProductId() + "?reason=access-matrix",
                        null, null));
        // a receipt of nothing is refused after the owner check
        add("POST", "/v1/products/{id}/stock", Names.SIDE_RESOURCE, side -> body("POST",
                "/v1/products/" + side.productId() + "/stock", Map.of("type", "RECEIVE", "quantity", 0)));
        add("GET", "/v1/products", Names.NOTHING, side -> get("/v1/products?size=1"));
        add("GET", "/v1/products/search", Names.NOTHING, side -> get("/v1/products/search?q=matrix&size=1"));
        add("GET", "/v1/products/{id}", Names.SIDE_RESOURCE, side -> get("/v1/products/" + side.productId()));
    }

    private void priceLists() {
        // a list that ends before it starts: refused by the list after the access checks
        add("POST", "/v1/price-lists", Names.SIDE_RESOURCE, side -> body("POST", "/v1/price-lists",
                Map.of("vendorId", side.vendorId(), "name", "Matrix refused", "kind", "BASE",
                        "validFrom", "2030-01-02", "validUntil", "2030-01-01")));
        add("GET", "/v1/price-lists", Names.SIDE_RESOURCE, side -> get("/v1/price-lists?vendorId=" + side.vendorId()));
        add("GET", "/v1/price-lists/who-pays-what", Names.SIDE_RESOURCE,
                side -> get("/v1/price-lists/who-pays-what?vendorId=" + side.vendorId()));
        add("GET", "/v1/price-lists/{id}", Names.SIDE_RESOURCE, side -> get("/v1/price-lists/" + side.priceListId()));
        // the list's terms again: nothing changes
        add("PUT", "/v1/price-lists/{id}", Names.SIDE_RESOURCE, side -> body("PUT", "/v1/price-lists/"
                + side.priceListId(), Map.of("name", "Matrix list " + side.name(), "buyers", List.of(side.buyerId()))));
        // tiers out of order: refused by the list after the access checks
        add("PUT", "/v1/price-lists/{id}/prices/{product}", Names.SIDE_RESOURCE, side -> body("PUT",
                "/v1/price-lists/" + side.priceListId() + "/prices/" + side.productId(), Map.of("tiers", List.of(
                        Map.of("from", 10, "price", 90), Map.of("from", 5, "price", 95)))));
        // the product is on no list: taking it off changes nothing
        add("DELETE", "/v1/price-lists/{id}/prices/{product}", Names.SIDE_RESOURCE, side -> new Request("DELETE",
                "/v1/price-lists/" + side.priceListId() + "/prices/" + side.productId(), null, null));
    }

    private void whatsApp() {
        // unsigned: refused by the signature check, whoever calls
        add("POST", "/v1/whatsapp/webhook", Names.NOTHING, side -> form("/v1/whatsapp/webhook"));
        add("POST", "/v1/whatsapp/status", Names.NOTHING, side -> form("/v1/whatsapp/status"));
        add("GET", "/v1/whatsapp/messages", Names.NOTHING, side -> get("/v1/whatsapp/messages?limit=1"));
        variant("GET", "/v1/whatsapp/messages", "[phone=buyer]", Names.SIDE_RESOURCE,
                side -> get("/v1/whatsapp/messages?limit=1&phone=" + encoded(side.buyerPhone())));
        add("GET", "/v1/whatsapp/leads", Names.NOTHING, side -> get("/v1/whatsapp/leads?limit=1"));
        add("GET", "/v1/simulator/contacts", Names.NOTHING, side -> get("/v1/simulator/contacts"));
        add("GET", "/v1/simulator/conversation", Names.SIDE_RESOURCE,
                side -> get("/v1/simulator/conversation?phone=" + encoded(side.buyerPhone())));
        // an empty text is refused after the simulator's switch: nothing is delivered
        add("POST", "/v1/simulator/messages", Names.SIDE_RESOURCE, side -> body("POST", "/v1/simulator/messages",
                Map.of("phone", side.buyerPhone(), "text", "")));
        add("POST", "/v1/ai/parse-text", Names.NOTHING, side -> body("POST", "/v1/ai/parse-text",
                Map.of("text", "2 matrix probe")));
        // a form without the file: refused after the access checks, no OCR runs
        add("POST", "/v1/ai/parse-image", Names.NOTHING, side -> new Request("POST", "/v1/ai/parse-image",
                "multipart/form-data; boundary=matrix", ("--matrix\r\nContent-Disposition: form-data; name=\"note\""
                + "\r\n\r\nno file\r\n--matrix--\r\n").getBytes(StandardCharsets.UTF_8)));
    }

    private void readSide() {
        add("GET", "/v1/users/me", Names.NOTHING, side -> get("/v1/users/me"));
        add("GET", "/v1/push/key", Names.NOTHING, side -> get("/v1/push/key"));
        // a key no browser makes: refused after the access checks, nothing is stored
        add("PUT", "/v1/users/me/push-subscriptions", Names.NOTHING, side -> body("PUT", "/v1/users/me/push-subscriptions",
                Map.of("endpoint", "https://fcm.googleapis.com/fcm/send/access-matrix",
                        "keys", Map.of("p256dh", "AAAA", "auth", "AAAA"))));
        add("DELETE", "/v1/users/me/push-subscriptions", Names.UNKNOWN, side -> new Request("DELETE",
                "/v1/users/me/push-subscriptions?endpoint=https%3A%2F%2Ffcm.googleapis.com%2Ffcm%2Fsend%2F" + UNKNOWN_NAME,
                null, null));
        // English, the pages' default, for the caller itself: nothing another test sees changes
        add("PUT", "/v1/users/me/language", Names.NOTHING, side -> body("PUT", "/v1/users/me/language",
                Map.of("language", "en")));
        for (String report : List.of("dashboard", "orders", "revenue", "buyers", "vendors", "products")) {
            add("GET", "/v1/analytics/" + report, Names.NOTHING, side -> get("/v1/analytics/" + report));
        }
        add("GET", "/v1/admin/credit/overdue", Names.NOTHING, side -> get("/v1/admin/credit/overdue?limit=1"));
        add("GET", "/v1/demand/fill-rate", Names.SIDE_RESOURCE,
                side -> get("/v1/demand/fill-rate?weeks=1&vendorId=" + side.vendorId()));
        add("GET", "/v1/admin/demand/unsold", Names.NOTHING, side -> get("/v1/admin/demand/unsold?days=1&limit=1"));
    }

    private void audit() {
        add("GET", "/v1/audit/orders", Names.SIDE_RESOURCE, side -> get("/v1/audit/orders?q=" + side.orderNumber()));
        add("GET", "/v1/audit/orders/{id}/events", Names.SIDE_RESOURCE,
                side -> get("/v1/audit/orders/" + side.orderId() + "/events"));
        add("GET", "/v1/audit/orders/{id}/state", Names.SIDE_RESOURCE,
                side -> get("/v1/audit/orders/" + side.orderId() + "/state"));
        add("GET", "/v1/audit/orders/{id}/export", Names.SIDE_RESOURCE,
                side -> get("/v1/audit/orders/" + side.orderId() + "/export"));
        add("GET", "/v1/audit/events/export", Names.NOTHING, side -> get("/v1/audit/events/export?" + EMPTY_RANGE));
    }

    private void admin() {
        add("GET", "/v1/admin/dead-letters", Names.NOTHING, side -> get("/v1/admin/dead-letters"));
        // an unknown group: a retry of a real one would disturb the dead-letter tests
        add("POST", "/v1/admin/dead-letters/{group}/retry", Names.UNKNOWN,
                side -> new Request("POST", "/v1/admin/dead-letters/" + UNKNOWN_NAME + "/retry", null, null));
        add("POST", "/v1/admin/error-tracking/test", Names.NOTHING,
                side -> body("POST", "/v1/admin/error-tracking/test", Map.of("confirm", "SEND A TEST ERROR")));
        add("GET", "/v1/admin/orders/{id}/diagnosis", Names.SIDE_RESOURCE,
                side -> get("/v1/admin/orders/" + side.orderId() + "/diagnosis"));
        add("GET", "/v1/admin/projections", Names.NOTHING, side -> get("/v1/admin/projections"));
        add("GET", "/v1/admin/projections/{name}", Names.NOTHING, side -> get("/v1/admin/projections/orders-projection"));
        // an unknown projection: a replay of a real one empties tables other tests are reading
        add("POST", "/v1/admin/projections/{name}/replay", Names.UNKNOWN,
                side -> new Request("POST", "/v1/admin/projections/" + UNKNOWN_NAME + "/replay", null, null));
        add("GET", "/v1/admin/outbound", Names.NOTHING, side -> get("/v1/admin/outbound?size=1"));
        // a message to the side's buyer that did not fail: refused after the role check
        add("POST", "/v1/admin/outbound/{id}/retry", Names.NOTHING,
                side -> new Request("POST", "/v1/admin/outbound/" + side.outboundMessageId() + "/retry", null, null));
        add("GET", "/v1/admin/tax-office", Names.NOTHING, side -> get("/v1/admin/tax-office"));
        add("GET", "/v1/admin/tax-office/reports", Names.NOTHING, side -> get("/v1/admin/tax-office/reports?size=1"));
        // no report of an unknown invoice: refused after the role check
        add("POST", "/v1/admin/tax-office/reports/{invoiceId}/send-now", Names.UNKNOWN, side -> new Request("POST",
                "/v1/admin/tax-office/reports/" + NO_SUCH_INVOICE + "/send-now", null, null));
    }

    private void invoices() {
        // the tax standing and PAN the side's parties may state again (the fixture issues no invoice)
        add("PUT", "/v1/vendors/{id}/tax-profile", Names.SIDE_RESOURCE, side -> body("PUT",
                "/v1/vendors/" + side.vendorId() + "/tax-profile", Map.of("pan", "123456789", "vatRegistered", true)));
        add("PUT", "/v1/buyers/{id}/pan", Names.SIDE_RESOURCE, side -> body("PUT",
                "/v1/buyers/" + side.buyerId() + "/pan", Map.of("pan", "987654321")));
        // the fixture's order is cancelled: nothing to invoice, refused after the checks
        add("POST", "/v1/orders/{id}/invoice", Names.SIDE_RESOURCE,
                side -> new Request("POST", "/v1/orders/" + side.orderId() + "/invoice", null, null));
        add("GET", "/v1/invoices", Names.NOTHING, side -> get("/v1/invoices?size=1"));
        add("GET", "/v1/invoices/{id}", Names.UNKNOWN, side -> get("/v1/invoices/" + NO_SUCH_INVOICE));
        add("GET", "/v1/invoices/{id}/pdf", Names.UNKNOWN, side -> get("/v1/invoices/" + NO_SUCH_INVOICE + "/pdf"));
        add("POST", "/v1/invoices/{id}/credit-notes", Names.UNKNOWN, side -> body("POST",
                "/v1/invoices/" + NO_SUCH_INVOICE + "/credit-notes", Map.of("reason", "access matrix")));
        // public, by a signed link only: an unsigned one opens nothing for anyone
        add("GET", "/v1/shared/invoices/{id}", Names.UNKNOWN, side -> get("/v1/shared/invoices/" + NO_SUCH_INVOICE));
        // the books of the side's vendor for a month before any test issued an invoice: read, nothing changed
        add("GET", "/v1/invoices/books/sales", Names.SIDE_RESOURCE,
                side -> get("/v1/invoices/books/sales?vendorId=" + side.vendorId() + "&month=" + BOOK_MONTH));
        add("GET", "/v1/invoices/books/vat-summary", Names.SIDE_RESOURCE,
                side -> get("/v1/invoices/books/vat-summary?vendorId=" + side.vendorId() + "&month=" + BOOK_MONTH));
        add("GET", "/v1/invoices/books/sales/comparison", Names.SIDE_RESOURCE, side -> get(
                "/v1/invoices/books/sales/comparison?vendorId=" + side.vendorId() + "&month=" + BOOK_MONTH));
    }

    /**
     * Any other endpoint (API docs, the health forward, the error page, and a new {@code /v1} endpoint until it has
     * its own probe): ids filled by the path segment before them, an empty JSON object as body.
     */
    private Probe generic(String method, String pattern) {
        String sent = method.equals("ANY") ? "GET" : method;
        boolean hasBody = sent.equals("POST") || sent.equals("PUT") || sent.equals("PATCH");
        Names names = pattern.contains("{") ? Names.UNKNOWN : Names.NOTHING;
        return new Probe(null, names, side -> {
            Matcher variable = VARIABLE.matcher(pattern);
            StringBuilder path = new StringBuilder();
            while (variable.find()) {
                variable.appendReplacement(path, Matcher.quoteReplacement(UNKNOWN_NAME));
            }
            variable.appendTail(path);
            return new Request(sent, path.toString(), hasBody ? "application/json" : null,
                    hasBody ? "{}".getBytes(StandardCharsets.UTF_8) : null);
        });
    }

    // ------------------------------------------------------------------------------------------ building

    private void add(String method, String pattern, Names names, Function<Side, Request> request) {
        variant(method, pattern, null, names, request);
    }

    private void variant(String method, String pattern, String variant, Names names, Function<Side, Request> request) {
        byEndpoint.computeIfAbsent(method + " " + pattern, key -> new ArrayList<>())
                .add(new Probe(variant, names, request));
    }

    private static Request get(String path) {
        return new Request("GET", path, null, null);
    }

    private static Request form(String path) {
        return new Request("POST", path, "application/x-www-form-urlencoded", new byte[0]);
    }

    private Request body(String method, String path, Object body) {
        try {
            return new Request(method, path, "application/json", json.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> product(String sku, String vendorId) {
        Map<String, Object> product = new LinkedHashMap<>();
        product.put("sku", sku);
        product.put("name", "Matrix probe");
        product.put("unit", "piece");
        product.put("category", AccessFixture.CATEGORY);
        product.put("price", 100);
        if (vendorId != null) {
            product.put("vendorId", vendorId);
        }
        return product;
    }

    private static String encoded(String phone) {
        return URLEncoder.encode(phone, StandardCharsets.UTF_8);
    }
}
