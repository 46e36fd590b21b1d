package uk.send.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The production realm (deploy/ and docker-compose.yml import it) and the local run's realm must not drift: the
 * same roles, clients and claim mappers. Only the local one has demo users, its scripting client and known secrets.
 */
class RealmTest {

    private static final Path REPOSITORY = ServiceConfiguration.repository();

    private final JsonNode local = read("platform-launcher/src/main/resources/keycloak/send-realm.json");
    private final JsonNode production = read("deploy/base/keycloak/send-realm.json");

    @Test
    void theSameRolesAndClientsWithTheSameClaimMappers() {
        assertThat(production.get("roles")).isEqualTo(local.get("roles"));
        for (JsonNode client : production.get("clients")) {
            JsonNode twin = client(local, client.get("clientId").asText());
            assertThat(client.get("protocolMappers")).as(client.get("clientId").asText())
                    .isEqualTo(twin.get("protocolMappers"));
        }
        assertThat(clientIds(local)).containsAll(clientIds(production)).contains("send-cli");
    }

    @Test
    void productionHasNoUsersNoPasswordGrantsAndNoSecretsOfItsOwn() {
        assertThat(production.has("users")).isFalse();
        assertThat(clientIds(production)).doesNotContain("send-cli");
        for (JsonNode client : production.get("clients")) {
            assertThat(client.get("directAccessGrantsEnabled").asBoolean()).isFalse();
            assertThat(client.get("secret").asText()).matches("\\$\\{[A-Z_]+_CLIENT_SECRET}");
        }
        assertThat(production.get("sslRequired").asText()).isEqualTo("external");
    }

    @Test
    void bothRealmsVerifyEmailsLetNobodyChangeTheirOwnAndSlowDownPasswordGuessing() throws IOException {
        for (JsonNode realm : List.of(local, production)) {
            // A family is linked by invitation, but an account whose email nobody verified is still refused, and a
            // user who could change their own email could make it look like another parent's.
            assertThat(realm.get("verifyEmail").asBoolean()).isTrue();
            assertThat(realm.get("editUsernameAllowed").asBoolean()).isFalse();
            JsonNode profile = new ObjectMapper().readTree(realm.at(
                    "/components/org.keycloak.userprofile.UserProfileProvider/0/config/kc.user.profile.config/0")
                    .asText());
            for (JsonNode attribute : profile.get("attributes")) {
                if (List.of("email", "username").contains(attribute.get("name").asText())) {
                    assertThat(attribute.at("/permissions/edit").toString()).as(attribute.get("name").asText())
                            .isEqualTo("[\"admin\"]");
                }
            }
            assertThat(realm.get("bruteForceProtected").asBoolean()).isTrue();
            assertThat(realm.get("failureFactor").asInt()).isBetween(3, 10);
            assertThat(realm.get("passwordPolicy").asText()).contains("notUsername", "notEmail");
            assertThat(realm.get("eventsEnabled").asBoolean()).isTrue();
            assertThat(realm.get("adminEventsEnabled").asBoolean()).isTrue();
        }
        assertThat(production.get("passwordPolicy").asText()).contains("length(12)", "passwordHistory");
    }

    @Test
    void inProductionEveryMemberOfStaffSignsInWithASecondFactor() {
        List<String> givingStaff = new ArrayList<>();
        for (JsonNode role : production.at("/roles/realm")) {
            if (role.at("/composites/realm").toString().contains("\"staff\"")) {
                givingStaff.add(role.get("name").asText());
            }
        }
        assertThat(givingStaff).as("the roles that give the staff role")
                .containsExactlyInAnyOrder("clinician", "caseworker", "leader", "operator");
        String browser = production.get("browserFlow").asText();
        assertThat(production.get("authenticationFlows").toString()).contains(browser, "auth-otp-form",
                "conditional-user-role");
        assertThat(production.at("/authenticatorConfig/0/config/condUserRole").asText()).isEqualTo("staff");
        assertThat(local.has("browserFlow")).as("the demo users sign in with a password only").isFalse();
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode client : realm.get("clients")) {
            if (client.get("clientId").asText().equals(clientId)) {
                return client;
            }
        }
        throw new AssertionError("No client " + clientId);
    }

    private static List<String> clientIds(JsonNode realm) {
        List<String> ids = new ArrayList<>();
        realm.get("clients").forEach(client -> ids.add(client.get("clientId").asText()));
        return ids;
    }

    private static JsonNode read(String path) {
        try {
            return new ObjectMapper().readTree(REPOSITORY.resolve(path).toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
