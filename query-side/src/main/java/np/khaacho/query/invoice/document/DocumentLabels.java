package np.khaacho.query.invoice.document;

import np.khaacho.kernel.calendar.BsDate;
import np.khaacho.kernel.calendar.Language;
import np.khaacho.kernel.calendar.NepaliAmounts;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.invoice.InvoiceLine;
import np.khaacho.kernel.invoice.VatClass;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** The words of a printed invoice or credit note in English and in Nepali, and its numbers as each writes them. */
final class DocumentLabels {

    /** A label of the printed document; {@code %s} stands for a number or name written into it. */
    enum Label {
        TAX_INVOICE, INVOICE, CREDIT_NOTE, COPY, AGAINST_INVOICE, REASON,
        BUYER, ADDRESS, PAN, INVOICE_NUMBER, CREDIT_NOTE_NUMBER, FISCAL_YEAR, DATE, ORDER_NUMBER,
        SERIAL, DESCRIPTION, QUANTITY, UNIT, RATE, AMOUNT, VAT_CLASS, STANDARD_RATE, EXEMPT,
        TAXABLE_AMOUNT, EXEMPT_AMOUNT, VAT, TOTAL, IN_WORDS, PAYMENT_TERMS, CONTINUED, PAGE,
        STATEMENT, PERIOD, OPENING_BALANCE, DELIVERED, PAID, CLOSING_BALANCE, DEBIT, CREDIT, BALANCE,
        ENTRY_DELIVERED, ENTRY_PAID, ORDERS_PLACED, STATUS, DOCUMENTS, DOCUMENT, NUMBER, NONE,
        CASH, BANK, WALLET
    }

    private static final Map<Label, String> EN = new EnumMap<>(Map.ofEntries(
            Map.entry(Label.TAX_INVOICE, "TAX INVOICE"),
            Map.entry(Label.INVOICE, "INVOICE"),
            Map.entry(Label.CREDIT_NOTE, "CREDIT NOTE"),
            Map.entry(Label.COPY, "Copy of original (%s)"),
            Map.entry(Label.AGAINST_INVOICE, "Against invoice %s"),
            Map.entry(Label.REASON, "Reason"),
            Map.entry(Label.BUYER, "Buyer"),
            Map.entry(Label.ADDRESS, "Address"),
            Map.entry(Label.PAN, "PAN"),
            Map.entry(Label.INVOICE_NUMBER, "Invoice No."),
            Map.entry(Label.CREDIT_NOTE_NUMBER, "Credit Note No."),
            Map.entry(Label.FISCAL_YEAR, "Fiscal Year"),
            Map.entry(Label.DATE, "Date"),
            Map.entry(Label.ORDER_NUMBER, "Order No."),
            Map.entry(Label.SERIAL, "S.N."),
            Map.entry(Label.DESCRIPTION, "Description"),
            Map.entry(Label.QUANTITY, "Quantity"),
            Map.entry(Label.UNIT, "Unit"),
            Map.entry(Label.RATE, "Rate"),
            Map.entry(Label.AMOUNT, "Amount"),
            Map.entry(Label.VAT_CLASS, "VAT"),
            Map.entry(Label.STANDARD_RATE, "13%"),
            Map.entry(Label.EXEMPT, "Exempt"),
            Map.entry(Label.TAXABLE_AMOUNT, "Taxable amount"),
            Map.entry(Label.EXEMPT_AMOUNT, "Exempt amount"),
            Map.entry(Label.VAT, "VAT 13%"),
            Map.entry(Label.TOTAL, "Total"),
            Map.entry(Label.IN_WORDS, "In words"),
            Map.entry(Label.PAYMENT_TERMS, "Payment terms"),
            Map.entry(Label.CONTINUED, "%s %s (continued)"),
            Map.entry(Label.PAGE, "Page %s of %s"),
            Map.entry(Label.STATEMENT, "STATEMENT OF ACCOUNT"),
            Map.entry(Label.PERIOD, "Period"),
            Map.entry(Label.OPENING_BALANCE, "Balance brought forward"),
            Map.entry(Label.DELIVERED, "Delivered on account"),
            Map.entry(Label.PAID, "Payments received"),
            Map.entry(Label.CLOSING_BALANCE, "Balance carried forward"),
            Map.entry(Label.DEBIT, "Debit"),
            Map.entry(Label.CREDIT, "Credit"),
            Map.entry(Label.BALANCE, "Balance"),
            Map.entry(Label.ENTRY_DELIVERED, "Order %s delivered"),
            Map.entry(Label.ENTRY_PAID, "Payment (%s) on order %s"),
            Map.entry(Label.ORDERS_PLACED, "Orders placed"),
            Map.entry(Label.STATUS, "Status"),
            Map.entry(Label.DOCUMENTS, "Invoices and credit notes"),
            Map.entry(Label.DOCUMENT, "Document"),
            Map.entry(Label.NUMBER, "No."),
            Map.entry(Label.NONE, "None in this month."),
            Map.entry(Label.CASH, "cash"),
            Map.entry(Label.BANK, "bank transfer"),
            Map.entry(Label.WALLET, "wallet")));

