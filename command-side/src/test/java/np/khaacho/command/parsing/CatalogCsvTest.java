package np.khaacho.command.parsing;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogCsvTest {

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
        String csv = """
                sku,vendor_code,name,name_ne,aliases,category,unit,pack_size,price_npr,stock,min_order_qty
                RICE-1,V-1,"Rice, ""Jeera"" 25 kg",जीरा चामल,jeera|jira masino| rice ,rice,bag,25 kg,2350,10,1
                SUGAR-KG,V-1,"Sugar
                (loose)",चिनी,,sugar-salt,kg,,98,5,5
                """;
        List<CatalogEntry> entries = CatalogCsv.read(new StringReader(csv));
        assertThat(entries).hasSize(2);
        CatalogEntry rice = entries.get(0);
        assertThat(rice.sku()).isEqualTo("RICE-1");
        assertThat(rice.name()).isEqualTo("Rice, \"Jeera\" 25 kg");
        assertThat(rice.aliases()).containsExactly("jeera", "jira masino", "rice");
        assertThat(rice.unit()).isEqualTo("bag");
        assertThat(rice.packSize()).isEqualTo("25 kg");
        assertThat(rice.price()).isEqualByComparingTo(new BigDecimal("2350"));
        assertThat(entries.get(1).name()).isEqualTo("Sugar\n(loose)");
        assertThat(entries.get(1).aliases()).isEmpty();
        assertThat(entries.get(1).packSize()).isEmpty();
    }

    @Test
    void refusesACatalogWithoutItsKeyColumns() {
        assertThatThrownBy(() -> CatalogCsv.read(new StringReader("name,unit\nSugar,kg\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sku");
    }
}
