package np.khaacho.command.parsing;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import np.khaacho.command.api.Access;
import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.api.ApiResponse;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Role;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Try the order parser: read a typed message or a photo of a list, as a WhatsApp message would be read.
 * For vendors and admins (the parser may call a paid model); each user's calls are also rate-limited.
 */
@RestController
@RequestMapping("/v1/ai")
@Tag(name = "AI parsing")
class ParsingController {

    private final MessageReader reader;
    private final ParsingCatalog catalog;

    ParsingController(MessageReader reader, ParsingCatalog catalog) {
        this.reader = reader;
        this.catalog = catalog;
    }

    @PostMapping("/parse-text")
    public ApiResponse<ParsedOrderView> parseText(@Valid @RequestBody ParseTextRequest request, Actor actor) {
        Access.requireRole(actor, Role.VENDOR, Role.ADMIN);
        ParseResult result = reader.readText(request.text(), null, actor.userId());
        return ApiResponse.ok(ParsedOrderView.of(result, catalog.entries(), null));
    }

    /** A PNG or JPEG photo in the multipart field {@code file}. */
    @PostMapping("/parse-image")
    public ApiResponse<ParsedOrderView> parseImage(@RequestParam(name = "file", required = false) MultipartFile file,
                                                   Actor actor) {
        Access.requireRole(actor, Role.VENDOR, Role.ADMIN);
        if (file == null || file.isEmpty()) {
            throw ApiException.invalid("send a PNG or JPEG image as the multipart field 'file'");
        }
        ImageReading reading = reader.readImage(bytes(file), file.getContentType(), null, actor.userId());
        return ApiResponse.ok(ParsedOrderView.of(reading.result(), catalog.entries(), reading.text()));
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
