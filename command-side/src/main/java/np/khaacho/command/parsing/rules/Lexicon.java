package np.khaacho.command.parsing.rules;

import java.util.HashSet;
import java.util.Set;

/**
 * The words around the goods: filler that says nothing about what to send, words that join list
 * items, and the words that carry an intent. All are kept as {@link Fold#key} keys.
 */
final class Lexicon {

    /** Words that carry no goods: greetings, pronouns, verbs of asking, shop headers, time words. */
    static final Set<String> FILLER = keys("""
            i me my mine we us our you your u he she it its they them this that these those there here
            the of for to from in on at by with or as is are were be been am do does did have has had
            can could would will shall should may might must get got give gave let lets make
            please pls plz plse kindly send sent sending need needed needs want wanted require required
            order orders ordered deliver delivered delivery add added put bring supply provide
            today tomorrow tonight yesterday now soon asap urgent urgently quickly fast early
            just only more some any each per every all also too again same usual next last first
            week weekly daily monthly morning evening night afternoon time
            hi hello hey hii dear sir madam maam brother bro sister friend team
            thanks thank thankyou thx ty regards welcome sorry
            shop store pasal kirana traders trader mart suppliers supplier center centre enterprises
            list item items total note date qty quantity name sale rate price
            cash payment credit bill invoice paid pay
            ok okay yes no not what which who why how where when
            dai didi bhai daju bahini sathi hajur namaste namaskar namaskaar
            dhanyabad dhanyavad dhanyawad dhanybad danyabad
            ko ka ki ma lai le bata sanga samma ni ta nai hai la hola ho cha chha xa chaina
            yo tyo yi ti yei yeti yati tei testai ani aba feri pheri tara ki ra
            mero hamro tapai tapailai tapaiko malai hamilai
            pathaidinus pathaidinu pathaidinuhos pathaunus pathaunu pathaune pathau pathaideu pathaidina
            pathaidiu pathaidim pathaidinuhola pathaunuhola pathaidinos pathayera pathaera pathai kripaya kripya
            dinus dinu dinuhos deu dinuhola chahiyo chaiyo chahiyeko chaiyeko chahinchha chahincha
            garnus gardinus garidinus garidinu gardinu garnu garna gareko garchu garchhu garau
            aaja aja ajako bholi hijo aile ahile chito chitto jati sakdo sakne ekdam
            saman samaan lagi wala vala bala tira kura ramro thik
            aajako tala mathi tapaiharu
            मेरो हाम्रो तपाईं तपाई हजुर दाइ दाई दिदी भाइ नमस्ते नमस्कार धन्यवाद
            को का की मा लाई ले बाट सँग सम्म नि त नै है ल होला हो छ यो त्यो यी ती पनि
            पठाइदिनुस् पठाइदिनुहोस् पठाउनुस् पठाउनुहोस् पठाइदिनु पठाउनु चाहियो चाहिन्छ
            गर्नुस् गरिदिनुस् गर्नुहोस् अर्डर आज भोलि हिजो सामान पसल लागि वाला किराना मिति थप
            कृपया सबै जम्मा
            """);

    /** Endings of Nepali polite imperatives ("thapnus", "rakhidinuhos", "पठाउनुस्"): verbs, not goods. */
    private static final String[] IMPERATIVE_ENDINGS = {"nus", "nuhos", "nuhola", "nuhosh", "dinu", "ideu", "नुस्", "नुहोस्", "नुस", "दिनु"};

    /** Whether a lower-case word is a Nepali polite imperative. */
    static boolean imperative(String word) {
        for (String ending : IMPERATIVE_ENDINGS) {
            if (word.length() > ending.length() + 1 && word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** Months and time words: a number before them is a date or a time, not a quantity. */
    static final Set<String> TIME_AFTER_NUMBER = keys("""
            baje bje baja am pm oclock din days hapta week weeks mahina month months barsa years year
            minute minutes min mins ghanta hour hours hrs st nd rd th gate
            jan january feb february mar march apr april may jun june jul july aug august sep sept september
            oct october nov november dec december
            baisakh baishakh jestha jeth asar ashar asadh shrawan saun sawan bhadra bhadau asoj ashwin
            kartik kattik mangsir mansir poush push pus magh falgun fagun phagun chaitra chait
            बजे गते दिन हप्ता महिना बैशाख जेठ असार साउन भदौ असोज कात्तिक मंसिर मङ्सिर पुस माघ फागुन चैत
            """);

    /** Money words: a number next to them is a price, not a quantity ("Rs 98", "500 rupees", "रु ५००"). */
    static final Set<String> CURRENCY = keys("rs rs npr nrs inr rupees rupee rupaiya rupiya rupaiyan rp रु रू रुपैयाँ रुपियाँ रुपैया");

    /** Months written before the day ("Mangsir 15"): they make the following number a date. */
    static final Set<String> MONTHS = keys("""
            jan january feb february mar march apr april jun june jul july aug august sep sept september
            oct october nov november dec december
            baisakh baishakh jestha jeth asar ashar asadh shrawan saun sawan bhadra bhadau asoj ashwin
            kartik kattik mangsir mansir poush push pus magh falgun fagun phagun chaitra chait
            बैशाख जेठ असार साउन भदौ असोज कात्तिक मंसिर मङ्सिर पुस माघ फागुन चैत
            """);

    /** Words that end one list item and start the next. */
    static final Set<String> JOINERS = keys("and ra also ani tatha n & र अनि तथा");

    /** Greetings that begin with a product word ("Good morning" is not Britannia Good Day). */
    static final Set<String> GREETING_TAILS = keys("morning evening night afternoon luck");

    private Lexicon() {
    }

    static Set<String> keys(String words) {
        Set<String> keys = new HashSet<>();
        for (String word : words.split("\\s+")) {
            if (!word.isBlank() && !word.endsWith(":")) {
                keys.add(Fold.key(word));
            }
        }
        return Set.copyOf(keys);
    }
}
