package uk.send.transition.ehc;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import uk.send.problems.Problem;

/** The EHC plan process's refusals as problem details, naming the field or the state. */
public class EhcProblems {

    @ServerExceptionMapper
    public Response outOfOrder(EhcRefusal.DateOutOfOrder e) {
        return Problem.badRequest(List.of(new Problem.Violation(e.field(), e.getMessage()))).toResponse();
    }

    @ServerExceptionMapper
    public Response invalid(EhcRefusal.Invalid e) {
        return Problem.badRequest(List.of(new Problem.Violation(e.field(), e.getMessage()))).toResponse();
    }

    @ServerExceptionMapper
    public Response notNow(EhcRefusal.NotNow e) {
        return Problem.of(409, "Conflict", e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response notFound(EhcRefusal.NotFound e) {
        return Problem.of(404, "Not Found", e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response notYourSchool(EhcRefusal.NotYourSchool e) {
        return Problem.of(403, "Forbidden", e.getMessage()).toResponse();
    }
}
