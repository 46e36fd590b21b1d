package uk.send.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.core.Response;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** Every refusal answers as a problem detail that names each bad field as the client wrote it, and echoes nothing. */
class ProblemResponsesTest {

    private static final ValidatorFactory VALIDATION = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final ProblemResponses RESPONSES = new ProblemResponses();

    enum Priority { ROUTINE, URGENT }

    record Contact(@Email String email) {
    }

    record Referral(@NotBlank String reason, List<@Valid Contact> familyContacts) {
    }

    record Dated(LocalDate on, Priority priority) {
    }

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    private static Problem problem(Response response) {
        assertThat(response.getMediaType()).hasToString(Problem.MEDIA_TYPE);
        return (Problem) response.getEntity();
    }

    @Test
    void eachBrokenConstraintNamesItsFieldAsTheClientWroteItInOrder() {
        Referral referral = new Referral(" ", List.of(new Contact("grace@example.org"), new Contact("not-an-address")));
        ConstraintViolationException invalid = new ConstraintViolationException(
                VALIDATION.getValidator().validate(referral));

        Problem problem = problem(RESPONSES.invalid(invalid));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.violations()).extracting(Problem.Violation::field)
                .containsExactly("familyContacts[1].email", "reason");
        assertThat(problem.violations()).extracting(Problem.Violation::message).doesNotContain("not-an-address");
    }

    @Test
    void aValueOfTheWrongKindSaysWhatWasExpectedWithoutEchoingIt() throws Exception {
        MismatchedInputException date = catchThrowableOfType(MismatchedInputException.class,
                () -> JSON.readValue("{\"on\": \"31/01/2027\"}", Dated.class));
        assertThat(problem(RESPONSES.wrongType(date)).violations()).containsExactly(
                new Problem.Violation("on", "has the wrong type or format: expected a date as YYYY-MM-DD"));

        MismatchedInputException choice = catchThrowableOfType(MismatchedInputException.class,
                () -> JSON.readValue("{\"priority\": \"SOONISH\"}", Dated.class));
        assertThat(problem(RESPONSES.wrongType(choice)).violations()).containsExactly(
                new Problem.Violation("priority", "must be one of [ROUTINE, URGENT]"));
    }

    @Test
    void aDomainRefusalKeepsItsKindAndItsReason() {
        assertThat(problem(RESPONSES.domainRefusal(new Refusal.NotFound("No such referral"))))
                .isEqualTo(Problem.of(404, "Not Found", "No such referral"));
        assertThat(problem(RESPONSES.domainRefusal(new Refusal.Conflict("Already closed"))).status()).isEqualTo(409);
        assertThat(problem(RESPONSES.domainRefusal(new Refusal.Forbidden("Not your school"))).status())
                .isEqualTo(403);
        assertThat(problem(RESPONSES.domainRefusal(new Refusal.Unprocessable("Key reused"))).status())
                .isEqualTo(422);
        assertThat(problem(RESPONSES.domainRefusal(new Refusal.BadFields("reviewHeldOn", "is before the plan"))))
                .isEqualTo(Problem.badRequest(List.of(new Problem.Violation("reviewHeldOn", "is before the plan"))));
    }
}
