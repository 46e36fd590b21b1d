package uk.send.referral.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import uk.send.access.AccessRecords;
import uk.send.problems.Problem;
import uk.send.referral.FamilyContact;
import uk.send.referral.Referral;
import uk.send.referral.ReferralNotFound;
import uk.send.referral.Referrals;
import uk.send.referral.api.SubmitReferralRequest.FamilyContactDetails;

/**
 * The school or a case worker corrects a family's contact details or adds a contact (a second parent, a carer): a
 * wrong address must stop receiving notices, and a notice held for want of an address goes once there is one.
 */
@Path("/api/referrals/{id}/contacts")
@RolesAllowed({Caller.SENCO, Caller.CASEWORKER})
@Produces(MediaType.APPLICATION_JSON)
public class ContactsResource {

    /** The most family contacts a referral has, as on submission. */
    static final int MOST_CONTACTS = 6;

    /** Contacts to correct (with their {@code id}) and to add (without one); the others stay as they are. */
    public record ContactChanges(
            @NotEmpty @Size(max = MOST_CONTACTS) List<@NotNull @Valid FamilyContactDetails> familyContacts) {
    }

    private final Referrals referrals;
    private final Caller caller;
    private final AccessRecords accessRecords;

    ContactsResource(Referrals referrals, Caller caller, AccessRecords accessRecords) {
        this.referrals = referrals;
        this.caller = caller;
        this.accessRecords = accessRecords;
    }

    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct family contacts (give their id) or add new ones (no id); the others are kept",
            description = "Each contact is given whole, as on submission, and must be reachable by its preferred "
                    + "channel. Whoever is now reached somewhere else and has not linked an account is sent a new "
                    + "invitation; the old code stops working. 400 names each bad field; 404 unless the caller's "
                    + "school made the referral (or the caller is a case worker).")
    public Response change(@PathParam("id") UUID id, @NotNull @Valid ContactChanges changes) {
        Response response = QuarkusTransaction.requiringNew().call(() -> {
            Referral referral = referrals.locked(id).filter(r -> caller.canRead(r) && caller.canManage(r))
                    .orElseThrow(ReferralNotFound::new);
            List<Problem.Violation> violations = violations(referral, changes.familyContacts());
            if (!violations.isEmpty()) {
                return Problem.badRequest(violations).toResponse();
            }
            Map<UUID, FamilyContact.Details> corrections = new LinkedHashMap<>();
            List<FamilyContact.Details> additions = new ArrayList<>();
            for (FamilyContactDetails contact : changes.familyContacts()) {
                if (contact.id() == null) {
                    additions.add(contact.toDetails());
                } else {
                    corrections.put(contact.id(), contact.toDetails());
                }
            }
            referrals.changeContacts(referral, corrections, additions, Instant.now());
            return Response.ok(ReferralView.of(referral, caller.reader())).build();
        });
        if (response.getStatus() == 200) {
            accessRecords.referralChanged(id, "family contacts changed");
        }
        return response;
    }

    /** Unknown or repeated contacts, too many contacts, and the young person named where the law does not allow it. */
    private static List<Problem.Violation> violations(Referral referral,
            List<FamilyContactDetails> changes) {
        List<Problem.Violation> violations = new ArrayList<>();
        Set<UUID> corrected = new HashSet<>();
        int added = 0;
        for (int i = 0; i < changes.size(); i++) {
            UUID contactId = changes.get(i).id();
            if (contactId == null) {
                added++;
            } else if (referral.familyContact(contactId).isEmpty()) {
                violations.add(new Problem.Violation("familyContacts[" + i + "].id",
                        "is not a family contact of this referral"));
            } else if (!corrected.add(contactId)) {
                violations.add(new Problem.Violation("familyContacts[" + i + "].id", "is given more than once"));
            }
        }
        if (referral.familyContacts().size() + added > MOST_CONTACTS) {
            violations.add(new Problem.Violation("familyContacts", "a referral has at most " + MOST_CONTACTS
                    + " family contacts; it has " + referral.familyContacts().size()));
        }
        // The contacts as they would be: those left alone first, so that a second young person is the one refused.
        List<YoungPersonContacts.Named> after = new ArrayList<>();
        referral.familyContacts().stream().filter(contact -> !corrected.contains(contact.id()))
                .forEach(contact -> after.add(new YoungPersonContacts.Named("familyContacts",
                        contact.youngPerson())));
        for (int i = 0; i < changes.size(); i++) {
            after.add(new YoungPersonContacts.Named("familyContacts[" + i + "].youngPerson",
                    changes.get(i).isYoungPerson()));
        }
        violations.addAll(YoungPersonContacts.violations(referral.child().dateOfBirth(), after));
        return violations;
    }
}
