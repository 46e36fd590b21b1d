package uk.send.notification.messaging;

import uk.send.contracts.ClinicalService;
import uk.send.contracts.ehc.EhcLimit;
import uk.send.contracts.ehc.EhcStep;

/** The EHC plan process's limits as a case worker's reminder names them. */
final class EhcWords {

    private EhcWords() {
    }

    static String step(EhcStep step) {
        return switch (step) {
            case REQUESTED -> "the request for an EHC needs assessment was received";
            case ASSESSING -> "the SEND team decided to carry out the assessment";
            case NOT_ASSESSING -> "the SEND team decided not to carry out the assessment (the family may appeal)";
            case NO_PLAN -> "the SEND team decided, after the assessment, not to issue a plan (the family may appeal)";
            case DRAFT_SENT -> "the draft plan was sent (the family has 15 days to comment and name a school)";
            case FINAL_ISSUED -> "the final EHC plan was issued (the family may appeal)";
        };
    }

    static String limit(EhcLimit limit, ClinicalService service) {
        return switch (limit) {
            case DECISION_TO_ASSESS -> "the decision whether to assess, and its letter to the family (6 weeks)";
            case ADVICE -> (service == null ? "advice" : "health advice from " + service.inPlainWords())
                    + " for the assessment (6 weeks from the request for it)";
            case NO_PLAN_NOTICE -> "the draft plan, or the notice that no plan will be issued (16 weeks)";
            case FINAL_PLAN -> "the final EHC plan (20 weeks)";
            case ANNUAL_REVIEW -> "the annual review of the EHC plan (12 months)";
            case REVIEW_DECISION -> "the decision after the annual review: maintain, amend or cease (4 weeks)";
            case AMENDED_PLAN -> "the amended EHC plan after the review (8 weeks from the decision to amend)";
        };
    }
}
