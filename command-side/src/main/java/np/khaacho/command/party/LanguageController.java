package np.khaacho.command.party;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import np.khaacho.command.api.CommandSender;
import np.khaacho.kernel.api.ApiResponse;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.party.ChooseLanguage;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** The signed-in user's language for the pages and WhatsApp messages, whatever their role. */
@RestController
@Tag(name = "Users (commands)")
class LanguageController {

    private final CommandSender commands;

    LanguageController(CommandSender commands) {
        this.commands = commands;
    }

    record LanguageRequest(@NotNull @Pattern(regexp = "en|ne", message = "must be en or ne") String language) {
    }

    @PutMapping("/v1/users/me/language")
    public ApiResponse<Map<String, Object>> choose(@Valid @RequestBody LanguageRequest request, Actor actor) {
        commands.send(new ChooseLanguage(actor.userId(), request.language()), actor);
        return ApiResponse.ok(Map.of("userId", actor.userId(), "language", request.language()), "language chosen");
    }
}
