package uk.send.triage.portal;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;

/**
 * Checks a portal form through the same request record, and so the same constraints, as the JSON API, and words each
 * broken constraint for the clinician: a missing answer gets the form's own prompt ("Select a priority"), a long one
 * the limit. Each error names the input it belongs to ({@code form-field}), so the error summary can link to it.
 */
@ApplicationScoped
public class FormChecks {

    private final Validator validator;

    FormChecks(Validator validator) {
        this.validator = validator;
    }

    /**
     * @param form    the form's name, the first part of each input's id; empty where the page has one form
     * @param request the request record read from the form
     * @param prompts what to ask for when a field is missing, by the record's field name
     */
    public List<PortalViews.FieldError> errors(String form, Record request, Map<String, String> prompts) {
        // Errors in the order of the form's fields, which is the order of the record's.
        List<String> order = Arrays.stream(request.getClass().getRecordComponents())
                .map(RecordComponent::getName).toList();
        return validator.validate(request).stream()
                .map(violation -> {
                    String field = fieldOf(violation.getPropertyPath());
                    return new PortalViews.FieldError(inputId(form, field), message(violation, prompts.get(field)));
                })
                .distinct()
                .sorted(Comparator.comparing(error -> order.indexOf(error.fieldId().substring(
                        inputId(form, "").length()))))
                .toList();
    }

    /** A page with one form names its inputs after the fields alone. */
    private static String inputId(String form, String field) {
        return form.isEmpty() ? field : form + "-" + field;
    }

    private static String fieldOf(Path path) {
        return path.iterator().next().getName();
    }

    private static String message(ConstraintViolation<?> violation, String prompt) {
        Object constraint = violation.getConstraintDescriptor().getAnnotation();
        if (constraint instanceof Size size && violation.getInvalidValue() != null) {
            return violation.getInvalidValue() instanceof Collection<?>
                    ? "Enter up to " + size.max() + ", one a line"
                    : "Use " + size.max() + " characters or fewer";
        }
        return prompt != null ? prompt : violation.getMessage();
    }
}
