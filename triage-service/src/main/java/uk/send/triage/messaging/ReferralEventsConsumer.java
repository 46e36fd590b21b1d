package uk.send.triage.messaging;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;
import uk.send.contracts.EventType;
import uk.send.contracts.IncomingEvent;
import uk.send.contracts.referral.ReferralChildCorrected;
import uk.send.contracts.referral.ReferralRecordsDestroyed;
import uk.send.contracts.referral.ReferralReprioritised;
import uk.send.contracts.referral.ReferralStatusChanged;
import uk.send.contracts.referral.ReferralSubmitted;
import uk.send.contracts.triage.TriageReceived;
import uk.send.outbox.IdempotentConsumer;
import uk.send.outbox.Outbox;
import uk.send.outbox.UnprocessableEvent;
import uk.send.triage.TriageCase;
import uk.send.triage.TriageStage;
import uk.send.triage.retention.ReferralCopyDestruction;

/**
 * Files each new referral in its service's triage queue and acknowledges it, and keeps every case in step with the
 * referral's canonical status.
 */
@ApplicationScoped
public class ReferralEventsConsumer {

    private static final String GROUP = "triage-service";

    /** A family's access, contacts and news are referral-service's and notification-service's concern. */
    private static final Set<EventType> NOT_TRIAGE_MATTERS = EnumSet.of(EventType.REFERRAL_FAMILY_INVITED,
            EventType.REFERRAL_FAMILY_LINKED, EventType.REFERRAL_FAMILY_UNLINKED, EventType.REFERRAL_WAITING_UPDATE,
            EventType.REFERRAL_CONTACTS_CHANGED, EventType.REFERRAL_EHC_ASSESSMENT_REQUESTED);

    private final IdempotentConsumer consumer;
    private final Outbox outbox;
    private final ReferralCopyDestruction destruction;

    ReferralEventsConsumer(IdempotentConsumer consumer, Outbox outbox, ReferralCopyDestruction destruction) {
        this.consumer = consumer;
        this.outbox = outbox;
        this.destruction = destruction;
    }

    @Incoming("referral-events")
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        consumer.consumeAll(GROUP, records, NOT_TRIAGE_MATTERS, this::apply);
    }

    private void apply(IncomingEvent event) {
        switch (event.eventType()) {
            case REFERRAL_SUBMITTED -> file(event.payload(ReferralSubmitted.class));
            case REFERRAL_STATUS_CHANGED -> {
                ReferralStatusChanged change = event.payload(ReferralStatusChanged.class);
                known(change.referralId()).follow(change.to(), change.priority(), change.changedAt());
            }
            case REFERRAL_REPRIORITISED -> {
                ReferralReprioritised change = event.payload(ReferralReprioritised.class);
                TriageCase triageCase = known(change.referralId());
                triageCase.priority = change.to();
                triageCase.updatedAt = change.reprioritisedAt();
            }
            case REFERRAL_CHILD_CORRECTED -> {
                ReferralChildCorrected corrected = event.payload(ReferralChildCorrected.class);
                TriageCase triageCase = known(corrected.referralId());
                triageCase.childGivenName = corrected.child().givenName();
                triageCase.childFamilyName = corrected.child().familyName();
                triageCase.childDateOfBirth = corrected.child().dateOfBirth();
            }
            case REFERRAL_RECORDS_DESTROYED ->
                    destruction.destroy(event.payload(ReferralRecordsDestroyed.class).referralId());
            default -> throw new UnprocessableEvent(event.metadata().type() + " is not a referral event");
        }
    }

    private void file(ReferralSubmitted submitted) {
        Instant now = Instant.now();
        TriageCase triageCase = new TriageCase();
        triageCase.referralId = submitted.referralId();
        triageCase.service = submitted.service();
        triageCase.schoolUrn = submitted.schoolUrn();
        triageCase.reference = submitted.reference();
        triageCase.childGivenName = submitted.child().givenName();
        triageCase.childFamilyName = submitted.child().familyName();
        triageCase.childDateOfBirth = submitted.child().dateOfBirth();
        triageCase.reason = submitted.reason();
        triageCase.complexHealthNeeds = submitted.complexHealthNeeds();
        triageCase.safeguardingConcern = submitted.safeguardingConcern();
        triageCase.stage = TriageStage.TRIAGE;
        triageCase.receivedAt = submitted.submittedAt();
        triageCase.updatedAt = now;
        triageCase.persist();
        outbox.add(submitted.referralId().toString(), new TriageReceived(submitted.referralId(),
                submitted.service(), now));
    }

    private static TriageCase known(UUID referralId) {
        TriageCase triageCase = TriageCase.findById(referralId);
        if (triageCase == null) {
            throw new UnprocessableEvent("unknown referral " + referralId);
        }
        return triageCase;
    }
}
