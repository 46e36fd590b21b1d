package uk.send.triage.portal;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Says in words why a portal form was refused when Quarkus' CSRF filter found no valid token (it answers a bare 400):
 * the page the form came from is too old or was not the portal's. The post changed nothing; it is a 403, as a post
 * the signed-in clinician did not make from the portal.
 */
public class FormExpired {

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 400 && !response.hasEntity() && "POST".equals(request.getMethod())
                && request.getUriInfo().getPath().startsWith("/portal")) {
            response.setStatus(403);
            response.getHeaders().putSingle("Content-Type", MediaType.TEXT_HTML + ";charset=UTF-8");
            response.setEntity("<!DOCTYPE html><html lang=\"en\"><title>This form has expired</title>"
                    + "<p>This form has expired, and nothing was changed. Go back, reload the page and try again.</p>"
                    + "</html>");
        }
    }
}
