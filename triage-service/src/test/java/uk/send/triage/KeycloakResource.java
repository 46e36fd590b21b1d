package uk.send.triage;

import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import uk.send.launcher.LocalKeycloak;
import uk.send.launcher.PlatformSettings;

/**
 * Keycloak with realm {@code send}, started exactly as the local run starts it (its distribution is copied into
 * {@code target/keycloak} by the build), so that a browser signs in through the real authorization code flow.
 */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {

    private LocalKeycloak keycloak;

    @Override
    public Map<String, String> start() {
        Path module = Path.of("").toAbsolutePath();
        PlatformSettings settings = PlatformSettings.fromEnvironment(module.getParent())
                .withHome(module.resolve("target/platform"));
        keycloak = new LocalKeycloak(settings, module.resolve("target/keycloak/keycloak-quarkus-dist-"
                + LocalKeycloak.VERSION + ".zip"));
        try {
            keycloak.start();
        } catch (Exception e) {
            throw new IllegalStateException("Keycloak did not start", e);
        }
        return Map.of();
    }

    @Override
    public void stop() {
        if (keycloak != null) {
            keycloak.stop();
        }
    }
}
