package uk.send.transition.scan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import uk.send.contracts.ClinicalService;
import uk.send.contracts.RecipientType;
import uk.send.contracts.transition.TransitionAdultHandoverDue;
import uk.send.contracts.transition.TransitionAdultHandoverPlanned;
import uk.send.contracts.transition.TransitionDue;
import uk.send.contracts.transition.TransitionInformationIncomplete;
import uk.send.identifiers.England;
import uk.send.outbox.Outbox;
import uk.send.transition.Child;
import uk.send.transition.ChildReferral;
import uk.send.transition.TransitionConfig;
import uk.send.transition.TransitionTimeline;
import uk.send.transition.calendar.PhaseTransferReview;
import uk.send.transition.calendar.Transition;
import uk.send.transition.ehc.EhcReminders;
import uk.send.transition.handover.AdultHandovers;
import uk.send.transition.handover.ChildrensServiceEnd;

/**
 * The daily scan. For each child it raises, once each:
 * <ul>
 * <li>{@code transition.due}: before a phase transfer of a child with an EHC plan, the statutory review's reminders
 * ({@link PhaseTransferReview#reminders()}), each only while the date it warns about is still ahead; before any
 * other transition, at each configured lead time;</li>
 * <li>{@code transition.information-incomplete} when a plan is still incomplete as the review is due to be held (or,
 * without a review, the configured weeks before the move);</li>
 * <li>{@code transition.adult-handover-planned} for each open referral to a children's service within the planning
 * window before it ends, and {@code transition.adult-handover-due} when it ends, where an adult service takes
 * over.</li>
 * <li>the EHC plan process's reminders ({@link EhcReminders}).</li>
 * </ul>
 * "Once" holds across restarts and across instances scanning at the same time: each event's key is inserted in
 * {@code transition_notice} in the same transaction as its outbox row, and a key already there raises nothing.
 */
@ApplicationScoped
public class TransitionScan {

    private static final int PAGE = 200;
    private static final List<RecipientType> EVERYONE = List.of(RecipientType.FAMILY, RecipientType.SCHOOL,
            RecipientType.CASEWORKER);

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final TransitionConfig config;
    private final AdultHandovers handovers;
    private final ScanRuns runs;
    private final EhcReminders ehcReminders;

    TransitionScan(EntityManager entityManager, Outbox outbox, TransitionConfig config, AdultHandovers handovers,
            ScanRuns runs, EhcReminders ehcReminders) {
        this.ehcReminders = ehcReminders;
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.config = config;
        this.handovers = handovers;
        this.runs = runs;
    }

    @Scheduled(cron = "${transition.scan-cron:0 0 6 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        scan(England.today());
    }

    /** Today's scan, unless one has finished today already: for a start-up after the daily scan was missed. */
    public int catchUp() {
        LocalDate today = England.today();
        return runs.finishedOn(today) ? 0 : scan(today);
    }

    /**
     * Scans one child in the caller's transaction: a child just registered, corrected or learned from a referral
     * has what is already due raised now, not at the next daily scan.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int scanChild(UUID childId) {
        return scanChild(childId, England.today());
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
        runs.finished(today, raised);
        return raised;
    }

    private int scanChild(UUID childId, LocalDate today) {
        Child child = Child.findById(childId);
        List<ChildReferral> referrals = ChildReferral.list("childId", childId);
        List<UUID> referralIds = referrals.stream().map(r -> r.referralId).toList();
        int raised = 0;
        for (Transition move : child.transitions()) {
            if (!move.on().isAfter(today)) {
                continue;
            }
            raised += reminders(child, move, referralIds, today);
            List<String> missing = TransitionTimeline.plan(childId, move.type()).missingFor(child, move);
            if (!missing.isEmpty() && !today.isBefore(informationNeededBy(move))
                    && firstTime(child, "incomplete:" + move.type())) {
                outbox.add(childId.toString(), new TransitionInformationIncomplete(childId, move.type(),
                        move.on(), missing, settingOf(child), child.schoolUrn, referralIds,
                        List.of(RecipientType.CASEWORKER, RecipientType.SCHOOL)));
                raised++;
            }
        }
        for (ChildReferral referral : referrals) {
            if (referral.open) {
                raised += handover(child, referral, today);
            }
        }
        raised += ehcReminders.raise(child, referralIds, today, event -> firstTime(child, event));
        return raised;
    }

    private int reminders(Child child, Transition move, List<UUID> referralIds, LocalDate today) {
        int raised = 0;
        if (move.statutory()) {
            PhaseTransferReview review = move.review();
            for (PhaseTransferReview.Reminder reminder : review.reminders()) {
                // A reminder whose date has passed is still sent while what it warns about is ahead, never after.
                if (!today.isBefore(reminder.from()) && today.isBefore(reminder.warnsAbout())
                        && firstTime(child, "review:" + move.type() + ":" + reminder.kind())) {
                    int monthsAhead = (int) Period.between(today, move.on()).toTotalMonths();
                    outbox.add(child.id.toString(), new TransitionDue(child.id, move.type(), move.on(),
                            review.amendedPlanBy(), review.reviewBy(), monthsAhead, settingOf(child),
                            child.schoolUrn, referralIds, EVERYONE));
                    raised++;
                }
            }
            return raised;
        }
        for (int months : config.leadTimesMonths()) {
            if (!today.isBefore(move.on().minusMonths(months))
                    && firstTime(child, "due:" + move.type() + ":" + months)) {
                outbox.add(child.id.toString(), new TransitionDue(child.id, move.type(), move.on(), null, null,
                        months, settingOf(child), child.schoolUrn, referralIds, EVERYONE));
                raised++;
            }
        }
        return raised;
    }

    /** When a transition's information must be in place: for the review where there is one, else weeks ahead. */
    private LocalDate informationNeededBy(Transition move) {
        return move.statutory() ? move.review().reminders().get(1).from()
                : move.on().minusWeeks(config.incompleteWarningWeeks());
    }

    private int handover(Child child, ChildReferral referral, LocalDate today) {
        Optional<ChildrensServiceEnd> end = handovers.of(referral.service);
        if (end.isEmpty()) {
            return 0;
        }
        LocalDate transferOn = end.get().transferOn(child.calendar());
        Optional<ClinicalService> adult = end.get().adultService();
        int raised = 0;
        if (!today.isBefore(end.get().planningFrom(child.calendar(), handovers.planningMonths()))
                && firstTime(child, "adult-handover-planned:" + referral.referralId)) {
            List<RecipientType> told = adult.isPresent() ? List.of(RecipientType.CASEWORKER, RecipientType.FAMILY)
                    : List.of(RecipientType.CASEWORKER);
            outbox.add(child.id.toString(), new TransitionAdultHandoverPlanned(child.id, referral.referralId,
                    referral.service, adult.orElse(null), transferOn, told));
            raised++;
        }
        if (adult.isPresent() && !today.isBefore(transferOn)
                && firstTime(child, "adult-handover:" + referral.referralId)) {
            outbox.add(child.id.toString(), new TransitionAdultHandoverDue(child.id, referral.referralId,
                    referral.service, adult.get(), transferOn));
            raised++;
        }
        return raised;
    }

    private static String settingOf(Child child) {
        return child.setting == null ? null : child.setting.name();
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
