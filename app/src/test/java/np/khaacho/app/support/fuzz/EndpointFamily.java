package np.khaacho.app.support.fuzz;

import java.util.List;
import java.util.stream.Stream;

/**
 * The endpoints one fuzz test takes on, by the paths they are under. Every endpoint belongs to
 * exactly one family (a test checks it), so together the fuzz tests reach every endpoint.
 */
public enum EndpointFamily {

    ORDERS("/v1/orders", "/v1/vendors"),
    CATALOG_AND_CREDIT("/v1/products", "/v1/price-lists", "/v1/buyers", "/v1/payments", "/v1/statements"),
    AUTH("/v1/auth", "/v1/users", "/v1/push"),
    WHATSAPP("/v1/whatsapp", "/v1/simulator"),
    AI("/v1/ai"),
    ADMIN_AND_AUDIT("/v1/admin", "/v1/audit", "/v1/analytics", "/v1/demand"),
    INVOICES("/v1/invoices", "/v1/shared"),
    /** A path nobody mapped. */
    UNMAPPED("/v1/{anything}");

    private final List<String> paths;

    EndpointFamily(String... paths) {
        this.paths = List.of(paths);
    }

    public boolean contains(Endpoint endpoint) {
        return paths.stream().anyMatch(path -> endpoint.pattern().equals(path)
                || endpoint.pattern().startsWith(path + "/"));
    }

    public List<Endpoint> of(List<Endpoint> endpoints) {
        return endpoints.stream().filter(this::contains).toList();
    }

    /** The families an endpoint belongs to: exactly one, unless their paths overlap or miss it. */
    public static List<EndpointFamily> of(Endpoint endpoint) {
        return Stream.of(values()).filter(family -> family.contains(endpoint)).toList();
    }
}
