package uk.send.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import uk.send.testservers.Tokens;

/**
 * The school or a case worker corrects a family contact or adds one; the change is announced whole, a code sent to
 * a mistyped address stops working, and a family member who has linked their account sets how they hear themselves.
 */
@QuarkusTest
class ContactChangesTest {

    private static final String OAKFIELD = "100001";

    @Inject
    Rows rows;

    @Test
    void aMistypedEmailIsCorrectedTheOldCodeStopsWorkingAndTheNewAddressIsInvited() {
        UUID id = submit("grace.jnoes@example.org");
        String oldCode = rows.invitationCode(id, 0);
        Map<String, Object> contact = contact(id, 0);
        contact.put("email", "grace.jones@example.org");

        change(Tokens.senco(OAKFIELD), id, List.of(contact)).statusCode(200)
                .body("familyContacts.email", contains("grace.jones@example.org"));

        List<String> changed = rows.events(id, "referral.contacts-changed");
        assertThat(changed).hasSize(1);
        assertThat(changed.get(0)).contains("grace.jones@example.org").doesNotContain("jnoes");
        assertThat(rows.events(id, "referral.family-invited")).hasSize(2);
        String newCode = rows.invitationCode(id, 0);
        assertThat(newCode).isNotEqualTo(oldCode);
        String family = Tokens.family("grace.jones@example.org");
        accept(family, oldCode).statusCode(403);
        accept(family, newCode).statusCode(200);
        assertThat(rows.count("record_access", "referral_id = ?1 AND action = 'family contacts changed'", id))
                .isEqualTo(1);
    }

    @Test
    void aCaseWorkerAddsASecondParentWhoIsInvitedAndTheFirstIsLeftAlone() {
        UUID id = submit("first-" + UUID.randomUUID() + "@example.org");
        Map<String, Object> second = new HashMap<>(Map.of("name", "Sam Jones", "relationship", "father",
                "mobile", "07700 900456", "preferredChannel", "SMS"));

        change(Tokens.caseworker(), id, List.of(second)).statusCode(200)
                .body("familyContacts.name", contains("Grace Jones", "Sam Jones"))
                .body("familyContacts[1].language", equalTo("en"));

        assertThat(rows.events(id, "referral.family-invited")).hasSize(2);
        assertThat(rows.invitationCode(id, 1)).isNotBlank();
    }

