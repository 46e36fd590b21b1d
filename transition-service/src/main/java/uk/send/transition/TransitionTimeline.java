package uk.send.transition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import uk.send.contracts.TransitionType;
import uk.send.transition.calendar.Transition;
import uk.send.transition.calendar.TransitionCalendar;

/** A child's transitions with their plans, and where each stands today. */
@ApplicationScoped
public class TransitionTimeline {

    public enum State {
        UPCOMING,
        DUE,
        OVERDUE,
        COMPLETE,
        PAST
    }

    /** One transition as the case worker sees it. */
    public record Entry(TransitionType transition, LocalDate on, LocalDate reviewDeadline, State state,
            List<String> missingItems) {
    }

    /** Due means within this many months; the statutory deadlines make six a sensible window. */
    private static final int DUE_WITHIN_MONTHS = 6;

    public List<Entry> of(Child child, LocalDate today) {
        List<Entry> entries = new ArrayList<>();
        for (Transition transition : TransitionCalendar.transitions(child.calendar(), child.separateJuniorSchool)) {
            TransitionPlan plan = plan(child.id, transition.type());
            List<String> missing = plan.missingFor(child);
            entries.add(new Entry(transition.type(), transition.on(), transition.reviewDeadline(),
                    state(transition, missing, today), missing));
        }
        return entries;
    }

    public static TransitionPlan plan(UUID childId, TransitionType type) {
        TransitionPlan plan = TransitionPlan.findById(new TransitionPlan.Key(childId, type));
        return plan != null ? plan : TransitionPlan.empty(childId, type);
    }

    static State state(Transition transition, List<String> missing, LocalDate today) {
        if (missing.isEmpty()) {
            return State.COMPLETE;
        }
        if (transition.on().isBefore(today)) {
            return State.PAST;
        }
        if (transition.reviewDeadline() != null && transition.reviewDeadline().isBefore(today)) {
            return State.OVERDUE;
        }
        return transition.on().isBefore(today.plusMonths(DUE_WITHIN_MONTHS).plusDays(1)) ? State.DUE
                : State.UPCOMING;
    }
}
