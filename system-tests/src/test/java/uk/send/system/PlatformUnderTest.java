package uk.send.system;

import java.nio.file.Path;

import uk.send.launcher.Platform;
import uk.send.launcher.PlatformSettings;

/**
 * The platform these tests run against, started once per test JVM from the services' built applications: real
 * PostgreSQL, Kafka, Keycloak and SMTP, and each service a process of its own. It starts with empty data each run
 * (Keycloak's unpacked distribution is kept, its store is not) and stops when the JVM ends.
 */
final class PlatformUnderTest {

    private static Platform platform;

    private PlatformUnderTest() {
    }

    static synchronized Platform get() throws Exception {
        if (platform == null) {
            Path repository = Path.of(System.getProperty("repository.root", "..")).toAbsolutePath().normalize();
            PlatformSettings settings = PlatformSettings.fromEnvironment(repository)
                    .withHome(repository.resolve("system-tests/target/platform"));
            platform = Platform.startFresh(settings);
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "platform-stop"));
        }
        return platform;
    }
}
