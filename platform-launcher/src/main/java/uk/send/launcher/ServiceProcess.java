package uk.send.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** One of the four services, run from its built Quarkus application as a process of its own. */
public final class ServiceProcess implements Component {

    private static final ServiceJvm JVM = ServiceJvm.find();

    /** Writing a recorded cache at the stop takes about half a minute on two busy cores; a stop waits for that. */
    private static final Duration STOP_WRITING_CACHE = Duration.ofMinutes(2);

    private final String service;
    private final String name;
    private final int port;
    private final PlatformSettings settings;
    private final Map<String, String> extraEnvironment;
    private ChildProcess process;
    private Duration lastStartup = Duration.ZERO;
    private boolean recording;

    ServiceProcess(String service, PlatformSettings settings, Map<String, String> extraEnvironment) {
        this(service, service, settings.servicePorts().get(service), settings, extraEnvironment);
    }

    /** Another instance of a service, on a port of its own, with the same database and consumer groups. */
    ServiceProcess(String service, String name, int port, PlatformSettings settings,
            Map<String, String> extraEnvironment) {
        this.service = service;
        this.name = name;
        this.port = port;
        this.settings = settings;
        this.extraEnvironment = extraEnvironment;
    }

    /** The service's name, or for a further instance the name that tells it apart (its log is named after it). */
    @Override
    public String name() {
        return name;
    }

    /** Which service this is an instance of. */
    public String service() {
        return service;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port();
    }

    /** Health, metrics and the OpenAPI document: the service's management interface, a thousand above its port. */
    public String managementUrl() {
        return "http://localhost:" + (port() + 1000);
    }

    @Override
    public void start() throws Exception {
        start(Map.of());
    }

    /** Starts with some settings changed for this run only, as a drill that needs a fault does. */
    public void start(Map<String, String> overrides) throws Exception {
        Path application = settings.repository().resolve(service).resolve("target/quarkus-app");
        if (!Files.exists(application.resolve("quarkus-run.jar"))) {
            throw new IllegalStateException(application + " is missing: build first with ./mvnw install -DskipTests");
        }
        String database = service.substring(0, service.indexOf('-'));
        Map<String, String> environment = new HashMap<>(Map.of(
                "HTTP_PORT", String.valueOf(port()),
                "MANAGEMENT_PORT", String.valueOf(port() + 1000),
                "QUARKUS_DATASOURCE_JDBC_URL", settings.jdbcUrl(database),
                "QUARKUS_DATASOURCE_USERNAME", LocalPostgres.applicationRole(database),
                "QUARKUS_DATASOURCE_PASSWORD", LocalPostgres.PASSWORD,
                "KAFKA_BOOTSTRAP_SERVERS", settings.kafkaBootstrap(),
                "QUARKUS_OIDC_AUTH_SERVER_URL", settings.issuer(),
                "QUARKUS_OIDC_CREDENTIALS_SECRET", service + "-local-secret",
                "QUARKUS_MAILER_HOST", "localhost",
                "QUARKUS_MAILER_PORT", String.valueOf(settings.smtpPort())));
        // Migrations as the database's owner; the service itself as its application role.
        environment.put("QUARKUS_FLYWAY_USERNAME", database);
        environment.put("QUARKUS_FLYWAY_PASSWORD", LocalPostgres.PASSWORD);
        // Where each service finds the others' pages and APIs when the ports are moved.
        environment.put("REFERRAL_SERVICE_URL", "http://localhost:" + settings.servicePorts().get("referral-service"));
        environment.put("NOTIFICATION_SERVICE_URL",
                "http://localhost:" + settings.servicePorts().get("notification-service"));
        environment.put("TRANSITION_SERVICE_URL",
                "http://localhost:" + settings.servicePorts().get("transition-service"));
        environment.put("NOTIFICATION_TEXT_MESSAGES_BASE_URL", settings.textMessagesUrl());
        environment.put("FAMILY_REFERRALS_URL",
                "http://localhost:" + settings.servicePorts().get("referral-service") + "/family/referrals");
        // Signed in to Kafka over TLS as the service's own user, with deploy/'s ACLs.
        // The C library's memory pools: one per busy thread by default, each holding memory it rarely gives back;
        // two are plenty for a JVM, which allocates little outside its heap.
        environment.put("MALLOC_ARENA_MAX", "2");
        environment.putAll(settings.kafkaSecurity().serviceEnvironment(service));
        environment.putAll(extraEnvironment);
        environment.putAll(overrides);
        ServiceJvm.Start start = JVM.start(service, application,
                Files.createDirectories(settings.home().resolve("class-data")), name.equals(service));
        recording = start.recording();
        process = new ChildProcess(name, start.command(), environment, application, settings.log(name));
        long begin = System.nanoTime();
        process.start();
        process.awaitReady(() -> ChildProcess.answers(managementUrl() + "/q/health/ready"), Duration.ofMinutes(2));
        lastStartup = Duration.ofNanos(System.nanoTime() - begin);
    }

    /** Whether this run of the service records its start-up cache, written when it stops normally. */
    public boolean recording() {
        return recording;
    }

    /** The JVM the services run on and the options that matter to their figures, for a report. */
    public static String jvm() {
        return JVM.description();
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
            process.stop(recording ? STOP_WRITING_CACHE : ChildProcess.STOP);
            recording = false;
        }
    }

    /** Kills the service without warning, as a crash would; {@link #start()} brings it back. */
    public void kill() {
        process.kill();
    }

    @Override
    public String address() {
        return String.format("%-15s %s  (OpenAPI %s/q/swagger-ui)", name, baseUrl(), managementUrl());
    }
}
