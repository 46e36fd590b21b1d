package uk.send.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The configuration a service reads, from its application.properties: which environment variables set a property
 * it has (by MicroProfile Config's environment naming) or that it reads by name in an expression.
 */
final class ServiceConfiguration {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([A-Z0-9_]+)");

    private final Set<String> environmentNames = new HashSet<>();
    private final Map<String, String> properties = new HashMap<>();
    private final int httpPort;

    ServiceConfiguration(Path repository, String service) {
        Path file = repository.resolve(service).resolve("src/main/resources/application.properties");
        int port = -1;
        try {
            for (String line : Files.readAllLines(file)) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || !trimmed.contains("=")) {
                    continue;
                }
                String key = trimmed.substring(0, trimmed.indexOf('=')).strip().replaceFirst("^%[^.]+\\.", "");
                String value = trimmed.substring(trimmed.indexOf('=') + 1);
                environmentNames.add(environmentName(key));
                properties.putIfAbsent(key, value.strip());
                Matcher expression = EXPRESSION.matcher(value);
                while (expression.find()) {
                    environmentNames.add(expression.group(1));
                }
                if (key.equals("quarkus.http.port")) {
                    port = Integer.parseInt(value.replaceAll(".*:(\\d+)}.*", "$1"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.httpPort = port;
    }

    /** True if this variable sets one of the service's properties. */
    boolean reads(String environmentVariable) {
        return environmentNames.contains(environmentVariable);
    }

    /** A property's value as written (the first, whatever its profile), or null. */
    String value(String key) {
        return properties.get(key);
    }

    /** The values of every property whose name matches the pattern, each once. */
    Set<String> valuesOf(String keyPattern) {
        Set<String> values = new HashSet<>();
        properties.forEach((key, value) -> {
            if (key.matches(keyPattern)) {
                values.add(value);
            }
        });
        return values;
    }

    /** The property an environment variable sets: by MicroProfile Config's naming, or named in its expression. */
    Optional<String> propertySetBy(String environmentVariable) {
        return properties.entrySet().stream().filter(p -> environmentName(p.getKey()).equals(environmentVariable)
                || p.getValue().contains("${" + environmentVariable + ":") || p.getValue().contains("${"
                        + environmentVariable + "}")).map(Map.Entry::getKey).findFirst();
    }

    int httpPort() {
        return httpPort;
    }

    /** The management interface's port by default: health, metrics and the OpenAPI document. */
    int managementPort() {
        return Integer.parseInt(value("quarkus.management.port").replaceAll(".*:(\\d+)}.*", "$1"));
    }

    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    static Path repository() {
        return Path.of(System.getProperty("repository.root", "..")).toAbsolutePath().normalize();
    }
}
