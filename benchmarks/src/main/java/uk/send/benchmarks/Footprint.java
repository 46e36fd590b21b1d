package uk.send.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
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

    /**
     * The range a collector's generation or a code heap reserves, as GC.heap_info and Compiler.codecache give it:
     * {@code [0xstart, 0xtop, 0xend)} or {@code [0xstart, 0xtop, 0xend]}.
     */
    private static final Pattern RANGE = Pattern.compile(
            "\\[0x(\\p{XDigit}+), 0x\\p{XDigit}+, 0x(\\p{XDigit}+)[)\\]]");
    /** A mapping's first line in smaps: its range, permissions, offset, device, inode and file, if any. */
    private static final Pattern MAPPING = Pattern.compile(
            "^(\\p{XDigit}+)-(\\p{XDigit}+) \\S+ \\S+ \\S+ \\S+\\s*(.*)$");

    /**
     * A service's footprint. Of its resident memory after the run: its heap's (the pages of the collector's
     * generations), its class data's (the start-up cache and the JDK's own archive, mapped from their files) and its
     * compiled code's (the code heaps the JIT compilers write to).
     */
    record Service(String name, double startedWithPlatformSeconds, double startedAloneSeconds,
            double quarkusReportedSeconds, long residentMb, long peakResidentMb, long heapResidentMb,
            long classDataResidentMb, long compiledCodeResidentMb) {
    }

    /** Resident kilobytes by what they hold. */
    private record Resident(long heapKb, long classDataKb, long compiledCodeKb) {
    }

    private Footprint() {
    }

    static List<Service> measure(Platform platform, Map<String, Duration> startedWithPlatform) throws Exception {
        List<Service> footprints = new ArrayList<>();
        // Started alone means on a quiet machine: the removal of the scale test's million referrals leaves the
        // database a large checkpoint to write, which would otherwise land on the first service's start.
        Settled.await(platform);
        try (Connection superuser = platform.databaseAsSuperuser("postgres");
             Statement statement = superuser.createStatement()) {
            statement.execute("CHECKPOINT");
        }
        for (ServiceProcess service : platform.services()) {
            long resident = statusKb(service.pid(), "VmRSS");
            long peak = statusKb(service.pid(), "VmHWM");
            Resident parts = residentParts(service);
            service.stop();
            Thread.sleep(2000);
            service.start();
            double alone = service.lastStartup().toMillis() / 1000.0;
            double reported = lastReportedStart(platform.settings().log(service.name()));
            footprints.add(new Service(service.name(), startedWithPlatform.get(service.name()).toMillis() / 1000.0,
                    alone, reported, resident / 1024, peak / 1024, parts.heapKb() / 1024, parts.classDataKb() / 1024,
                    parts.compiledCodeKb() / 1024));
            System.out.printf("%-21s resident %4d MB (peak %4d MB; heap %d MB, class data %d MB, compiled code %d MB); "
                    + "started alone in %.2f s (Quarkus: %.3f s)%n", service.name(), resident / 1024, peak / 1024,
                    parts.heapKb() / 1024, parts.classDataKb() / 1024, parts.compiledCodeKb() / 1024, alone,
                    reported);
        }
        return footprints;
    }

    /**
     * The resident kilobytes of the heap and of the compiled code (the address ranges the collector's generations and
     * the code heaps span, as GC.heap_info and Compiler.codecache give them) and of the class data mapped from an
     * archive or cache file, from the process's memory map.
     */
    private static Resident residentParts(ServiceProcess service) throws Exception {
        long[] heap = span(Jcmd.run(service, "GC.heap_info"));
        long[] code = span(Jcmd.run(service, "Compiler.codecache"));
        long heapKb = 0;
        long classDataKb = 0;
        long codeKb = 0;
        boolean inHeap = false;
        boolean inCode = false;
        boolean isClassData = false;
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(service.pid()), "smaps"))) {
            Matcher mapping = MAPPING.matcher(line);
            if (mapping.matches()) {
                long start = Long.parseUnsignedLong(mapping.group(1), 16);
                long end = Long.parseUnsignedLong(mapping.group(2), 16);
                inHeap = start >= heap[0] && end <= heap[1];
                inCode = start >= code[0] && end <= code[1];
                String file = mapping.group(3);
                isClassData = file.endsWith(".jsa") || file.endsWith(".aot");
            } else if (line.startsWith("Rss:")) {
                long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                heapKb += inHeap ? kb : 0;
                codeKb += inCode ? kb : 0;
                classDataKb += isClassData ? kb : 0;
            }
        }
        return new Resident(heapKb, classDataKb, codeKb);
    }

    /** From the lowest start to the highest end of the ranges a jcmd report gives. */
    private static long[] span(String report) {
        long low = Long.MAX_VALUE;
        long high = 0;
        Matcher range = RANGE.matcher(report);
        while (range.find()) {
            low = Math.min(low, Long.parseUnsignedLong(range.group(1), 16));
            high = Math.max(high, Long.parseUnsignedLong(range.group(2), 16));
        }
        return new long[] {low, high};
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