    private static final Map<Label, String> NE = new EnumMap<>(Map.ofEntries(
            Map.entry(Label.TAX_INVOICE, "कर बीजक"),
            Map.entry(Label.INVOICE, "बीजक"),
            Map.entry(Label.CREDIT_NOTE, "क्रेडिट नोट"),
            Map.entry(Label.COPY, "सक्कल बमोजिमको प्रतिलिपि (%s)"),
            Map.entry(Label.AGAINST_INVOICE, "सम्बन्धित बीजक नं. %s"),
            Map.entry(Label.REASON, "कारण"),
            Map.entry(Label.BUYER, "खरिदकर्ता"),
            Map.entry(Label.ADDRESS, "ठेगाना"),
            Map.entry(Label.PAN, "स्थायी लेखा नम्बर"),
            Map.entry(Label.INVOICE_NUMBER, "बीजक नं."),
            Map.entry(Label.CREDIT_NOTE_NUMBER, "क्रेडिट नोट नं."),
            Map.entry(Label.FISCAL_YEAR, "आर्थिक वर्ष"),
            Map.entry(Label.DATE, "मिति"),
            Map.entry(Label.ORDER_NUMBER, "अर्डर नं."),
            Map.entry(Label.SERIAL, "क्र.सं."),
            Map.entry(Label.DESCRIPTION, "विवरण"),
            Map.entry(Label.QUANTITY, "परिमाण"),
            Map.entry(Label.UNIT, "एकाइ"),
            Map.entry(Label.RATE, "दर"),
            Map.entry(Label.AMOUNT, "रकम"),
            Map.entry(Label.VAT_CLASS, "मू.अ.कर"),
            Map.entry(Label.STANDARD_RATE, "१३%"),
            Map.entry(Label.EXEMPT, "छुट"),
            Map.entry(Label.TAXABLE_AMOUNT, "करयोग्य रकम"),
            Map.entry(Label.EXEMPT_AMOUNT, "कर छुट रकम"),
            Map.entry(Label.VAT, "मूल्य अभिवृद्धि कर १३%"),
            Map.entry(Label.TOTAL, "जम्मा"),
            Map.entry(Label.IN_WORDS, "अक्षरमा"),
            Map.entry(Label.PAYMENT_TERMS, "भुक्तानी सर्त"),
            Map.entry(Label.CONTINUED, "%s %s (क्रमशः)"),
            Map.entry(Label.PAGE, "पृष्ठ %s / %s"),
            Map.entry(Label.STATEMENT, "हिसाब विवरण"),
            Map.entry(Label.PERIOD, "अवधि"),
            Map.entry(Label.OPENING_BALANCE, "अघिल्लो बाँकी"),
            Map.entry(Label.DELIVERED, "उधारोमा डेलिभर"),
            Map.entry(Label.PAID, "प्राप्त भुक्तानी"),
            Map.entry(Label.CLOSING_BALANCE, "बाँकी रकम"),
            Map.entry(Label.DEBIT, "डेबिट"),
            Map.entry(Label.CREDIT, "क्रेडिट"),
            Map.entry(Label.BALANCE, "बाँकी"),
            Map.entry(Label.ENTRY_DELIVERED, "अर्डर %s डेलिभर"),
            Map.entry(Label.ENTRY_PAID, "भुक्तानी (%s), अर्डर %s"),
            Map.entry(Label.ORDERS_PLACED, "राखिएका अर्डर"),
            Map.entry(Label.STATUS, "स्थिति"),
            Map.entry(Label.DOCUMENTS, "बीजक र क्रेडिट नोट"),
            Map.entry(Label.DOCUMENT, "कागजात"),
            Map.entry(Label.NUMBER, "नं."),
            Map.entry(Label.NONE, "यस महिनामा छैन।"),
            Map.entry(Label.CASH, "नगद"),
            Map.entry(Label.BANK, "बैंक"),
            Map.entry(Label.WALLET, "वालेट")));

