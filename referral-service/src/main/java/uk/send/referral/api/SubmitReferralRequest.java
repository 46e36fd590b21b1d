package uk.send.referral.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import uk.send.contracts.AccessibleFormat;
import uk.send.contracts.Channel;
import uk.send.contracts.ClinicalService;
import uk.send.identifiers.ValidNhsNumber;
import uk.send.identifiers.ValidSchoolUrn;
import uk.send.identifiers.ValidUpn;
import uk.send.identifiers.ValidYearGroup;
import uk.send.referral.Child;
import uk.send.referral.FamilyContact;

/** A SENCO's referral as sent to {@code POST /api/referrals}. */
public record SubmitReferralRequest(
        @NotNull @Valid ChildDetails child,
        @NotNull @ValidSchoolUrn String schoolUrn,
        @NotNull @Valid Contact schoolContact,
        @NotNull @ChildrensService ClinicalService service,
        @NotBlank @Size(max = 4000) String reason,
        @NotNull Boolean complexHealthNeeds,
        @NotNull Boolean safeguardingConcern,
        @NotEmpty @Size(max = 6) List<@NotNull @Valid FamilyContactDetails> familyContacts,
        @NotNull @Valid ConsentDetails consent) {

    public record ChildDetails(
            @NotBlank @Size(max = 100) String givenName,
            @NotBlank @Size(max = 100) String familyName,
            @NotNull @DateOfBirth LocalDate dateOfBirth,
            @ValidNhsNumber String nhsNumber,
            @ValidUpn String upn,
            @ValidYearGroup Integer yearGroup) {

        public Child toChild() {
            return new Child(givenName, familyName, dateOfBirth, nhsNumber, upn, yearGroup);
        }
    }

    public record Contact(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Email @Size(max = 254) String email) {
    }

    /**
     * A parent or carer, or the young person themself. {@code id} names the contact a correction replaces
     * ({@code PATCH /api/referrals/{id}/contacts}); a new contact has none.
     */
    @ReachableByPreferredChannel
    public record FamilyContactDetails(
            UUID id,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 100) String relationship,
            @Email @Size(max = 254) String email,
            @Pattern(regexp = ContactFormats.MOBILE, message = ContactFormats.MOBILE_MESSAGE) String mobile,
            @Valid PostalAddress postalAddress,
            @NotNull Channel preferredChannel,
            @Pattern(regexp = ContactFormats.LANGUAGE, message = ContactFormats.LANGUAGE_MESSAGE) String language,
            AccessibleFormat accessibleFormat,
            Boolean youngPerson) implements ReachableByPreferredChannel.Reachable {

        /** Whether this contact is the young person themself, not a parent or carer. */
        public boolean isYoungPerson() {
            return Boolean.TRUE.equals(youngPerson);
        }

        public String languageOrDefault() {
            return language == null ? "en" : language;
        }

        public AccessibleFormat accessibleFormatOrDefault() {
            return accessibleFormat == null ? AccessibleFormat.NONE : accessibleFormat;
        }

        public FamilyContact.Details toDetails() {
            return new FamilyContact.Details(name, relationship, email, mobile,
                    postalAddress == null ? null : postalAddress.line1(),
                    postalAddress == null ? null : postalAddress.line2(),
                    postalAddress == null ? null : postalAddress.postcode(), preferredChannel, languageOrDefault(),
                    accessibleFormatOrDefault(), isYoungPerson());
        }
    }

    public record PostalAddress(
            @NotBlank @Size(max = 200) String line1,
            @Size(max = 200) String line2,
            @NotBlank @Pattern(regexp = "[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}",
                    message = "must be a UK postcode") String postcode) {
    }

    public record ConsentDetails(
            @NotNull @AssertTrue(message = "must be true: no referral is shared without the family's consent")
            Boolean familyConsentToShare,
            @NotBlank @Size(max = 200) String recordedBy,
            @NotNull @PastOrPresent Instant recordedAt) {
    }
}
