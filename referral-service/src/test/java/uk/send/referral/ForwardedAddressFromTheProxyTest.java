package uk.send.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Behind the TLS proxy the audit records the caller's address as the proxy forwards it. */
@QuarkusTest
@TestProfile(ForwardedAddressFromTheProxyTest.BehindTheProxy.class)
class ForwardedAddressFromTheProxyTest {

    /** The proxy is this machine, so every request of the test comes through it. */
    public static class BehindTheProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("HTTP_BEHIND_PROXY", "true", "HTTP_TRUSTED_PROXIES", "127.0.0.1");
        }
    }

    @Test
    void theAuditRecordsTheAddressTheProxyForwarded() {
        assertThat(ForwardedAddress.recordedForAReadClaimingToComeFromElsewhere()).isEqualTo(ForwardedAddress.CLAIMED);
    }
}
