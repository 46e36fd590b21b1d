package uk.send.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Empties a platform home of its data before a run that must start from nothing (the system tests, the benchmarks):
 * the databases, the broker's log and Keycloak's store, so that the realm is imported afresh as the repository has
 * it now. Keycloak's unpacked distribution is kept.
 */
final class FreshHome {

    private FreshHome() {
    }

    static void wipe(PlatformSettings settings) throws IOException {
        deleteRecursively(settings.home().resolve("data"));
        try (Stream<Path> unpacked = Files.list(Files.createDirectories(settings.home()))) {
            unpacked.filter(path -> path.getFileName().toString().startsWith("keycloak-"))
                    .forEach(keycloak -> deleteRecursively(keycloak.resolve("data")));
        }
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
