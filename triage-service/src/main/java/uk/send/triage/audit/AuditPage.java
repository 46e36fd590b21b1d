package uk.send.triage.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import uk.send.access.AccessRecords;
import uk.send.access.PeerReads;
import uk.send.identifiers.ReferralReference;
import uk.send.triage.TriageCase;

/**
 * The case workers' page of who looked at a child's referral, across the services that hold it: this service's own
 * record, and each other service's {@code /api/audit}, asked with the case worker's own token (a read, never on the
 * path of a change). A service that does not answer is named on the page, never silently left out.
 */
@Path("/portal/audit")
@RolesAllowed("caseworker")
public class AuditPage {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss", Locale.UK);

    /** One access, as the page shows it. */
    @TemplateData
    public record Row(String service, String who, String role, String what, String when, String from,
            Instant at) {
    }

    /** A notice sent about the referral, as the case worker reads it. */
    @TemplateData
    public record NoticeRow(String when, String about, String to, String channel, String status) {
    }

    private final AccessRecords records;
    private final AuditSources sources;
    private final PeerReads peers;
    private final ObjectMapper json;
    private final Template page;

    AuditPage(AccessRecords records, AuditSources sources, PeerReads peers, ObjectMapper json,
            @Location("portal/audit.html") Template page) {
        this.records = records;
        this.sources = sources;
        this.peers = peers;
        this.json = json;
        this.page = page;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance audit(@QueryParam("referralId") String reference) {
        UUID referralId = parse(reference);
        if (referralId == null) {
            return page.data("referralId", null).data("reference", reference == null ? "" : reference)
                    .data("invalid", reference != null && !reference.isBlank()).data("rows", List.of())
                    .data("silent", List.of());
        }
        List<Row> rows = new ArrayList<>();
        records.of(AccessRecords.Subject.REFERRAL, referralId)
                .forEach(access -> rows.add(row("triage-service", access.who(), access.role(), access.what(),
                        access.at(), access.from())));
        List<String> silent = new ArrayList<>();
        for (Map.Entry<String, String> source : new TreeMap<>(sources.sources()).entrySet()) {
            try {
                rows.addAll(askFor(source.getKey(), source.getValue(), referralId));
            } catch (Exception unanswered) {
                silent.add(source.getKey());
            }
        }
        rows.sort(Comparator.comparing(Row::at).reversed());
        return page.data("referralId", referralId).data("reference", referralId.toString()).data("invalid", false)
                .data("rows", rows).data("silent", silent).data("notices", notices(referralId));
    }

    private List<Row> askFor(String service, String baseUrl, UUID referralId) throws Exception {
        String answer = peers.text(baseUrl + "/api/audit?referralId=" + referralId)
                .orElseThrow(() -> new IllegalStateException(service + " did not answer"));
        List<Row> rows = new ArrayList<>();
        for (JsonNode access : json.readTree(answer).path("accesses")) {
            rows.add(row(service, access.path("who").asText(), access.path("role").asText(),
                    access.path("what").asText(), Instant.parse(access.path("at").asText()),
                    access.path("from").isNull() ? null : access.path("from").asText()));
        }
        return rows;
    }

    /** The referral's notices from notification-service, oldest first; null when it did not answer. */
    private List<NoticeRow> notices(UUID referralId) {
        String baseUrl = sources.sources().get("notification-service");
        Optional<String> answer = baseUrl == null ? Optional.empty()
                : peers.text(baseUrl + "/api/notifications?referralId=" + referralId);
        if (answer.isEmpty()) {
            return null;
        }
        try {
            List<NoticeRow> notices = new ArrayList<>();
            for (JsonNode notice : json.readTree(answer.get())) {
                notices.add(new NoticeRow(WRITTEN.format(Instant.parse(notice.path("createdAt").asText()).atZone(UK)),
                        words(notice.path("about").asText("")), words(notice.path("recipientType").asText())
                        + ", " + notice.path("recipientName").asText(), words(notice.path("channel").asText()),
                        howFar(notice.path("channel").asText(), notice.path("status").asText())));
            }
            return notices;
        } catch (JsonProcessingException unreadable) {
            return null;
        }
    }

    /**
     * How far a notice got, in words: a letter accepted for sending is not yet with the family, but waiting to be
     * posted (the print room) or printed (GOV.UK Notify).
     */
    private static String howFar(String channel, String status) {
        return "LETTER".equals(channel) && "SENT".equals(status) ? "Waiting to be posted" : words(status);
    }

    /** A code as words: SCHOOL_ANSWERED as "School answered". */
    private static String words(String code) {
        if (code == null || code.isBlank() || "null".equals(code)) {
            return "";
        }
        String words = code.replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static Row row(String service, String who, String role, String what, Instant at, String from) {
        return new Row(service, who, role, what, WRITTEN.format(at.atZone(UK)), from, at);
    }

    /** The referral a typed reference names: its reference as people read it (SND-4KQ7-9TXY) or its id. */
    private static UUID parse(String reference) {
        if (reference == null) {
            return null;
        }
        Optional<UUID> byReference = ReferralReference.normalise(reference).flatMap(found -> TriageCase
                .<TriageCase>find("reference", found).<TriageCase>firstResultOptional()).map(c -> c.referralId);
        if (byReference.isPresent()) {
            return byReference.get();
        }
        try {
            return UUID.fromString(reference.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
