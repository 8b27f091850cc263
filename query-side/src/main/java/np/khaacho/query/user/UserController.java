package np.khaacho.query.user;

import io.swagger.v3.oas.annotations.tags.Tag;
import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.api.ApiResponse;
import np.khaacho.kernel.common.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own account and profile. */
@RestController
@Tag(name = "Users")
class UserController {

    private final UserReader reader;

    UserController(UserReader reader) {
        this.reader = reader;
    }

    @GetMapping("/v1/users/me")
    public ApiResponse<UserView> me(Actor actor) {
        return ApiResponse.ok(reader.find(actor.userId()).orElseThrow(() -> ApiException.notFound("user", actor.userId())));
    }
}
