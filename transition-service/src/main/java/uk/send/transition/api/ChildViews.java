package uk.send.transition.api;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    static Map<String, Object> plan(Child child, Transition move, TransitionPlan plan) {
        List<String> missing = plan.missingFor(child, move);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("transition", plan.transition);
        view.put("on", move.on());
        view.put("statutory", move.statutory());
        view.put("reviewBy", move.statutory() ? move.review().reviewBy() : null);
        view.put("reviewDeadline", move.reviewDeadline());
        view.put("reviewHeldOn", plan.reviewHeldOn);
        view.put("amendedPlanIssuedOn", plan.amendedPlanIssuedOn);
        view.put("healthAdvice", plan.healthAdvice);
        view.put("socialCareAdvice", plan.socialCareAdvice);
        view.put("adulthoodOutcomes", plan.adulthoodOutcomes);
        view.put("receivingSetting", plan.receivingSetting == null ? "" : plan.receivingSetting);
        view.put("viewsRecorded", plan.viewsRecorded);
        view.put("missingItems", missing);
        view.put("complete", missing.isEmpty());
        return view;
    }
}
