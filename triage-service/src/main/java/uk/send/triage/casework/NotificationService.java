package uk.send.triage.casework;

import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.send.access.PeerChanges;
import uk.send.access.PeerReads;

/**
 * notification-service, as the case work team's pages ask it: with the signed-in case worker's own token, so it
 * decides what they may see and do, and records it. An empty answer means it did not answer (or not as expected):
 * the page says so rather than showing nothing.
 */
@ApplicationScoped
public class NotificationService {

    /** What a page says when notification-service did not answer a change. */
    static final String UNANSWERED = "The notification service did not answer. Nothing was changed: try again in a "
            + "minute.";

    private final PeerReads reads;
    private final PeerChanges changes;
    private final ObjectMapper json;
    private final String baseUrl;

    NotificationService(PeerReads reads, PeerChanges changes, ObjectMapper json,
            @ConfigProperty(name = "portal-audit.sources.notification-service") String baseUrl) {
        this.reads = reads;
        this.changes = changes;
        this.json = json;
        this.baseUrl = baseUrl;
    }

    /** A JSON answer to a GET of the path; empty when there was none, or not JSON. */
    Optional<JsonNode> json(String path) {
        return reads.text(baseUrl + path).flatMap(text -> {
            try {
                return Optional.of(json.readTree(text));
            } catch (Exception unreadable) {
                return Optional.empty();
            }
        });
    }

    /** A file answering a GET of the path, with its headers. */
    Optional<HttpResponse<byte[]>> file(String path) {
        return reads.bytes(baseUrl + path);
    }

    /** The status of the answer to a POST of the path; empty when there was none. */
    OptionalInt post(String path) {
        return changes.post(baseUrl + path);
    }
}
