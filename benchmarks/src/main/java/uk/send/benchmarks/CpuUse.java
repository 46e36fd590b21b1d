package uk.send.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import uk.send.launcher.Platform;
import uk.send.launcher.ServiceProcess;

/**
 * CPU time used by each part of the platform, read from /proc: each service, PostgreSQL (the server and its backends),
 * Kafka, Keycloak, and the benchmark's own JVM (its clients, and the mail server every notice goes to). The difference
 * between two readings, divided by the work done between them, shows where each referral's cost goes. Of the platform's
 * JVMs it also reads the just-in-time compiler's threads on their own: compiling is paid once per process, mostly in its
 * first minutes, and a measured stretch early in a process's life pays for compiling the code it runs for the first
 * time, so a figure that falls as the rate rises may be compilation, not a cost per second.
 */
final class CpuUse {

    private static final double TICKS_PER_SECOND = 100.0;
    /** Part of the figures above, so left out of the totals. */
    static final String JIT_COMPILATION = "of which JIT compilation";
    private static final String BENCHMARK = "benchmark JVM (clients, mail server)";
    private static final String ALL = "all";

    private final Platform platform;

    CpuUse(Platform platform) {
        this.platform = platform;
    }

    /** CPU seconds used so far by each part. */
    Map<String, Double> reading() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        double compiling = 0;
        for (ServiceProcess service : platform.services()) {
            seconds.put(service.name(), cpuSeconds(ProcessHandle.of(service.pid())));
            compiling += compilerSeconds(service.pid());
        }
        Path postgresData = platform.settings().data("postgres").toAbsolutePath();
        seconds.put("postgresql", withDescendants(ProcessHandle.allProcesses()
                .filter(p -> p.info().command().orElse("").endsWith("/postgres")
                        && commandLine(p).contains(postgresData.toString()))));
        // Each part's name, and what its command line holds.
        for (Map.Entry<String, String> part : List.of(Map.entry("kafka", "kafka.Kafka"),
                Map.entry("keycloak", "keycloak"))) {
            List<ProcessHandle> processes = ProcessHandle.current().descendants()
                    .filter(p -> commandLine(p).contains(part.getValue())).toList();
            seconds.put(part.getKey(), withDescendants(processes.stream()));
            compiling += processes.stream().mapToDouble(p -> compilerSeconds(p.pid())).sum();
        }
        seconds.put(BENCHMARK, cpuSeconds(Optional.of(ProcessHandle.current())));
        seconds.put(JIT_COMPILATION, compiling);
        return seconds;
    }

    /** Milliseconds of CPU per unit of work for each part between two readings, and in all. */
    static Map<String, Double> perUnit(Map<String, Double> before, Map<String, Double> after, long units) {
        Map<String, Double> milliseconds = new LinkedHashMap<>();
        double total = 0;
        for (Map.Entry<String, Double> part : after.entrySet()) {
            double used = part.getValue() - before.getOrDefault(part.getKey(), 0.0);
            milliseconds.put(part.getKey(), Math.round(10_000 * used / Math.max(1, units)) / 10.0);
            total += part.getKey().equals(JIT_COMPILATION) ? 0 : used;
        }
        milliseconds.put(ALL, Math.round(10_000 * total / Math.max(1, units)) / 10.0);
        return milliseconds;
    }

    /** Everything the machine's cores did, in figures from {@link #perUnit}: the benchmark's JVM included. */
    static double all(Map<String, Double> perUnit) {
        return perUnit.getOrDefault(ALL, 0.0);
    }

    /** The platform's own share of figures from {@link #perUnit}: every part but the benchmark's JVM. */
    static double platform(Map<String, Double> perUnit) {
        return perUnit.getOrDefault(ALL, 0.0) - perUnit.getOrDefault(BENCHMARK, 0.0);
    }

    private static double withDescendants(Stream<ProcessHandle> roots) {
        return roots.mapToDouble(root -> cpuSeconds(Optional.of(root))
                + root.descendants().mapToDouble(child -> cpuSeconds(Optional.of(child))).sum()).sum();
    }

    private static double cpuSeconds(Optional<ProcessHandle> process) {
        return process.map(p -> statSeconds(Path.of("/proc", String.valueOf(p.pid()), "stat"))).orElse(0.0);
    }

    /** CPU seconds of a JVM's C1 and C2 compiler threads (named "C1 CompilerThread0"..., cut to 15 characters). */
    private static double compilerSeconds(long pid) {
        try (Stream<Path> threads = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            return threads.filter(thread -> threadName(thread).matches("C[12] CompilerThre.*"))
                    .mapToDouble(thread -> statSeconds(thread.resolve("stat"))).sum();
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    private static String threadName(Path thread) {
        try {
            return Files.readString(thread.resolve("comm")).trim();
        } catch (IOException | RuntimeException gone) {
            return "";
        }
    }

    private static double statSeconds(Path stat) {
        try {
            String line = Files.readString(stat);
            // Fields after the command name, which is in brackets and may hold spaces: utime and stime are 14 and 15.
            List<String> fields = List.of(line.substring(line.lastIndexOf(')') + 2).split(" "));
            return (Long.parseLong(fields.get(11)) + Long.parseLong(fields.get(12))) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    /** The whole command line from /proc: the JDK's own reading may stop short of a long class path. */
    private static String commandLine(ProcessHandle process) {
        try {
            return Files.readString(Path.of("/proc", String.valueOf(process.pid()), "cmdline")).replace('\0', ' ');
        } catch (IOException | RuntimeException gone) {
            return "";
        }
    }
}
