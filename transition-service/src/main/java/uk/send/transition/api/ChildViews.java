package uk.send.transition.api;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import uk.send.contracts.TransitionType;
import uk.send.transition.Child;
import uk.send.transition.Setting;
import uk.send.transition.TransitionPlan;
import uk.send.transition.TransitionTimeline;
import uk.send.transition.calendar.Transition;
import uk.send.transition.calendar.TransitionCalendar;
import uk.send.transition.calendar.TransitionStatus;

/** What the children endpoints answer, field by field. */
public final class ChildViews {

    private ChildViews() {
    }

    /**
     * A child's record and transitions. Preparation for adulthood is offered from Year 7 and part of every review
     * from Year 9; {@code nextReviewIncludesAdulthood} says whether the next annual review must cover it.
     */
    public record Timeline(UUID childId, String name, LocalDate dateOfBirth, int yearGroupNow, Setting setting,
            String schoolUrn, boolean detailsConfirmed, boolean ehcPlan, LocalDate ehcPlanIssuedOn,
            LocalDate nextAnnualReview, Adulthood preparationForAdulthood, LocalDate ehcPlanMayContinueUntil,
            List<TransitionTimeline.Entry> transitions) {

        static Timeline of(Child child, LocalDate today, LocalDate nextReview,
                List<TransitionTimeline.Entry> transitions) {
            TransitionCalendar.Adulthood adulthood = TransitionCalendar.preparingForAdulthood(child.calendar());
            return new Timeline(child.id, child.name(), child.dateOfBirth, child.calendar().yearGroupOn(today),
                    child.setting, child.schoolUrn, child.detailsConfirmed, child.ehcPlan, child.ehcPlanIssuedOn,
                    nextReview, new Adulthood(adulthood.offeredFrom(), adulthood.inEveryReviewFrom(),
                            nextReview != null && adulthood.partOfReviewOn(nextReview)),
                    TransitionCalendar.planEnds(child.calendar()), transitions);
        }
    }

    public record Adulthood(LocalDate offeredFrom, LocalDate partOfEveryReviewFrom,
            boolean nextReviewIncludesAdulthood) {
    }

    /** A child learned from a referral, waiting for a case worker to confirm their details. */
    public record ToConfirm(UUID childId, String name, LocalDate dateOfBirth, String schoolUrn, LocalDate learnedOn) {

        static ToConfirm of(Child child) {
            return new ToConfirm(child.id, child.name(), child.dateOfBirth, child.schoolUrn,
                    child.createdAt.atZone(ZoneId.of("Europe/London")).toLocalDate());
        }
    }

    /** A transition whose review, deadline or move is within the window, or which is at risk or overdue. */
    public record Upcoming(UUID childId, String name, Setting setting, TransitionType transition, LocalDate on,
            LocalDate reviewBy, LocalDate reviewDeadline, TransitionStatus state, LocalDate nextDate) {

        static Upcoming of(Child child, TransitionTimeline.Entry entry, LocalDate next) {
            return new Upcoming(child.id, child.name(), child.setting, entry.transition(), entry.on(),
                    entry.reviewBy(), entry.reviewDeadline(), entry.state(), next);
        }
    }

    /** One setting's figures for the partnership. */
    public record SettingFigures(Setting setting, int due, int atRisk, int overdue,
            int movedWithIncompleteInformation) {
    }

    /** A transition's plan: the statutory review, what is in place and what is still missing. */
    public record Plan(TransitionType transition, LocalDate on, boolean statutory, LocalDate reviewBy,
            LocalDate reviewDeadline, LocalDate reviewHeldOn, LocalDate amendedPlanIssuedOn, boolean healthAdvice,
            boolean socialCareAdvice, boolean adulthoodOutcomes, String receivingSetting, boolean viewsRecorded,
            List<String> missingItems, boolean complete) {

        static Plan of(Child child, Transition move, TransitionPlan plan) {
            List<String> missing = plan.missingFor(child, move);
            return new Plan(plan.transition, move.on(), move.statutory(),
                    move.statutory() ? move.review().reviewBy() : null, move.reviewDeadline(), plan.reviewHeldOn,
                    plan.amendedPlanIssuedOn, plan.healthAdvice, plan.socialCareAdvice, plan.adulthoodOutcomes,
                    plan.receivingSetting == null ? "" : plan.receivingSetting, plan.viewsRecorded, missing,
                    missing.isEmpty());
        }
    }
}
