package uk.send.transition.api;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import uk.send.contracts.TransitionType;
import uk.send.problems.Problem;
import uk.send.transition.children.InvalidCorrection;

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

    @ServerExceptionMapper
    public Response invalid(InvalidCorrection e) {
        return Problem.badRequest(e.violations()).toResponse();
    }

    @ServerExceptionMapper
    public Response noSuchTransition(NoSuchTransition e) {
        return Problem.of(404, "Not Found", e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response noReview(NoStatutoryReview e) {
        return Problem.badRequest(List.of(new Problem.Violation("reviewHeldOn", e.getMessage()))).toResponse();
    }

    /** The child has no such transition (a junior school move in a three-tier area, say). */
    public static class NoSuchTransition extends RuntimeException {
        public NoSuchTransition(TransitionType type) {
            super("The child has no " + type + " transition");
        }
    }

    /** A review date sent for a transition with no statutory review. */
    public static class NoStatutoryReview extends RuntimeException {
        public NoStatutoryReview(TransitionType type) {
            super("has no statutory review for " + type
                    + ": only a phase transfer of a child with an EHC plan has one");
        }
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
