package uk.send.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak, unpacked from its distribution on Maven Central, with realm {@code send} imported on first start (demo
 * users, roles, the services' clients and the scope claims). Its development database lives in the platform's home,
 * so users and sessions survive a restart. Keycloak needs Java 21 or later.
 */
public final class LocalKeycloak implements Component {

    /** The root pom's {@code keycloak.version}. */
    public static final String VERSION = managedVersion("keycloak");

    private final PlatformSettings settings;
    private final Path distribution;
    private ChildProcess process;

    /** Keycloak from its distribution zip, unpacked into the platform's home the first time. */
    public LocalKeycloak(PlatformSettings settings, Path distribution) {
        this.settings = settings;
        this.distribution = distribution;
    }

    /** The distribution in the local Maven repository, where {@code ./run-platform} has Maven put it. */
    public static Path distributionInLocalRepository() {
        return Path.of(System.getProperty("maven.repo.local",
                        Path.of(System.getProperty("user.home"), ".m2", "repository").toString()))
                .resolve("org/keycloak/keycloak-quarkus-dist/" + VERSION
                        + "/keycloak-quarkus-dist-" + VERSION + ".zip");
    }

    public String issuer() {
        return settings.issuer();
    }

    @Override
    public String name() {
        return "keycloak";
    }

    @Override
    public void start() throws IOException, InterruptedException {
        Path home = unpacked();
        Path imports = Files.createDirectories(home.resolve("data/import"));
        byte[] realm;
        try (InputStream in = LocalKeycloak.class.getResourceAsStream("/keycloak/send-realm.json")) {
            realm = in.readAllBytes();
        }
        Path imported = imports.resolve("send-realm.json");
        if (Files.exists(imported) && !Arrays.equals(Files.readAllBytes(imported), realm)) {
            // Keycloak imports a realm only once; the local store holds nothing but the demo realm, so a changed
            // realm is imported afresh into an empty store.
            deleteRecursively(home.resolve("data/h2"));
        }
        Files.write(imported, realm);
        process = new ChildProcess("keycloak", List.of("bash", "bin/kc.sh", "start-dev",
                "--http-port=" + settings.keycloakPort(),
                "--http-management-port=" + (settings.keycloakPort() + 1000),
                "--import-realm"),
                Map.of("JAVA_HOME", javaHome().toString(),
                        "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                        "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin"),
                home, settings.log("keycloak"));
        process.start();
        process.awaitReady(() -> ChildProcess.answers(settings.issuer() + "/.well-known/openid-configuration"),
                Duration.ofMinutes(4));
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The distribution, unpacked into the platform's home from the local Maven repository the first time. */
    private Path unpacked() throws IOException {
        Path home = settings.home().resolve("keycloak-" + VERSION);
        if (Files.exists(home.resolve("bin/kc.sh"))) {
            return home;
        }
        Path zip = distribution;
        if (!Files.exists(zip)) {
            throw new IllegalStateException("Keycloak's distribution is not in the local Maven repository; run "
                    + "./mvnw dependency:get -Dartifact=org.keycloak:keycloak-quarkus-dist:" + VERSION + ":zip");
        }
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = settings.home().resolve(entry.getName()).normalize();
                if (!target.startsWith(settings.home())) {
                    throw new IOException("Unexpected entry in the Keycloak distribution: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return home;
    }

    /** KEYCLOAK_JAVA_HOME, or the newest JDK of at least version 21 under /usr/lib/jvm. */
    private static Path javaHome() {
        return Jdks.configuredOrNewest("KEYCLOAK_JAVA_HOME", 21).orElseThrow(
                () -> new IllegalStateException("Keycloak needs Java 21 or later: set KEYCLOAK_JAVA_HOME"));
    }

    @Override
    public void stop() {
        if (process != null) {
            process.stop();
        }
    }

    @Override
    public String address() {
        return "Keycloak        http://localhost:" + settings.keycloakPort() + " (admin console: admin / admin), "
                + "issuer " + settings.issuer();
    }

    /** A version the root pom manages, as the build wrote it into {@code versions.properties}. */
    private static String managedVersion(String name) {
        try (InputStream in = LocalKeycloak.class.getResourceAsStream("/versions.properties")) {
            if (in == null) {
                throw new IllegalStateException("versions.properties is missing: build the launcher with Maven");
            }
            Properties versions = new Properties();
            versions.load(in);
            return versions.getProperty(name);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
