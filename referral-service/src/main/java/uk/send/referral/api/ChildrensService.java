package uk.send.referral.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import uk.send.contracts.ClinicalService;

/** A service a school can refer to: an adult service takes its referrals over from a children's service instead. */
@Documented
@Constraint(validatedBy = ChildrensService.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface ChildrensService {

    String message() default "must be a children's service: an adult service takes referrals handed over from a "
            + "children's service, not from a school";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ChildrensService, ClinicalService> {

        @Override
        public boolean isValid(ClinicalService value, ConstraintValidatorContext context) {
            return value == null || !value.forAdults();
        }
    }
}
