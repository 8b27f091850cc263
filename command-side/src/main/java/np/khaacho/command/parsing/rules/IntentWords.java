package np.khaacho.command.parsing.rules;

import java.util.List;
import java.util.Set;

/**
 * The words and phrases that say what a message wants beyond its goods, matched on folded keys so
 * "kahile", "kaile" and "कहिले" all ask when, and "cancel", "cancle", "क्यान्सल" all cancel.
 */
final class IntentWords {

    static final List<String> CANCEL = phrases("""
            cancel | cancle | cancell | canceled | cancelled | cansel | kensel | radd | rad garnu | nachahine
            | chahiyena | chaiyena | chahidaina | chaidaina | dont send | do not send | na pathaunus | napathaunus
            | order hatau | hataunus | hatainus | stop the order | radda | rada | radda garnu | radda gardinus
            | रद्द | क्यान्सल | क्यान्सिल | चाहिएन | चाहिँदैन | नपठाउनुस् | नचाहिने
            """);

    /** Not wanting the order any more, said of no goods in particular ("I don't need it anymore"). */
    static final List<String> CANCEL_WITHOUT_GOODS = phrases("""
            dont need | do not need | don t need | no longer need | need it anymore | not needed any more
            """);

    /** The same order again: the last one (or the one replied to), at today's prices. */
    static final List<String> REORDER = phrases("""
            pahila jastai | pahile jastai | pahilako jastai | pahileko jastai | pahila ko jastai | pahile ko jastai
            | agi jastai | aghi jastai | same as last | same as before | same as previous | same order | same again
            | repeat order | repeat my order | repeat my last | repeat the order | repeat last | reorder | re order
            | order again
            | last order again | feri tyo order | feri tyahi order | tei order feri | tyahi order feri | feri tei
            | last time ko order | last time jastai | gaeko patak jastai | ghari jastai | पहिलेको जस्तै | पहिले जस्तै
            | पहिला जस्तै | अघि जस्तै | उही अर्डर | त्यही अर्डर | फेरि त्यही | फेरि त्यो अर्डर
            """);

    /** No more suggestions to buy again: the word the suggestion itself asks for, and ways of saying it. */
    static final List<String> STOP_SUGGESTIONS = phrases("""
            stop | stop it | stop suggestions | stop suggestion | stop reminders | stop messages | no more suggestions
            | unsubscribe | suggestion band | sujhav band | sujhab band | सुझाव बन्द | सुझाव नपठाउनुस् | रोक
            """);

    /** A bare "no" to the order summary. */
    static final List<String> REFUSE = phrases("no | nope | nah | hoina | hoena | haina | होइन | हैन | pardaina | पर्दैन");

    static final List<String> STATUS = phrases("""
            kahile | kaile | kaila | kahila | pugena | aayena | ayena | aaena | aaunu parne | aako chaina
            | aaeko chaina | status | track | tracking | update | eta | delay | delayed | late | dhilo | dhila
            | where is | wheres | where s | when will | not received | not arrived | not yet | still waiting
            | kaha | kata | kati bela | kahile samma | कहिले | कहाँ | आएन | आइपुगेन | ढिला | स्टाटस
            """);

    /** Where an order has got to: a status question that no other reading of a message without goods outranks. */
    static final List<String> STATUS_MOVING = phrases("""
            pugyo | pugyo ki | pugcha | pugchha | pugla | dispatch | dispatched | dispatch bhayo | pathaisaknu bhayo
            | on the way | out for delivery | shipped | arrive | arriving | aaucha ki | aauchha ki | aaunchha ki
            | kata pugyo | kaha pugyo | कहाँ पुग्यो | पुग्यो | पुग्छ | आउँछ कि | आउछ कि | डिस्प्याच
            """);

    /** Complaints that an order has not come: a status question even when they name the goods. */
    static final List<String> STATUS_STRONG = phrases("""
            aayena | ayena | aaena | pugena | aako chaina | aaeko chaina | not received | not arrived
            | not delivered | still waiting | where is | wheres | आएन | आइपुगेन
            """);

