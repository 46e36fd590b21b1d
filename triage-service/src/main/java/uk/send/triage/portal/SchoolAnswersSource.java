package uk.send.triage.portal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.TemplateData;
import uk.send.access.PeerReads;

/**
 * The school's answers to a clinician's questions, and the files sent with them, read from referral-service with the
 * clinician's own token when the page is shown: the school's words never travel on Kafka, and referral-service
 * decides, as for any read, whether this clinician may see them (and records that they did).
 */
@ApplicationScoped
public class SchoolAnswersSource {

    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    /** One answer as the page shows it. */
    @TemplateData
    public record Answer(String when, String by, String text, List<File> files) {
    }

    /** A file sent with an answer, with its size in words. */
    @TemplateData
    public record File(UUID id, String name, String size) {
    }

    /** A file's bytes, for the clinician's browser. */
    public record Fetched(String fileName, String mediaType, byte[] content) {
    }

    private final String baseUrl;
    private final PeerReads peers;
    private final ObjectMapper json;

    SchoolAnswersSource(@ConfigProperty(name = "referral-service.url") String baseUrl, PeerReads peers,
            ObjectMapper json) {
        this.baseUrl = baseUrl;
        this.peers = peers;
        this.json = json;
    }

    /** The answers, oldest first; empty if there are none, and empty optional if referral-service did not answer. */
    public Optional<List<Answer>> of(UUID referralId) {
        return peers.text(baseUrl + "/api/referrals/" + referralId).flatMap(this::answers);
    }

    private Optional<List<Answer>> answers(String referral) {
        try {
            List<Answer> answers = new ArrayList<>();
            for (JsonNode entry : json.readTree(referral).path("timeline")) {
                if (!entry.path("schoolAnswer").asBoolean(false)) {
                    continue;
                }
                List<File> files = new ArrayList<>();
                for (JsonNode file : entry.path("attachments")) {
                    files.add(new File(UUID.fromString(file.path("id").asText()), file.path("fileName").asText(),
                            size(file.path("sizeBytes").asLong())));
                }
                answers.add(new Answer(WRITTEN.format(Instant.parse(entry.path("at").asText())),
                        entry.path("by").asText(), entry.path("reason").asText(), files));
            }
            return Optional.of(answers);
        } catch (JsonProcessingException unreadable) {
            return Optional.empty();
        }
    }

    /** A file sent with an answer, if referral-service has it and lets this clinician read it. */
    public Optional<Fetched> file(UUID referralId, UUID fileId) {
        return peers.bytes(baseUrl + "/api/referrals/" + referralId + "/attachments/" + fileId).map(answer -> {
            String disposition = answer.headers().firstValue("Content-Disposition").orElse("");
            String name = disposition.replaceFirst(".*filename=\"([^\"]*)\".*", "$1");
            return new Fetched(name.isBlank() ? "attachment" : name,
                    answer.headers().firstValue("Content-Type").orElse("application/octet-stream"), answer.body());
        });
    }

    /** A size as people read it: 820 KB, 2.4 MB. */
    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
