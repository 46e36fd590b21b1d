package uk.send.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** Event types as consumers look them up and choose what to pass over. */
class EventTypeTest {

    @Test
    void everyTypeIsFoundByItsCloudEventsTypeAndNothingElseIs() {
        Arrays.stream(EventType.values())
                .forEach(type -> assertThat(EventType.fromType(type.type())).contains(type));
        assertThat(EventType.fromType("referral.no-such-event")).isEmpty();
        assertThat(EventType.fromType(null)).isEmpty();
    }

    @Test
    void aTopicsOtherTypesAreEveryTypeOnItButThoseApplied() {
        assertThat(EventType.onTopicExcept(Topics.TRIAGE_EVENTS, EventType.TRIAGE_ADVICE_RETURNED))
                .contains(EventType.TRIAGE_RECEIVED, EventType.TRIAGE_DECISION_MADE)
                .doesNotContain(EventType.TRIAGE_ADVICE_RETURNED)
                .allSatisfy(type -> assertThat(type.topic()).isEqualTo(Topics.TRIAGE_EVENTS))
                .hasSize((int) Arrays.stream(EventType.values())
                        .filter(type -> type.topic().equals(Topics.TRIAGE_EVENTS)).count() - 1);
    }
}
