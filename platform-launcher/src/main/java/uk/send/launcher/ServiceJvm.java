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
        return "Java " + version + ", " + ServiceProcess.HEAP + ", serial collector"
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
        List<String> command = new ArrayList<>(List.of(java.toString(), ServiceProcess.HEAP, "-XX:+UseSerialGC"));
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
