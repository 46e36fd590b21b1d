package uk.send.referral.messaging;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;
import uk.send.contracts.ClinicalService;
import uk.send.contracts.ClosureReason;
import uk.send.contracts.EventType;
import uk.send.contracts.IncomingEvent;
import uk.send.contracts.ReferralStatus;
import uk.send.contracts.triage.TriageClosureRequested;
import uk.send.contracts.triage.TriageDecisionMade;
import uk.send.contracts.triage.TriageReceived;
import uk.send.contracts.triage.TriageReprioritised;
import uk.send.contracts.triage.TriageWaitingUpdate;
import uk.send.outbox.IdempotentConsumer;
import uk.send.outbox.UnprocessableEvent;
import uk.send.referral.ChangeDetails;
import uk.send.referral.IllegalTransition;
import uk.send.referral.Referral;
import uk.send.referral.Referrals;

/** Applies triage-service's decisions to referrals through the lifecycle, exactly once each. */
@ApplicationScoped
public class TriageEventsConsumer {

    static final String CHANNEL = "triage-events";

    /** Health advice for an EHC needs assessment is transition-service's; no referral changes. */
    private static final Set<EventType> NOT_ABOUT_REFERRALS = EnumSet.of(EventType.TRIAGE_ADVICE_RETURNED);
    private static final String BY = "triage-service";

    private final IdempotentConsumer consumer;
    private final Referrals referrals;
    private final EventConflicts conflicts;

    TriageEventsConsumer(IdempotentConsumer consumer, Referrals referrals, EventConflicts conflicts) {
        this.consumer = consumer;
        this.referrals = referrals;
        this.conflicts = conflicts;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        consumer.consumeAll(ReferralServiceConsumers.GROUP, records, NOT_ABOUT_REFERRALS, this::apply);
    }

    private void apply(IncomingEvent event) {
        switch (event.eventType()) {
            case TRIAGE_RECEIVED -> {
                TriageReceived received = event.payload(TriageReceived.class);
                applyTo(event, received.referralId(), received.service(), referral -> referrals.move(referral,
                        ReferralStatus.IN_TRIAGE, null, "In the triage queue", ChangeDetails.none(), BY,
                        received.receivedAt()));
            }
            case TRIAGE_DECISION_MADE -> {
                TriageDecisionMade decision = event.payload(TriageDecisionMade.class);
                applyTo(event, decision.referralId(), decision.service(), referral -> decide(referral, decision));
            }
            case TRIAGE_REPRIORITISED -> {
                TriageReprioritised change = event.payload(TriageReprioritised.class);
                applyTo(event, change.referralId(), change.service(), referral -> referrals.reprioritise(referral,
                        change.to(), change.reasonCategory(), change.reason(),
                        ChangeDetails.waitingList(change.waitingListPosition(), change.estimatedWaitWeeks(), null),
                        BY, change.reprioritisedAt()));
            }
            case TRIAGE_CLOSURE_REQUESTED -> {
                TriageClosureRequested closure = event.payload(TriageClosureRequested.class);
                applyTo(event, closure.referralId(), closure.service(), referral -> referrals.close(referral,
                        closure.outcome(), closure.summary(), null, BY, closure.requestedAt()));
            }
            case TRIAGE_WAITING_UPDATE -> {
                TriageWaitingUpdate update = event.payload(TriageWaitingUpdate.class);
                applyTo(event, update.referralId(), update.service(), referral -> referrals.waitingUpdate(referral,
                        update.waitingListPosition(), update.estimatedWaitWeeks(), update.reason(), update.at()));
            }
            default -> throw new UnprocessableEvent(event.metadata().type() + " is not a triage event");
        }
    }

    private void decide(Referral referral, TriageDecisionMade decision) {
        switch (decision.decision()) {
            case ACCEPTED -> referrals.move(referral, ReferralStatus.ACCEPTED_WAITING, decision.priority(),
                    "Accepted onto the waiting list", ChangeDetails.waitingList(decision.waitingListPosition(),
                            decision.estimatedWaitWeeks(), decision.supportOffers()), BY, decision.decidedAt());
            case DECLINED -> referrals.close(referral, ClosureReason.DECLINED, decision.reason(),
                    decision.signposting(), BY, decision.decidedAt());
            case INFORMATION_REQUESTED -> referrals.move(referral, ReferralStatus.MORE_INFORMATION_REQUESTED, null,
                    "More information requested from the school", ChangeDetails.question(decision.question()), BY,
                    decision.decidedAt());
            case TRIAGE_RESUMED -> referrals.move(referral, ReferralStatus.IN_TRIAGE, null,
                    "Triage resumed with the information received", ChangeDetails.none(), BY, decision.decidedAt());
            case STARTED -> referrals.move(referral, ReferralStatus.IN_PROGRESS, null,
                    "Assessment or intervention started", ChangeDetails.none(), BY, decision.decidedAt());
        }
    }

    private void applyTo(IncomingEvent event, UUID referralId, ClinicalService service,
            Consumer<Referral> change) {
        Referral referral = referrals.locked(referralId)
                .orElseThrow(() -> new UnprocessableEvent("unknown referral " + referralId));
        if (referral.service() != service) {
            throw new UnprocessableEvent("referral " + referralId + " is not a " + service + " referral");
        }
        try {
            change.accept(referral);
        } catch (IllegalTransition | IllegalArgumentException refused) {
            conflicts.record(event, referral, refused.getMessage());
        }
    }
}