    /** The khata: what is owed, when it is due, what was paid. */
    static final List<String> KHATA = phrases("""
            hisab | hisaab | hisap | balance | balence | statement | khata | khaata | ledger | baki | baaki | bakee
            | udharo | udhaaro | udhar | owe | owed | outstanding | due | dues | tirna | tirnu | tirne | tiro
            | हिसाब | बाँकी | बाकी | खाता | उधारो | उधार | तिर्न | तिर्नु | तिर्ने | स्टेटमेन्ट | ब्यालेन्स
            """);

    /** Questions about price or availability: not orders on their own. */
    static final List<String> INQUIRY = phrases("""
            price | prices | rate | rates | cost | how much | kati | mulya | bhau | dam | daam | do you have
            | available | availability | in stock | stock cha | stock chha | paincha | painchha | cha ki | chha ki
            | मूल्य | भाउ | दाम | मोल | कति | पाइन्छ | छ कि
            """);

    /** Words that ask for goods to be sent: they keep a priced question an order. */
    static final List<String> ORDER_VERBS = phrases("""
            send | deliver | need | want | add | please send | pathaidinus | pathaidinu | pathaunus | pathaunu
            | pathau | pathaideu | chahiyo | chaiyo | chahincha | chahinchha | dinus | dinuhos | thapnus | thapidinus
            | पठाइदिनुस् | पठाउनुस् | पठाइदिनु | पठाउनु | चाहियो | चाहिन्छ | दिनुस् | थपिदिनुस्
            """);

    static final List<String> CONFIRM = phrases("""
            yes | yeah | yep | yup | yess | ok | okay | okey | okk | confirm | confirmed | go ahead | sure | done
            | ho | huncha | hunchha | hunxa | hunx | thik cha | thik chha | thik xa | thikai cha | theek hai | thik
            | pathaunus | pathaidinus | pathaidinu | pathau | pathaideu | send it | हो | हुन्छ | ठिक | ठीक
            | पठाउनुस् | पठाइदिनुस् | कन्फर्म
            """);

    /** Romanized Nepali words that tell a Latin-script message is Nepali. */
    static final Set<String> NEPALI = Lexicon.keys("""
            ra ko ka ki ma lai le dai didi bhai hajur namaste namaskar dhanyabad pathaidinus pathaidinu pathaunus
            pathau chahiyo chaiyo cha chha xa ho hai ni aaja aja hijo bholi kahile kaile kaha kati mero hamro yo
            tyo bora bori ota wala saman pasal garnus gardinus garidinus garidinu hola huncha hunchha thik ek dui
            tin char paanch panch das bis pugyo aayena aaucha aauchha radd chahiyena sakdo chito jati lagi ani
            pani chaina garchu sanga samma ajhai aayo bhayo din hisab hisaab baki baaki tirna tirnu udharo khata
            bhaneko vaneko bhaneka hoina haina hoena
            """);

    static final Set<String> ENGLISH = Lexicon.keys("""
            the is are was and of please send need want my i you your what where when how hi hello thanks thank
            yes can for to it this that have do deliver just today tomorrow bags packets cartons bottles pieces
            one two three four five any update go ahead received everything sorry order placed
            """);

    private IntentWords() {
    }

    private static List<String> phrases(String text) {
        return java.util.Arrays.stream(text.split("\\|"))
                .map(String::trim)
                .filter(phrase -> !phrase.isEmpty())
                .map(phrase -> " " + String.join(" ", java.util.Arrays.stream(phrase.split("\\s+")).map(Fold::key).toList()) + " ")
                .distinct()
                .toList();
    }

    /** Whether the padded key text (" k1 k2 … ") holds any of the phrases. */
    static boolean any(String keys, List<String> phrases) {
        for (String phrase : phrases) {
            if (keys.contains(phrase)) {
                return true;
            }
        }
        return false;
    }
}
