package uk.send.referral.api;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import uk.send.problems.Problem;
import uk.send.referral.IdempotencyKeyReused;
import uk.send.referral.IllegalTransition;
import uk.send.referral.ReferralNotFound;
import uk.send.referral.answers.AttachmentRefused;
import uk.send.referral.family.InvitationRefused;

/** The referral lifecycle's refusals as problem details. */
public class ReferralProblems {

    @ServerExceptionMapper
    public Response notFound(ReferralNotFound e) {
        return Problem.of(404, "Not Found", e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response refusedFile(AttachmentRefused e) {
        return Problem.of(e.status(), e.status() == 413 ? "Content Too Large" : "Unsupported Media Type",
                e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response conflict(IllegalTransition e) {
        return Problem.of(409, "Conflict", e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response keyReused(IdempotencyKeyReused e) {
        return Problem.of(422, "Unprocessable Content", e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response invitationRefused(InvitationRefused e) {
        return Problem.of(403, "Forbidden", e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response emailNotVerified(EmailNotVerified e) {
        return Problem.of(403, "Forbidden", e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response notYourSchool(NotYourSchool e) {
        return Problem.of(403, "Forbidden", e.getMessage()).toResponse();
    }
}
