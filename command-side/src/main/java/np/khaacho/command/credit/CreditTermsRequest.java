package np.khaacho.command.credit;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import np.khaacho.kernel.common.PaymentTerms;

import java.math.BigDecimal;

/** The body of {@code PUT /v1/buyers/{id}/credit}. */
public record CreditTermsRequest(
        @NotNull @DecimalMin(value = "0") @Digits(integer = 10, fraction = 2) BigDecimal creditLimit,
        @NotNull PaymentTerms paymentTerms) {
}
