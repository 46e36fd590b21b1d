package uk.send.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A command line run to its end from a folder, its output kept in a file while it runs (so that a long output cannot
 * block it): the output when it succeeds, an AssertionError naming the command and showing its output when it fails
 * or outlasts its patience.
 */
final class Command {

    private Command() {
    }

    static String run(Path directory, Map<String, String> environment, Duration patience, List<String> command) {
        try {
            Path output = Files.createTempFile("command", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            boolean finished = process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS);
            String text = Files.readString(output);
            Files.delete(output);
            if (!finished) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish in " + patience + ":\n" + text);
            }
            if (process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed (" + process.exitValue() + "):\n"
                        + text);
            }
            return text;
        } catch (IOException e) {
            throw new AssertionError("Could not run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static String run(Path directory, Duration patience, String... command) {
        return run(directory, Map.of(), patience, List.of(command));
    }
}
