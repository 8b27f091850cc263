package np.khaacho.command.parsing;

import np.khaacho.command.parsing.rules.RuleOrderParser;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LiveRuleParserTest {

    @Test
    void rebuildsTheRulesOnlyWhenTheCatalogChanges() {
        FixedCatalog catalog = new FixedCatalog(List.of(Catalogs.sugar()));
        List<List<CatalogEntry>> builds = new ArrayList<>();
        LiveRuleParser parser = new LiveRuleParser(catalog, entries -> {
            builds.add(entries);
            return new RuleOrderParser(entries);
        });

        parser.parse("chini 10 kg");
        parser.parse("waiwai 3 ctn");
        assertThat(builds).containsExactly(List.of(Catalogs.sugar()));

        catalog.replace(List.of(Catalogs.sugar(), Catalogs.waiWai()));
        parser.parse("waiwai 3 ctn");
        parser.parse("chini 10 kg");
        assertThat(builds).containsExactly(List.of(Catalogs.sugar()), List.of(Catalogs.sugar(), Catalogs.waiWai()));
    }

    @Test
    void answersWhatTheRuleParserOfTheCurrentCatalogAnswers() {
        FixedCatalog catalog = new FixedCatalog(Catalogs.small());
        LiveRuleParser parser = new LiveRuleParser(catalog);
        for (String text : List.of("chini 10 kg", "Wai Wai 4 carton\nचिनी २० केजी", "ho", "order kaha pugyo?")) {
            assertThat(parser.parse(text)).isEqualTo(new RuleOrderParser(Catalogs.small()).parse(text));
        }
    }
}
