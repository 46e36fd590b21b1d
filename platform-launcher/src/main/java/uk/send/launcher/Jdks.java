package uk.send.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/** The JDKs installed side by side under /usr/lib/jvm, told apart by the major version their release file gives. */
final class Jdks {

    private static final Path INSTALLED = Path.of("/usr/lib/jvm");

    private Jdks() {
    }

    /** The JDK at {@code variable} if it is set, else the newest installed of at least {@code version}. */
    static Optional<Path> configuredOrNewest(String variable, int version) {
        String configured = System.getenv(variable);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured));
        }
        Path best = null;
        int bestVersion = 0;
        if (!Files.isDirectory(INSTALLED)) {
            return Optional.empty();
        }
        try (DirectoryStream<Path> jdks = Files.newDirectoryStream(INSTALLED)) {
            for (Path jdk : jdks) {
                int found = majorVersion(jdk).orElse(0);
                if (found >= version && found > bestVersion && Files.isExecutable(jdk.resolve("bin/java"))) {
                    best = jdk;
                    bestVersion = found;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.ofNullable(best);
    }

    /** The feature version of the JDK at {@code jdk} ({@code 17}, {@code 25}), if its release file says. */
    static Optional<Integer> majorVersion(Path jdk) {
        Path release = jdk.resolve("release");
        if (!Files.exists(release)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(release)) {
            properties.load(in);
            String version = properties.getProperty("JAVA_VERSION", "").replace("\"", "");
            return Optional.of(Integer.parseInt(version.split("[.]")[0]));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
