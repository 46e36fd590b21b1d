package uk.send.referral.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import uk.send.contracts.AccessibleFormat;
import uk.send.contracts.Channel;
import uk.send.referral.FamilyContact;

/**
 * How a family contact wants to hear about a referral, as they set it themselves: the channel, the details it needs,
 * their language and an accessible format. Given whole: a detail left out is removed. Their name, relationship and
 * whether they are the young person stay as the school gave them.
 */
@ReachableByPreferredChannel
public record FamilyPreferences(
        @NotNull Channel preferredChannel,
        @Email @Size(max = 254) String email,
        @Pattern(regexp = ContactFormats.MOBILE, message = ContactFormats.MOBILE_MESSAGE) String mobile,
        @Valid SubmitReferralRequest.PostalAddress postalAddress,
        @Pattern(regexp = ContactFormats.LANGUAGE, message = ContactFormats.LANGUAGE_MESSAGE) String language,
        AccessibleFormat accessibleFormat) implements ReachableByPreferredChannel.Reachable {

    /** The contact's details with these preferences: a language or format left out stays as it was. */
    public FamilyContact.Details applyTo(FamilyContact.Details current) {
        return new FamilyContact.Details(current.name(), current.relationship(), blankAsNone(email),
                blankAsNone(mobile), postalAddress == null ? null : postalAddress.line1(),
                postalAddress == null ? null : postalAddress.line2(),
                postalAddress == null ? null : postalAddress.postcode(), preferredChannel,
                language == null ? current.language() : language,
                accessibleFormat == null ? current.accessibleFormat() : accessibleFormat, current.youngPerson());
    }

    private static String blankAsNone(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
