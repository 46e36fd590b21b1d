package uk.send.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import uk.send.testservers.Tokens;

/** The family's page: the family view as a person reads it, and the box for an invitation's code. */
@QuarkusTest
class FamilyPageTest {

    private static final String OAKFIELD = "100001";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    @Inject
    Rows rows;

    @Test
    void aParentEntersTheirCodeAndThenSeesWhereTheReferralStandsInPlainWords() {
        String email = "page-" + UUID.randomUUID() + "@example.org";
        UUID id = UUID.fromString(given().auth().oauth2(Tokens.senco(OAKFIELD)).contentType(ContentType.JSON)
                .body(ReferralRequests.valid(OAKFIELD, "SPEECH_AND_LANGUAGE_THERAPY", email)).post("/api/referrals")
                .then().statusCode(201).extract().path("id"));
        String parent = Tokens.family(email);

        String empty = given().auth().oauth2(parent).accept("text/html").get("/family/referrals").then()
                .statusCode(200).header("Cache-Control", "no-store")
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .body(containsString("No referral is linked to your account yet"))
                .extract().asString();
        String csrf = csrf(empty);

        given().auth().oauth2(parent).contentType(ContentType.URLENC).formParam("code", "ABCD-EFGH")
                .post("/family/referrals/invitations").then().statusCode(403);
        given().auth().oauth2(parent).contentType(ContentType.URLENC).formParam("code", "ABCD-EFGH")
                .formParam("csrf", csrf).post("/family/referrals/invitations").then().statusCode(400)
                .body(containsString("govuk-error-summary")).body(containsString("This code cannot be used"));
        given().auth().oauth2(parent).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("code", rows.invitationCode(id, 0)).formParam("csrf", csrf)
                .post("/family/referrals/invitations").then().statusCode(303)
                .header("Location", containsString("/family/referrals?linked=true"));

        given().auth().oauth2(parent).accept("text/html").get("/family/referrals?linked=true").then()
                .statusCode(200)
                .body(containsString("The code was accepted"))
                .body(containsString("Amara Jones: speech and language therapy"))
                .body(containsString("The team is looking at the referral"))
                .body(containsString(email))
                .body(containsString("Messages about this referral, newest first"))
                // notification-service is not running beside this test: the page says so rather than show nothing.
                .body(containsString("Your messages cannot be shown just now"))
                .body(not(containsString("Limited expressive language")));
        assertThat(rows.count("record_access", "referral_id = ?1 AND action = 'family page'", id)).isEqualTo(1);
    }

    @Test
    void aParentAsksForAnEhcNeedsAssessmentFromTheirPageAndNoOneElseCan() {
        String email = "ehc-page-" + UUID.randomUUID() + "@example.org";
        UUID id = referredAndLinked(email);
        String parent = Tokens.family(email);

        String page = given().auth().oauth2(parent).accept("text/html").get("/family/referrals").then()
                .statusCode(200).body(containsString("Ask for an education, health and care (EHC) needs assessment"))
                .body(containsString("action=\"/family/referrals/" + id + "/ehc-assessment-request\""))
                .extract().asString();
        given().auth().oauth2(parent).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("csrf", "forged").post("/family/referrals/{id}/ehc-assessment-request", id).then()
                .statusCode(403);
        given().auth().oauth2(Tokens.family("not-linked@example.org")).contentType(ContentType.JSON)
                .post("/api/family/referrals/{id}/ehc-assessment-request", id).then().statusCode(404);
        given().auth().oauth2(Tokens.senco(OAKFIELD)).contentType(ContentType.JSON)
                .post("/api/family/referrals/{id}/ehc-assessment-request", id).then().statusCode(403);
        assertThat(rows.events(id, "referral.ehc-assessment-requested")).isEmpty();

        given().auth().oauth2(parent).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("csrf", csrf(page)).post("/family/referrals/{id}/ehc-assessment-request", id).then()
                .statusCode(303).header("Location", containsString("/family/referrals?ehcRequested=true"));
        given().auth().oauth2(parent).accept("text/html").get("/family/referrals?ehcRequested=true").then()
                .statusCode(200).body(containsString("Your request for an EHC needs assessment has been sent"));
        assertThat(rows.events(id, "referral.ehc-assessment-requested")).hasSize(1);
        assertThat(rows.events(id, "referral.ehc-assessment-requested").get(0)).contains("\"byYoungPerson\": false");
    }

