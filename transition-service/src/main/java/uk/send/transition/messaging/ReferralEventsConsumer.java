package uk.send.transition.messaging;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;
import uk.send.contracts.IncomingEvent;
import uk.send.contracts.ReferralStatus;
import uk.send.contracts.referral.ReferralStatusChanged;
import uk.send.contracts.referral.ReferralSubmitted;
import uk.send.outbox.IdempotentConsumer;
import uk.send.transition.Child;
import uk.send.transition.ChildReferral;
import uk.send.transition.Setting;

/**
 * Learns children from their referrals: a referred child is matched on NHS number or UPN, or registered if new, and
 * their referral is followed until it closes.
 */
@ApplicationScoped
public class ReferralEventsConsumer {

    private final IdempotentConsumer consumer;

    ReferralEventsConsumer(IdempotentConsumer consumer) {
        this.consumer = consumer;
    }

    @Incoming("referral-events")
    @Blocking
    public void on(ConsumerRecord<String, String> record) {
        consumer.consume("transition-service", record, this::apply);
    }

    private void apply(IncomingEvent event) {
        switch (event.eventType()) {
            case REFERRAL_SUBMITTED -> learn(event.payload(ReferralSubmitted.class));
            case REFERRAL_STATUS_CHANGED -> {
                ReferralStatusChanged change = event.payload(ReferralStatusChanged.class);
                ChildReferral referral = ChildReferral.findById(change.referralId());
                if (referral != null && change.to() == ReferralStatus.CLOSED) {
                    referral.open = false;
                }
            }
            default -> {
                // Re-prioritisation and a family's access to the referral do not change a child's transitions.
            }
        }
    }

    private void learn(ReferralSubmitted submitted) {
        ReferralSubmitted.Child referred = submitted.child();
        Child child = matching(referred).orElseGet(() -> {
            Child registered = new Child();
            registered.id = UUID.randomUUID();
            registered.givenName = referred.givenName();
            registered.familyName = referred.familyName();
            registered.dateOfBirth = referred.dateOfBirth();
            registered.nhsNumber = referred.nhsNumber();
            registered.upn = referred.upn();
            registered.setting = Setting.MAINSTREAM;
            registered.createdAt = Instant.now();
            registered.persist();
            return registered;
        });
        if (child.schoolUrn == null) {
            child.schoolUrn = submitted.schoolUrn();
        }
        if (referred.yearGroup() != null) {
            child.actualYearGroup = referred.yearGroup();
            child.yearGroupRecordedOn = submitted.submittedAt().atZone(ZoneId.of("Europe/London"))
                    .toLocalDate();
        }
        ChildReferral referral = new ChildReferral();
        referral.referralId = submitted.referralId();
        referral.childId = child.id;
        referral.service = submitted.service();
        referral.open = true;
        referral.persist();
    }

    private static Optional<Child> matching(ReferralSubmitted.Child referred) {
        if (referred.nhsNumber() != null) {
            Optional<Child> byNhsNumber = Child.find("nhsNumber", referred.nhsNumber()).firstResultOptional();
            if (byNhsNumber.isPresent()) {
                return byNhsNumber;
            }
        }
        if (referred.upn() != null) {
            return Child.find("upn", referred.upn()).firstResultOptional();
        }
        return Optional.empty();
    }
}
