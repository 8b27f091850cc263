package np.khaacho.command.parsing.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FoldTest {

    @Test
    void transliterationVariantsShareAKey() {
        assertThat(Fold.key("cheeni")).isEqualTo(Fold.key("chini")).isEqualTo(Fold.key("chinni"));
        assertThat(Fold.key("masoor")).isEqualTo(Fold.key("masur"));
        assertThat(Fold.key("dhanyavad")).isEqualTo(Fold.key("danyavad"));
        assertThat(Fold.key("shampoo")).isEqualTo(Fold.key("sampu"));
        assertThat(Fold.key("waiwai")).isEqualTo(Fold.key("vaivai"));
        assertThat(Fold.key("wash")).isNotEqualTo(Fold.key("was"));
    }

    @Test
    void devanagariVariantsShareAKey() {
        assertThat(Fold.key("चीनी")).isEqualTo(Fold.key("चिनी"));
        assertThat(Fold.key("पाँच")).isEqualTo(Fold.key("पांच")).isEqualTo(Fold.key("पाच"));
        assertThat(Fold.key("कार्टून")).isEqualTo(Fold.key("कार्टुन"));
        assertThat(Fold.key("शाबुन")).isEqualTo(Fold.key("साबुन"));
    }

    @Test
    void devanagariDigitsBecomeAsciiInPlace() {
        assertThat(Fold.asciiDigits("चिनी २० केजी, १.५")).isEqualTo("चिनी 20 केजी, 1.5");
    }

    @Test
    void editDistanceCountsTranspositionsOnce() {
        assertThat(CatalogIndex.distance("sunflower", "sunflwer")).isEqualTo(1);
        assertThat(CatalogIndex.distance("harpic", "hrapic")).isEqualTo(1);
        assertThat(CatalogIndex.distance("rara", "mayos")).isEqualTo(4);
    }
}
