package uk.send.triage.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import uk.send.contracts.Priority;
import uk.send.triage.api.DecisionRequests;

/** The portal's forms are checked by the API's request records and worded for the clinician. */
class DecisionFormTest {

    private static final ValidatorFactory VALIDATION = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    private static final FormChecks CHECKS = new FormChecks(VALIDATION.getValidator());

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    private static List<PortalViews.FieldError> errors(String action, Map<String, String> values) {
        DecisionForm form = DecisionForm.read(action, values);
        return CHECKS.errors(action, form.request(), form.prompts());
    }

    @Test
    void aBlankDeclineAsksForEachFieldInTheFormsOrder() {
        assertThat(errors("decline", Map.of("reason", " ", "signposting", "\n \n"))).containsExactly(
                new PortalViews.FieldError("decline-reason", "Enter why the referral is declined"),
                new PortalViews.FieldError("decline-signposting",
                        "Enter at least one place where the family can get help instead"));
    }

    @Test
    void aChoiceTheFormDidNotOfferIsNoChoice() {
        assertThat(errors("accept", Map.of("priority", "SOONISH"))).containsExactly(
                new PortalViews.FieldError("accept-priority", "Select a priority"));
        assertThat(errors("close", Map.of("outcome", "DECLINED", "summary", "Seen twice."))).containsExactly(
                new PortalViews.FieldError("close-outcome", "Select completed or discharged"));
    }

    @Test
    void textOverTheApisLimitIsWordedAsTheLimit() {
        String tooLong = "a".repeat(DecisionRequests.MAX_TEXT + 1);
        assertThat(errors("request-information", Map.of("question", tooLong))).containsExactly(
                new PortalViews.FieldError("request-information-question", "Use 4000 characters or fewer"));
        String elevenPlaces = String.join("\n", java.util.Collections.nCopies(11, "Local offer"));
        assertThat(errors("decline", Map.of("reason", "Not for us", "signposting", elevenPlaces))).containsExactly(
                new PortalViews.FieldError("decline-signposting", "Enter up to 10, one a line"));
    }

    @Test
    void aGoodFormIsTheDecisionTheApiWouldMake() {
        DecisionForm form = DecisionForm.read("decline",
                Map.of("reason", " Not for us ", "signposting", "Local offer\r\n\nSchool nurse "));
        assertThat(CHECKS.errors("decline", form.request(), form.prompts())).isEmpty();
        assertThat(form.decision()).isEqualTo(
                new DecisionRequests.Decline("Not for us", List.of("Local offer", "School nurse")));
        assertThat(DecisionForm.read("accept", Map.of("priority", "URGENT")).decision())
                .isEqualTo(new DecisionRequests.Accept(Priority.URGENT));
        assertThat(errors("start", Map.of())).isEmpty();
    }
}
