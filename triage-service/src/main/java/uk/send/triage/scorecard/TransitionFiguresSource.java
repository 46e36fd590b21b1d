package uk.send.triage.scorecard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.send.access.PeerReads;

/**
 * Transition-service's figures per setting and of the EHC plan process, asked for with the reader's own token: the scorecard shows the
 * partnership's transitions where they are planned, rather than a second copy of the rules here. When it does not
 * answer, the scorecard says so instead of showing nothing as zero.
 */
@ApplicationScoped
public class TransitionFiguresSource {

    private final String baseUrl;
    private final PeerReads peers;
    private final ObjectMapper json;

    TransitionFiguresSource(@ConfigProperty(name = "transition-service.url") String baseUrl, PeerReads peers,
            ObjectMapper json) {
        this.baseUrl = baseUrl;
        this.peers = peers;
        this.json = json;
    }

    /** The figures, or null when transition-service did not answer. */
    public List<Scorecard.SettingTransitions> now() {
        return peers.text(baseUrl + "/api/transitions/figures").map(this::figures).orElse(null);
    }

    /** The EHC plan process's figures for the range, or null when transition-service did not answer. */
    public Scorecard.EhcProcess ehc(LocalDate from, LocalDate to) {
        return peers.text(baseUrl + "/api/ehc/figures?from=" + from + "&to=" + to).map(body -> {
            try {
                return json.readValue(body, Scorecard.EhcProcess.class);
            } catch (JsonProcessingException unreadable) {
                return null;
            }
        }).orElse(null);
    }

    private List<Scorecard.SettingTransitions> figures(String body) {
        try {
            List<Scorecard.SettingTransitions> figures = new ArrayList<>();
            for (JsonNode setting : json.readTree(body)) {
                figures.add(new Scorecard.SettingTransitions(setting.path("setting").asText(),
                        setting.path("due").asInt(), setting.path("atRisk").asInt(), setting.path("overdue").asInt(),
                        setting.path("movedWithIncompleteInformation").asInt()));
            }
            return figures;
        } catch (JsonProcessingException unreadable) {
            return null;
        }
    }
}
