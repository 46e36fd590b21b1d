package uk.send.referral.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** What the family's forms answer when their form token no longer matches the session. */
final class FamilyForms {

    private FamilyForms() {
    }

    static Response expired() {
        return Response.status(403).type(MediaType.TEXT_PLAIN)
                .entity("This form has expired. Go back, reload the page and try again.").build();
    }
}
