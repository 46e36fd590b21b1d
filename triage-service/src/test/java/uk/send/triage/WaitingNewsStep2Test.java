package uk.send.triage;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import uk.send.triage.waiting.WaitingNews;

/** After a restart, the same day's check finds every update due already sent: nothing is sent twice. */
@QuarkusTest
@TestProfile(WaitingNewsStep1Test.Step2AfterRestart.class)
class WaitingNewsStep2Test {

    @Inject
    WaitingNews news;

    @Test
    void theSameChecksAfterARestartSendNothingAgain() {
        assertThat(news.send(WaitingNewsStep1Test.SIX_WEEKS_ON)).isZero();
    }
}
