package uk.send.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.send.contracts.Channel;

/**
 * Every status GOV.UK Notify documents for delivery receipts ("Delivery receipts" and "Status - email / text message /
 * letter" in Notify's API documentation), by channel, and what each means for a notice.
 */
class NotifyStatusTest {

    @ParameterizedTest(name = "{0} {1} is {2}")
    @CsvSource({
        "EMAIL, created, UNDER_WAY", "EMAIL, sending, UNDER_WAY", "EMAIL, delivered, DELIVERED",
        "EMAIL, permanent-failure, FAILED", "EMAIL, temporary-failure, FAILED", "EMAIL, technical-failure, FAILED",
        "EMAIL, received, NOT_FOR_CHANNEL", "EMAIL, accepted, NOT_FOR_CHANNEL",
        "SMS, created, UNDER_WAY", "SMS, sending, UNDER_WAY", "SMS, pending, UNDER_WAY", "SMS, sent, UNDER_WAY",
        "SMS, delivered, DELIVERED", "SMS, permanent-failure, FAILED", "SMS, temporary-failure, FAILED",
        "SMS, technical-failure, FAILED", "SMS, received, NOT_FOR_CHANNEL",
        "LETTER, accepted, UNDER_WAY", "LETTER, pending-virus-check, UNDER_WAY", "LETTER, received, DELIVERED",
        "LETTER, cancelled, FAILED", "LETTER, technical-failure, FAILED", "LETTER, permanent-failure, FAILED",
        "LETTER, validation-failed, FAILED", "LETTER, virus-scan-failed, FAILED",
        "LETTER, delivered, NOT_FOR_CHANNEL", "LETTER, sending, NOT_FOR_CHANNEL", "LETTER, lost, NOT_FOR_CHANNEL"
    })
    void eachStatusOfEachChannelMeansOneThing(Channel channel, String status, NotifyStatus meaning) {
        assertThat(NotifyStatus.of(channel, status)).isEqualTo(meaning);
    }

    @ParameterizedTest
    @CsvSource({"email, EMAIL", "sms, SMS", "letter, LETTER"})
    void notifysNamesForTheChannels(String type, Channel channel) {
        assertThat(NotifyStatus.channel(type)).isEqualTo(channel);
        assertThat(NotifyStatus.channel("fax")).isNull();
        assertThat(NotifyStatus.channel(null)).isNull();
        assertThat(NotifyStatus.of(channel, null)).isEqualTo(NotifyStatus.NOT_FOR_CHANNEL);
    }
}
