package uk.send.testservers;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * What every service shows once started against the real servers: healthy, self-describing and measured on its
 * management interface (none of it on the public port), closed to callers without a valid token, and with a schema
 * whose records can be destroyed one by one without reading everything ever kept.
 */
public abstract class ServiceStartsContract {

    /** Any path under {@code /api} of the service. */
    protected abstract String protectedPath();

    /** The name of the service's own database. */
    protected abstract String database();

    @Test
    void indexesEveryForeignKey() {
        assertNull(new Database(database()).foreignKeysWithoutIndex(),
                "foreign keys without an index led by their columns");
    }

    @Test
    void reportsHealthyWithItsDatabaseAndBroker() {
        ManagementInterface.given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
    }

    @Test
    void describesItsApi() {
        ManagementInterface.given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).body("openapi", containsString("3."));
        ManagementInterface.given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void exposesMetrics() {
        ManagementInterface.given().when().get("/q/metrics")
                .then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void showsNoneOfItsWorkingsOnThePublicPort() {
        for (String path : new String[] {"/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui/"}) {
            given().when().get(path).then().statusCode(404);
        }
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
