package org.haven.shared.money;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A positive amount (below a sanity bound of 10^12) in a real ISO 4217 currency, with no more decimals than
 * the currency has. Violations name {@code amount} or {@code currency}.
 */
@Documented
@Constraint(validatedBy = ValidMoney.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ValidMoney {

    String message() default "invalid amount";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidMoney, Money> {

        /** A sanity bound for any amount (a fund's budget included); uses set tighter ones (AmountAtMost). */
        static final BigDecimal ABSURD = new BigDecimal("1000000000000");

        /** ISO 4217 codes that are no money one can pay with: precious metals, test, bond and fund units. */
        private static final Set<String> NOT_MONEY = Set.of("XAU", "XAG", "XPT", "XPD", "XTS", "XXX", "XDR", "XBA",
                "XBB", "XBC", "XBD", "XSU", "XUA", "XFO", "XFU");

        /** ISO 4217 codes of real currencies, including e.g. XOF and XAF (CFA francs). */
        private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
                .filter(c -> c.getDefaultFractionDigits() >= 0)
                .map(Currency::getCurrencyCode)
                .filter(code -> !NOT_MONEY.contains(code))
                .collect(Collectors.toUnmodifiableSet());

        public static boolean isCurrency(String code) {
            return code != null && CURRENCIES.contains(code);
        }

        @Override
        public boolean isValid(Money money, ConstraintValidatorContext context) {
            if (money == null || money.amount() == null || money.currency() == null) {
                return true; // @NotNull on the components reports those
            }
            context.disableDefaultConstraintViolation();
            if (!isCurrency(money.currency())) {
                context.buildConstraintViolationWithTemplate("must be an ISO 4217 currency code such as EUR or USD")
                        .addPropertyNode("currency").addConstraintViolation();
                return false;
            }
            BigDecimal amount = money.amount();
            if (amount.signum() <= 0) {
                context.buildConstraintViolationWithTemplate("must be greater than 0")
                        .addPropertyNode("amount").addConstraintViolation();
                return false;
            }
            if (amount.compareTo(ABSURD) > 0) {
                context.buildConstraintViolationWithTemplate("must not exceed 1000000000000")
                        .addPropertyNode("amount").addConstraintViolation();
                return false;
            }
            int digits = Currency.getInstance(money.currency()).getDefaultFractionDigits();
            if (amount.stripTrailingZeros().scale() > digits) {
                context.buildConstraintViolationWithTemplate(
                        "must have at most " + digits + " decimal places in " + money.currency())
                        .addPropertyNode("amount").addConstraintViolation();
                return false;
            }
            return true;
        }
    }
}
