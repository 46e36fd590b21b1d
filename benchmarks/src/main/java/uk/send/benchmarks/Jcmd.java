package uk.send.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import uk.send.launcher.ServiceProcess;

/** A diagnostic command sent to a running service's JVM with the JDK's jcmd. */
final class Jcmd {

    private Jcmd() {
    }

    /** What the JVM answered; fails if it did not answer within a minute or refused. */
    static String run(ServiceProcess service, String... command) throws Exception {
        List<String> arguments = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd")
                .toString(), String.valueOf(service.pid())));
        arguments.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(arguments).redirectErrorStream(true).start();
        String said = new String(jcmd.getInputStream().readAllBytes());
        if (!jcmd.waitFor(Duration.ofMinutes(1).toSeconds(), TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + String.join(" ", command) + " for " + service.name()
                    + " failed: " + said);
        }
        return said;
    }
}
