package uk.send.referral.api;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.narayana.jta.QuarkusTransaction;
import uk.send.access.AccessRecords;
import uk.send.problems.Problem;
import uk.send.referral.Referral;
import uk.send.referral.ReferralNotFound;
import uk.send.referral.answers.AttachmentKind;
import uk.send.referral.answers.SchoolAnswers;
import uk.send.referral.answers.Upload;

/**
 * The school's answer to a clinician's question, and the files sent with it. The answer returns the referral to
 * triage in its original place; the clinicians read it (and open the files) in the portal; the family is told that the
 * school has answered.
 */
@Path("/api/referrals/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class SchoolAnswerResource {

    /** The most characters an answer may have, as any reason on the timeline. */
    static final int MOST_CHARACTERS = 4000;

    /** An answer without files. */
    public record AnswerRequest(@NotBlank @Size(max = MOST_CHARACTERS) String answer) {
    }

    private final SchoolAnswers answers;
    private final Caller caller;
    private final AccessRecords accessRecords;

    SchoolAnswerResource(SchoolAnswers answers, Caller caller, AccessRecords accessRecords) {
        this.answers = answers;
        this.caller = caller;
        this.accessRecords = accessRecords;
    }

    @POST
    @Path("/information")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.SENCO)
    @Operation(summary = "Answer the clinician's question: the referral returns to triage in its original place",
            description = "409 when no question is waiting for an answer. With files, send multipart/form-data.")
    public ReferralView answer(@PathParam("id") UUID id, @NotNull @Valid AnswerRequest request) {
        return answered(id, request.answer(), List.of());
    }

    @POST
    @Path("/information")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Caller.SENCO)
    @Operation(summary = "Answer the clinician's question with files (field 'answer', files 'attachment')",
            description = "PDF, PNG or JPEG by content, at most 10 MB each (413), three at most; any other kind 415. "
                    + "Nothing is stored unless everything is accepted.")
    public Response answerWithFiles(@PathParam("id") UUID id, @RestForm("answer") String answer,
            @RestForm("attachment") List<FileUpload> attachments) {
        if (answer == null || answer.isBlank() || answer.length() > MOST_CHARACTERS) {
            return Problem.badRequest(List.of(new Problem.Violation("answer", answer == null || answer.isBlank()
                    ? "must not be blank" : "must be at most " + MOST_CHARACTERS + " characters"))).toResponse();
        }
        List<FileUpload> files = attachments == null ? List.of() : attachments;
        if (files.size() > AttachmentKind.MOST_FILES) {
            return Problem.badRequest(List.of(new Problem.Violation("attachment",
                    "must be at most " + AttachmentKind.MOST_FILES + " files"))).toResponse();
        }
        return Response.ok(answered(id, answer.strip(), files.stream()
                .map(file -> new Upload(file.fileName(), file.uploadedFile(), file.size())).toList())).build();
    }

    @GET
    @Path("/attachments/{fileId}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Caller.SENCO, Caller.CLINICIAN, Caller.CASEWORKER})
    @Transactional
    @Operation(summary = "A file the school sent with an answer; 404 unless the caller may read the referral")
    public Response file(@PathParam("id") UUID id, @PathParam("fileId") UUID fileId) {
        Referral.<Referral>findByIdOptional(id).filter(caller::canRead).orElseThrow(ReferralNotFound::new);
        SchoolAnswers.StoredFile file = answers.file(id, fileId).orElseThrow(ReferralNotFound::new);
        accessRecords.referralShown(id, "attachment");
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"").build();
    }

    private ReferralView answered(UUID id, String answer, List<Upload> files) {
        // The view is read in the answer's own transaction: all of it is stored, or none.
        ReferralView view = QuarkusTransaction.requiringNew().call(() -> ReferralView.of(answers.answer(id,
                r -> caller.canRead(r) && caller.canAnswer(r), answer, files, caller.username()), caller.reader()));
        accessRecords.referralShown(id, "answer sent");
        return view;
    }
}
