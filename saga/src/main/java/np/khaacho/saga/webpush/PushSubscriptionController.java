package np.khaacho.saga.webpush;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.api.ApiResponse;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Base64;
import java.util.Map;

/**
 * A vendor's browser asks to be told of new orders: it subscribes at its push service with the server's
 * public key, then hands the subscription here (the browser's {@code PushSubscription.toJSON()}).
 */
@RestController
class PushSubscriptionController {

    private static final String PATH = "/v1/users/me/push-subscriptions";
    private static final int MAX_ENDPOINT = 1000;

    private final PushSubscriptions subscriptions;
    private final WebPushSettings settings;
    private final ObjectProvider<VapidKeys> keys;

    PushSubscriptionController(PushSubscriptions subscriptions, WebPushSettings settings, ObjectProvider<VapidKeys> keys) {
        this.subscriptions = subscriptions;
        this.settings = settings;
        this.keys = keys;
    }

    /** The key a browser subscribes with; {@code enabled} false when this server sends no pushes. */
    @GetMapping("/v1/push/key")
    public ApiResponse<Map<String, Object>> key() {
        VapidKeys vapid = keys.getIfAvailable();
        return ApiResponse.ok(vapid == null ? Map.of("enabled", false) : Map.of("enabled", true, "publicKey", vapid.publicKey()),
                vapid == null ? "web push is off" : "web push key");
    }

    @PutMapping(PATH)
    public ApiResponse<Map<String, Object>> subscribe(@Valid @RequestBody SubscriptionRequest request, Actor actor) {
        vendor(actor);
        if (keys.getIfAvailable() == null) {
            throw ApiException.invalid("web push is off on this server");
        }
        URI endpoint = endpoint(request.endpoint());
        byte[] p256dh = base64Url(request.keys().p256dh(), "keys.p256dh");
        if (p256dh.length != 65 || p256dh[0] != 4) {
            throw ApiException.invalid("keys.p256dh is not an uncompressed P-256 point");
        }
        if (base64Url(request.keys().auth(), "keys.auth").length != 16) {
            throw ApiException.invalid("keys.auth is not 16 bytes");
        }
        subscriptions.save(actor.userId(), endpoint.toString(), request.keys().p256dh(), request.keys().auth());
        return ApiResponse.ok(Map.of("endpoint", endpoint.toString()), "new orders will be pushed to this browser");
    }

    /** The browser at {@code ?endpoint=} is told nothing more. */
    @DeleteMapping(PATH)
    public ApiResponse<Map<String, Object>> unsubscribe(@RequestParam("endpoint") String endpoint, Actor actor) {
        vendor(actor);
        if (endpoint.isBlank() || endpoint.length() > MAX_ENDPOINT) {
            throw ApiException.invalid("endpoint has 1 to " + MAX_ENDPOINT + " characters");
        }
        if (!subscriptions.remove(actor.userId(), endpoint)) {
            throw ApiException.notFound("push subscription", endpoint);
        }
        return ApiResponse.ok(Map.of("endpoint", endpoint), "no more pushes to this browser");
    }

    private URI endpoint(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw ApiException.invalid("the endpoint is not a URL");
        }
        if (!settings.allows(uri)) {
            throw ApiException.invalid("the endpoint is not at a known push service over HTTPS");
        }
        return uri;
    }

    private static byte[] base64Url(String text, String field) {
        try {
            return Base64.getUrlDecoder().decode(text.replace("=", ""));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(field + " is not base64url");
        }
    }

    private static void vendor(Actor actor) {
        if (!actor.is(Role.VENDOR)) {
            throw ApiException.forbidden("new-order pushes are for vendors, not for role " + actor.role());
        }
    }

    /** The browser's subscription: where to push, and the keys a push with data would be encrypted for. */
    record SubscriptionRequest(@NotBlank @Size(max = MAX_ENDPOINT) String endpoint, @NotNull @Valid Keys keys) {
    }

    record Keys(@NotBlank @Size(max = 200) String p256dh, @NotBlank @Size(max = 100) String auth) {
    }

}
