package uk.send.transition.api;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import uk.send.problems.Problem;

/** Transition planning's refusals as problem details. */
public class TransitionProblems {

    @ServerExceptionMapper
    public Response notFound(ChildNotFound e) {
        return Problem.of(404, "Not Found", e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response alreadyKnown(ChildAlreadyKnown e) {
        return Problem.of(409, "Conflict", e.getMessage()).toResponse();
    }

    /** No such child. */
    public static class ChildNotFound extends RuntimeException {
        public ChildNotFound() {
            super("No such child");
        }
    }

    /** A child with the same NHS number or UPN is registered already. */
    public static class ChildAlreadyKnown extends RuntimeException {
        public ChildAlreadyKnown() {
            super("A child with this NHS number or UPN is already registered");
        }
    }
}
