package uk.send.transition.scan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import uk.send.contracts.RecipientType;
import uk.send.contracts.transition.TransitionAdultHandoverDue;
import uk.send.contracts.transition.TransitionDue;
import uk.send.contracts.transition.TransitionInformationIncomplete;
import uk.send.outbox.Outbox;
import uk.send.transition.Child;
import uk.send.transition.ChildReferral;
import uk.send.transition.TransitionConfig;
import uk.send.transition.TransitionTimeline;
import uk.send.transition.calendar.Transition;
import uk.send.transition.calendar.TransitionCalendar;

/**
 * The daily scan. For each child it raises, once each: {@code transition.due} at every lead time before a transition,
 * {@code transition.information-incomplete} when a transition is near and its plan is not complete, and
 * {@code transition.adult-handover-due} for each open children's-only referral six months before the 18th birthday.
 * "Once" holds across restarts and across instances scanning at the same time: each event's key is inserted in
 * {@code transition_notice} in the same transaction as its outbox row, and a key already there raises nothing.
 */
@ApplicationScoped
public class TransitionScan {

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");
    private static final int PAGE = 200;

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final TransitionConfig config;

    TransitionScan(EntityManager entityManager, Outbox outbox, TransitionConfig config) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.config = config;
    }

    @Scheduled(cron = "${transition.scan-cron:0 0 6 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        scan(LocalDate.now(ENGLAND));
    }

    /**
     * Scans a child just registered, in the registration's transaction: a transition already within its lead time
     * is raised now, not at the next daily scan.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int scanNewChild(UUID childId) {
        return scanChild(childId, LocalDate.now(ENGLAND));
    }

    /** Scans every child as of a day; returns how many events it raised. */
    public int scan(LocalDate today) {
        int raised = 0;
        List<UUID> page;
        // PostgreSQL orders uuids as unsigned bytes: the nil uuid comes first.
        UUID after = new UUID(0, 0);
        do {
            UUID from = after;
            page = QuarkusTransaction.requiringNew().call(() -> entityManager
                    .createQuery("SELECT c.id FROM Child c WHERE c.id > :after ORDER BY c.id", UUID.class)
                    .setParameter("after", from).setMaxResults(PAGE).getResultList());
            for (UUID childId : page) {
                raised += QuarkusTransaction.requiringNew().call(() -> scanChild(childId, today));
                after = childId;
            }
        } while (page.size() == PAGE);
        return raised;
    }

    private int scanChild(UUID childId, LocalDate today) {
        Child child = Child.findById(childId);
        List<ChildReferral> referrals = ChildReferral.list("childId", childId);
        List<UUID> referralIds = referrals.stream().map(r -> r.referralId).toList();
        int raised = 0;
        for (Transition transition : TransitionCalendar.transitions(child.calendar(), child.separateJuniorSchool)) {
            if (!transition.on().isAfter(today)) {
                continue;
            }
            for (int months : config.leadTimesMonths()) {
                if (!today.isBefore(transition.on().minusMonths(months))
                        && firstTime(child, "due:" + transition.type() + ":" + months)) {
                    outbox.add(childId.toString(), new TransitionDue(childId, transition.type(), transition.on(),
                            transition.reviewDeadline(), months, child.schoolUrn, referralIds,
                            List.of(RecipientType.FAMILY, RecipientType.SCHOOL, RecipientType.CASEWORKER)));
                    raised++;
                }
            }
            List<String> missing = TransitionTimeline.plan(childId, transition.type()).missingFor(child);
            if (!missing.isEmpty() && !today.isBefore(transition.on().minusWeeks(config.incompleteWarningWeeks()))
                    && firstTime(child, "incomplete:" + transition.type())) {
                outbox.add(childId.toString(), new TransitionInformationIncomplete(childId, transition.type(),
                        transition.on(), missing, child.schoolUrn, referralIds,
                        List.of(RecipientType.CASEWORKER, RecipientType.SCHOOL)));
                raised++;
            }
        }
        LocalDate eighteenth = child.calendar().birthday(18);
        if (today.isBefore(eighteenth) && !today.isBefore(eighteenth.minusMonths(config.adultHandoverMonths()))) {
            for (ChildReferral referral : referrals) {
                if (referral.open && referral.service.endsAtEighteen()
                        && firstTime(child, "adult-handover:" + referral.referralId)) {
                    outbox.add(childId.toString(), new TransitionAdultHandoverDue(childId, referral.referralId,
                            referral.service, eighteenth,
                            List.of(RecipientType.FAMILY, RecipientType.SCHOOL, RecipientType.CASEWORKER)));
                    raised++;
                }
            }
        }
        return raised;
    }

    /** Records that this event is raised for the child; false if it already was, by this scan or another. */
    private boolean firstTime(Child child, String event) {
        return entityManager.createNativeQuery("""
                INSERT INTO transition_notice (notice_key, child_id, raised_at) VALUES (:key, :child, :at)
                ON CONFLICT (notice_key) DO NOTHING""")
                .setParameter("key", child.id + ":" + event)
                .setParameter("child", child.id)
                .setParameter("at", Instant.now())
                .executeUpdate() == 1;
    }
}