    @Test
    void aChangeThatLeavesNoWayToReachTheContactIsRefusedNamingTheFieldAndNothingIsStored() {
        UUID id = submit("reach-" + UUID.randomUUID() + "@example.org");
        Map<String, Object> contact = contact(id, 0);
        contact.put("preferredChannel", "SMS");
        contact.remove("mobile");

        change(Tokens.senco(OAKFIELD), id, List.of(contact)).statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("familyContacts[0].mobile"));
        assertThat(rows.events(id, "referral.contacts-changed")).isEmpty();
        given().auth().oauth2(Tokens.caseworker()).get("/api/referrals/{id}", id).then()
                .body("familyContacts[0].preferredChannel", equalTo("EMAIL"));
    }

    @Test
    void unknownAndRepeatedContactsTooManyContactsAndAChildNamedAsAYoungPersonAreRefused() {
        UUID id = submit("refusals-" + UUID.randomUUID() + "@example.org");
        Map<String, Object> unknown = contact(id, 0);
        unknown.put("id", UUID.randomUUID().toString());
        change(Tokens.caseworker(), id, List.of(unknown)).statusCode(400)
                .body("violations.field", contains("familyContacts[0].id"));

        Map<String, Object> twice = contact(id, 0);
        change(Tokens.caseworker(), id, List.of(twice, twice)).statusCode(400)
                .body("violations.field", contains("familyContacts[1].id"));

        List<Map<String, Object>> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(new HashMap<>(Map.of("name", "Carer " + i, "email", "carer" + i + "@example.org",
                    "preferredChannel", "EMAIL")));
        }
        change(Tokens.caseworker(), id, six).statusCode(400).body("violations.field", contains("familyContacts"));

        Map<String, Object> child = contact(id, 0);
        child.put("youngPerson", true);
        change(Tokens.caseworker(), id, List.of(child)).statusCode(400)
                .body("violations.field", contains("familyContacts[0].youngPerson"));

        assertThat(rows.events(id, "referral.contacts-changed")).isEmpty();
        assertThat(rows.events(id, "referral.family-invited")).hasSize(1);
    }

    @Test
    void onlyTheReferringSchoolAndCaseWorkersMayChangeContacts() {
        UUID id = submit("scope-" + UUID.randomUUID() + "@example.org");
        List<Map<String, Object>> unchanged = List.of(contact(id, 0));

        change(Tokens.senco("100002"), id, unchanged).statusCode(404);
        change(Tokens.clinician("SPEECH_AND_LANGUAGE_THERAPY"), id, unchanged).statusCode(403);
        change(Tokens.family("scope@example.org"), id, unchanged).statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("familyContacts", unchanged))
                .patch("/api/referrals/{id}/contacts", id).then().statusCode(401);
        assertThat(rows.events(id, "referral.contacts-changed")).isEmpty();
    }

    @Test
    void aLinkedParentSetsTextMessagesAndPolishIsToldTheyGetEnglishAndIsNotInvitedAgain() {
        String email = "prefs-" + UUID.randomUUID() + "@example.org";
        UUID id = submit(email);
        String family = Tokens.family(email);
        accept(family, rows.invitationCode(id, 0)).statusCode(200);

        preferences(family, id, Map.of("preferredChannel", "SMS", "mobile", "07700 900789", "email", email,
                "language", "pl", "accessibleFormat", "LARGE_PRINT")).statusCode(200)
                .body("you.preferredChannel", equalTo("SMS"))
                .body("you.mobile", equalTo("07700 900789"))
                .body("you.language", equalTo("pl"))
                .body("you.languageName", equalTo("Polish"))
                .body("you.languageNote", equalTo("This page is not available in Polish yet, so it is in English. "
                        + "Any message we cannot yet write in Polish is sent in English, and the SEND team is asked "
                        + "to send you a translation or arrange an interpreter."))
                .body("you.accessibleFormat", equalTo("LARGE_PRINT"));

        List<String> changed = rows.events(id, "referral.contacts-changed");
        assertThat(changed).hasSize(1);
        assertThat(changed.get(0)).contains("SMS", "07700 900789", "LARGE_PRINT");
        assertThat(rows.events(id, "referral.family-invited")).hasSize(1);
        assertThat(rows.count("record_access", "referral_id = ?1 AND action = 'family preferences changed'", id))
                .isEqualTo(1);
        // The school's own name for the contact stays.
        given().auth().oauth2(Tokens.caseworker()).get("/api/referrals/{id}", id).then()
                .body("familyContacts[0].name", equalTo("Grace Jones"))
                .body("familyContacts[0].preferredChannel", equalTo("SMS"));
    }

    @Test
    void aPreferenceThatCannotReachTheFamilyIsRefusedAndOnlyALinkedFamilyMayChangeIt() {
        String email = "prefs-bad-" + UUID.randomUUID() + "@example.org";
        UUID id = submit(email);
        String family = Tokens.family(email);
        accept(family, rows.invitationCode(id, 0)).statusCode(200);

        preferences(family, id, Map.of("preferredChannel", "LETTER", "email", email)).statusCode(400)
                .body("violations.field", hasItem("postalAddress"));
        preferences(family, id, Map.of("preferredChannel", "EMAIL", "email", email, "language", "Polish"))
                .statusCode(400).body("violations.field", hasItem("language"));
        preferences(Tokens.family("someone-else@example.org"), id, Map.of("preferredChannel", "EMAIL", "email",
                "someone-else@example.org")).statusCode(404);
        preferences(Tokens.senco(OAKFIELD), id, Map.of("preferredChannel", "EMAIL", "email", email))
                .statusCode(403);
        assertThat(rows.events(id, "referral.contacts-changed")).isEmpty();
    }

    @Test
    void aYoungPersonOverCompulsorySchoolAgeCanBeAddedAsTheirOwnContactOnce() {
        Map<String, Object> body = ReferralRequests.valid(OAKFIELD, "CAMHS", "yp-" + UUID.randomUUID()
                + "@example.org");
        ReferralRequests.child(body).put("dateOfBirth", LocalDate.now().minusYears(17).toString());
        UUID id = UUID.fromString(given().auth().oauth2(Tokens.senco(OAKFIELD)).contentType(ContentType.JSON)
                .body(body).post("/api/referrals").then().statusCode(201).extract().path("id"));
        Map<String, Object> themself = new HashMap<>(Map.of("name", "Rhys Jones", "email", "rhys@example.org",
                "preferredChannel", "EMAIL", "youngPerson", true));

        change(Tokens.senco(OAKFIELD), id, List.of(themself)).statusCode(200)
                .body("familyContacts", hasSize(2));
        change(Tokens.senco(OAKFIELD), id, List.of(new HashMap<>(themself))).statusCode(400)
                .body("violations.field", containsInAnyOrder("familyContacts[0].youngPerson"));
    }

    @Test
    void theReferenceIsAcceptedWhereverTheIdIsAndAnUnknownOneIsFoundNowhere() {
        String email = "by-reference-" + UUID.randomUUID() + "@example.org";
        UUID id = submit(email);
        String reference = given().auth().oauth2(Tokens.caseworker()).get("/api/referrals/{id}", id).then()
                .statusCode(200).extract().path("reference");
        String typed = reference.toLowerCase().replace("-", "");

        given().auth().oauth2(Tokens.senco(OAKFIELD)).get("/api/referrals/" + typed).then()
                .statusCode(200).body("id", equalTo(id.toString()));
        given().auth().oauth2(Tokens.senco("100002")).get("/api/referrals/" + reference).then().statusCode(404);
        Map<String, Object> contact = contact(id, 0);
        contact.put("relationship", "mum");
        given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON)
                .body(Map.of("familyContacts", List.of(contact))).patch("/api/referrals/" + reference + "/contacts")
                .then().statusCode(200).body("familyContacts[0].relationship", equalTo("mum"));
        String family = Tokens.family(email);
        accept(family, rows.invitationCode(id, 0)).statusCode(200);
        given().auth().oauth2(family).get("/api/family/referrals/" + reference).then().statusCode(200)
                .body("reference", equalTo(reference));
        given().auth().oauth2(Tokens.caseworker()).get("/api/audit?referralId=" + reference).then()
                .statusCode(200).body("accesses.size()", org.hamcrest.Matchers.greaterThan(0));

        String unknown = "SND-2222-2222";
        given().auth().oauth2(Tokens.caseworker()).get("/api/referrals/" + unknown).then().statusCode(404);
    }

    private UUID submit(String familyEmail) {
        return UUID.fromString(given().auth().oauth2(Tokens.senco(OAKFIELD)).contentType(ContentType.JSON)
                .body(ReferralRequests.valid(OAKFIELD, "SPEECH_AND_LANGUAGE_THERAPY", familyEmail))
                .post("/api/referrals").then().statusCode(201).extract().path("id"));
    }

    /** A contact as the referral shows it, ready to send back corrected. */
    private static Map<String, Object> contact(UUID id, int position) {
        Map<String, Object> shown = given().auth().oauth2(Tokens.caseworker()).get("/api/referrals/{id}", id).then()
                .statusCode(200).extract().jsonPath().getMap("familyContacts[" + position + "]");
        return new HashMap<>(shown);
    }

    private static ValidatableResponse change(String token, UUID id, List<Map<String, Object>> contacts) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("familyContacts", contacts))
                .patch("/api/referrals/{id}/contacts", id).then();
    }

    private static ValidatableResponse preferences(String token, UUID id, Map<String, Object> preferences) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(preferences)
                .put("/api/family/referrals/{id}/preferences", id).then();
    }

    private static ValidatableResponse accept(String token, String code) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("code", code))
                .post("/api/family/invitations").then();
    }
}
