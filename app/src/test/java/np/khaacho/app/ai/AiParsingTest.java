package np.khaacho.app.ai;

import com.fasterxml.jackson.databind.JsonNode;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.command.parsing.CatalogEntry;
import np.khaacho.command.parsing.ParseResult;
import np.khaacho.command.parsing.ParsedItem;
import np.khaacho.command.parsing.ParsingCatalog;
import np.khaacho.command.parsing.rules.RuleOrderParser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The parsing endpoints over HTTP, the live catalog they read, and the call log they write. */
class AiParsingTest extends IntegrationTest {

    @Autowired
    private ParsingCatalog catalog;

    @Test
    void aTypedMessageIsReadAgainstTheLiveCatalogAndLogged() {
        String text = "Namaste dai, chini 10 kg ra waiwai 3 ctn pathaidinu";
        String vendorId = userId(VENDOR_KTM_PHONE);

        var reply = as(VENDOR_KTM_PHONE).post("/v1/ai/parse-text", Map.of("text", text));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertReadAsTheRulesRead(reply.data(), text);
        assertThat(reply.data().has("ocrText")).isFalse();
        Map<String, Object> row = lastLogRow(vendorId, "TEXT");
        assertThat(row).containsEntry("engine", "rules").containsEntry("status", "SUCCESS")
                .containsEntry("answered_by", "rules").containsEntry("input_excerpt", text)
                .containsEntry("result_engine", "rules");
        assertThat(row.get("message_sid")).isNull();
    }

    @Test
    void aPhotoOfAListIsReadByOcrThenParsed() {
        String vendorId = userId(VENDOR_KTM_PHONE);
        byte[] png = Uploads.png(List.of("Order", "1. chini 10 kg", "2. waiwai 3 ctn"), 32);

        var reply = as(VENDOR_KTM_PHONE).sendBytes("POST", "/v1/ai/parse-image", Uploads.MULTIPART,
                Uploads.multipart("file", "order.png", "image/png", png));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        String ocrText = reply.data().get("ocrText").asText();
        assertThat(ocrText.replaceAll("[ \\t]+", " ")).contains("Order", "1. chini 10 kg", "2. waiwai 3 ctn");
        assertReadAsTheRulesRead(reply.data(), ocrText);
        Map<String, Object> ocrRow = jdbc.queryForMap("""
                SELECT engine, model, status, answered_by, result ->> 'text' AS text FROM parsing.ai_processing_logs
                 WHERE user_id = ? AND input_type = 'IMAGE' AND engine = 'ocr' ORDER BY id DESC LIMIT 1""", vendorId);
        assertThat(ocrRow).containsEntry("model", "tesseract:nep+eng").containsEntry("status", "SUCCESS")
                .containsEntry("answered_by", "ocr").containsEntry("text", ocrText);
        assertThat(lastLogRow(vendorId, "IMAGE")).containsEntry("engine", "rules").containsEntry("input_excerpt", ocrText);
    }

    @Test
    void theCatalogFollowsListingsPriceChangesAndDelistings() {
        CatalogEntry sugar = entry("SUGAR-KG");
        assertThat(sugar.nameNe()).isEqualTo("चिनी");
        assertThat(sugar.aliases()).containsExactly("sugar", "chini", "चिनी");
        assertThat(sugar.category()).isEqualTo("sugar-salt");
        assertThat(sugar.unit()).isEqualTo("kg");
        assertThat(sugar.price()).isEqualByComparingTo("98");
        assertThat(sugar.vendorCode()).isEqualTo(userId(VENDOR_KTM_PHONE));
        assertThat(entry("RICE-JEERA-25KG").packSize()).isEqualTo("25 kg");

        Api vendor = as(VENDOR_LTP_PHONE);
        long before = catalog.version();
        var listed = vendor.post("/v1/products", Map.of("sku", "AI-TEA-TOKLA-500G", "name", "Tokla Tea 500 g",
                "nameNe", "टोक्ला चिया", "aliases", List.of("tokla", "chiya"), "category", "tea", "unit", "packet",
                "packSize", "500 g", "price", "310.00"));
        assertThat(listed.status()).as(listed.toString()).isEqualTo(201);
        long afterListing = catalog.version();
        assertThat(afterListing).isGreaterThan(before);
        assertThat(entry("AI-TEA-TOKLA-500G")).isEqualTo(new CatalogEntry("AI-TEA-TOKLA-500G",
                userId(VENDOR_LTP_PHONE), "Tokla Tea 500 g", "टोक्ला चिया", List.of("tokla", "chiya"), "tea", "packet",
                "500 g", new BigDecimal("310.00")));

        String productId = listed.data().get("productId").asText();
        assertThat(vendor.put("/v1/products/" + productId, Map.of("sku", "AI-TEA-TOKLA-500G",
                "name", "Tokla Tea 500 g", "unit", "packet", "price", "320.00", "aliases", List.of("tokla"))).status())
                .isEqualTo(200);
        assertThat(catalog.version()).isGreaterThan(afterListing);
        assertThat(entry("AI-TEA-TOKLA-500G").price()).isEqualByComparingTo("320");
        assertThat(entry("AI-TEA-TOKLA-500G").aliases()).containsExactly("tokla");

        assertThat(vendor.delete("/v1/products/" + productId).status()).isEqualTo(200);
        assertThat(catalog.entries()).extracting(CatalogEntry::sku).doesNotContain("AI-TEA-TOKLA-500G")
                .contains("SUGAR-KG");
    }

