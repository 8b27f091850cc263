package np.khaacho.saga.taxoffice;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;

/**
 * An invoice as CBMS's {@code POST /api/bill} takes it (the IRD's BillViewModel). Excise, health
 * service tax, education service fee and exports do not arise here and are sent as 0.
 */
record Bill(@JsonProperty("username") String username,
            @JsonProperty("password") String password,
            @JsonProperty("seller_pan") String sellerPan,
            @JsonProperty("buyer_pan") String buyerPan,
            @JsonProperty("fiscal_year") String fiscalYear,
            @JsonProperty("buyer_name") String buyerName,
            @JsonProperty("invoice_number") String invoiceNumber,
            @JsonProperty("invoice_date") String invoiceDate,
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

    static Bill of(QueuedReport report, String username, String password, boolean realtime, String datetimeClient) {
        BigDecimal none = BigDecimal.ZERO;
        return new Bill(username, password, nonNull(report.sellerPan()), nonNull(report.buyerPan()),
                report.fiscalYear(), report.buyerName(), report.number(), report.date(), report.total(),
                report.taxable(), report.vat(), none, none, none, none, none, none, none, report.exempt(), realtime,
                datetimeClient);
    }

    static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
