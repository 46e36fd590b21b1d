package uk.send.launcher;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The whole platform on one machine, started in dependency order and stopped in reverse: PostgreSQL, Kafka,
 * Keycloak, mail, text messages, then the services that have been built.
 */
public final class Platform implements AutoCloseable {

    public static final List<String> SERVICES = List.of("referral-service", "triage-service",
            "transition-service", "notification-service");

    private final PlatformSettings settings;
    private final List<Component> started = new ArrayList<>();
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private LocalMail mail;
    private LocalTextMessages textMessages;

    private Platform(PlatformSettings settings) {
        this.settings = settings;
    }

    public static Platform start(PlatformSettings settings) throws Exception {
        Platform platform = new Platform(settings);
        try {
            platform.startAll();
        } catch (Exception | Error e) {
            platform.close();
            throw e;
        }
        return platform;
    }

    /** Starts the platform with no data from earlier runs: empty databases, topics and Keycloak store. */
    public static Platform startFresh(PlatformSettings settings) throws Exception {
        FreshHome.wipe(settings);
        return start(settings);
    }

    private void startAll() throws Exception {
        Files.createDirectories(settings.home().resolve("logs"));
        mail = new LocalMail(settings);
        textMessages = new LocalTextMessages(settings.textMessagesPort());
        for (Component server : List.of(new LocalPostgres(settings), new LocalKafka(settings),
                new LocalKeycloak(settings, LocalKeycloak.distributionInLocalRepository()), mail, textMessages)) {
            start(server);
        }
        for (String service : SERVICES) {
            if (Files.exists(settings.repository().resolve(service).resolve("target/quarkus-app/quarkus-run.jar"))) {
                services.put(service, new ServiceProcess(service, settings, Map.of()));
            }
        }
        sideBySide(services.values(), this::start);
    }

    /** What starts one service. */
    private interface ServiceStart {
        void start(ServiceProcess service) throws Exception;
    }

    /** The services depend only on the servers, not on each other: they start side by side. */
    private static void sideBySide(Collection<ServiceProcess> services, ServiceStart start) throws Exception {
        ExecutorService starting = Executors.newFixedThreadPool(Math.max(1, services.size()));
        try {
            List<Future<?>> started = new ArrayList<>();
            for (ServiceProcess service : services) {
                started.add(starting.submit(() -> {
                    start.start(service);
                    return null;
                }));
            }
            for (Future<?> service : started) {
                try {
                    service.get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }
        } finally {
            starting.shutdown();
        }
    }

    private void start(Component component) throws Exception {
        long begin = System.nanoTime();
        component.start();
        synchronized (started) {
            started.add(component);
        }
        System.out.printf("Started %-22s in %.1f s%n", component.name(), (System.nanoTime() - begin) / 1e9);
    }

    public PlatformSettings settings() {
        return settings;
    }

    /** The services that are running, in their usual order. */
    public List<ServiceProcess> services() {
        return List.copyOf(services.values());
    }

    /**
     * Restarts the services whose start recorded their start-up cache (the first start after a build), so that they
     * write it and run from it: a recording JVM runs more slowly than one that maps its cache. Returns how many.
     */
    public int restartRecordingServices() throws Exception {
        List<ServiceProcess> recording = services.values().stream().filter(ServiceProcess::recording).toList();
        recording.parallelStream().forEach(ServiceProcess::stop);
        sideBySide(recording, ServiceProcess::start);
        return recording.size();
    }

    public ServiceProcess service(String name) {
        ServiceProcess service = services.get(name);
        if (service == null) {
            throw new IllegalArgumentException(name + " is not running");
        }
        return service;
    }

    /**
     * Starts one more instance of a running service on the given port (its management interface a thousand above),
     * sharing the first's database and Kafka consumer groups, as a second replica would; stopped with the platform.
     */
    public ServiceProcess startAnotherInstance(String service, String name, int port) throws Exception {
        service(service);
        ServiceProcess instance = new ServiceProcess(service, name, port, settings, Map.of());
        start(instance);
        return instance;
    }

    /**
     * Stops one of the servers ({@code postgresql}, {@code kafka}) and starts it again on the same ports and data,
     * as an outage and its recovery would; the services are left to reconnect by themselves.
     */
    public void restart(String server, Duration down) throws Exception {
        Component component = started.stream().filter(c -> c.name().equals(server)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(server + " is not running"));
        component.stop();
        Thread.sleep(down.toMillis());
        component.start();
    }

    /** A connection to a service's database ({@code referral}, {@code triage}...), as the role that owns it. */
    /**
     * A connection as the server's superuser, for what no role of the platform may do (the benchmarks' clean-up of
     * the append-only access records of made-up referrals).
     */
    public Connection databaseAsSuperuser(String name) throws SQLException {
        return DriverManager.getConnection(settings.jdbcUrl(name), "postgres", "");
    }

    public Connection database(String name) throws SQLException {
        return DriverManager.getConnection(settings.jdbcUrl(name), LocalPostgres.USER, LocalPostgres.PASSWORD);
    }

    /** The mail server every notice goes through, kept in this process. */
    public LocalMail mail() {
        return mail;
    }

    /** The text message service every text goes to, kept in this process. */
    public LocalTextMessages textMessages() {
        return textMessages;
    }

    /** Where each part answers: the servers in the order they started, then the services in their usual order. */
    public List<String> addresses() {
        return started.stream()
                .sorted(Comparator.comparingInt(c -> c instanceof ServiceProcess ? 1 + SERVICES.indexOf(c.name()) : 0))
                .map(Component::address).toList();
    }

    /**
     * Stops the services together (each may be writing its start-up cache, which takes a while once after a build),
     * then the servers in reverse order of starting.
     */
    @Override
    public synchronized void close() {
        List<Component> services = started.stream().filter(ServiceProcess.class::isInstance).toList();
        services.forEach(service -> System.out.println("Stopping " + service.name()));
        services.parallelStream().forEach(Component::stop);
        for (int i = started.size() - 1; i >= 0; i--) {
            Component component = started.get(i);
            if (!services.contains(component)) {
                System.out.println("Stopping " + component.name());
                component.stop();
            }
        }
        started.clear();
    }
}
