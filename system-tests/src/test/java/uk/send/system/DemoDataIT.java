package uk.send.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import uk.send.contracts.ReferralStatus;
import uk.send.contracts.TransitionType;
import uk.send.launcher.DemoData;
import uk.send.launcher.ServiceApi;

/** The local run's demo data, loaded into the running platform through the APIs, shows what it promises. */
class DemoDataIT {

    @Test
    void theDemoDataHasReferralsInEveryStateAChildBeforeEveryTransitionAndAnEstimatedWait() throws Exception {
        ServiceApi api = new ServiceApi(PlatformUnderTest.get().settings());

        DemoData.Loaded loaded = new DemoData(PlatformUnderTest.get().settings(), api).load();

        // The demo parent was linked by the invitation in their mailbox, as every family is.
        JsonNode family = api.get("referral-service", "/api/family/referrals", "parent.oakfield").expect(200).json();
        assertThat(family.findValuesAsText("id")).contains(loaded.referrals().get(0).toString());

        assertThat(loaded.children()).hasSize(12);
        assertThat(loaded.assessments()).hasSize(8);

        // The EHC plan process at every step: open assessments requested, being assessed and with a draft; advice
        // due and late for the demo therapist; reviews overdue and amended plans awaited, one late.
        assertThat(api.get("transition-service", "/api/ehc/assessments", "caseworker").expect(200).json()
                .findValuesAsText("state")).contains("REQUESTED", "ASSESSING", "DRAFT_SENT");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(api.get("triage-service",
                "/api/advice-requests", "clinician.salt").expect(200).json().findValuesAsText("late"))
                .contains("true", "false"));
        assertThat(api.get("transition-service", "/api/ehc/reviews", "caseworker").expect(200).json()
                .findValuesAsText("state")).contains("OVERDUE", "AMENDED_PLAN_LATE", "AWAITING_AMENDED_PLAN");
        EnumSet<ReferralStatus> settled = EnumSet.complementOf(EnumSet.of(ReferralStatus.SUBMITTED));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(statuses(api, loaded.referrals()))
                .containsExactlyInAnyOrderElementsOf(settled));

        Set<TransitionType> next = new HashSet<>();
        for (UUID child : loaded.children()) {
            JsonNode timeline = api.get("transition-service", "/api/children/" + child + "/transitions", "caseworker")
                    .expect(200).json().get("transitions");
            StreamSupport.stream(timeline.spliterator(), false)
                    .filter(entry -> !LocalDate.parse(entry.get("on").asText()).isBefore(LocalDate.now()))
                    .findFirst()
                    .ifPresent(entry -> next.add(TransitionType.valueOf(entry.get("transition").asText())));
        }
        // Every transition but preparation for adulthood, which is part of every review from Year 9, not a date.
        assertThat(next).as("the next transition of some demo child").containsExactlyInAnyOrderElementsOf(
                EnumSet.complementOf(EnumSet.of(TransitionType.PREPARATION_FOR_ADULTHOOD)));

        JsonNode waiting = api.get("triage-service", "/api/triage/queue", "clinician.salt").expect(200).json()
                .get("waiting");
        assertThat(waiting.size()).isGreaterThanOrEqualTo(18);
        assertThat(waiting.get(waiting.size() - 1).path("estimatedWeeks").isInt()).isTrue();

        // Every chart of the scorecard has something to show.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode scorecard = api.get("triage-service", "/api/scorecard", "caseworker").expect(200).json();
            JsonNode distribution = scorecard.at("/waiting/distribution");
            long bands = StreamSupport.stream(distribution.spliterator(), false).filter(n -> n.asInt() > 0).count();
            assertThat(bands).as("waits spread over the bands").isGreaterThanOrEqualTo(4);
            assertThat(scorecard.at("/waiting/over52Weeks").asInt()).isPositive();
            long weeksWithReferrals = StreamSupport.stream(scorecard.get("weeks").spliterator(), false)
                    .filter(week -> week.get("received").asInt() > 0).count();
            assertThat(weeksWithReferrals).as("weeks with referrals received").isGreaterThanOrEqualTo(8);
            JsonNode thisWeek = scorecard.get("weeks").get(scorecard.get("weeks").size() - 1);
            assertThat(thisWeek.get("reprioritisedForDeterioration").asInt()).isPositive();
            assertThat(thisWeek.get("reprioritisedForSafeguarding").asInt()).isPositive();
            assertThat(scorecard.get("closureReasons").size()).isGreaterThanOrEqualTo(3);
            assertThat(scorecard.at("/closureNotices/closures").asInt()).isGreaterThanOrEqualTo(4);
            assertThat(scorecard.at("/transitions/dueInSixMonths").asInt()).isPositive();
            assertThat(scorecard.at("/transitions/dueByType").size()).isGreaterThanOrEqualTo(2);
            // Asked of transition-service with the reader's token: every setting, alternative provision included.
            assertThat(scorecard.get("transitionsBySetting").findValuesAsText("setting"))
                    .contains("ALTERNATIVE_PROVISION", "MAINSTREAM", "SPECIAL");
            assertThat(scorecard.at("/ehc/plansWithinTwentyWeeks/of").asInt()).isGreaterThanOrEqualTo(2);
            assertThat(scorecard.at("/ehc/plansWithException").asInt()).isPositive();
            assertThat(scorecard.at("/ehc/national/percentWithinTwentyWeeks").asDouble()).isPositive();
        });
    }

    private static Set<ReferralStatus> statuses(ServiceApi api, List<UUID> referrals) {
        Set<ReferralStatus> statuses = EnumSet.noneOf(ReferralStatus.class);
        for (UUID id : referrals) {
            statuses.add(ReferralStatus.valueOf(api.get("referral-service", "/api/referrals/" + id, "caseworker")
                    .expect(200).json().get("status").asText()));
        }
        return statuses;
    }
}
