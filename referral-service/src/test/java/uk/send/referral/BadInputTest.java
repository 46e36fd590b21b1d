package uk.send.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import uk.send.testservers.Tokens;

/** Every kind of bad input gets a 400 problem naming the field, and leaves no referral and no event behind. */
@QuarkusTest
class BadInputTest {

    @Inject
    Rows rows;

    private long referralsBefore;
    private long eventsBefore;
    private long contactsBefore;

    @BeforeEach
    void countRows() {
        referralsBefore = rows.count("referral");
        eventsBefore = rows.count("outbox_event");
        contactsBefore = rows.count("family_contact");
    }

    @AfterEach
    void nothingWasStoredOrPublished() {
        assertThat(rows.count("referral")).isEqualTo(referralsBefore);
        assertThat(rows.count("family_contact")).isEqualTo(contactsBefore);
        assertThat(rows.count("outbox_event")).isEqualTo(eventsBefore);
    }

    static Stream<Arguments> badFields() {
        return Stream.of(
                bad("child.nhsNumber", body -> ReferralRequests.child(body).put("nhsNumber", "9434765918")),
                bad("child.nhsNumber", body -> ReferralRequests.child(body).put("nhsNumber", "94347659")),
                bad("child.upn", body -> ReferralRequests.child(body).put("upn", "A801200005001")),
                bad("schoolUrn", body -> body.put("schoolUrn", "10001")),
                bad("schoolUrn", body -> body.put("schoolUrn", "10000A")),
                bad("child.dateOfBirth", body -> ReferralRequests.child(body)
                        .put("dateOfBirth", LocalDate.now().plusDays(1).toString())),
                bad("child.dateOfBirth", body -> ReferralRequests.child(body)
                        .put("dateOfBirth", LocalDate.now().minusYears(25).toString())),
                bad("child.dateOfBirth", body -> ReferralRequests.child(body).put("dateOfBirth", "31/12/2019")),
                bad("child.givenName", body -> ReferralRequests.child(body).put("givenName", "x".repeat(101))),
                bad("child.yearGroup", body -> ReferralRequests.child(body).put("yearGroup", 15)),
                bad("service", body -> body.put("service", "ASTROLOGY")),
                bad("service", body -> body.remove("service")),
                bad("reason", body -> body.put("reason", "x".repeat(4001))),
                bad("reason", body -> body.put("reason", "")),
                bad("complexHealthNeeds", body -> body.put("complexHealthNeeds", "perhaps")),
                bad("consent", body -> body.remove("consent")),
                bad("consent.familyConsentToShare", body -> ReferralRequests.consent(body)
                        .put("familyConsentToShare", false)),
                bad("familyContacts", body -> body.put("familyContacts", new ArrayList<>())),
                bad("familyContacts[0].email", body -> ReferralRequests.firstContact(body).remove("email")),
                bad("familyContacts[0].mobile", body -> {
                    ReferralRequests.firstContact(body).put("preferredChannel", "SMS");
                    ReferralRequests.firstContact(body).remove("mobile");
                }),
                bad("familyContacts[0].postalAddress", body -> {
                    ReferralRequests.firstContact(body).put("preferredChannel", "LETTER");
                    ReferralRequests.firstContact(body).remove("postalAddress");
                }),
                bad("familyContacts[0].preferredChannel", body -> ReferralRequests.firstContact(body)
                        .put("preferredChannel", "PIGEON")),
                bad("familyContacts[0].email", body -> ReferralRequests.firstContact(body)
                        .put("email", "not-an-address")),
                bad("schoolContact.email", body -> body.put("schoolContact", Map.of("name", "Ms Patel"))));
    }

    private static Arguments bad(String field, Consumer<Map<String, Object>> spoil) {
        return Arguments.of(field, spoil);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFields")
    void aBadFieldIsNamedAndNothingIsStored(String field, Consumer<Map<String, Object>> spoil) {
        Map<String, Object> body = ReferralRequests.valid("100001");
        spoil.accept(body);

        given().auth().oauth2(Tokens.senco("100001")).contentType(ContentType.JSON).body(body)
                .post("/api/referrals")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("violations.field", hasItem(field))
                .body(not(containsString("Amara")));
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        Map<String, Object> body = ReferralRequests.valid("100001");
        ReferralRequests.child(body).put("nhsNumber", "1234567890");
        ReferralRequests.child(body).put("upn", "Z000000000000");
        ReferralRequests.consent(body).put("familyConsentToShare", false);

        given().auth().oauth2(Tokens.senco("100001")).contentType(ContentType.JSON).body(body)
                .post("/api/referrals")
                .then().statusCode(400)
                .body("violations.field", hasItems("child.nhsNumber", "child.upn",
                        "consent.familyConsentToShare"));
    }

    @Test
    void malformedJsonIsRefused() {
        given().auth().oauth2(Tokens.senco("100001")).contentType(ContentType.JSON)
                .body("{\"child\": {\"givenName\": \"Amara\"")
                .post("/api/referrals")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("body"));
    }

    @Test
    void anEmptyBodyIsRefused() {
        given().auth().oauth2(Tokens.senco("100001")).contentType(ContentType.JSON).body("")
                .post("/api/referrals")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("body"));
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() {
        Map<String, Object> body = ReferralRequests.valid("100001");
        body.put("reason", "x".repeat(100_000));

        given().auth().oauth2(Tokens.senco("100001")).contentType(ContentType.JSON).body(body)
                .post("/api/referrals")
                .then().statusCode(413);
    }

    @Test
    void anOversizedIdempotencyKeyIsRefused() {
        given().auth().oauth2(Tokens.senco("100001")).contentType(ContentType.JSON)
                .header("Idempotency-Key", "k".repeat(201)).body(ReferralRequests.valid("100001"))
                .post("/api/referrals")
                .then().statusCode(400)
                .body("violations.field", hasItem("Idempotency-Key"));
    }
}
