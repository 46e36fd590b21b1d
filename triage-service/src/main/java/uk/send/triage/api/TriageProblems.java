package uk.send.triage.api;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import uk.send.problems.Problem;
import uk.send.triage.CaseNotFound;
import uk.send.triage.DecisionNotAllowed;

/** Triage's refusals as problem details. */
public class TriageProblems {

    @ServerExceptionMapper
    public Response notFound(CaseNotFound e) {
        return Problem.of(404, "Not Found", e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response notAllowed(DecisionNotAllowed e) {
        return Problem.of(409, "Conflict", e.getMessage()).toResponse();
    }
}
