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
                .body(not(containsString("Limited expressive language")));
        assertThat(rows.count("record_access", "referral_id = ?1 AND action = 'family page'", id)).isEqualTo(1);
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
}