    @Test
    void aParentChangesToTextMessagesInPolishOnThePageAndIsToldTheyWillGetEnglish() {
        String email = "prefs-page-" + UUID.randomUUID() + "@example.org";
        UUID id = referredAndLinked(email);
        String parent = Tokens.family(email);

        String form = given().auth().oauth2(parent).accept("text/html")
                .get("/family/referrals/{id}/preferences", id).then().statusCode(200)
                .body(containsString("How would you like us to contact you?"))
                .body(containsString("value=\"" + email + "\""))
                .extract().asString();
        assertThat(form).containsPattern("id=\"channel-EMAIL\"[^>]*checked");
        String csrf = csrf(form);

        // Text messages without a number: the field is named, in plain words, and nothing changes.
        given().auth().oauth2(parent).contentType(ContentType.URLENC).formParam("csrf", csrf)
                .formParam("preferredChannel", "SMS").formParam("email", email).formParam("mobile", "")
                .formParam("addressLine1", "").formParam("addressLine2", "").formParam("postcode", "")
                .formParam("language", "en").formParam("accessibleFormat", "NONE")
                .post("/family/referrals/{id}/preferences", id).then().statusCode(400)
                .body(containsString("govuk-error-summary"))
                .body(containsString("href=\"#mobile\">Enter your mobile phone number"));
        assertThat(rows.events(id, "referral.contacts-changed")).isEmpty();

        given().auth().oauth2(parent).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("csrf", csrf).formParam("preferredChannel", "SMS").formParam("email", email)
                .formParam("mobile", "07700 900321").formParam("addressLine1", "").formParam("addressLine2", "")
                .formParam("postcode", "").formParam("language", "pl").formParam("accessibleFormat", "NONE")
                .post("/family/referrals/{id}/preferences", id).then().statusCode(303)
                .header("Location", containsString("/family/referrals?changed=true"));

        given().auth().oauth2(parent).accept("text/html").get("/family/referrals?changed=true").then()
                .statusCode(200)
                .body(containsString("Your contact preferences are saved"))
                .body(containsString("By text message: 07700 900321, in Polish"))
                .body(containsString("not available in Polish yet, so it is in English"));
        assertThat(rows.events(id, "referral.contacts-changed")).hasSize(1);

        given().auth().oauth2(Tokens.family("not-linked@example.org")).accept("text/html")
                .get("/family/referrals/{id}/preferences", id).then().statusCode(404);
    }

    @Test
    void onlyFamiliesOpenThePage() {
        given().auth().oauth2(Tokens.senco(OAKFIELD)).accept("text/html").get("/family/referrals").then()
                .statusCode(403);
        given().redirects().follow(false).accept("text/html").get("/family/referrals").then().statusCode(302);
    }

    @Test
    void everyAnswerTellsBrowsersNotToKeepOrFrameIt() {
        given().auth().oauth2(Tokens.caseworker()).get("/api/referrals").then().statusCode(200)
                .header("Cache-Control", equalTo("no-store"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Security-Policy", containsString("script-src 'self'"));
    }

    private static String csrf(String html) {
        Matcher found = CSRF.matcher(html);
        assertThat(found.find()).as("the page's form carries its token").isTrue();
        return found.group(1);
    }

    /** A referral of the school's, whose family contact at this address has entered their invitation's code. */
    private UUID referredAndLinked(String email) {
        UUID id = UUID.fromString(given().auth().oauth2(Tokens.senco(OAKFIELD)).contentType(ContentType.JSON)
                .body(ReferralRequests.valid(OAKFIELD, "SPEECH_AND_LANGUAGE_THERAPY", email)).post("/api/referrals")
                .then().statusCode(201).extract().path("id"));
        given().auth().oauth2(Tokens.family(email)).contentType(ContentType.JSON)
                .body(java.util.Map.of("code", rows.invitationCode(id, 0))).post("/api/family/invitations").then()
                .statusCode(200);
        return id;
    }
}
