package np.khaacho.command.parsing.rules;

import np.khaacho.command.parsing.Intent;
import np.khaacho.command.parsing.ParseResult;
import np.khaacho.command.parsing.ParsedItem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RuleOrderParserTest {

    private final RuleOrderParser parser = new RuleOrderParser(DemoCatalog.entries());

    private List<String> items(String text) {
        ParseResult result = parser.parse(text);
        return result.items().stream().map(RuleOrderParserTest::line).toList();
    }

    private static String line(ParsedItem item) {
        return item.sku() + " " + item.quantity().toPlainString() + " " + item.unit();
    }

    @Test
    void readsDigitsAndNumberWordsInEnglishNepaliAndDevanagari() {
        assertThat(items("sugar 12 kg")).containsExactly("SUGAR-KG 12 kg");
        assertThat(items("five kg sugar")).containsExactly("SUGAR-KG 5 kg");
        assertThat(items("paanch kilo chini")).containsExactly("SUGAR-KG 5 kg");
        assertThat(items("das kilo chini")).containsExactly("SUGAR-KG 10 kg");
        assertThat(items("पाँच किलो चिनी")).containsExactly("SUGAR-KG 5 kg");
        assertThat(items("दुई बोरा मन्सुली चामल")).containsExactly("RICE-MANSULI-25KG 2 bag");
        assertThat(items("dedh kilo chiura")).containsExactly("CHIURA-KG 1.5 kg");
        assertThat(items("sugar 2.5 kg")).containsExactly("SUGAR-KG 2.5 kg");
    }

    @Test
    void readsDevanagariDigitsAlsoGluedToUnits() {
        assertThat(items("चिनी २० केजी")).containsExactly("SUGAR-KG 20 kg");
        assertThat(items("आटा २बोरा, बेसन ५केजी")).containsExactly("ATTA-GYAN-10KG 2 bag", "BESAN-KG 5 kg");
        assertThat(items("nun २० packet")).containsExactly("SALT-AAYO-1KG 20 packet");
    }

    @Test
    void readsUnitSpellingsAndUnitsGluedToNumbers() {
        assertThat(items("rahar dal 10kg")).containsExactly("DAL-RAHAR-KG 10 kg");
        assertThat(items("jeera masino 2 bora")).containsExactly("RICE-JEERA-25KG 2 bag");
        assertThat(items("wai wai 3 ctn")).containsExactly("NOODLE-WAIWAI-CTN 3 carton");
        assertThat(items("वाइवाइ ३ कार्टुन")).containsExactly("NOODLE-WAIWAI-CTN 3 carton");
        assertThat(items("sunsilk 6 btl")).containsExactly("SHAMPOO-SUNSILK-180ML 6 bottle");
        assertThat(items("wheel powder 10 pkt")).containsExactly("DETERGENT-WHEEL-1KG 10 packet");
        assertThat(items("vim bar 24 वटा")).containsExactly("DISHWASH-VIM-200G 24 piece");
        assertThat(items("mustard oil 5 ltr")).containsExactly("OIL-MUSTARD-LOOSE 5 litre");
        assertThat(items("Colgate x 12")).containsExactly("TOOTHPASTE-COLGATE-150G 12 piece");
    }

    @Test
    void takesTheQuantityBeforeOrAfterTheGoods() {
        assertThat(items("2 bags of jeera masino rice")).containsExactly("RICE-JEERA-25KG 2 bag");
        assertThat(items("jeera masino rice 2 bags")).containsExactly("RICE-JEERA-25KG 2 bag");
        assertThat(items("one carton Current noodles and four cartons Mayos"))
                .containsExactly("NOODLE-CURRENT-CTN 1 carton", "NOODLE-MAYOS-CTN 4 carton");
        assertThat(items("chini 10 kilo masuro dal 5 kilo")).containsExactly("SUGAR-KG 10 kg", "DAL-MASOOR-KG 5 kg");
    }

    @Test
    void convertsToTheSaleUnitWhenExact() {
        assertThat(items("50 kg jeera masino")).containsExactly("RICE-JEERA-25KG 2 bag");
        assertThat(items("Lux soap 1 dozen")).containsExactly("SOAP-LUX-100G 12 piece");
        assertThat(items("5 litre ghee")).containsExactly("GHEE-DDC-1L 5 packet");
        assertThat(items("Wai Wai 60 packet")).containsExactly("NOODLE-WAIWAI-CTN 2 carton");
        assertThat(items("lifebuoy 24 pieces")).containsExactly("SOAP-LIFEBUOY-100G 2 dozen");
        assertThat(items("candles 2 dozen")).containsExactly("CANDLE-WHITE-6PK 4 packet");
        assertThat(items("besan 500 g")).containsExactly("BESAN-KG 0.5 kg");
    }

    @Test
    void aNamedSizeChoosesTheProduct() {
        assertThat(items("Tokla tea 500 g ko 10 packet")).containsExactly("TEA-TOKLA-500G 10 packet");
        assertThat(items("Tokla tea 1kg x 5")).containsExactly("TEA-TOKLA-1KG 5 packet");
        assertThat(items("sunflower tel 5 litre wala 2 ota")).containsExactly("OIL-SUNFLOWER-5L 2 bottle");
        assertThat(items("2 carton coke 500ml")).containsExactly("COKE-500ML-CTN 2 carton");
        assertThat(items("Coke 2.25 litre 12 bottles")).containsExactly("COKE-2250ML 12 bottle");
        assertThat(items("Tokla tea 250 g 10 packet")).isEmpty();
    }

    @Test
    void toleratesTyposAndTransliterations() {
        assertThat(items("sunflwer oil 1 litre 12 bottle")).containsExactly("OIL-SUNFLOWER-1L 12 bottle");
        assertThat(items("harpik 12 bottle")).containsExactly("HARPIC-500ML 12 bottle");
        assertThat(items("cheeni 10 kilo")).containsExactly("SUGAR-KG 10 kg");
        assertThat(items("surf exel 5 pkt")).containsExactly("DETERGENT-SURF-1KG 5 packet");
        assertThat(items("moong daal 5 kg")).containsExactly("DAL-MOONG-KG 5 kg");
        assertThat(items("मुसुरोको दाल ५ केजी")).containsExactly("DAL-MASOOR-KG 5 kg");
        assertThat(items("WAI-WAI 2 CTN")).containsExactly("NOODLE-WAIWAI-CTN 2 carton");
    }

    @Test
    void reportsWhatItCannotReadExactlyInsteadOfGuessing() {
        ParseResult ambiguous = parser.parse("Need oil 2 and sugar 25 kg");
        assertThat(ambiguous.items()).extracting(ParsedItem::sku).containsExactly("SUGAR-KG");
        assertThat(ambiguous.unresolved()).containsExactly("oil 2");

        assertThat(parser.parse("sabun 3 dozen").unresolved()).containsExactly("sabun 3 dozen");
        assertThat(parser.parse("tea 5 packets").unresolved()).containsExactly("tea 5 packets");
        assertThat(parser.parse("basmati 12 kg").unresolved()).containsExactly("basmati 12 kg");
        assertThat(parser.parse("aayo nun 2 carton").unresolved()).containsExactly("aayo nun 2 carton");
        assertThat(parser.parse("Dettol handwash 6 bottle").unresolved()).containsExactly("Dettol handwash 6 bottle");

        ParseResult unknown = parser.parse("चिनी २५ केजी, पनिर २ केजी र अण्डा ३ क्रेट");
        assertThat(unknown.items()).extracting(ParsedItem::sku).containsExactly("SUGAR-KG");
        assertThat(unknown.unresolved()).containsExactly("पनिर २ केजी", "अण्डा ३ क्रेट");
        assertThat(unknown.intent()).isEqualTo(Intent.ORDER);
    }

    @Test
    void ignoresGreetingsHeadersDatesBulletsAndFiller() {
        ParseResult result = parser.parse("""
                Ram Traders, Butwal
                Date: 2081/07/18
                Namaste dai 🙏 aaja ko order:
                1. chini 10 kg
                - 2 bags Mansuli rice
                • Colgate 12
                dhanyabad""");
        assertThat(result.items()).extracting(RuleOrderParserTest::line)
                .containsExactly("SUGAR-KG 10 kg", "RICE-MANSULI-25KG 2 bag", "TOOTHPASTE-COLGATE-150G 12 piece");
        assertThat(result.unresolved()).isEmpty();
        assertThat(parser.parse("Sita Store - 15 Mangsir\nrara 2 ctn").items()).extracting(RuleOrderParserTest::line)
                .containsExactly("NOODLE-RARA-CTN 2 carton");
    }

    @Test
    void classifiesIntents() {
        assertThat(parser.parse("ok confirm").intent()).isEqualTo(Intent.CONFIRM);
        assertThat(parser.parse("ho, pathaidinus").intent()).isEqualTo(Intent.CONFIRM);
        assertThat(parser.parse("हुन्छ, पठाउनुस्").intent()).isEqualTo(Intent.CONFIRM);
        assertThat(parser.parse("ok pathaunus").intent()).isEqualTo(Intent.CONFIRM);
        assertThat(parser.parse("Please cancel my last order").intent()).isEqualTo(Intent.CANCEL);
        assertThat(parser.parse("मेरो अघिल्लो अर्डर रद्द गरिदिनुस्").intent()).isEqualTo(Intent.CANCEL);
        assertThat(parser.parse("dai mero order kaha pugyo?").intent()).isEqualTo(Intent.STATUS);
        assertThat(parser.parse("Where is my order? It was supposed to come by 11.").intent()).isEqualTo(Intent.STATUS);
        assertThat(parser.parse("namaste dai").intent()).isEqualTo(Intent.OTHER);
        assertThat(parser.parse("Thank you, received everything.").intent()).isEqualTo(Intent.OTHER);
        assertThat(parser.parse("What is the price of Tokla tea 1 kg these days?").intent()).isEqualTo(Intent.OTHER);
        assertThat(parser.parse("chini 10 kg pathaunus, rate kati ho?").intent()).isEqualTo(Intent.ORDER);
        assertThat(parser.parse("").intent()).isEqualTo(Intent.OTHER);
    }

    @Test
    void answersOnlyOrdersWithItems() {
        ParseResult price = parser.parse("What is the price of Tokla tea 1 kg these days?");
        assertThat(price.items()).isEmpty();
        assertThat(price.unresolved()).isEmpty();
    }

    @Test
    void tellsTheLanguage() {
        assertThat(parser.parse("Please send 2 bags of jeera masino rice").language()).isEqualTo("en");
        assertThat(parser.parse("dui bora basmati ra paanch kilo moong dal pathaidinus hai").language()).isEqualTo("ne");
        assertThat(parser.parse("चिनी २० केजी").language()).isEqualTo("ne");
        assertThat(parser.parse("ok confirm").engine()).isEqualTo("rules");
    }

    @Test
    void addsUpOneProductNamedTwice() {
        ParseResult result = parser.parse("chini 10 kg, sugar 5 kg");
        assertThat(result.items()).hasSize(1);
        assertThat(result.items().get(0).quantity()).isEqualByComparingTo(new BigDecimal("15"));
    }
}
