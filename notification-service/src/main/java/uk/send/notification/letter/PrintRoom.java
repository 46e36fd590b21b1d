package uk.send.notification.letter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import uk.send.contracts.Channel;
import uk.send.identifiers.England;
import uk.send.notification.NativeRows;
import uk.send.notification.Notice;
import uk.send.notification.NoticeStatus;
import uk.send.notification.NoticeText;
import uk.send.notification.delivery.NoticeOutcomes;
import uk.send.problems.Refusal;

/**
 * The print room's side of the letter queue: what is ready to post, each letter's PDF, a day's letters as one PDF to
 * print at once, and marking a letter posted (it then counts as delivered) or returned by the post office (it then
 * fails over to another channel or is held, and the case work team is told).
 */
@ApplicationScoped
public class PrintRoom {

    /** A letter as the print room lists it: no name or address, which are in the PDF alone. */
    public record Letter(UUID id, String reference, UUID noticeId, UUID referralId, String recipientType,
            boolean largePrint, int pages, String status, Instant queuedAt, Instant postedAt, String postedBy,
            Instant returnedAt) {

        /** The file name: the letter's reference, never a person's name. */
        public String fileName() {
            return "letter-" + reference + ".pdf";
        }
    }

    /** A letter's PDF, with the referral it is about for the record of who saw it. */
    public record Document(Letter letter, byte[] pdf) {
    }

    public static class LetterNotFound extends Refusal.NotFound {
        LetterNotFound() {
            super("There is no such letter");
        }
    }

    public static class LetterNotReady extends Refusal.Conflict {
        LetterNotReady(String detail) {
            super(detail);
        }
    }

    private static final String COLUMNS = """
            l.id, l.reference, l.notice_id, n.referral_id, n.recipient_type, l.large_print, l.pages, l.status,
            l.queued_at, l.posted_at, l.posted_by, l.returned_at""";

    private final EntityManager entityManager;
    private final NoticeOutcomes outcomes;

    PrintRoom(EntityManager entityManager, NoticeOutcomes outcomes) {
        this.entityManager = entityManager;
        this.outcomes = outcomes;
    }

    /** Letters in a state (READY, POSTED, RETURNED), oldest first, at most {@code limit}. */
    @Transactional
    public List<Letter> list(String status, int limit) {
        return rows(entityManager.createNativeQuery("SELECT " + COLUMNS + " FROM letter l JOIN notice n "
                + "ON n.id = l.notice_id WHERE l.status = :status ORDER BY l.queued_at, l.id")
                .setParameter("status", status).setMaxResults(limit).getResultList());
    }

    @Transactional
    public Document document(UUID id) {
        Letter letter = find(id, false).orElseThrow(LetterNotFound::new);
        byte[] pdf = (byte[]) entityManager.createNativeQuery("SELECT document FROM letter WHERE id = :id")
                .setParameter("id", id).getSingleResult();
        return new Document(letter, pdf);
    }

    /**
     * The letters ready to post that were queued on a day (UK time), as one PDF in the order of the list. Each letter
     * starts on a fresh sheet when printed on both sides: a letter of an odd number of pages is followed by a blank.
     */
    @Transactional
    public Optional<List<Document>> readyOn(LocalDate day) {
        Instant from = day.atStartOfDay(England.ZONE).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(England.ZONE).toInstant();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT " + COLUMNS + ", l.document FROM letter l "
                + "JOIN notice n ON n.id = l.notice_id WHERE l.status = 'READY' AND l.queued_at >= :from "
                + "AND l.queued_at < :to ORDER BY l.queued_at, l.id")
                .setParameter("from", from).setParameter("to", to).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(rows.stream().map(row -> new Document(letter(row), (byte[]) row[12])).toList());
    }

    /** The documents as one PDF to print in one go. */
    public static byte[] together(List<Document> documents) {
        List<PDDocument> letters = new ArrayList<>();
        try (PDDocument batch = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Document document : documents) {
                // Imported pages share the letter's resources, so every letter stays open until the batch is saved.
                PDDocument letter = Loader.loadPDF(document.pdf());
                letters.add(letter);
                for (PDPage page : letter.getPages()) {
                    batch.importPage(page);
                }
                if (letter.getNumberOfPages() % 2 == 1) {
                    batch.addPage(new PDPage(PDRectangle.A4));
                }
            }
            batch.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (PDDocument letter : letters) {
                try {
                    letter.close();
                } catch (IOException ignored) {
                    // Read from memory: nothing to release but the memory itself.
                }
            }
        }
    }

    /** The print room posted the letter: it now counts as delivered. Twice is refused. */
    @Transactional
    public Letter posted(UUID id, String who) {
        Letter letter = find(id, true).orElseThrow(LetterNotFound::new);
        if (!"READY".equals(letter.status())) {
            throw new LetterNotReady("Letter " + letter.reference() + " is not waiting to be posted: it was "
                    + ("POSTED".equals(letter.status()) ? "marked posted on " + NoticeText.date(letter.postedAt())
                            : "returned") + ".");
        }
        Instant now = Instant.now();
        entityManager.createNativeQuery("UPDATE letter SET status = 'POSTED', posted_at = :at, posted_by = :who "
                + "WHERE id = :id").setParameter("at", now).setParameter("who", who).setParameter("id", id)
                .executeUpdate();
        Notice notice = Notice.findById(letter.noticeId());
        if (notice.status == NoticeStatus.SENT && notice.channel == Channel.LETTER) {
            outcomes.delivered(notice);
        }
        return find(id, false).orElseThrow();
    }

    /** The post office brought the letter back: it failed, and the notice goes another way or is held. */
    @Transactional
    public Letter returned(UUID id) {
        Letter letter = find(id, true).orElseThrow(LetterNotFound::new);
        if (!"POSTED".equals(letter.status())) {
            throw new LetterNotReady("Letter " + letter.reference() + " cannot have come back: it was "
                    + ("READY".equals(letter.status()) ? "never posted" : "returned already") + ".");
        }
        entityManager.createNativeQuery("UPDATE letter SET status = 'RETURNED', returned_at = :at WHERE id = :id")
                .setParameter("at", Instant.now()).setParameter("id", id).executeUpdate();
        Notice notice = Notice.findById(letter.noticeId());
        if (notice.channel == Channel.LETTER && notice.reached()) {
            outcomes.failed(notice, "the letter came back undelivered");
        }
        return find(id, false).orElseThrow();
    }

    private Optional<Letter> find(UUID id, boolean lock) {
        List<?> rows = entityManager.createNativeQuery("SELECT " + COLUMNS + " FROM letter l JOIN notice n "
                + "ON n.id = l.notice_id WHERE l.id = :id" + (lock ? " FOR UPDATE OF l" : ""))
                .setParameter("id", id).getResultList();
        return rows(rows).stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    private static List<Letter> rows(List<?> rows) {
        return ((List<Object[]>) rows).stream().map(PrintRoom::letter).toList();
    }

    private static Letter letter(Object[] row) {
        return new Letter((UUID) row[0], ((String) row[1]).strip(), (UUID) row[2], (UUID) row[3], (String) row[4],
                (Boolean) row[5], ((Number) row[6]).intValue(), (String) row[7], NativeRows.instant(row[8]),
                NativeRows.instant(row[9]), (String) row[10], NativeRows.instant(row[11]));
    }
}
