package uk.send.referral.api;

import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import uk.send.referral.IdempotencyKeyReused;
import uk.send.referral.IllegalTransition;
import uk.send.referral.ReferralNotFound;

/**
 * Every error as {@code application/problem+json}. Messages describe the rule that was broken and never echo the
 * submitted value, which may be a child's personal data.
 */
public class ProblemResponses {

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(field(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return problem(Problem.badRequest(violations));
    }

    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e) {
        String message = e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()
                ? "must be one of " + java.util.Arrays.toString(format.getTargetType().getEnumConstants())
                : "has the wrong type or format" + expected(e.getTargetType());
        return problem(Problem.badRequest(List.of(new Problem.Violation(jsonPath(e), message))));
    }

    @ServerExceptionMapper
    public Response malformed(JsonParseException e) {
        return problem(Problem.badRequest(List.of(new Problem.Violation("body", "is not well-formed JSON"))));
    }

    /** Everything JAX-RS refuses itself (unknown path, wrong method or media type, unreadable body) as a problem. */
    @ServerExceptionMapper
    public Response refused(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadable instanceof MismatchedInputException mismatch ? wrongType(mismatch)
                    : malformed(null);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        return problem(Problem.of(status.getStatusCode(), status.getReasonPhrase(), null));
    }

    @ServerExceptionMapper
    public Response notFound(ReferralNotFound e) {
        return problem(Problem.of(404, "Not Found", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response conflict(IllegalTransition e) {
        return problem(Problem.of(409, "Conflict", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response keyReused(IdempotencyKeyReused e) {
        return problem(Problem.of(422, "Unprocessable Content", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response notYourSchool(NotYourSchool e) {
        return problem(Problem.of(403, "Forbidden", e.getMessage()));
    }

    static Response problem(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "";
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> ": expected a date as YYYY-MM-DD";
            case "Instant" -> ": expected a date and time as 2026-01-31T09:30:00Z";
            case "Boolean", "boolean" -> ": expected true or false";
            case "Integer", "int" -> ": expected a whole number";
            case "String" -> ": expected text";
            default -> type.isRecord() ? ": expected an object" : "";
        };
    }

    /** The request field a constraint applies to, as a client names it: {@code familyContacts[0].email}. */
    private static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        if (!field.isEmpty()) {
            return field.toString();
        }
        return parameter == null ? "body" : ReferralResource.clientName(parameter);
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
