package np.khaacho.query.invoice.document;

import np.khaacho.kernel.calendar.Language;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.invoice.DocumentKind;
import np.khaacho.kernel.invoice.InvoiceDocument;
import np.khaacho.kernel.invoice.InvoiceLine;
import np.khaacho.kernel.invoice.InvoiceTotals;
import np.khaacho.kernel.invoice.TaxParty;
import np.khaacho.kernel.invoice.VatClass;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Invoices and credit notes rendered to PDF and read back as a person reads them: each page rasterised by
 * poppler's pdftoppm at 200 dpi and read by the Tesseract command line, in English and in Nepali.
 */
class InvoicePdfTest {

    private static final InvoicePdf PDF = new InvoicePdf();
    private static final String NUMBER = "2082/83-00042";
    private static final String SELLER_PAN = "301234567";
    private static final String VAT = "3416.01";
    private static final String TOTAL = "146993.01";

    @TempDir
    Path temp;

    @Test
    void anEnglishTaxInvoiceReadsBackItsNumberPanVatAndTotal() throws Exception {
        byte[] pdf = PDF.render(invoice(0, 5), Language.EN);

        List<String> pages = ocr(pdf, "eng");

        assertThat(pages).hasSize(1);
        String text = pages.get(0);
        assertThat(digitsOnly(text)).as("OCR text:%n%s", text).contains(NUMBER, SELLER_PAN, VAT, TOTAL);
        assertThat(squeezed(text)).as("OCR text:%n%s", text)
                .contains("TAX INVOICE", "Basmati Rice", "Exempt", "Taxable amount", "VAT 13%", "BS")
                .contains("Rupees One Lakh Forty-Six Thousand Nine Hundred Ninety-Three and Paisa One Only");
    }

    @Test
    void aNepaliTaxInvoiceReadsBackItsNumbersAndItsWordsShaped() throws Exception {
        byte[] pdf = PDF.render(invoice(0, 5), Language.NE);

        List<String> pages = ocr(pdf, "nep+eng");

        assertThat(pages).hasSize(1);
        String text = pages.get(0);
        assertThat(text).as("OCR text:%n%s", text).contains("४२").doesNotContain("146");
        assertThat(digitsOnly(text)).as("OCR text:%n%s", text).contains(NUMBER, SELLER_PAN, VAT, TOTAL);
        assertThat(squeezed(text)).as("OCR text:%n%s", text)
                .contains("कर बीजक", "मिति", "चिनी", "चामल", "मसुरो दाल", "खरिदकर्ता", "आर्थिक वर्ष");
    }

    @Test
    void aCreditNoteNamesTheInvoiceItCreditsAndWhy() throws Exception {
        String english = ocr(PDF.render(creditNote(), Language.EN), "eng").get(0);
        String nepali = ocr(PDF.render(creditNote(), Language.NE), "nep+eng").get(0);

        assertThat(squeezed(english)).as("OCR text:%n%s", english)
                .contains("CREDIT NOTE", "Against invoice " + NUMBER, "Damaged sacks returned");
        assertThat(digitsOnly(english)).as("OCR text:%n%s", english)
                .contains("CN-2082/83-00003", SELLER_PAN, "1430.00");
        assertThat(squeezed(nepali)).as("OCR text:%n%s", nepali).contains("क्रेडिट नोट");
        assertThat(digitsOnly(nepali)).as("OCR text:%n%s", nepali)
                .contains("CN-2082/83-00003", NUMBER, SELLER_PAN, "1430.00");
    }

    @Test
    void aReprintSaysItIsACopy() throws Exception {
        String english = ocr(PDF.render(invoice(2, 5), Language.EN), "eng").get(0);
        String nepali = ocr(PDF.render(invoice(2, 5), Language.NE), "nep+eng").get(0);

        assertThat(squeezed(english)).as("OCR text:%n%s", english).contains("Copy of original (2)");
        assertThat(squeezed(nepali)).as("OCR text:%n%s", nepali).contains("प्रतिलिपि (२)");
        assertThat(squeezed(ocr(PDF.render(invoice(0, 5), Language.EN), "eng").get(0))).doesNotContain("Copy");
    }

    @Test
    void manyLinesRunOntoMorePagesEachWithTheTableHeaderAndItsNumber() throws Exception {
        byte[] pdf = PDF.render(invoice(0, 75), Language.EN);

        List<String> pages = ocr(pdf, "eng");

        assertThat(pages).hasSizeGreaterThanOrEqualTo(2);
        String second = pages.get(1);
        assertThat(squeezed(second)).as("OCR text:%n%s", second)
                .contains("Page 2 of " + pages.size(), "(continued)", "Description", "Quantity", "Amount");
        String last = pages.get(pages.size() - 1);
        assertThat(squeezed(last)).as("OCR text:%n%s", last).contains("Total", "In words");
    }

    @Test
    void theInvisibleTextLayerHoldsTheTextForSearchAndCopy() throws IOException {
        String english = extracted(PDF.render(invoice(0, 5), Language.EN));
        String nepali = extracted(PDF.render(invoice(0, 5), Language.NE));

        assertThat(english).contains("TAX INVOICE", NUMBER, "3,416.01", "Rs 1,46,993.01", "Basmati Rice");
        assertThat(nepali).contains("कर बीजक", "२०८२/८३-०००४२", "रु १,४६,९९३.०१", "स्थायी लेखा नम्बर", "मसुरो दाल");
        assertThat(latinDigits(nepali)).contains(NUMBER);
    }

