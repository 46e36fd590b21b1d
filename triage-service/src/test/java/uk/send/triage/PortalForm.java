package uk.send.triage;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A portal page's forms as a browser holds them: the CSRF cookie the page set and the token in its hidden field. A
 * post from {@link #post(String)} carries both, as the clinician's browser would.
 */
public record PortalForm(String cookie, String token) {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    public static final String COOKIE = "portal-csrf";

    /** Opens the page as the bearer of the token and keeps its form's token. */
    public static PortalForm of(String bearer, String path, Object... pathParams) {
        ExtractableResponse<Response> page = given().auth().oauth2(bearer).get(path, pathParams).then()
                .statusCode(200).extract();
        Matcher matcher = TOKEN.matcher(page.asString());
        assertThat(matcher.find()).as("the page's form carries a CSRF token").isTrue();
        assertThat(page.cookie(COOKIE)).as("the page sets the CSRF cookie").isNotNull();
        return new PortalForm(page.cookie(COOKIE), matcher.group(1));
    }

    /** A form post from the page, with the page's cookie and token. */
    public RequestSpecification post(String bearer) {
        return given().auth().oauth2(bearer).redirects().follow(false).cookie(COOKIE, cookie).formParam("csrf", token);
    }
}
