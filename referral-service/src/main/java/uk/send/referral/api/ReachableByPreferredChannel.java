package uk.send.referral.api;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import uk.send.contracts.Channel;

/**
 * A family contact must carry the details of the channel they prefer: an email address for email, a mobile number
 * for text messages, a postal address for letters. The violation names the missing field.
 */
@Documented
@Constraint(validatedBy = ReachableByPreferredChannel.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ReachableByPreferredChannel {

    String message() default "is needed for the contact's preferred channel";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The ways of reaching a contact that a request gives. */
    interface Reachable {
        Channel preferredChannel();

        String email();

        String mobile();

        SubmitReferralRequest.PostalAddress postalAddress();
    }

    class Validator implements ConstraintValidator<ReachableByPreferredChannel, Reachable> {
        @Override
        public boolean isValid(Reachable contact, ConstraintValidatorContext context) {
            if (contact == null || contact.preferredChannel() == null) {
                return true;
            }
            String missing = switch (contact.preferredChannel()) {
                case EMAIL -> blank(contact.email()) ? "email" : null;
                case SMS -> blank(contact.mobile()) ? "mobile" : null;
                case LETTER -> contact.postalAddress() == null ? "postalAddress" : null;
            };
            if (missing == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(
                            "is needed because the preferred channel is " + contact.preferredChannel())
                    .addPropertyNode(missing)
                    .addConstraintViolation();
            return false;
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }
}