    @Test
    void onlyVendorsAndAdminsMayUseTheParser() {
        long logRows = logRowCount();
        byte[] png = Uploads.png(List.of("chini 10 kg"), 32);
        for (String phone : List.of(BUYER_KTM_PHONE, AUDITOR_PHONE)) {
            assertRefused(as(phone).post("/v1/ai/parse-text", Map.of("text", "chini 10 kg")), 403, "FORBIDDEN");
            assertRefused(as(phone).sendBytes("POST", "/v1/ai/parse-image", Uploads.MULTIPART,
                    Uploads.multipart("file", "order.png", "image/png", png)), 403, "FORBIDDEN");
        }
        assertThat(logRowCount()).isEqualTo(logRows);

        var admin = as(ADMIN_PHONE).post("/v1/ai/parse-text", Map.of("text", "chini 10 kg"));
        assertThat(admin.status()).as(admin.toString()).isEqualTo(200);
        assertThat(admin.data().get("items").get(0).get("sku").asText()).isEqualTo("SUGAR-KG");
        var vendor = as(VENDOR_LTP_PHONE).post("/v1/ai/parse-text", Map.of("text", "chini 10 kg"));
        assertThat(vendor.status()).as(vendor.toString()).isEqualTo(200);
    }

    @Test
    void badInputIsRefusedWithTheErrorBodyAndNotLogged() {
        Api vendor = as(VENDOR_KTM_PHONE);
        long logRows = logRowCount();

        assertThat(anonymous().post("/v1/ai/parse-text", Map.of("text", "chini 10 kg")).errorCode())
                .isEqualTo("UNAUTHORIZED");
        assertThat(anonymous().sendBytes("POST", "/v1/ai/parse-image", Uploads.MULTIPART,
                Uploads.multipart("file", "a.png", "image/png", Uploads.png(List.of("chini"), 32))).status())
                .isEqualTo(401);

        assertRefused(vendor.post("/v1/ai/parse-text", Map.of("text", "")), 400, "VALIDATION_ERROR");
        assertRefused(vendor.post("/v1/ai/parse-text", Map.of("text", "   ")), 400, "VALIDATION_ERROR");
        assertRefused(vendor.post("/v1/ai/parse-text", Map.of("text", "x".repeat(4001))), 400, "VALIDATION_ERROR");
        assertRefused(vendor.sendRaw("POST", "/v1/ai/parse-text", "application/json", "{\"text\": 12"), 400,
                "MALFORMED_REQUEST");

        assertRefused(vendor.post("/v1/ai/parse-image", Map.of("text", "chini")), 400, "VALIDATION_ERROR");
        assertRefused(vendor.sendBytes("POST", "/v1/ai/parse-image", Uploads.MULTIPART,
                Uploads.multipart("photo", "a.png", "image/png", Uploads.png(List.of("chini"), 32))), 400,
                "VALIDATION_ERROR");
        assertRefused(vendor.sendBytes("POST", "/v1/ai/parse-image", Uploads.MULTIPART,
                Uploads.multipart("file", "order.txt", "text/plain", "chini 10 kg".getBytes(StandardCharsets.UTF_8))),
                415, "UNSUPPORTED_MEDIA_TYPE");
        assertRefused(vendor.sendBytes("POST", "/v1/ai/parse-image", Uploads.MULTIPART,
                Uploads.multipart("file", "order.png", "image/png", "chini 10 kg".getBytes(StandardCharsets.UTF_8))),
                415, "UNSUPPORTED_MEDIA_TYPE");
        byte[] png = Uploads.png(List.of("chini 10 kg"), 32);
        assertRefused(vendor.sendBytes("POST", "/v1/ai/parse-image", Uploads.MULTIPART,
                Uploads.multipart("file", "order.png", "image/png", Arrays.copyOf(png, png.length / 2))),
                400, "VALIDATION_ERROR");
        assertRefused(vendor.sendBytes("POST", "/v1/ai/parse-image", "multipart/form-data; boundary=nothing",
                "no such part".getBytes(StandardCharsets.UTF_8)), 400, "VALIDATION_ERROR");
        assertRefused(vendor.sendBytes("POST", "/v1/ai/parse-image", "multipart/form-data",
                "no boundary".getBytes(StandardCharsets.UTF_8)), 400, "MALFORMED_REQUEST");
        byte[] tooLarge = new byte[4 * 1024 * 1024 + 1];
        System.arraycopy(png, 0, tooLarge, 0, png.length);
        assertRefused(vendor.sendBytes("POST", "/v1/ai/parse-image", Uploads.MULTIPART,
                Uploads.multipart("file", "big.png", "image/png", tooLarge)), 413, "PAYLOAD_TOO_LARGE");

        assertThat(logRowCount()).isEqualTo(logRows);
    }

