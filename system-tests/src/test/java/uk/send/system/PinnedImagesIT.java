package uk.send.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.send.launcher.Platform;

/**
 * deploy/pin-images against a real registry (Debian's docker-registry, the CNCF Distribution server, on loopback):
 * the four services' images built here are pushed, the production overlay is rewritten, and rendered it names every
 * service's image by the digest the registry holds for it. Runs where a Docker engine is installed (the docker
 * profile), with the compose journey.
 */
class PinnedImagesIT {

    private static final Path REPOSITORY = ServiceConfiguration.repository();
    private static final String MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";

    @TempDir
    Path work;

    @Test
    void theProductionOverlayNamesEachServiceImageByTheDigestTheRegistryHolds() throws Exception {
        int port = freePort();
        Path config = work.resolve("registry.yml");
        Files.writeString(config, "version: 0.1\nstorage:\n  filesystem:\n    rootdirectory: " + work.resolve("store")
                + "\nhttp:\n  addr: 127.0.0.1:" + port + "\n");
        Process registry = new ProcessBuilder("docker-registry", "serve", config.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("registry.log").toFile()).start();
        try {
            awaitRegistry(port);
            Path deploy = work.resolve("deploy");
            copy(REPOSITORY.resolve("deploy"), deploy);
            Path overlay = deploy.resolve("overlays/production");
            String registryName = "localhost:" + port;
            Command.run(REPOSITORY, Duration.ofMinutes(10), "bash", "deploy/pin-images", registryName,
                    overlay.toString());

            String rendered = Command.run(REPOSITORY, Duration.ofMinutes(1), "kubectl", "kustomize",
                    overlay.toString());
            for (String service : Platform.SERVICES) {
                Matcher image = Pattern.compile("image: " + Pattern.quote(registryName + "/send/" + service)
                        + "@(sha256:[0-9a-f]{64})").matcher(rendered);
                assertThat(image.find()).as(service + " is named by digest").isTrue();
                assertThat(image.group(1)).as(service + "'s digest is the registry's")
                        .isEqualTo(registryDigest(port, service));
            }
            assertThat(rendered).doesNotContain("registry.council.example.org");
        } finally {
            registry.destroy();
            registry.waitFor(30, TimeUnit.SECONDS);
            // The tags the push left on this machine's images name a registry that is gone.
            String tags = Command.run(REPOSITORY, Duration.ofSeconds(30), "docker", "image", "ls", "--format",
                    "{{.Repository}}:{{.Tag}}", "localhost:" + port + "/send/*");
            for (String tag : tags.strip().lines().filter(line -> !line.isBlank()).toList()) {
                Command.run(REPOSITORY, Duration.ofSeconds(30), "docker", "image", "rm", tag);
            }
        }
    }

    /** The digest the registry gives the manifest it holds under the pushed tag. */
    private static String registryDigest(int port, String service) throws Exception {
        String version = Command.run(REPOSITORY, Duration.ofSeconds(30), "bash", "-c",
                "sed -n 's:.*<version>\\(.*\\)</version>.*:\\1:p' pom.xml | head -1").strip();
        HttpResponse<Void> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/v2/send/" + service + "/manifests/" + version))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).header("Accept", MANIFEST).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(answer.statusCode()).as(service + " is in the registry").isEqualTo(200);
        return answer.headers().firstValue("Docker-Content-Digest").orElseThrow();
    }

    private static void awaitRegistry(int port) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plusSeconds(30);
        while (true) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v2/")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            assertThat(Instant.now()).as("the registry answers").isBefore(deadline);
            Thread.sleep(200);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        List<Path> paths = new ArrayList<>();
        try (var walk = Files.walk(from)) {
            walk.forEach(paths::add);
        }
        for (Path path : paths) {
            Path target = to.resolve(from.relativize(path).toString());
            if (Files.isDirectory(path)) {
                Files.createDirectories(target);
            } else {
                Files.copy(path, target);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
