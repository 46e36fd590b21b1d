package uk.send.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

import uk.send.launcher.Platform;
import uk.send.launcher.ServiceProcess;

/**
 * Where each service spends its CPU over a stretch: Java Flight Recorder's execution samples (its "default" settings,
 * started and stopped with jcmd as the README shows), counted by the first method of the platform's own
 * code on each sampled stack, and by the library the sampled frame itself is in. Not its "profile" settings: with
 * their allocation and lock events on, a step at 50 referrals/s went through at 22/s with twice the CPU per referral.
 */
final class Profile {

    private static final String NAME = "benchmark";
    private static final int SHOWN = 8;

    /** A service's samples, and the largest shares of them. */
    record Service(String name, long samples, Map<String, Double> ownCode, Map<String, Double> sampledIn) {
    }

    private final Map<ServiceProcess, Path> recordings = new LinkedHashMap<>();

    private Profile() {
    }

    /**
     * Starts and stops a recording in every service, keeping nothing: the first recording in a running JVM sets up
     * the recorder and instruments JDK classes, and the compiled code that depends on them is compiled again. Done
     * during the warm-up, that one-off cost stays out of the stretch recorded later (without this, that stretch's
     * CPU per referral was three times the unrecorded step's, most of it the JIT compiler's).
     */
    static void prepare(Platform platform) throws Exception {
        for (ServiceProcess service : platform.services()) {
            Jcmd.run(service, "JFR.start", "name=" + NAME, "settings=default");
            Jcmd.run(service, "JFR.stop", "name=" + NAME);
        }
    }

    static Profile start(Platform platform) throws Exception {
        Profile profile = new Profile();
        Path folder = Files.createDirectories(platform.settings().home().resolve("profiles"));
        for (ServiceProcess service : platform.services()) {
            Path recording = folder.resolve(service.name() + ".jfr");
            Files.deleteIfExists(recording);
            Jcmd.run(service, "JFR.start", "name=" + NAME, "settings=default", "filename=" + recording);
            profile.recordings.put(service, recording);
        }
        return profile;
    }

    List<Service> stop() throws Exception {
        List<Service> services = new ArrayList<>();
        for (Map.Entry<ServiceProcess, Path> recording : recordings.entrySet()) {
            Jcmd.run(recording.getKey(), "JFR.stop", "name=" + NAME);
            services.add(read(recording.getKey().name(), recording.getValue()));
        }
        return services;
    }

    private static Service read(String name, Path recording) throws IOException {
        Map<String, Long> ownCode = new HashMap<>();
        Map<String, Long> sampledIn = new HashMap<>();
        long samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null
                    || event.getStackTrace().getFrames().isEmpty()) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            sampledIn.merge(library(frames.get(0).getMethod().getType().getName()), 1L, Long::sum);
            String own = "(none: the framework's own threads)";
            for (RecordedFrame frame : frames) {
                String type = frame.getMethod().getType().getName();
                // Generated subclasses and proxies stand in front of the class they call.
                if (type.startsWith("uk.send.") && !type.contains("_Subclass") && !type.contains("_ClientProxy")) {
                    own = type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName();
                    break;
                }
            }
            ownCode.merge(own, 1L, Long::sum);
        }
        return new Service(name, samples, largest(ownCode, samples), largest(sampledIn, samples));
    }

    /** The first three parts of a class's package: org.hibernate.engine, io.netty.buffer, java.util.concurrent. */
    private static String library(String type) {
        String[] parts = type.split("\\.");
        return parts.length <= 3 ? type.substring(0, Math.max(0, type.lastIndexOf('.'))) : String.join(".",
                parts[0], parts[1], parts[2]);
    }

    private static Map<String, Double> largest(Map<String, Long> counts, long samples) {
        Map<String, Double> shares = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(SHOWN)
                .forEach(entry -> shares.put(entry.getKey(),
                        Math.round(1000.0 * entry.getValue() / Math.max(1, samples)) / 10.0));
        return shares;
    }
}
