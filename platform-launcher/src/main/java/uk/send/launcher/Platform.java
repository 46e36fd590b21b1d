package uk.send.launcher;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole platform on one machine, started in dependency order and stopped in reverse: PostgreSQL, Kafka,
 * Keycloak, mail, then the services that have been built.
 */
public final class Platform implements AutoCloseable {

    public static final List<String> SERVICES = List.of("referral-service", "triage-service",
            "transition-service", "notification-service");

    private final PlatformSettings settings;
    private final List<Component> started = new ArrayList<>();
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();

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

    private void startAll() throws Exception {
        Files.createDirectories(settings.home().resolve("logs"));
        List<Component> components = new ArrayList<>(List.of(new LocalPostgres(settings), new LocalKafka(settings),
                new LocalKeycloak(settings, LocalKeycloak.distributionInLocalRepository()), new LocalMail(settings)));
        for (String service : SERVICES) {
            if (Files.exists(settings.repository().resolve(service).resolve("target/quarkus-app/quarkus-run.jar"))) {
                ServiceProcess process = new ServiceProcess(service, settings, Map.of());
                services.put(service, process);
                components.add(process);
            }
        }
        for (Component component : components) {
            long begin = System.nanoTime();
            System.out.printf("Starting %-22s", component.name() + " ...");
            component.start();
            started.add(component);
            System.out.printf(" ready in %.1f s%n", (System.nanoTime() - begin) / 1e9);
        }
    }

    public PlatformSettings settings() {
        return settings;
    }

    public ServiceProcess service(String name) {
        ServiceProcess service = services.get(name);
        if (service == null) {
            throw new IllegalArgumentException(name + " is not running");
        }
        return service;
    }

    public List<String> addresses() {
        return started.stream().map(Component::address).toList();
    }

    @Override
    public void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            Component component = started.get(i);
            System.out.println("Stopping " + component.name());
            component.stop();
        }
        started.clear();
    }
}
