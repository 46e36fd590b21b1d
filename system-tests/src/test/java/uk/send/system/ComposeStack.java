package uk.send.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The repository's docker-compose.yml with its development override, run for real through Docker's own CLI
 * ({@code docker compose}, or Debian's {@code docker-compose}) under a project name of its own. Every variable of
 * {@code .env.example} is given: each password, secret and key a fresh random one, the rest their example value; the
 * images are the ones containers/build-images made ({@code --no-build}).
 */
final class ComposeStack implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path repository;
    private final String project;
    private final List<String> compose;
    private final Map<String, String> environment;

    ComposeStack(Path repository, String project) throws IOException {
        this.repository = repository;
        this.project = project;
        this.compose = composeCommand();
        this.environment = environmentFrom(repository.resolve(".env.example"));
    }

    /** Brings the stack up from nothing (volumes of an earlier run removed first) and waits until all is healthy. */
    void up(Duration patience) {
        run(Duration.ofMinutes(2), "down", "--volumes", "--remove-orphans");
        try {
            run(patience, "up", "--detach", "--no-build");
        } catch (AssertionError failed) {
            Map<String, String> states = states();
            throw new AssertionError(failed.getMessage() + "\n" + states + "\n"
                    + lastLogLines(new ArrayList<>(states.keySet())), failed);
        }
        awaitHealthy(patience);
    }

    /** Waits until every container of the stack is running and, where it has a health check, healthy. */
    void awaitHealthy(Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (true) {
            Map<String, String> states = states();
            List<String> exited = states.entrySet().stream().filter(e -> e.getValue().startsWith("exited"))
                    .map(Map.Entry::getKey).toList();
            if (!exited.isEmpty()) {
                throw new AssertionError("Stopped: " + exited + "\n" + lastLogLines(exited));
            }
            boolean ready = !states.isEmpty() && states.values().stream()
                    .allMatch(state -> state.equals("running healthy") || state.equals("running"));
            if (ready) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not healthy after " + patience + ": " + states + "\n"
                        + lastLogLines(new ArrayList<>(states.keySet())));
            }
            pause(Duration.ofSeconds(2));
        }
    }

    /** Each container of the stack by its service name: "running healthy", "running starting", "exited", ... */
    Map<String, String> states() {
        Map<String, String> states = new LinkedHashMap<>();
        for (String id : run(Duration.ofSeconds(30), "ps", "--quiet").strip().lines().toList()) {
            String line = docker(Duration.ofSeconds(30), "inspect", "--format",
                    "{{index .Config.Labels \"com.docker.compose.service\"}} {{.State.Status}}"
                            + " {{if .State.Health}}{{.State.Health.Status}}{{end}}", id).strip();
            String[] parts = line.split(" ", 2);
            states.put(parts[0], parts.length > 1 ? parts[1].strip() : "");
        }
        return states;
    }

    /** Stops a service's container at once, as a crash or the kernel's OOM killer would: docker kill. */
    void kill(String service) {
        docker(Duration.ofSeconds(30), "kill", containerOf(service));
    }

    /** Starts a service's container again, as its restart policy would. */
    void start(String service) {
        run(Duration.ofMinutes(1), "start", service);
    }

    /** A file's text in a service's container. */
    String read(String service, String path) {
        return docker(Duration.ofSeconds(30), "exec", containerOf(service), "cat", path);
    }

    String lastLogLines(List<String> services) {
        StringBuilder logs = new StringBuilder();
        for (String service : services) {
            logs.append("--- ").append(service).append(", last lines:\n");
            try {
                logs.append(run(Duration.ofSeconds(30), "logs", "--no-color", "--tail", "40", service));
            } catch (AssertionError noLogs) {
                logs.append(noLogs.getMessage()).append('\n');
            }
        }
        return logs.toString();
    }

    @Override
    public void close() {
        run(Duration.ofMinutes(2), "down", "--volumes", "--remove-orphans");
    }

    private String containerOf(String service) {
        return run(Duration.ofSeconds(30), "ps", "--quiet", service).strip();
    }

    private String run(Duration patience, String... arguments) {
        List<String> command = new ArrayList<>(compose);
        command.addAll(List.of("--project-name", project, "--file", "docker-compose.yml", "--file",
                "docker-compose.dev.yml"));
        command.addAll(List.of(arguments));
        return execute(command, patience);
    }

    private String docker(Duration patience, String... arguments) {
        List<String> command = new ArrayList<>(List.of("docker"));
        command.addAll(List.of(arguments));
        return execute(command, patience);
    }

    private String execute(List<String> command, Duration patience) {
        return Command.run(repository, environment, patience, command);
    }

    /** {@code docker compose} where the plugin is installed, otherwise {@code docker-compose}. */
    private static List<String> composeCommand() {
        try {
            Process plugin = new ProcessBuilder("docker", "compose", "version").redirectErrorStream(true).start();
            plugin.getInputStream().readAllBytes();
            if (plugin.waitFor(30, TimeUnit.SECONDS) && plugin.exitValue() == 0) {
                return List.of("docker", "compose");
            }
        } catch (IOException noDocker) {
            throw new AssertionError("The docker command is missing: install Docker (see the README)", noDocker);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return List.of("docker-compose");
    }

    private static Map<String, String> environmentFrom(Path example) throws IOException {
        Map<String, String> environment = new LinkedHashMap<>();
        for (String line : Files.readAllLines(example)) {
            if (line.isBlank() || line.startsWith("#") || !line.contains("=")) {
                continue;
            }
            String name = line.substring(0, line.indexOf('='));
            String value = line.substring(line.indexOf('=') + 1);
            environment.put(name, name.matches(".*(PASSWORD|SECRET|_KEY)") ? secret() : value);
        }
        environment.put("SMTP_HOST", "mail");
        environment.put("SMTP_PORT", "1025");
        return environment;
    }

    private static String secret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
