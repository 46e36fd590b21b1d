package uk.send.transition.ehc;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import uk.send.contracts.ehc.EhcLimit;

/**
 * The statutory time limits of an EHC needs assessment, all counted in calendar weeks from the day the local
 * authority received the request (Special Educational Needs and Disability Regulations 2014; SEND Code of Practice
 * 0 to 25, 9.39 to 9.42). School holidays do not stop the clock: where a holiday makes a limit impractical, the
 * regulations let it pass as an exception, recorded with its reason ({@link ExceptionReason}), never silently.
 *
 * @param requestedOn the day the request for an EHC needs assessment was received
 */
public record AssessmentClock(LocalDate requestedOn) {

    /** The decision whether to assess, and its notice to the family: within 6 weeks (reg. 5(1)). */
    public static final int DECISION_WEEKS = 6;
    /** Advice asked of a person or body during the assessment: within 6 weeks of their request (reg. 8(1)). */
    public static final int ADVICE_WEEKS = 6;
    /** The notice that no plan will be issued after an assessment: within 16 weeks (reg. 10(1)). */
    public static final int NO_PLAN_NOTICE_WEEKS = 16;
    /** The final EHC plan: within 20 weeks (reg. 13(2)). */
    public static final int FINAL_PLAN_WEEKS = 20;
    /** The family's time to comment on a draft plan and ask for a school: at least 15 days (reg. 13(1)(a)). */
    public static final int COMMENT_DAYS = 15;

    public LocalDate decisionDue() {
        return requestedOn.plusWeeks(DECISION_WEEKS);
    }

    public LocalDate noPlanNoticeDue() {
        return requestedOn.plusWeeks(NO_PLAN_NOTICE_WEEKS);
    }

    public LocalDate finalPlanDue() {
        return requestedOn.plusWeeks(FINAL_PLAN_WEEKS);
    }

    /** The day a limit of the assessment itself falls; advice has its own, from each request ({@link #adviceDue}). */
    public LocalDate due(EhcLimit limit) {
        return switch (limit) {
            case DECISION_TO_ASSESS -> decisionDue();
            case NO_PLAN_NOTICE -> noPlanNoticeDue();
            case FINAL_PLAN -> finalPlanDue();
            default -> throw new IllegalArgumentException(limit + " is not a limit counted from the request");
        };
    }

    /** Advice requested on a day is due 6 weeks later (reg. 8(1)). */
    public static LocalDate adviceDue(LocalDate adviceRequestedOn) {
        return adviceRequestedOn.plusWeeks(ADVICE_WEEKS);
    }

    /**
     * The last of the family's 15 days to comment on a draft plan: the 15 days begin with the day the draft was sent
     * (reg. 13(1)(a)), so the last is 14 days after it.
     */
    public static LocalDate commentsBy(LocalDate draftSentOn) {
        return draftSentOn.plusDays(COMMENT_DAYS - 1);
    }

    /**
     * The week of the process a day falls in, as people count it: the day of the request and the seven after it are
     * week 1, and a final plan on the last day allowed is issued in week 20.
     */
    public int weekOf(LocalDate day) {
        long days = ChronoUnit.DAYS.between(requestedOn, day);
        return (int) Math.max(1, Math.floorDiv(days - 1, 7) + 1);
    }
}
