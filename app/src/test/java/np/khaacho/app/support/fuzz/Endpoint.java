package np.khaacho.app.support.fuzz;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One mapped method and path pattern, with the names of its query parameters. */
public record Endpoint(String method, String pattern, List<String> params, boolean stream) {

    public String key() {
        return method + " " + pattern;
    }

    /**
     * Every API endpoint Spring maps, and a few methods and paths nobody mapped (which must be refused,
     * never fail), in a stable order.
     */
    public static List<Endpoint> all(RequestMappingHandlerMapping mappings) {
        List<Endpoint> found = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            List<String> params = new ArrayList<>();
            for (MethodParameter parameter : entry.getValue().getMethodParameters()) {
                RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                if (param != null) {
                    String name = !param.name().isEmpty() ? param.name() : !param.value().isEmpty() ? param.value()
                            : parameter.getParameterName();
                    if (name != null) {
                        params.add(name);
                    }
                }
            }
            boolean stream = info.getProducesCondition().getProducibleMediaTypes().stream()
                    .anyMatch(type -> type.toString().startsWith("text/event-stream"));
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/v1/")) {
                    continue;
                }
                // a mapping without methods answers any: the usual ones will do
                for (RequestMethod method : methods.isEmpty() ? List.of(RequestMethod.GET, RequestMethod.POST) : methods) {
                    found.add(new Endpoint(method.name(), pattern, params, stream));
                }
            }
        }
        // Methods nobody mapped, on mapped paths and on none: refused, never a failure.
        found.add(new Endpoint("PATCH", "/v1/orders/{id}", List.of(), false));
        found.add(new Endpoint("DELETE", "/v1/orders", List.of(), false));
        found.add(new Endpoint("GET", "/v1/{anything}", List.of(), false));
        found.sort((a, b) -> a.key().compareTo(b.key()));
        return found;
    }
}
