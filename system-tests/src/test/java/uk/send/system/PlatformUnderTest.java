package uk.send.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

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
            deleteRecursively(settings.home().resolve("data"));
            // Keycloak's own store too, so the realm is imported afresh as the repository has it now.
            try (Stream<Path> unpacked = Files.list(Files.createDirectories(settings.home()))) {
                unpacked.filter(path -> path.getFileName().toString().startsWith("keycloak-"))
                        .forEach(keycloak -> deleteRecursively(keycloak.resolve("data")));
            }
            platform = Platform.start(settings);
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "platform-stop"));
        }
        return platform;
    }

    /** Deletes a folder; a server of an earlier run may still be closing its files, so it tries a few times. */
    private static void deleteRecursively(Path folder) {
        for (int attempt = 1; ; attempt++) {
            try {
                deleteOnce(folder);
                return;
            } catch (UncheckedIOException stillInUse) {
                if (attempt == 10) {
                    throw stillInUse;
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw stillInUse;
                }
            }
        }
    }

    private static void deleteOnce(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
