package uk.send.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One of the four services, run from its built Quarkus application as a process of its own. */
public final class ServiceProcess implements Component {

    private final String service;
    private final PlatformSettings settings;
    private final Map<String, String> extraEnvironment;
    private ChildProcess process;
    private Duration lastStartup = Duration.ZERO;

    ServiceProcess(String service, PlatformSettings settings, Map<String, String> extraEnvironment) {
        this.service = service;
        this.settings = settings;
        this.extraEnvironment = extraEnvironment;
    }

    @Override
    public String name() {
        return service;
    }

    public int port() {
        return settings.servicePorts().get(service);
    }

    public String baseUrl() {
        return "http://localhost:" + port();
    }

    @Override
    public void start() throws Exception {
        Path application = settings.repository().resolve(service).resolve("target/quarkus-app");
        if (!Files.exists(application.resolve("quarkus-run.jar"))) {
            throw new IllegalStateException(application + " is missing: build first with ./mvnw install -DskipTests");
        }
        String database = service.substring(0, service.indexOf('-'));
        Map<String, String> environment = new HashMap<>(Map.of(
                "HTTP_PORT", String.valueOf(port()),
                "QUARKUS_DATASOURCE_JDBC_URL", settings.jdbcUrl(database),
                "QUARKUS_DATASOURCE_USERNAME", LocalPostgres.USER,
                "QUARKUS_DATASOURCE_PASSWORD", LocalPostgres.PASSWORD,
                "KAFKA_BOOTSTRAP_SERVERS", settings.kafkaBootstrap(),
                "QUARKUS_OIDC_AUTH_SERVER_URL", settings.issuer(),
                "QUARKUS_OIDC_CREDENTIALS_SECRET", service + "-local-secret",
                "QUARKUS_MAILER_HOST", "localhost",
                "QUARKUS_MAILER_PORT", String.valueOf(settings.smtpPort())));
        environment.putAll(extraEnvironment);
        process = new ChildProcess(service, command(application), environment, application, settings.log(service));
        long begin = System.nanoTime();
        process.start();
        process.awaitReady(() -> ChildProcess.answers(baseUrl() + "/q/health/ready"), Duration.ofMinutes(2));
        lastStartup = Duration.ofNanos(System.nanoTime() - begin);
    }

    /**
     * The JVM for a small service on a small machine: the serial collector (no collector threads competing with the
     * other services for two cores) and, when the build made one, the application's class-data archive, which takes a
     * third off the start-up. The archive only loads when the application is run from its own folder.
     */
    private static List<String> command(Path application) {
        List<String> command = new ArrayList<>(List.of(ChildProcess.java(), "-Xmx384m", "-XX:+UseSerialGC"));
        if (Files.exists(application.resolve("app-cds.jsa"))) {
            command.add("-XX:SharedArchiveFile=app-cds.jsa");
        }
        command.addAll(List.of("-jar", "quarkus-run.jar"));
        return command;
    }

    /** From launching the JVM to the service answering ready, the last time it started. */
    public Duration lastStartup() {
        return lastStartup;
    }

    /** The operating-system process of the running service. */
    public long pid() {
        return process.pid();
    }

    @Override
    public void stop() {
        if (process != null) {
            process.stop();
        }
    }

    /** Kills the service without warning, as a crash would; {@link #start()} brings it back. */
    public void kill() {
        process.kill();
    }

    @Override
    public String address() {
        return String.format("%-15s %s  (OpenAPI %s/q/swagger-ui)", service, baseUrl(), baseUrl());
    }
}
