package uk.send.access;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a person lands after signing out: the service's session and the identity provider's have both ended (the
 * OIDC tenant's logout path sends them through Keycloak's end-session endpoint first), so a shared computer does not
 * show the next person a child's record.
 */
@Path("/signed-out")
@PermitAll
public class SignedOutPage {

    private final String signInAgainPath;

    SignedOutPage(@ConfigProperty(name = "access.sign-in-again-path", defaultValue = "/") String signInAgainPath) {
        this.signInAgainPath = signInAgainPath;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String page() {
        return """
                <!DOCTYPE html>
                <html lang="en" class="govuk-template">
                <head>
                  <meta charset="utf-8">
                  <title>You have signed out - SEND support</title>
                  <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
                  <link rel="stylesheet" href="/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css">
                </head>
                <body class="govuk-template__body">
                  <div class="govuk-width-container">
                    <main class="govuk-main-wrapper" id="main-content">
                      <h1 class="govuk-heading-l">You have signed out</h1>
                      <p class="govuk-body">You can close this window. If someone else uses this computer, they cannot
                        see what you were looking at.</p>
                      <p class="govuk-body"><a class="govuk-link" href="%s" id="sign-in-again">Sign in again</a></p>
                    </main>
                  </div>
                </body>
                </html>
                """.formatted(signInAgainPath.startsWith("/") ? signInAgainPath : "/");
    }
}
