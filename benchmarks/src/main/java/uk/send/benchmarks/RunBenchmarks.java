package uk.send.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.kafka.common.utils.AppInfoParser;

import uk.send.launcher.Platform;
import uk.send.launcher.PlatformSettings;
import uk.send.launcher.ServiceProcess;

/**
 * The README's benchmark command: starts the whole platform afresh (in benchmarks/target/platform, never the data of
 * ./run-platform), measures worklists at scale, intake, closure to notification and each service's footprint, and
 * writes report.md and report.json.
 */
public final class RunBenchmarks {

    private RunBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Path repository = Path.of("").toAbsolutePath();
        BenchmarkSettings settings = BenchmarkSettings.from(args, repository);
        PlatformSettings platformSettings = PlatformSettings.fromEnvironment(repository)
                .withHome(repository.resolve("benchmarks/target/platform"));
        Instant began = Instant.now();
        try (Platform platform = Platform.startFresh(platformSettings)) {
            // Ctrl-C stops what the run started, as it does for ./run-platform.
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "platform-stop"));
            // The first start after a build records each service's start-up cache, and a recording JVM runs more
            // slowly: those services are restarted together to write the cache and run from it, so that nothing
            // measured records, and their start with the platform is the one from the cache.
            int restarted = platform.restartRecordingServices();
            if (restarted > 0) {
                System.out.printf("%d services restarted from the start-up cache their first start recorded%n",
                        restarted);
            }
            Map<String, Duration> startedWithPlatform = new LinkedHashMap<>();
            platform.services().forEach(service -> startedWithPlatform.put(service.name(), service.lastStartup()));

            // Rates first, on a platform not yet busy with the aftermath of loading and removing a million referrals
            // (the database's checkpoints and vacuuming of them), which slowed the intake measured after it.
            ReferralIntake.Result intake = ReferralIntake.run(platform, settings);
            ClosureToNotification.Result closure = ClosureToNotification.run(platform, settings);
            List<WorklistAtScale.Size> worklists = WorklistAtScale.run(platform, settings);
            List<Footprint.Service> footprint = Footprint.measure(platform, startedWithPlatform);
            // Last, as it kills and restarts services: the figures above are of one instance of each, undisturbed.
            ScaleOutDrill.Result scaleOut = ScaleOutDrill.run(platform, settings);

            Map<String, Object> run = new LinkedHashMap<>();
            run.put("ranAt", began.truncatedTo(ChronoUnit.SECONDS).toString());
            run.put("durationSeconds", Duration.between(began, Instant.now()).toSeconds());
            run.put("command", "./run-benchmarks" + (args.length == 0 ? "" : " " + String.join(" ", args)));
            run.put("machine", machine());
            run.put("versions", versions(platform));
            run.put("settings", settings(settings, platform));
            new Report(run, intake, closure, worklists, footprint, scaleOut).write(settings.results());
            System.out.println("Report written to " + settings.results().resolve("report.md") + " and report.json");
            if (!scaleOut.passed()) {
                throw new IllegalStateException("The scale-out drill lost, duplicated or reordered work: see the "
                        + "report");
            }
        }
    }

    private static Map<String, Object> machine() throws IOException {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("memoryMb", procField("/proc/meminfo", "MemTotal") / 1024);
        machine.put("cpu", procText("/proc/cpuinfo", "model name"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        return machine;
    }

    private static Map<String, Object> versions(Platform platform) throws Exception {
        Map<String, Object> versions = new LinkedHashMap<>();
        versions.put("quarkus", quarkusVersion(platform));
        versions.put("kafka", AppInfoParser.getVersion());
        versions.put("postgresql", query(platform, "SHOW server_version"));
        try (Stream<Path> unpacked = Files.list(platform.settings().home())) {
            versions.put("keycloak", unpacked.map(path -> path.getFileName().toString())
                    .filter(name -> name.startsWith("keycloak-")).map(name -> name.substring("keycloak-".length()))
                    .findFirst().orElse("unknown"));
        }
        return versions;
    }

    private static Map<String, Object> settings(BenchmarkSettings settings, Platform platform) throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("clients", settings.clients());
        values.put("warmUp", settings.warmUpRate() + "/s for " + settings.warmUp().toSeconds() + " s");
        values.put("intakeRates", settings.intakeRates());
        values.put("intakeStepSeconds", settings.intakeStep().toSeconds());
        values.put("limitSeconds", settings.limitDuration().toSeconds());
        values.put("closureRates", settings.closureRates());
        values.put("closureStepSeconds", settings.closureStep().toSeconds());
        values.put("roundTripSeconds", settings.roundTrip().toSeconds());
        values.put("worklistSizes", settings.worklistSizes());
        values.put("worklistSamples", settings.worklistSamples());
        values.put("scaleOutClosures", settings.scaleOutClosures());
        values.put("scaleOutRate", settings.scaleOutRate());
        values.put("kafkaPartitions", System.getenv().getOrDefault("KAFKA_NUM_PARTITIONS", "3"));
        values.put("serviceJvm", ServiceProcess.jvm());
        for (String setting : List.of("shared_buffers", "synchronous_commit", "fsync", "full_page_writes",
                "max_connections")) {
            values.put("postgres." + setting, query(platform, "SHOW " + setting));
        }
        return values;
    }

    private static String quarkusVersion(Platform platform) throws IOException {
        ServiceProcess first = platform.services().get(0);
        for (String line : Files.readAllLines(platform.settings().log(first.name()))) {
            int at = line.indexOf("powered by Quarkus ");
            if (at >= 0) {
                return line.substring(at + "powered by Quarkus ".length()).replaceAll("\\).*", "");
            }
        }
        return "unknown";
    }

    private static String query(Platform platform, String sql) throws SQLException {
        try (Connection connection = platform.database("referral");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static long procField(String file, String field) throws IOException {
        return Long.parseLong(procText(file, field).replaceAll("[^0-9]", ""));
    }

    private static String procText(String file, String field) throws IOException {
        return Files.readAllLines(Path.of(file)).stream().filter(line -> line.startsWith(field))
                .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
    }
}
