package uk.send.referral.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.qute.TemplateData;

import uk.send.contracts.AccessibleFormat;
import uk.send.contracts.Channel;
import uk.send.contracts.ClosureReason;
import uk.send.contracts.RecipientType;
import uk.send.contracts.ReferralStatus;
import uk.send.contracts.referral.SupportOffer;
import uk.send.referral.FamilyContact;
import uk.send.referral.Referral;
import uk.send.referral.StatusChange;
import uk.send.referral.family.FamilyWords;

/**
 * A referral as the family linked to one of its contacts sees it: where it stands in plain words, the waiting place
 * (and the day it was worked out), the support offered, a decline's reason and signposting, what happens next, and
 * the caller's own contact details.
 * Nothing else: not the school's reason for referring, not the flags, not other contacts, not staff names, and no
 * reason that was not written for the family. Built field by field, so a field added to the referral never reaches
 * a family by accident.
 */
@TemplateData
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FamilyReferralView(
        UUID id,
        String reference,
        String childName,
        String service,
        ReferralStatus status,
        String statusText,
        String whatHappensNext,
        LocalDate referredOn,
        LocalDate lastChangedOn,
        Integer waitingListPlace,
        Integer estimatedWaitWeeks,
        LocalDate waitingPlaceOn,
        List<SupportOffer> supportOffers,
        String closureReason,
        List<String> signposting,
        You you,
        List<Step> history) {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    /**
     * The caller's own contact details, as the school gave them or the caller changed them. {@code languageNote} says
     * so when the language asked for has no translation yet and English is sent instead.
     */
    @TemplateData
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record You(UUID contactId, String name, String relationship, String email, String mobile,
            String addressLine1, String addressLine2, String postcode, Channel preferredChannel, String language,
            String languageName, String languageNote, AccessibleFormat accessibleFormat, Boolean youngPerson) {

        static You of(FamilyContact contact, Set<String> translations) {
            String language = contact.language() == null ? "en" : contact.language();
            String name = FamilyWords.languageName(language);
            return new You(contact.id(), contact.name(), contact.relationship(), contact.email(), contact.mobile(),
                    contact.addressLine1(), contact.addressLine2(), contact.postcode(), contact.preferredChannel(),
                    language, name, translations.contains(language) ? null : "This page is not available in " + name
                            + " yet, so it is in English. Any message we cannot yet write in " + name
                            + " is sent in English, and the SEND team is asked to send you a translation or arrange"
                            + " an interpreter.",
                    contact.accessibleFormat(), contact.youngPerson() ? Boolean.TRUE : null);
        }
    }

    /** One step of the referral's history, with the reason only when it was written for the family. */
    @TemplateData
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Step(LocalDate on, String what, String reason) {
    }

    public static FamilyReferralView of(Referral referral, FamilyContact you, Set<String> translations) {
        ReferralStatus status = referral.status();
        ClosureReason closure = referral.closureReason();
        Optional<StatusChange> placed = referral.timeline().stream()
                .filter(change -> change.details().waitingListPosition() != null)
                .max(Comparator.comparing(StatusChange::at));
        boolean waiting = status == ReferralStatus.ACCEPTED_WAITING;
        Optional<StatusChange> closing = status == ReferralStatus.CLOSED
                ? Optional.of(referral.timeline().get(referral.timeline().size() - 1)) : Optional.empty();
        return new FamilyReferralView(
                referral.id(),
                referral.reference(),
                referral.child().givenName() + " " + referral.child().familyName(),
                referral.service().inPlainWords(),
                status,
                FamilyWords.status(status, closure),
                FamilyWords.whatHappensNext(status, closure),
                day(referral.submittedAt()),
                day(referral.updatedAt()),
                waiting ? placeNow(referral, placed, true) : null,
                waiting ? placeNow(referral, placed, false) : null,
                waiting ? placeGivenOn(referral, placed) : null,
                waiting ? supportOffers(referral) : null,
                closing.map(change -> change.reasonFor(RecipientType.FAMILY)).orElse(null),
                closing.map(change -> change.details().signposting()).filter(list -> !list.isEmpty()).orElse(null),
                You.of(you, translations),
                referral.timeline().stream().map(change -> step(change, closure)).toList());
    }

    /**
     * The place (or the estimate) as last known: triage's regular news when it is newer than the last status change
     * that gave a place (acceptance, re-prioritisation).
     */
    private static Integer placeNow(Referral referral, Optional<StatusChange> placed, boolean position) {
        boolean newsIsNewer = referral.waitingPlaceOn().filter(on -> placed.isEmpty()
                || on.isAfter(placed.get().at())).isPresent();
        if (newsIsNewer) {
            return position ? referral.waitingPlace() : referral.waitingEstimateWeeks();
        }
        return placed.map(change -> position ? change.details().waitingListPosition()
                : change.details().estimatedWaitWeeks()).orElse(null);
    }

    /** The day the place shown was worked out. */
    private static LocalDate placeGivenOn(Referral referral, Optional<StatusChange> placed) {
        Optional<Instant> news = referral.waitingPlaceOn().filter(on -> placed.isEmpty()
                || on.isAfter(placed.get().at()));
        return news.or(() -> placed.map(StatusChange::at)).map(FamilyReferralView::day).orElse(null);
    }

    private static List<SupportOffer> supportOffers(Referral referral) {
        return referral.timeline().stream().map(change -> change.details().supportOffers())
                .filter(offers -> offers != null && !offers.isEmpty()).reduce((first, later) -> later).orElse(null);
    }

    private static Step step(StatusChange change, ClosureReason closure) {
        String what = change.from() == change.to()
                ? "The team reviewed the referral"
                : FamilyWords.status(change.to(), closure);
        return new Step(day(change.at()), what, change.reasonFor(RecipientType.FAMILY));
    }

    private static LocalDate day(Instant at) {
        return at.atZone(UK).toLocalDate();
    }
}
