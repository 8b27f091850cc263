package np.khaacho.query.invoice.document;

import np.khaacho.kernel.calendar.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Payment terms read in words on the documents, with the due date in Bikram Sambat first. */
class DocumentLabelsTest {

    private static final DocumentLabels EN = DocumentLabels.of(Language.EN);
    private static final DocumentLabels NE = DocumentLabels.of(Language.NE);

    @Test
    void creditTermsNameTheirDaysAndTheDueDateBsFirst() {
        assertThat(EN.paymentTerms("NET15 2026-12-20")).isEqualTo("Credit, 15 days, due 2083-09-05 BS (2026-12-20 AD)");
        assertThat(NE.paymentTerms("NET15 2026-12-20")).isEqualTo("१५ दिनको उधारो, भुक्तानी मिति २०८३-०९-०५ (2026-12-20)");
        assertThat(EN.paymentTerms("NET30")).isEqualTo("Credit, 30 days");
    }

    @Test
    void cashOnDeliveryAndUnknownForms() {
        assertThat(EN.paymentTerms("COD")).isEqualTo("Cash on delivery");
        assertThat(NE.paymentTerms("COD")).isEqualTo("डेलिभरीमा नगद");
        assertThat(EN.paymentTerms("NET15 someday")).isEqualTo("NET15 someday");
        assertThat(EN.paymentTerms("on account")).isEqualTo("on account");
    }
}
