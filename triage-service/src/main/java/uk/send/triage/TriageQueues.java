package uk.send.triage;

import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import uk.send.contracts.ClinicalService;
import uk.send.triage.api.QueueView;
import uk.send.triage.waiting.WaitingList;
import uk.send.triage.waiting.WaitingListEstimator;

/**
 * Reads one page of a service's triage queue and waiting list, with each child's place and estimated wait. The
 * database returns each page in {@link TriageQueue}'s order straight from an index on the open cases, so a page
 * costs the same however many referrals a region has accumulated.
 */
@ApplicationScoped
public class TriageQueues {

    /** {@link TriageQueue#TRIAGE_ORDER} in SQL; the index triage_case_awaiting is in this order. */
    private static final String AWAITING = """
            FROM triage_case WHERE service = :service AND stage IN ('TRIAGE', 'INFORMATION_REQUESTED')""";
    private static final String AWAITING_ORDER = """
             ORDER BY safeguarding_concern DESC, complex_health_needs DESC, received_at, referral_id""";
    /** {@link TriageQueue#WAITING_ORDER} in SQL; the index triage_case_waiting is in this order. */
    private static final String WAITING = "FROM triage_case WHERE service = :service AND stage = 'WAITING'";
    private static final String WAITING_ORDER =
            " ORDER BY " + TriageQueue.WAITING_RANK_SQL + ", received_at, referral_id";

    private final WaitingList waitingList;
    private final EntityManager entityManager;

    TriageQueues(WaitingList waitingList, EntityManager entityManager) {
        this.waitingList = waitingList;
        this.entityManager = entityManager;
    }

    @Transactional
    public QueueView of(ClinicalService service, int page, int size) {
        Instant now = Instant.now();
        int offset = page * size;
        List<TriageCase> awaiting = page(AWAITING + AWAITING_ORDER, service, offset, size);
        List<TriageCase> waiting = page(WAITING + WAITING_ORDER, service, offset, size);
        WaitingListEstimator estimator = waitingList.estimator(service, now);
        return new QueueView(service, page, size, count(AWAITING, service), count(WAITING, service),
                IntStream.range(0, awaiting.size())
                        .mapToObj(i -> QueueView.Item.of(awaiting.get(i), offset + i + 1, null, now)).toList(),
                IntStream.range(0, waiting.size()).mapToObj(i -> {
                    OptionalInt weeks = estimator.weeksToWait(offset + i + 1);
                    return QueueView.Item.of(waiting.get(i), offset + i + 1,
                            weeks.isPresent() ? weeks.getAsInt() : null, now);
                }).toList());
    }

    /** Every child on the service's waiting list, in its order: place n is index n - 1. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<UUID> waitingInOrder(ClinicalService service) {
        return ((List<Object>) entityManager.createNativeQuery("SELECT referral_id " + WAITING + WAITING_ORDER)
                .setParameter("service", service.name()).getResultList()).stream()
                .map(id -> id instanceof UUID uuid ? uuid : UUID.fromString(id.toString())).toList();
    }

    @SuppressWarnings("unchecked")
    private List<TriageCase> page(String query, ClinicalService service, int offset, int size) {
        return entityManager.createNativeQuery("SELECT * " + query + " LIMIT :size OFFSET :offset", TriageCase.class)
                .setParameter("service", service.name())
                .setParameter("size", size)
                .setParameter("offset", offset)
                .getResultList();
    }

    private long count(String query, ClinicalService service) {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) " + query)
                .setParameter("service", service.name())
                .getSingleResult()).longValue();
    }
}
