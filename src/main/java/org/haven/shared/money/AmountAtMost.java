package org.haven.shared.money;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.math.BigDecimal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** An upper bound for one use of money (e.g. a requested amount), reported on {@code amount}. */
@Documented
@Constraint(validatedBy = AmountAtMost.Validator.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT })
@Retention(RUNTIME)
public @interface AmountAtMost {

    String value();

    String message() default "must not exceed {value}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<AmountAtMost, Money> {

        private BigDecimal max;
        private String text;

        @Override
        public void initialize(AmountAtMost annotation) {
            text = annotation.value();
            max = new BigDecimal(text);
        }

        @Override
        public boolean isValid(Money money, ConstraintValidatorContext context) {
            if (money == null || money.amount() == null || money.amount().compareTo(max) <= 0) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("must not exceed " + text).addPropertyNode("amount")
                    .addConstraintViolation();
            return false;
        }
    }
}