    @Test
    void rendersInWellUnderASecond() {
        InvoiceDocument document = invoice(0, 5);
        for (int i = 0; i < 3; i++) {
            PDF.render(document, Language.NE);
        }
        int renders = 10;
        long start = System.nanoTime();
        for (int i = 0; i < renders; i++) {
            PDF.render(document, i % 2 == 0 ? Language.EN : Language.NE);
        }
        long each = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) / renders;
        System.out.printf("one invoice rendered in %d ms%n", each);
        assertThat(each).isLessThan(1000);
    }

    @Test
    void everyLabelIsWrittenInBothLanguages() {
        for (Language language : Language.values()) {
            assertThat(DocumentLabels.all(language).keySet()).containsExactlyInAnyOrder(DocumentLabels.Label.values());
        }
    }

    @Test
    void missingFontsAreNamedWithTheirPackage() {
        InvoicePdf withoutFonts = new InvoicePdf(Path.of("/nonexistent/fonts"));

        assertThatThrownBy(() -> withoutFonts.render(invoice(0, 1), Language.EN))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/nonexistent/fonts/NotoSans")
                .hasMessageContaining("fonts-noto-core")
                .hasMessageContaining("khaacho.invoice-pdf.font-directory");
    }

    private List<String> ocr(byte[] pdf, String languages) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory(temp, "ocr");
        Path file = dir.resolve("document.pdf");
        Files.write(file, pdf);
        run(dir, "pdftoppm", "-r", "200", "-png", file.toString(), dir.resolve("page").toString());
        List<Path> images;
        try (Stream<Path> listed = Files.list(dir)) {
            images = listed.filter(path -> path.getFileName().toString().endsWith(".png")).sorted().toList();
        }
        List<String> pages = new ArrayList<>();
        for (Path image : images) {
            pages.add(run(dir, "tesseract", image.toString(), "-", "-l", languages));
        }
        return pages;
    }

    private static String run(Path dir, String... command) throws IOException, InterruptedException {
        Path errors = Files.createTempFile(dir, "stderr", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectError(errors.toFile());
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("%s finishes", command[0]).isTrue();
        assertThat(process.exitValue()).as("%s: %s", String.join(" ", command), Files.readString(errors)).isZero();
        return out;
    }

    private static String extracted(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String latinDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '\u0966' && c <= '\u096F' ? (char) ('0' + (c - '\u0966')) : c);
        }
        return out.toString();
    }

    /** Latin digits, no whitespace, no commas: how a number is compared whatever spacing Tesseract read. */
    private static String digitsOnly(String text) {
        return latinDigits(text).replaceAll("[\\s,]", "");
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", " ");
    }

    static InvoiceDocument invoice(int copy, int lineCount) {
        List<InvoiceLine> lines = new ArrayList<>(List.of(
                line("RICE-25", "Basmati Rice 25 kg", "बासमती चामल २५ केजी", "bag", "40", "2850", VatClass.EXEMPT),
                line("SUGAR", "Sugar", "चिनी", "kg", "50", "98.50", VatClass.STANDARD),
                line("DAL-M", "Masoor Dal", "मसुरो दाल", "kg", "20", "165", VatClass.EXEMPT),
                line("WAIWAI", "Wai Wai Noodles (carton of 30)", "वाइवाइ चाउचाउ", "ctn", "10", "1450",
                        VatClass.STANDARD),
                line("OIL-1L", "Sunflower Oil 1 L", "सूर्यमुखी तेल", "pc", "24", "285.50", VatClass.STANDARD)));
        for (int i = lines.size(); i < lineCount; i++) {
            lines.add(line("SOAP-" + i, "Lux Soap 100 g, pack " + i, "लक्स साबुन", "pc", "1", "0", VatClass.STANDARD));
        }
        InvoiceTotals totals = new InvoiceTotals(Money.of("26277.00"), Money.of("117300.00"), Money.of(VAT),
                Money.of(TOTAL));
        return new InvoiceDocument(DocumentKind.INVOICE, true, NUMBER, "2082/83", LocalDate.of(2025, 12, 3),
                "ORD-7Q4K2", seller(), buyer(), lines.subList(0, lineCount), totals,
                "Credit, 30 days", null, null, copy);
    }

    private static InvoiceDocument creditNote() {
        List<InvoiceLine> lines = List.of(
                line("RICE-25", "Basmati Rice 25 kg", "बासमती चामल २५ केजी", "bag", "0.5", "2860", VatClass.EXEMPT));
        InvoiceTotals totals = new InvoiceTotals(Money.ZERO, Money.of("1430.00"), Money.ZERO, Money.of("1430.00"));
        return new InvoiceDocument(DocumentKind.CREDIT_NOTE, true, "CN-2082/83-00003", "2082/83",
                LocalDate.of(2025, 12, 9), "ORD-7Q4K2", seller(), buyer(), lines, totals, null, NUMBER,
                "Damaged sacks returned", 0);
    }

    private static TaxParty seller() {
        return new TaxParty("Shree Ganesh Traders", "Kalimati-13, Kathmandu", SELLER_PAN);
    }

    private static TaxParty buyer() {
        return new TaxParty("Sita Kirana Pasal", "Baneshwor, Kathmandu", "609876543");
    }

    private static InvoiceLine line(String sku, String name, String nameNe, String unit, String quantity, String rate,
                                    VatClass vatClass) {
        Money price = Money.of(rate);
        Quantity amount = Quantity.of(quantity);
        return new InvoiceLine(sku, name, nameNe, unit, amount, price, price.times(amount), vatClass);
    }
}
