package uk.send.referral.api;

import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import uk.send.problems.Problem;

/**
 * Keeps every request but a school's answer with files to 64 KB, by the length it declares: the server's own limit
 * must let three 10 MB files through, and no JSON body of this API needs more than a few kilobytes.
 */
public class BodyLimits {

    static final long MOST_JSON_BYTES = 64 * 1024;
    private static final Pattern ANSWER = Pattern.compile("/api/referrals/[^/]+/information");

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext request) {
        int declared = request.getLength();
        if (declared > MOST_JSON_BYTES && !ANSWER.matcher(request.getUriInfo().getPath()).matches()) {
            return Problem.of(413, "Content Too Large", "A request body may be at most 64 KB here").toResponse();
        }
        return null;
    }
}