    @Test
    void aPhotoWithoutTextIsRefusedAndTheOcrCallLogged() {
        String vendorId = userId(VENDOR_PKR_PHONE);

        var reply = as(VENDOR_PKR_PHONE).sendBytes("POST", "/v1/ai/parse-image", Uploads.MULTIPART,
                Uploads.multipart("file", "blank.png", "image/png", Uploads.png(List.of(" "), 32)));

        assertRefused(reply, 400, "VALIDATION_ERROR");
        assertThat(reply.body().get("error").get("message").asText()).contains("no text");
        assertThat(jdbc.queryForList("SELECT status FROM parsing.ai_processing_logs WHERE user_id = ? ORDER BY id",
                String.class, vendorId)).containsExactly("NO_TEXT");
    }

    /** The answer is what the rule parser over the live catalog reads, each line priced from the catalog. */
    private void assertReadAsTheRulesRead(JsonNode data, String text) {
        ParseResult expected = new RuleOrderParser(catalog.entries()).parse(text);
        assertThat(data.get("engine").asText()).isEqualTo("rules");
        assertThat(data.get("intent").asText()).isEqualTo(expected.intent().name());
        assertThat(data.get("language").asText()).isEqualTo(expected.language());
        assertThat(strings(data.get("unresolved"))).isEqualTo(expected.unresolved());
        assertThat(data.get("items")).hasSize(expected.items().size());
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < expected.items().size(); i++) {
            ParsedItem item = expected.items().get(i);
            CatalogEntry entry = entry(item.sku());
            JsonNode line = data.get("items").get(i);
            BigDecimal subtotal = entry.price().multiply(item.quantity()).setScale(2, RoundingMode.HALF_UP);
            assertThat(line.get("sku").asText()).isEqualTo(item.sku());
            assertThat(line.get("quantity").decimalValue()).isEqualByComparingTo(item.quantity());
            assertThat(line.get("unit").asText()).isEqualTo(item.unit());
            assertThat(line.get("name").asText()).isEqualTo(entry.name());
            assertThat(line.get("unitPrice").decimalValue()).isEqualByComparingTo(entry.price());
            assertThat(line.get("subtotal").decimalValue()).isEqualByComparingTo(subtotal);
            total = total.add(subtotal);
        }
        assertThat(data.get("total").decimalValue()).isEqualByComparingTo(total);
    }

    private CatalogEntry entry(String sku) {
        return catalog.entries().stream().filter(e -> e.sku().equals(sku)).findFirst()
                .orElseThrow(() -> new AssertionError("not in the catalog: " + sku));
    }

    private Map<String, Object> lastLogRow(String userId, String inputType) {
        return jdbc.queryForMap("""
                SELECT engine, status, answered_by, message_sid, input_excerpt, result ->> 'engine' AS result_engine
                  FROM parsing.ai_processing_logs
                 WHERE user_id = ? AND input_type = ? AND engine <> 'ocr' ORDER BY id DESC LIMIT 1""", userId, inputType);
    }

    private long logRowCount() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM parsing.ai_processing_logs", Long.class);
        return count == null ? 0 : count;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

    private static void assertRefused(Api.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.errorCode()).as(reply.toString()).isEqualTo(code);
        assertThat(reply.body().get("success").asBoolean()).isFalse();
    }
}
