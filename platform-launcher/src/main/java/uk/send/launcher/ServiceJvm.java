package uk.send.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM the services run on, and what lets them start quickly: the newest JDK of at least 25 under /usr/lib/jvm (or
 * SERVICE_JAVA_HOME), with its ahead-of-time cache of the classes a service loads and links, the objects its start-up
 * makes and how its methods were used; on an older JDK, this one, with a class-data archive of the classes alone.
 * Either is recorded by the first start after a build and written when that service stops normally (so its stop then
 * takes longer, once); later starts map it. The services are packaged as Quarkus' {@code aot-jar}, whose classes the
 * JDK's own class loader loads, so that both reach the application's classes, not only the JDK's.
 */
final class ServiceJvm {

    /** The JDK from which a cache holds the objects and profiles of start-up as well as the classes. */
    static final int AHEAD_OF_TIME_CACHE = 25;

    /**
     * How a service's memory is managed. The heap: after a full collection one holds about 40 MB of live objects under
     * load (measured in the benchmark), so 192 MB leaves room for several times that. Its young generation, where
     * almost everything a request or an event allocates dies, is 32 MB: every page of it is touched between two
     * collections, so its size is resident for good, and the default (a third of the heap) kept 64 MB resident for
     * collections seconds apart that each copy under a megabyte. The serial collector, as a service runs on a core
     * or two and its pauses are a few milliseconds of work. The C library's heap is given back to the system every
     * 10 seconds: compiling and the clients' buffers leave 25 to 40 MB of it free but resident otherwise.
     */
    static final List<String> MEMORY = List.of("-Xmx192m", "-Xmn32m", "-XX:+UseSerialGC",
            "-XX:TrimNativeHeapInterval=10000");

    private final Path java;
    private final int version;

    ServiceJvm(Path java, int version) {
        this.java = java;
        this.version = version;
    }

    static ServiceJvm find() {
        return Jdks.configuredOrNewest("SERVICE_JAVA_HOME", AHEAD_OF_TIME_CACHE)
                .map(jdk -> new ServiceJvm(jdk.resolve("bin/java"),
                        Jdks.majorVersion(jdk).orElse(AHEAD_OF_TIME_CACHE)))
                .orElseGet(() -> new ServiceJvm(Path.of(ChildProcess.java()), Runtime.version().feature()));
    }

    /** Which Java, with which of the options that matter to a service's figures. */
    String description() {
        return "Java " + version + ", " + String.join(" ", MEMORY)
                + (version >= AHEAD_OF_TIME_CACHE ? ", compact object headers, ahead-of-time cache"
                        : ", class-data archive");
    }

    /** A start's command line, and whether it records the cache (so that stopping it normally writes the cache). */
    record Start(List<String> command, boolean recording) {
    }

    /**
     * The command that starts the application in {@code application}, with the cache kept in {@code classData}.
     * Only a service's first instance records one: two recording at once would write the same file.
     */
    Start start(String service, Path application, Path classData, boolean mayRecord) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(MEMORY);
        boolean aheadOfTime = version >= AHEAD_OF_TIME_CACHE;
        if (aheadOfTime) {
            // Object headers of 8 bytes, not 12: a tenth or so less heap for the same objects.
            command.add("-XX:+UseCompactObjectHeaders");
        }
        Path cache = classData.resolve(service + (aheadOfTime ? ".aot" : ".jsa"));
        boolean current = Files.exists(cache) && Files.getLastModifiedTime(cache)
                .compareTo(Files.getLastModifiedTime(application.resolve("quarkus-run.jar"))) > 0;
        boolean recording = false;
        if (current) {
            command.add((aheadOfTime ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + cache);
        } else if (mayRecord) {
            Files.deleteIfExists(cache);
            // The other kind, left by a run on the other JDK, would only take up room.
            Files.deleteIfExists(classData.resolve(service + (aheadOfTime ? ".jsa" : ".aot")));
            command.add((aheadOfTime ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + cache);
            recording = true;
        }
        command.addAll(List.of("-jar", "quarkus-run.jar"));
        return new Start(List.copyOf(command), recording);
    }
}
