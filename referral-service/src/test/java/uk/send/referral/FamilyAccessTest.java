package uk.send.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import uk.send.testservers.Tokens;

/**
 * A family reaches a referral only through an invitation sent to a contact named on it, and then by its account's
 * subject: never by the email in its token.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class FamilyAccessTest {

    private static final String OAKFIELD = "100001";
    private static final String REFUSED = "This code cannot be used";

    @Inject
    Rows rows;

    @Test
    void aFamilyMemberWhoEntersTheirCodeSeesTheFamilyViewAndNothingElse() {
        Invited invited = invite();

        accept(invited.token(), invited.code()).statusCode(200).body("referralId", equalTo(invited.id().toString()));

        Map<String, Object> view = given().auth().oauth2(invited.token()).get("/api/family/referrals/{id}",
                invited.id()).then().statusCode(200).extract().jsonPath().getMap("");
        assertThat(view.keySet()).isSubsetOf(Set.of("id", "reference", "childName", "service", "status", "statusText",
                "whatHappensNext", "referredOn", "lastChangedOn", "waitingListPlace", "estimatedWaitWeeks", "waitingPlaceOn",
                "supportOffers", "closureReason", "signposting", "you", "history"));
        assertThat(view).containsEntry("statusText", "The team is looking at the referral")
                .containsEntry("service", "speech and language therapy");
        assertThat(((Map<?, ?>) view.get("you")).get("email")).isEqualTo(invited.email());
        String json = given().auth().oauth2(invited.token()).get("/api/family/referrals").then().statusCode(200)
                .body("id", equalTo(List.of(invited.id().toString()))).extract().asString();
        // Not the school's reason, nor its flags, nor staff names, nor the child's identifiers.
        assertThat(json).doesNotContain("Limited expressive language", "safeguarding", "senco.100001",
                "9434765919", "F801200100001");
        assertThat(rows.count("record_access", "referral_id = ?1 AND role = 'family'", invited.id())).isEqualTo(2);
    }

    @Test
    void aCodeWorksOnceAndForOneAccountOnly() {
        Invited invited = invite();
        accept(invited.token(), invited.code()).statusCode(200);

        String stranger = Tokens.family("stranger-" + UUID.randomUUID() + "@example.org");
        accept(stranger, invited.code()).statusCode(403).contentType("application/problem+json")
                .body("detail", containsString(REFUSED));
        accept(invited.token(), invited.code()).statusCode(403).body("detail", containsString(REFUSED));
        given().auth().oauth2(stranger).get("/api/family/referrals").then().statusCode(200).body("$", empty());
        given().auth().oauth2(stranger).get("/api/family/referrals/{id}", invited.id()).then().statusCode(404);
    }

    @Test
    void anExpiredCodeIsRefusedWithTheSameWordsAsAnUnknownOne() {
        Invited invited = invite();
        rows.update("UPDATE family_invitation SET expires_at = now() - interval '1 minute' WHERE contact_id IN "
                + "(SELECT id FROM family_contact WHERE referral_id = ?1)", invited.id());

        String expired = accept(invited.token(), invited.code()).statusCode(403).extract().path("detail");
        String unknown = accept(invited.token(), "ABCD-EFGH").statusCode(403).extract().path("detail");

        assertThat(expired).isEqualTo(unknown).contains(REFUSED);
        given().auth().oauth2(invited.token()).get("/api/family/referrals/{id}", invited.id()).then()
                .statusCode(404);
    }

    @Test
    void aCaseWorkerRevokesAndResendsInvitationsAndUnlinksAnAccount() {
        Invited invited = invite();
        String contact = contactId(invited.id());
        String base = "/api/referrals/" + invited.id() + "/family-contacts/" + contact;

        given().auth().oauth2(Tokens.caseworker()).delete(base + "/invitation").then().statusCode(204);
        accept(invited.token(), invited.code()).statusCode(403);

        given().auth().oauth2(Tokens.caseworker()).post(base + "/invitation").then().statusCode(202);
        String second = rows.invitationCode(invited.id(), 0);
        assertThat(second).isNotEqualTo(invited.code());
        accept(invited.token(), second.toLowerCase().replace("-", " ")).statusCode(200);
        given().auth().oauth2(invited.token()).get("/api/family/referrals/{id}", invited.id()).then()
                .statusCode(200);

        given().auth().oauth2(Tokens.caseworker()).delete(base + "/link").then().statusCode(204);
        given().auth().oauth2(invited.token()).get("/api/family/referrals/{id}", invited.id()).then()
                .statusCode(404);
        given().auth().oauth2(invited.token()).get("/api/family/referrals").then().body("$", empty());

        for (String notCaseworker : List.of(Tokens.senco(OAKFIELD), Tokens.family(invited.email()),
                Tokens.clinician("SPEECH_AND_LANGUAGE_THERAPY"))) {
            given().auth().oauth2(notCaseworker).post(base + "/invitation").then().statusCode(403);
            given().auth().oauth2(notCaseworker).delete(base + "/link").then().statusCode(403);
        }
        given().auth().oauth2(Tokens.caseworker()).post("/api/referrals/" + invited.id() + "/family-contacts/"
                + UUID.randomUUID() + "/invitation").then().statusCode(404);
    }

    @Test
    void changingTheEmailOfAnAccountToAnotherParentsAddressShowsNothingNew() {
        Invited mine = invite();
        Invited theirs = invite();
        accept(mine.token(), mine.code()).statusCode(200);
        accept(theirs.token(), theirs.code()).statusCode(200);

        // The same account (same subject), its email changed to the other parent's and verified.
        String changed = Tokens.familyWithEmail(mine.email(), theirs.email(), true);

        given().auth().oauth2(changed).get("/api/family/referrals").then().statusCode(200)
                .body("id", equalTo(List.of(mine.id().toString())))
                .body("id", not(hasItem(theirs.id().toString())));
        given().auth().oauth2(changed).get("/api/family/referrals/{id}", theirs.id()).then().statusCode(404);
    }

    @Test
    void anAccountWhoseEmailIsNotVerifiedIsRefusedEverything() {
        Invited invited = invite();
        String unverified = Tokens.familyWithEmail(invited.email(), invited.email(), false);

        accept(unverified, invited.code()).statusCode(403).body("detail", containsString("not been verified"));
        given().auth().oauth2(unverified).get("/api/family/referrals").then().statusCode(403);
        // The code was not spent by the refused attempt.
        accept(invited.token(), invited.code()).statusCode(200);
    }

    @Test
    void guessingCodesIsStoppedAfterFiveWrongOnesInAnHour() {
        Invited invited = invite();
        for (int i = 0; i < 5; i++) {
            accept(invited.token(), "ZZZZ-ZZZ" + (i + 2)).statusCode(403).body("detail", containsString(REFUSED));
        }

        accept(invited.token(), invited.code()).statusCode(403).body("detail", containsString("Too many codes"));
        accept(invited.token(), "").statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("code"));
    }

    @Test
    void aYoungPersonOverCompulsorySchoolAgeIsAContactOfTheirOwnAndReadsTheirOwnView() {
        String parent = "parent-" + UUID.randomUUID() + "@example.org";
        String own = "young-" + UUID.randomUUID() + "@example.org";
        Map<String, Object> body = ReferralRequests.valid(OAKFIELD, "CAMHS", parent);
        ((Map<String, Object>) body.get("child")).put("dateOfBirth", java.time.LocalDate.now().minusYears(17)
                .toString());
        ((Map<String, Object>) body.get("child")).remove("yearGroup");
        Map<String, Object> youngPerson = new java.util.HashMap<>(Map.of("name", "Amara Jones", "email", own,
                "preferredChannel", "EMAIL", "youngPerson", true));
        body.put("familyContacts", List.of(((List<?>) body.get("familyContacts")).get(0), youngPerson));
        UUID id = UUID.fromString(given().auth().oauth2(Tokens.senco(OAKFIELD)).contentType(ContentType.JSON)
                .body(body).post("/api/referrals").then().statusCode(201).extract().path("id"));

        accept(Tokens.family(own), rows.invitationCode(id, 1)).statusCode(200);
        given().auth().oauth2(Tokens.family(own)).get("/api/family/referrals/{id}", id).then().statusCode(200)
                .body("you.email", equalTo(own)).body("you.youngPerson", equalTo(true));

        // A fifteen-year-old's parents are told on their behalf: no contact for them yet.
        ((Map<String, Object>) body.get("child")).put("dateOfBirth", java.time.LocalDate.now().minusYears(15)
                .toString());
        given().auth().oauth2(Tokens.senco(OAKFIELD)).contentType(ContentType.JSON).body(body)
                .post("/api/referrals").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("familyContacts[1].youngPerson"));
    }

    private Invited invite() {
        String email = "parent-" + UUID.randomUUID() + "@example.org";
        String id = given().auth().oauth2(Tokens.senco(OAKFIELD)).contentType(ContentType.JSON)
                .body(ReferralRequests.valid(OAKFIELD, "SPEECH_AND_LANGUAGE_THERAPY", email))
                .post("/api/referrals").then().statusCode(201).extract().path("id");
        UUID referral = UUID.fromString(id);
        return new Invited(referral, email, Tokens.family(email), rows.invitationCode(referral, 0));
    }

    private static String contactId(UUID referral) {
        return given().auth().oauth2(Tokens.caseworker()).get("/api/referrals/{id}", referral).then()
                .statusCode(200).extract().path("familyContacts[0].id");
    }

    private static ValidatableResponse accept(String token, String code) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("code", code))
                .post("/api/family/invitations").then();
    }

    private record Invited(UUID id, String email, String token, String code) {
    }
}
