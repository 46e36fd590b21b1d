package uk.send.problems;

import java.util.Arrays;
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


/**
 * Every error of the platform's APIs as {@code application/problem+json}: bad fields, unreadable bodies and what
 * JAX-RS refuses itself, and every service's domain refusals ({@link Refusal}). Messages describe the rule that was
 * broken and never echo the submitted value, which may be a child's personal data.
 */
public class ProblemResponses {

    /** Every service's domain refusals: not found, forbidden, conflict, unprocessable, bad fields. */
    @ServerExceptionMapper
    public Response domainRefusal(Refusal e) {
        return problem(e.problem());
    }

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
                ? "must be one of " + Arrays.toString(format.getTargetType().getEnumConstants())
                : "has the wrong type or format" + expected(e.getTargetType());
        return problem(Problem.badRequest(List.of(new Problem.Violation(jsonPath(e), message))));
    }

    @ServerExceptionMapper
    public Response malformed(JsonParseException e) {
        return notWellFormed();
    }

    private static Response notWellFormed() {
        return problem(Problem.badRequest(List.of(new Problem.Violation("body", "is not well-formed JSON"))));
    }

    /** Everything JAX-RS refuses itself (unknown path, wrong method or media type, unreadable body) as a problem. */
    @ServerExceptionMapper
    public Response refused(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadable instanceof MismatchedInputException mismatch ? wrongType(mismatch)
                    : notWellFormed();
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        return problem(Problem.of(status.getStatusCode(), status.getReasonPhrase(), null));
    }

    private static Response problem(Problem problem) {
        return problem.toResponse();
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
        return parameter == null ? "body" : clientName(parameter);
    }

    /** How a client names a request parameter: the body, or the header a parameter is read from. */
    private static String clientName(String parameter) {
        return switch (parameter) {
            case "idempotencyKey" -> "Idempotency-Key";
            case "request", "body" -> "body";
            default -> parameter;
        };
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
