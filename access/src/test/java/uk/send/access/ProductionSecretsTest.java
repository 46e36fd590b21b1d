package uk.send.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** A service run for real refuses to start with a secret missing, left as a placeholder, or too short to be one. */
class ProductionSecretsTest {

    @Test
    void realSecretsPass() {
        assertThat(ProductionSecrets.problems(Map.of(
                "quarkus.oidc.credentials.secret", Optional.of("q8Xr2mVt7pLz4nWc9hBy3kJd"),
                "quarkus.datasource.password", Optional.of("Zt5u!rK8#wQ2pN6sY1vB"),
                // The JAAS line Strimzi writes names its password field: the value is what matters.
                "kafka.sasl.jaas.config", Optional.of("org.apache.kafka.common.security.scram.ScramLoginModule "
                        + "required username=\"referral-service\" password=\"u7Kq2LmW9xR4tZp1\";")))).isEmpty();
    }

    @Test
    void eachProblemIsNamedByItsPropertyAndNoValueIsRepeated() {
        Map<String, Optional<String>> secrets = new TreeMap<>();
        secrets.put("access.form-key", Optional.empty());
        secrets.put("quarkus.datasource.password", Optional.of("change-me"));
        secrets.put("quarkus.oidc.credentials.secret", Optional.of("notification-service-local-secret"));
        secrets.put("quarkus.rest-csrf.token-signature-key", Optional.of("   "));
        secrets.put("some.key", Optional.of("k3Yz9"));

        assertThat(ProductionSecrets.problems(secrets)).containsExactly(
                "access.form-key is not set",
                "quarkus.datasource.password is still a placeholder",
                "quarkus.oidc.credentials.secret is still a placeholder",
                "quarkus.rest-csrf.token-signature-key is not set",
                "some.key is too short to be a secret (at least 16 characters)");
        assertThat(String.join(" ", ProductionSecrets.problems(secrets))).doesNotContain("change-me", "k3Yz9",
                "local-secret");
    }

    @Test
    void theExampleFilesValuesAreAllPlaceholders() {
        for (String example : new String[] {"change-me", "CHANGE-ME-please-now-1234", "my-example-key-123456789",
                "local-secret-0123456789abcdef", "password", "Demo", "secret",
                "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"a\" "
                        + "password=\"change-me\";"}) {
            assertThat(ProductionSecrets.problems(Map.of("a.secret", Optional.of(example)))).as(example)
                    .containsExactly("a.secret is still a placeholder");
        }
    }
}
