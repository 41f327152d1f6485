package org.haven.shared.money;

import java.math.BigDecimal;
import java.util.Currency;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.haven.shared.web.ApiFormats;

/**
 * An amount in an ISO 4217 currency. Never floating point; the scale never exceeds the currency's
 * minor units (2 for EUR and USD, 0 for JPY). No conversion between currencies exists anywhere.
 */
@ValidMoney
public record Money(
        @NotNull BigDecimal amount,
        // ValidMoney admits only real ISO 4217 codes; every stored currency came in through it
        @NotNull @Schema(maxLength = 3, pattern = ApiFormats.CURRENCY_PATTERN) String currency) {

    /** The amount at the currency's scale, e.g. 1500 EUR -> 1500.00. Only valid money may be normalised. */
    public Money normalised() {
        return new Money(amount.setScale(Currency.getInstance(currency).getDefaultFractionDigits()), currency);
    }

    public boolean sameCurrencyAs(Money other) {
        return currency.equals(other.currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency).normalised();
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency).normalised();
    }

    public boolean greaterThan(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount) > 0;
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency).normalised();
    }

    private void requireSameCurrency(Money other) {
        if (!sameCurrencyAs(other)) {
            throw new IllegalArgumentException("no implicit conversion between " + currency + " and " + other.currency);
        }
    }

    /** Also for money that failed validation (Hibernate Validator prints the refused value). */
    @Override
    public String toString() {
        return (amount == null ? "?" : amount.toPlainString()) + " " + currency;
    }
}
