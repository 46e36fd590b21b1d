package uk.send.testservers;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Points Quarkus OIDC at the test JVM's token issuer. */
public class OidcResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.oidc.auth-server-url", OidcIssuer.get().issuer());
    }

    @Override
    public void stop() {
        // Shared by every test of the JVM.
    }
}
