package uk.send.benchmarks;

import java.io.IOException;
import java.io.InputStream;
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
import java.util.stream.Stream;

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
    record Service(String name, double startedWithPlatformSeconds, double filesReadSeconds, double startedAloneSeconds,
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
            List<Path> files = filesItStartsFrom(platform, service);
            service.stop();
            Thread.sleep(2000);
            double read = readThrough(files);
            service.start();
            double alone = service.lastStartup().toMillis() / 1000.0;
            double reported = lastReportedStart(platform.settings().log(service.name()));
            footprints.add(new Service(service.name(), startedWithPlatform.get(service.name()).toMillis() / 1000.0,
                    read, alone, reported, resident / 1024, peak / 1024, parts.heapKb() / 1024,
                    parts.classDataKb() / 1024, parts.compiledCodeKb() / 1024));
            System.out.printf("%-21s resident %4d MB (peak %4d MB; heap %d MB, class data %d MB, compiled code %d MB); "
                    + "its files read in %.2f s, then started alone in %.2f s (Quarkus: %.3f s)%n", service.name(),
                    resident / 1024, peak / 1024, parts.heapKb() / 1024, parts.classDataKb() / 1024,
                    parts.compiledCodeKb() / 1024, read, alone, reported);
        }
        return footprints;
    }

    /**
     * The files a service's JVM reads as it starts: the application, its start-up cache, and the JDK's module image,
     * JVM and class archive. How long a start takes depends on whether these are in the page cache, and this machine
     * drops cached files it has not used lately (after the million referrals' writes, reading a service's 160 MB
     * cache from its disk took about 1.5 s and started services up to 4 s late). Read through once before the
     * start, so that started alone means a restart on a machine that ran the service a moment ago, and the read's
     * time, from disk or cache as found, is reported beside it.
     */
    private static List<Path> filesItStartsFrom(Platform platform, ServiceProcess service) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> application = Files.walk(platform.settings().repository().resolve(service.service())
                .resolve("target/quarkus-app"))) {
            application.filter(Files::isRegularFile).forEach(files::add);
        }
        try (Stream<Path> classData = Files.list(platform.settings().home().resolve("class-data"))) {
            classData.filter(file -> file.getFileName().toString().startsWith(service.service() + "."))
                    .forEach(files::add);
        }
        Path jdk = Path.of(ProcessHandle.of(service.pid()).flatMap(process -> process.info().command())
                .orElseThrow()).getParent().getParent();
        for (String file : List.of("lib/modules", "lib/server/libjvm.so", "lib/server/classes.jsa",
                "lib/server/classes_coh.jsa", "lib/server/classes_nocoops.jsa")) {
            if (Files.isRegularFile(jdk.resolve(file))) {
                files.add(jdk.resolve(file));
            }
        }
        return files;
    }

    /** Reads the files through, for the page cache, and says how long that took. */
    private static double readThrough(List<Path> files) throws IOException {
        long begin = System.nanoTime();
        byte[] buffer = new byte[1 << 20];
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                while (in.read(buffer) >= 0) {
                    // only read
                }
            }
        }
        return (System.nanoTime() - begin) / 1e9;
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
