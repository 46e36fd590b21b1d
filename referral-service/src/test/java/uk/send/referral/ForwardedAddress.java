package uk.send.referral;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import io.restassured.http.ContentType;
import uk.send.testservers.Database;
import uk.send.testservers.Tokens;

/** A SENCO's read of a referral through a request that claims, in X-Forwarded-For, to come from elsewhere. */
final class ForwardedAddress {

    static final String CLAIMED = "203.0.113.7";
    private static final String OAKFIELD = "100001";

    private ForwardedAddress() {
    }

    /** @return the address the audit recorded for the read */
    static String recordedForAReadClaimingToComeFromElsewhere() {
        UUID id = UUID.fromString(given().auth().oauth2(Tokens.senco(OAKFIELD)).contentType(ContentType.JSON)
                .body(ReferralRequests.valid(OAKFIELD)).post("/api/referrals").then().statusCode(201).extract()
                .path("id"));
        given().auth().oauth2(Tokens.senco(OAKFIELD)).header("X-Forwarded-For", CLAIMED)
                .get("/api/referrals/{id}", id).then().statusCode(200);
        return new Database("referral").text("SELECT accessed_from FROM record_access WHERE referral_id = ? "
                + "ORDER BY id DESC LIMIT 1", id);
    }
}
