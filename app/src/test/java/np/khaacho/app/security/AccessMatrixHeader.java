package np.khaacho.app.security;

/** The explanation at the top of the access matrix file: what each column and outcome means. */
final class AccessMatrixHeader {

    static final String TEXT = """
            # Access matrix: who may call what, as approved. AccessMatrixTest calls every endpoint of Spring's
            # request mappings on the API port (controllers, API docs, the error page) as every caller, and fails
            # on any difference with this file, on an endpoint without lines here, and on lines for an endpoint gone.
            # The actuator has a port of its own on 127.0.0.1 (ActuatorAccessTest, ProductionStartTest); on the API
            # port only /actuator/health and /healthz answer, the details to admins alone.
            # To regenerate: ./mvnw -B verify -Dtest=AccessMatrixTest -Dsurefire.failIfNoSpecifiedTests=false
            #   -Dkhaacho.accessMatrix.write=true writes the observed matrix to app/target/access-matrix/ (so does
            #   every failing run); review the difference, then copy it over this file. The test never writes here.
            #
            # Columns: METHOD  path pattern [variant]  caller  resource  OUTCOME  # status and error code seen
            #   (the comment is for the reader; only the outcome is compared). ANY: a mapping for every method,
            #   called with GET. A [variant] is a second way of calling the same endpoint (another status asked).
            #
            # Callers: none (no token); buyer and vendor (side A of the fixture); another-buyer and another-vendor
            #   (side B); admin; auditor. The fixture is the test's own: on each side a fresh buyer with a credit
            #   account, a fresh vendor delivering to the buyer's city, two products of the vendor, and one order
            #   of the buyer to the vendor, cancelled before the matrix runs.
            # Resources, for requests that name one (in the path, the query or the body):
            #   own    the resource on the caller's side (a buyer's own order and id; a vendor's own product and
            #          the orders addressed to it; the buyer of its side for buyer-named resources)
            #   other  the same kind of resource on the other side
            #   any    side A's resource, for callers that own nothing (none, admin, auditor)
            #   unknown  a name that exists nowhere, chosen so that an allowed call changes nothing
            #   -      the request names no resource
            #
            # Outcomes:
            #   ALLOW         the request got past every access check: any 2xx or 3xx, or a 4xx other than
            #                 401, 403 and 404 (a 400, 409 or 422 answers the request on its merits), or a 404
            #                 for an `unknown` resource (looked up only after the checks)
            #   SHOWS_OTHERS  allowed, and a buyer's or vendor's answer names the other side's order (id or
            #                 number) or the other side's buyer (phone)
            #   DENY_401      401: no valid token
            #   DENY_403      403: refused for the caller's role or because the resource is not the caller's
            #   HIDDEN_404    404 for something that exists: answered as not found, so the caller learns nothing
            #   ERROR_5XX     never approved: the test fails on any server error
            #
            # How allowed calls are kept harmless (the test runs in the same application as the other tests):
            #   bodies are always valid (the controllers check access after Spring validated the body, so an
            #   invalid body would answer 400 to everyone and prove nothing), and an allowed call is refused
            #   after the checks or acts on the fixture only:
            #   POST /v1/orders            an unknown SKU (422)
            #   PUT  /v1/orders/{id}/status  CONFIRMED with a past delivery date (400); CANCELLED on the
            #                              fixture's order, already cancelled (200, nothing changes)
            #   POST /v1/orders/{id}/payments  the order is cancelled (409)
            #   PUT  /v1/buyers/{id}/credit    the fixture buyer's own terms again
            #   POST /v1/buyers/{id}/payments  more than the fixture buyer owes, which is nothing (422)
            #   POST /v1/buyers/{id}/refunds   more than is held for the fixture buyer, which is nothing (422)
            #   POST /v1/buyers/{id}/held/apply  nothing is held for the fixture buyer: nothing applied (200)
            #   POST /v1/payments/checkout     more than the largest payment (400): nothing is opened
            #   GET  /v1/payments/khalti/return, /esewa/success, /esewa/failure  public by design (a gateway's
            #                              redirect carries no session); an unknown payment: 404 for all
            #   POST /v1/payments/pay-link, /checkout, /status  public by design (a pay link from WhatsApp signs in
            #                              no one); an unsigned token: 401 for all
            #   GET  /v1/statements/**         a month before any test traded (2070-01): read, empty
            #   GET  /v1/shared/statements/{vendorId}/{buyerId}/{month}  public by design (WhatsApp fetches the
            #                              PDF by its signed link); unsigned: 404 for all
            #   GET  /pay/esewa/{linkId}       public: the hand-off to eSewa's form, by the link's random id (404 here)
            #   /demo-wallet/**            the demo mode's stand-in Khalti and eSewa (mapped only in the demo
            #                              mode, which the suite runs in): public as the gateways are; its
            #                              merchant API asks for the made-up key (401), an unknown payment 404
            #   POST /v1/products          the side's own SKU again (409); PUT /v1/products/{id} a changed SKU
            #                              (400); POST /v1/products/{id}/stock a receipt of 0 (400)
            #   DELETE /v1/products/{id}   delists the fixture's second product, kept for this
            #   POST /v1/price-lists       a list that ends before it starts (400); PUT /v1/price-lists/{id} the
            #                              fixture list's own terms again (200, nothing changes); PUT .../prices/
            #                              {product} tiers out of order (400); DELETE .../prices/{product} a
            #                              product on no list (200, nothing changes)
            #   POST /v1/admin/projections/{name}/replay, /v1/admin/dead-letters/{group}/retry  an unknown name
            #                              (404 after the role check): a real replay would disturb other tests
            #   POST /v1/admin/outbound/{id}/retry  a message to the fixture's buyer that did not fail (409)
            #   POST /v1/simulator/messages  an empty text (400): nothing is delivered
            #   POST /v1/ai/parse-image    a form without the file (400); parse-text parses a short text
            #   POST /v1/auth/*            no body (400): login and verify would count against the login limits
            #                              of the test client's address; these endpoints are public by design
            #   POST /v1/whatsapp/webhook, /status  unsigned (the suite has a Twilio auth token): 403 for all
            # The suite runs with the simulator on and demo data loaded, as the demo mode does.
            """;

    private AccessMatrixHeader() {
    }
}
