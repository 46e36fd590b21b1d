package uk.send.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.runtime.StartupEvent;

/**
 * A service run for real refuses to start without its secrets. When {@code platform.environment} is
 * {@code production} (deploy/ and docker-compose.yml set {@code PLATFORM_ENVIRONMENT}), each property named in
 * {@code platform.secrets} must be set, to something that is not a placeholder from an example file or the local run,
 * and long enough to be a secret. The reason names the properties, never their values. The local run and the tests
 * are {@code local}, with the local secrets they use.
 */
@ApplicationScoped
public class ProductionSecrets {

    /** Found in the values of example files and of the local run, never in a real secret. */
    static final List<String> PLACEHOLDERS = List.of("change-me", "changeme", "placeholder", "local-secret",
            "example", "xxxx");

    /** Whole values that are only ever stand-ins. */
    static final List<String> STAND_INS = List.of("password", "secret", "demo", "send", "admin", "test");

    static final int SHORTEST = 16;

    void check(@Observes StartupEvent startup) {
        Config config = ConfigProvider.getConfig();
        if (!"production".equals(config.getOptionalValue("platform.environment", String.class).orElse("local"))) {
            return;
        }
        Map<String, Optional<String>> secrets = new TreeMap<>();
        for (String name : config.getOptionalValues("platform.secrets", String.class).orElse(List.of())) {
            secrets.put(name, config.getOptionalValue(name, String.class));
        }
        List<String> problems = problems(secrets);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start in production: " + String.join("; ", problems));
        }
    }

    /** What is wrong with each secret, by its property's name; empty when every one is fit to use. */
    static List<String> problems(Map<String, Optional<String>> secrets) {
        List<String> problems = new ArrayList<>();
        secrets.forEach((name, value) -> {
            String secret = value.map(String::strip).orElse("");
            String lower = secret.toLowerCase(Locale.ROOT);
            if (secret.isEmpty()) {
                problems.add(name + " is not set");
            } else if (PLACEHOLDERS.stream().anyMatch(lower::contains) || STAND_INS.contains(lower)) {
                problems.add(name + " is still a placeholder");
            } else if (secret.length() < SHORTEST) {
                problems.add(name + " is too short to be a secret (at least " + SHORTEST + " characters)");
            }
        });
        return problems;
    }
}