    private final Language language;
    private final Map<Label, String> words;

    private DocumentLabels(Language language, Map<Label, String> words) {
        this.language = language;
        this.words = words;
    }

    static DocumentLabels of(Language language) {
        return language == Language.NE ? new DocumentLabels(language, NE) : new DocumentLabels(language, EN);
    }

    static Map<Label, String> all(Language language) {
        return Map.copyOf(language == Language.NE ? NE : EN);
    }

    String get(Label label) {
        return words.get(label);
    }

    /** The label with its {@code %s} filled in. */
    String get(Label label, String... values) {
        return String.format(words.get(label), (Object[]) values);
    }

    String digits(String text) {
        return language == Language.NE ? NepaliAmounts.devanagariDigits(text) : text;
    }

    /** A document's or order's number: Devanagari digits in Nepali, unless Latin letters make it a code kept as is. */
    String number(String number) {
        return number.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)
                ? number : digits(number);
    }

    /** Lakh grouping, two decimals: 1,23,456.50 or १,२३,४५६.५०. */
    String amount(Money money) {
        return digits(NepaliAmounts.grouped(money));
    }

    String rupees(Money money) {
        return NepaliAmounts.rupees(money, language);
    }

    String inWords(Money money) {
        return money.isNegative() ? null : NepaliAmounts.inWords(money, language);
    }

    String quantity(Quantity quantity) {
        return digits(quantity.value().toPlainString());
    }

    /** Bikram Sambat first, the AD date beside it: "2082-08-18 BS (2025-12-03 AD)" or "२०८२-०८-१८ (2025-12-03)". */
    String date(LocalDate issuedOn) {
        String bs = BsDate.fromGregorian(issuedOn).format(language);
        return language == Language.NE ? bs + " (" + issuedOn + ")" : bs + " BS (" + issuedOn + " AD)";
    }

    /**
     * The terms in words from their stored form ({@code COD}, or {@code NET15} and the due date once
     * delivered): "Cash on delivery", "Credit, 15 days, due 2083-09-05 BS (2026-12-20 AD)". A form not
     * known is shown as stored.
     */
    String paymentTerms(String stored) {
        String[] parts = stored.trim().split("\\s+");
        boolean nepali = language == Language.NE;
        if (parts[0].equals("COD")) {
            return nepali ? "डेलिभरीमा नगद" : "Cash on delivery";
        }
        if (!parts[0].matches("NET\\d+")) {
            return stored;
        }
        String days = digits(parts[0].substring(3));
        String terms = nepali ? days + " दिनको उधारो" : "Credit, " + days + " days";
        if (parts.length > 1) {
            try {
                String due = date(LocalDate.parse(parts[1]));
                terms += nepali ? ", भुक्तानी मिति " + due : ", due " + due;
            } catch (java.time.format.DateTimeParseException notADate) {
                return stored;
            }
        }
        return terms;
    }

    /** A BS day alone, as a ledger's date column shows it: "2082-08-18" or "२०८२-०८-१८". */
    String bsDay(LocalDate day) {
        return BsDate.fromGregorian(day).format(language);
    }

    /** How a payment was made, in words: cash, bank transfer, wallet; an unknown method as stored. */
    String method(String method) {
        return switch (method == null ? "" : method) {
            case "CASH" -> get(Label.CASH);
            case "BANK" -> get(Label.BANK);
            case "WALLET" -> get(Label.WALLET);
            default -> method == null ? "" : method;
        };
    }

    String vatClass(VatClass vatClass) {
        return get(VatClass.orStandard(vatClass) == VatClass.EXEMPT ? Label.EXEMPT : Label.STANDARD_RATE);
    }

    /** The Nepali name in a Nepali document when the product has one, the English name otherwise. */
    String description(InvoiceLine line) {
        boolean nepali = language == Language.NE && line.nameNe() != null && !line.nameNe().isBlank();
        return nepali ? line.nameNe() : line.name();
    }
}
