package np.khaacho.saga.taxoffice;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;

/**
 * A credit note as CBMS's {@code POST /api/billreturn} takes it (the IRD's BillReturnViewModel): the
 * invoice it corrects by number, its own number, date and reason, and its amounts.
 */
record BillReturn(@JsonProperty("username") String username,
                  @JsonProperty("password") String password,
                  @JsonProperty("seller_pan") String sellerPan,
                  @JsonProperty("buyer_pan") String buyerPan,
                  @JsonProperty("fiscal_year") String fiscalYear,
                  @JsonProperty("buyer_name") String buyerName,
                  @JsonProperty("ref_invoice_number") String refInvoiceNumber,
                  @JsonProperty("credit_note_number") String creditNoteNumber,
                  @JsonProperty("credit_note_date") String creditNoteDate,
                  @JsonProperty("reason_for_return") String reasonForReturn,
                  @JsonProperty("total_sales") BigDecimal totalSales,
                  @JsonProperty("taxable_sales_vat") BigDecimal taxableSalesVat,
                  @JsonProperty("vat") BigDecimal vat,
                  @JsonProperty("excisable_amount") BigDecimal excisableAmount,
                  @JsonProperty("excise") BigDecimal excise,
                  @JsonProperty("taxable_sales_hst") BigDecimal taxableSalesHst,
                  @JsonProperty("hst") BigDecimal hst,
                  @JsonProperty("amount_for_esf") BigDecimal amountForEsf,
                  @JsonProperty("esf") BigDecimal esf,
                  @JsonProperty("export_sales") BigDecimal exportSales,
                  @JsonProperty("tax_exempted_sales") BigDecimal taxExemptedSales,
                  @JsonProperty("isrealtime") boolean realtime,
                  @JsonProperty("datetimeClient") String datetimeClient) {

    static BillReturn of(QueuedReport report, String username, String password, boolean realtime,
                         String datetimeClient) {
        BigDecimal none = BigDecimal.ZERO;
        return new BillReturn(username, password, Bill.nonNull(report.sellerPan()), Bill.nonNull(report.buyerPan()),
                report.fiscalYear(), report.buyerName(), report.creditedNumber(), report.number(), report.date(),
                Bill.nonNull(report.reason()), report.total(), report.taxable(), report.vat(), none, none, none, none,
                none, none, none, report.exempt(), realtime, datetimeClient);
    }
}
