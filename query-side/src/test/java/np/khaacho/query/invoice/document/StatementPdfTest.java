package np.khaacho.query.invoice.document;

import np.khaacho.kernel.calendar.BsYearMonth;
import np.khaacho.kernel.calendar.Language;
import np.khaacho.kernel.common.Money;
import np.khaacho.query.statement.Statement;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A monthly statement printed in English and Nepali: the month, the parties, the balance brought and
 * carried forward, every entry with its running balance, the orders and the documents; a long month runs
 * onto more pages with the ledger's header repeated.
 */
class StatementPdfTest {

    private static final StatementPdf PDF = new StatementPdf(InvoicePdf.DEFAULT_FONT_DIRECTORY);
    private static final BsYearMonth KARTIK = new BsYearMonth(2082, 7);

    @Test
    void printsTheLedgerWithItsRunningBalanceInEnglish() throws IOException {
        String text = extracted(PDF.render(statement(2), Language.EN), "en");
        assertThat(text).contains("Annapurna Khadya Bhandar", "STATEMENT OF ACCOUNT", "Kartik 2082", "Shrestha Kirana Pasal",
                "Balance brought forward", "Balance carried forward", "Order KH-000101 delivered",
                "Payment (cash) on order KH-000101", "1,000.00", "8,050.00", "5,050.00", "2082/83-00007", "CREDIT NOTE");
    }

    @Test
    void printsItInNepaliWithDevanagariDigits() throws IOException {
        String text = extracted(PDF.render(statement(2), Language.NE), "ne");
        assertThat(text).contains("हिसाब विवरण", "कात्तिक २०८२", "अघिल्लो बाँकी", "५,०५०.००", "KH-000101");
    }

    @Test
    void aLongMonthRunsOntoMorePagesWithTheHeaderAgain() throws IOException {
        byte[] pdf = PDF.render(statement(60), Language.EN);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            PDFTextStripper second = new PDFTextStripper();
            second.setStartPage(2);
            second.setEndPage(2);
            assertThat(second.getText(document)).contains("Debit", "Credit", "Balance");
        }
    }

    /** Rs 1,000 brought forward; {@code orders} deliveries of 7,050 each paid 3,000 on. */
    private static Statement statement(int orders) {
        List<Statement.Entry> entries = new ArrayList<>();
        List<Statement.PlacedOrder> placed = new ArrayList<>();
        Money balance = Money.of(1000);
        LocalDate day = KARTIK.start();
        for (int i = 0; i < orders; i++) {
            String number = String.format("KH-%06d", 101 + i);
            Instant at = day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            balance = balance.plus(Money.of("7050"));
            entries.add(new Statement.Entry(at, day, "DELIVERY", number, null, null, Money.of("7050"), Money.ZERO, balance));
            balance = balance.minus(Money.of(3000));
            entries.add(new Statement.Entry(at, day, "PAYMENT", number, "CASH", "p-" + i, Money.ZERO, Money.of(3000), balance));
            placed.add(new Statement.PlacedOrder("o-" + i, number, day, "DELIVERED", Money.of("7050")));
        }
        List<Statement.Document> documents = List.of(
                new Statement.Document("i-1", "INVOICE", "2082/83-00007", "KH-000101", day, Money.of("7050")),
                new Statement.Document("c-1", "CREDIT_NOTE", "CN-2082/83-00001", "KH-000101", day, Money.of("-500")));
        Money delivered = Money.of(7050L * orders);
        Money paid = Money.of(3000L * orders);
        return new Statement(KARTIK, KARTIK.first(), KARTIK.last(), new Statement.Party("vendor-1", "Annapurna Khadya Bhandar"),
                new Statement.Party("buyer-1", "Shrestha Kirana Pasal"), Money.of(1000), delivered, paid, balance, entries,
                placed, documents);
    }

    private static String extracted(byte[] pdf, String name) throws IOException {
        Path out = Path.of("target", "statement-" + name + ".pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
