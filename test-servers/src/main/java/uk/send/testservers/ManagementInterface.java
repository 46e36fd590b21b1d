package uk.send.testservers;

import org.eclipse.microprofile.config.ConfigProvider;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** The service under test's management interface: health, metrics and the OpenAPI document, off the public port. */
public final class ManagementInterface {

    private ManagementInterface() {
    }

    /** A request to the management interface of the application the test started. */
    public static RequestSpecification given() {
        return RestAssured.given().port(port());
    }

    public static int port() {
        return ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
    }
}
