package uk.send.referral.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.TemplateData;
import uk.send.access.PeerReads;
import uk.send.referral.family.FamilyConfig;

/**
 * The messages sent to the signed-in family about one referral, a page at a time, newest first, read from
 * notification-service with the family's own token: it decides what this account may read, and records the read.
 */
@ApplicationScoped
public class FamilyMessages {

    /** Messages shown at a time under each referral: enough to see the latest news without a long page. */
    static final int PER_PAGE = 5;

    private static final ZoneId UK = ZoneId.of("Europe/London");

    /** One message, its text in blocks as it was written: paragraphs and lists. */
    @TemplateData
    public record Message(String subject, LocalDate sentOn, List<Block> blocks) {
    }

    /** A paragraph (its lines) or a list (its items: the lines that began with a dash). */
    @TemplateData
    public record Block(List<String> lines, boolean list) {
    }

    /** A page of one referral's messages; {@code unavailable} when notification-service did not answer. */
    @TemplateData
    public record MessagePage(UUID referralId, List<Message> messages, int page, boolean hasOlder,
            boolean unavailable) {

        public boolean hasNewer() {
            return page > 1;
        }
    }

    private final PeerReads peers;
    private final ObjectMapper json;
    private final String notificationsUrl;

    FamilyMessages(PeerReads peers, ObjectMapper json, FamilyConfig config) {
        this.peers = peers;
        this.json = json;
        this.notificationsUrl = config.notificationServiceUrl() + "/api/family/notifications";
    }

    public MessagePage of(UUID referralId, int page) {
        // One more than is shown, to know whether there are older ones.
        Optional<JsonNode> answer = peers.text(notificationsUrl + "?referralId=" + referralId + "&page=" + page
                + "&size=" + (PER_PAGE + 1)).flatMap(this::parse);
        if (answer.isEmpty()) {
            return new MessagePage(referralId, List.of(), page, false, true);
        }
        List<Message> messages = new ArrayList<>();
        for (JsonNode message : answer.get()) {
            messages.add(new Message(message.path("subject").asText(), Instant.parse(message.path("createdAt")
                    .asText()).atZone(UK).toLocalDate(), blocks(message.path("body").asText())));
        }
        boolean older = messages.size() > PER_PAGE;
        return new MessagePage(referralId, older ? messages.subList(0, PER_PAGE) : messages, page, older, false);
    }

    private Optional<JsonNode> parse(String body) {
        try {
            JsonNode node = json.readTree(body);
            return node.isArray() ? Optional.of(node) : Optional.empty();
        } catch (JsonProcessingException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * The body's blocks, as its text was laid out: paragraphs separated by a blank line, and within them the lines
     * that begin with a dash, one after the other, as a list.
     */
    static List<Block> blocks(String body) {
        List<Block> blocks = new ArrayList<>();
        for (String paragraph : body.split("\\n\\s*\\n")) {
            List<String> run = new ArrayList<>();
            boolean listRun = false;
            for (String line : paragraph.split("\\n")) {
                String text = line.strip();
                if (text.isEmpty()) {
                    continue;
                }
                boolean item = text.startsWith("- ");
                if (item != listRun && !run.isEmpty()) {
                    blocks.add(new Block(List.copyOf(run), listRun));
                    run.clear();
                }
                listRun = item;
                run.add(item ? text.substring(2).strip() : text);
            }
            if (!run.isEmpty()) {
                blocks.add(new Block(List.copyOf(run), listRun));
            }
        }
        return blocks;
    }
}
