package uk.send.triage.advice;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import uk.send.problems.Problem;

/** Health advice's refusals as problem details. */
public class AdviceProblems {

    @ServerExceptionMapper
    public Response notFound(AdviceRequestNotFound e) {
        return Problem.of(404, "Not Found", e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response alreadyReturned(HealthAdvice.AdviceAlreadyReturned e) {
        return Problem.of(409, "Conflict", e.getMessage()).toResponse();
    }

    /** No such request, or none for the caller's service. */
    public static class AdviceRequestNotFound extends RuntimeException {
        public AdviceRequestNotFound() {
            super("No such advice request for your service");
        }
    }
}
