package uk.send.identifiers;

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

/** A school URN when one is given: six digits ({@link SchoolUrn}). */
@Documented
@Constraint(validatedBy = ValidSchoolUrn.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface ValidSchoolUrn {

    String message() default SchoolUrn.MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidSchoolUrn, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || SchoolUrn.isValid(value);
        }
    }
}
