package uk.send.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Forwarded headers are believed from the proxy alone: a caller who writes one does not choose the address the
 * audit records.
 */
@QuarkusTest
@TestProfile(ForwardedAddressFromElsewhereTest.PastTheProxy.class)
class ForwardedAddressFromElsewhereTest {

    /** The proxy is another machine, so the test's requests come straight from a caller. */
    public static class PastTheProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("HTTP_BEHIND_PROXY", "true", "HTTP_TRUSTED_PROXIES", "192.0.2.10");
        }
    }

    @Test
    void theAuditRecordsWhereTheRequestCameFromNotWhatItClaims() {
        assertThat(ForwardedAddress.recordedForAReadClaimingToComeFromElsewhere())
                .isNotEqualTo(ForwardedAddress.CLAIMED).isEqualTo("127.0.0.1");
    }
}
