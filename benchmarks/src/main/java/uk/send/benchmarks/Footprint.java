package uk.send.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.send.launcher.Platform;
import uk.send.launcher.ServiceProcess;

/**
 * Each service's resident memory after the run (from /proc), then its start-up time when started on its own: from
 * launching the JVM to answering ready, and what Quarkus itself reports.
 */
final class Footprint {

    private static final Pattern STARTED = Pattern.compile("started in ([0-9.]+)s");

    record Service(String name, double startedWithPlatformSeconds, double startedAloneSeconds,
            double quarkusReportedSeconds, long residentMb, long peakResidentMb) {
    }

    private Footprint() {
    }

    static List<Service> measure(Platform platform, Map<String, Duration> startedWithPlatform) throws Exception {
        List<Service> footprints = new ArrayList<>();
        for (ServiceProcess service : platform.services()) {
            long resident = statusKb(service.pid(), "VmRSS");
            long peak = statusKb(service.pid(), "VmHWM");
            service.stop();
            Thread.sleep(2000);
            service.start();
            double alone = service.lastStartup().toMillis() / 1000.0;
            double reported = lastReportedStart(platform.settings().log(service.name()));
            footprints.add(new Service(service.name(), startedWithPlatform.get(service.name()).toMillis() / 1000.0,
                    alone, reported, resident / 1024, peak / 1024));
            System.out.printf("%-21s resident %4d MB (peak %4d MB); started alone in %.2f s (Quarkus: %.3f s)%n",
                    service.name(), resident / 1024, peak / 1024, alone, reported);
        }
        return footprints;
    }

    private static long statusKb(long pid, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException(field + " not found for process " + pid);
    }

    private static double lastReportedStart(Path log) throws IOException {
        double seconds = Double.NaN;
        for (String line : Files.readAllLines(log)) {
            Matcher started = STARTED.matcher(line);
            if (started.find()) {
                seconds = Double.parseDouble(started.group(1));
            }
        }
        return seconds;
    }
}
