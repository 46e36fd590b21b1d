package uk.send.triage;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import uk.send.contracts.ClinicalService;
import uk.send.triage.api.QueueView;
import uk.send.triage.waiting.WaitingList;
import uk.send.triage.waiting.WaitingListEstimator;

/** Reads a service's triage queue and waiting list, with each child's place and estimated wait. */
@ApplicationScoped
public class TriageQueues {

    private final WaitingList waitingList;

    TriageQueues(WaitingList waitingList) {
        this.waitingList = waitingList;
    }

    @Transactional
    public QueueView of(ClinicalService service) {
        Instant now = Instant.now();
        List<TriageCase> awaiting = TriageCase.list("service = ?1 AND stage IN ?2", service,
                List.of(TriageStage.TRIAGE, TriageStage.INFORMATION_REQUESTED));
        List<TriageCase> waiting = TriageCase.list("service = ?1 AND stage = ?2", service, TriageStage.WAITING);
        Map<UUID, TriageCase> byId = Stream.concat(awaiting.stream(), waiting.stream())
                .collect(Collectors.toMap(c -> c.referralId, Function.identity()));

        List<QueueEntry> triageOrder = TriageQueue.triageOrder(awaiting.stream().map(TriageCase::entry).toList());
        List<QueueEntry> waitingOrder = TriageQueue.waitingOrder(waiting.stream().map(TriageCase::entry).toList());
        WaitingListEstimator estimator = waitingList.estimator(service, now);
        return new QueueView(service,
                IntStream.range(0, triageOrder.size()).mapToObj(i -> QueueView.Item.of(
                        byId.get(triageOrder.get(i).referralId()), i + 1, null, now)).toList(),
                IntStream.range(0, waitingOrder.size()).mapToObj(i -> {
                    OptionalInt weeks = estimator.weeksToWait(i + 1);
                    return QueueView.Item.of(byId.get(waitingOrder.get(i).referralId()), i + 1,
                            weeks.isPresent() ? weeks.getAsInt() : null, now);
                }).toList());
    }
}
