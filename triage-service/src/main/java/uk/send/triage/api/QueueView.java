package uk.send.triage.api;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.qute.TemplateData;

import uk.send.contracts.ClinicalService;
import uk.send.contracts.Priority;
import uk.send.triage.TriageCase;
import uk.send.triage.TriageStage;

/**
 * One page of a service's two queues, each in the order the service works through it: places
 * {@code page * size + 1} onwards of each, and how many are in each queue in all.
 */
@TemplateData
public record QueueView(ClinicalService service, int page, int size, long triageTotal, long waitingTotal,
        List<Item> triage, List<Item> waiting) {

    /** Every referral on this page, for the record of who was shown them. */
    public List<UUID> referralIds() {
        List<UUID> ids = new ArrayList<>();
        triage.forEach(item -> ids.add(item.referralId()));
        waiting.forEach(item -> ids.add(item.referralId()));
        return ids;
    }

    /** Whether a later page holds more of either queue. */
    public boolean hasNextPage() {
        long shown = (long) (page + 1) * size;
        return triageTotal > shown || waitingTotal > shown;
    }

    @TemplateData
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(UUID referralId, String reference, String childName, LocalDate dateOfBirth, TriageStage stage,
            Priority priority, int position, Instant waitingSince, long weeksWaited, Integer estimatedWeeks,
            List<String> flags) {

        public static Item of(TriageCase triageCase, int position, Integer estimatedWeeks, Instant now) {
            List<String> flags = new ArrayList<>();
            if (triageCase.safeguardingConcern) {
                flags.add("SAFEGUARDING");
            }
            if (triageCase.complexHealthNeeds) {
                flags.add("COMPLEX_HEALTH_NEEDS");
            }
            return new Item(triageCase.referralId, triageCase.shownReference(),
                    triageCase.childGivenName + " " + triageCase.childFamilyName,
                    triageCase.childDateOfBirth, triageCase.stage, triageCase.priority, position,
                    triageCase.receivedAt, Duration.between(triageCase.receivedAt, now).toDays() / 7,
                    estimatedWeeks, flags);
        }
    }
}
