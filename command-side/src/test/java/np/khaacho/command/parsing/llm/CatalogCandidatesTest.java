package np.khaacho.command.parsing.llm;

import np.khaacho.command.parsing.CatalogEntry;
import np.khaacho.command.parsing.Catalogs;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogCandidatesTest {

    @Test
    void aSmallCatalogGoesWhole() {
        assertThat(CatalogCandidates.select(Catalogs.small(), "chini 10 kg", 10)).isEqualTo(Catalogs.small());
    }

    @Test
    void aLargeCatalogGivesTheEntriesSharingWordsOrSpellingWithTheMessage() {
        List<CatalogEntry> picked = CatalogCandidates.select(Catalogs.small(), "chinni 10 kg, masuro dal 5 kg", 2);

        assertThat(picked).extracting(CatalogEntry::sku).containsExactly("DAL-MASOOR-KG", "SUGAR-KG");
    }

    @Test
    void devanagariWordsMatchToo() {
        List<CatalogEntry> picked = CatalogCandidates.select(Catalogs.small(), "वाइवाइ ५ कार्टुन", 1);

        assertThat(picked).extracting(CatalogEntry::sku).containsExactly("NOODLE-WAIWAI-CTN");
    }
}
