package np.khaacho.command.parsing;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ParsedOrderViewTest {

    @Test
    void pricesEachLineFromTheCatalog() {
        ParseResult result = new ParseResult(Intent.ORDER, List.of(
                new ParsedItem("SUGAR-KG", new BigDecimal("2.5"), "kg", "chini 2.5 kg"),
                new ParsedItem("NOODLE-WAIWAI-CTN", new BigDecimal("3"), "carton", "waiwai 3 ctn"),
                new ParsedItem("GONE-SKU", BigDecimal.ONE, "piece", "gone 1")),
                List.of("5 packets tea"), "ne", "rules");

        ParsedOrderView view = ParsedOrderView.of(result, Catalogs.small(), "ocr text");

        assertThat(view.items()).extracting(ParsedOrderView.Line::name)
                .containsExactly("Sugar", "Wai Wai Noodles (carton of 30)", null);
        assertThat(view.items()).extracting(ParsedOrderView.Line::unitPrice)
                .containsExactly(new BigDecimal("98"), new BigDecimal("600"), null);
        assertThat(view.items()).extracting(ParsedOrderView.Line::subtotal)
                .containsExactly(new BigDecimal("245.00"), new BigDecimal("1800.00"), null);
        assertThat(view.items().get(0).vendorId()).isEqualTo("vendor-ktm");
        assertThat(view.total()).isEqualByComparingTo("2045.00");
        assertThat(view.unresolved()).containsExactly("5 packets tea");
        assertThat(view.ocrText()).isEqualTo("ocr text");
        assertThat(view.engine()).isEqualTo("rules");
        assertThat(view.language()).isEqualTo("ne");
    }
}
