package uk.send.testservers;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

/**
 * What every service shows once started against the real servers: healthy, self-describing, measured, and closed
 * to callers without a valid token.
 */
public abstract class ServiceStartsContract {

    /** Any path under {@code /api} of the service. */
    protected abstract String protectedPath();

    @Test
    void reportsHealthyWithItsDatabaseAndBroker() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
    }

    @Test
    void describesItsApi() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).body("openapi", containsString("3."));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void exposesMetrics() {
        given().when().get("/q/metrics")
                .then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void refusesACallWithoutAToken() {
        given().when().get(protectedPath()).then().statusCode(401);
    }

    @Test
    void refusesATokenSignedByAnUnknownKey() {
        given().auth().oauth2(Tokens.forged()).when().get(protectedPath()).then().statusCode(401);
    }

    @Test
    void refusesAnExpiredToken() {
        given().auth().oauth2(Tokens.expired()).when().get(protectedPath()).then().statusCode(401);
    }

    @Test
    void refusesATokenIssuedForAnotherApplication() {
        given().auth().oauth2(Tokens.wrongAudience()).when().get(protectedPath()).then().statusCode(401);
    }
}
