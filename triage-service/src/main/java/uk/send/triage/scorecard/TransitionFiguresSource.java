package uk.send.triage.scorecard;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Transition-service's figures per setting, asked for with the reader's own token: the scorecard shows the
 * partnership's transitions where they are planned, rather than a second copy of the rules here. When it does not
 * answer, the scorecard says so instead of showing nothing as zero.
 */
@ApplicationScoped
public class TransitionFiguresSource {

    private static final Logger LOG = Logger.getLogger(TransitionFiguresSource.class);

    private final String baseUrl;
    private final SecurityIdentity identity;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    TransitionFiguresSource(@ConfigProperty(name = "transition-service.url") String baseUrl,
            SecurityIdentity identity, ObjectMapper json) {
        this.baseUrl = baseUrl;
        this.identity = identity;
        this.json = json;
    }

    /** The figures, or null when transition-service did not answer. */
    public List<Scorecard.SettingTransitions> now() {
        try {
            String token = identity.getCredential(AccessTokenCredential.class).getToken();
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(baseUrl
                            + "/api/transitions/figures")).timeout(Duration.ofSeconds(5))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                LOG.warnf("transition-service answered %d for the transition figures", answer.statusCode());
                return null;
            }
            List<Scorecard.SettingTransitions> figures = new ArrayList<>();
            for (JsonNode setting : json.readTree(answer.body())) {
                figures.add(new Scorecard.SettingTransitions(setting.path("setting").asText(),
                        setting.path("due").asInt(), setting.path("atRisk").asInt(), setting.path("overdue").asInt(),
                        setting.path("movedWithIncompleteInformation").asInt()));
            }
            return figures;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (Exception unanswered) {
            LOG.warnf("transition-service did not answer for the transition figures: %s", unanswered.toString());
            return null;
        }
    }
}
