package uk.send.notification.formats;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import uk.send.contracts.RecipientType;
import uk.send.notification.NativeRows;
import uk.send.notification.NoticeLanguages;
import uk.send.notification.Notice;
import uk.send.notification.NoticeText;
import uk.send.notification.Recipient;
import uk.send.problems.Refusal;

/**
 * Notices that need a person to make them reachable: a copy in Braille, easy read or audio, an interpreter, or a
 * translation into a language the platform does not write. Raised with the notice, listed for the case work team
 * with the notice's words until marked done; the closure audit does not count such a notice as reaching its family
 * until then.
 */
@ApplicationScoped
public class FormatRequests {

    /** A request as the case work team reads it, with the notice's words to work from. */
    public record Request(UUID id, FormatNeed need, String needInWords, String language, String languageName,
            UUID referralId, String referralReference, RecipientType recipientType, String recipientName,
            UUID noticeId, String subject, String body, String status, Instant createdAt, Instant doneAt,
            String doneBy) {
    }

    public static class RequestNotFound extends Refusal.NotFound {
        RequestNotFound() {
            super("There is no such request");
        }
    }

    public static class RequestDoneAlready extends Refusal.Conflict {
        RequestDoneAlready(String when, String who) {
            super("This request was marked done on " + when + " by " + who + ".");
        }
    }

    private final EntityManager entityManager;

    FormatRequests(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Raises what the notice needs for its recipient: their accessible format's, and a translation when their
     * language is not one the platform writes in (the notice itself is then in English). At most one of each need
     * per notice.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void raiseFor(Notice notice, Recipient recipient, boolean languageWritten) {
        if (recipient.type == RecipientType.CASEWORKER) {
            return;
        }
        List<FormatNeed> needs = new ArrayList<>();
        FormatNeed.of(recipient.accessibleFormat).ifPresent(needs::add);
        if (!languageWritten) {
            needs.add(FormatNeed.TRANSLATION);
        }
        for (FormatNeed need : needs) {
            entityManager.createNativeQuery("""
                    INSERT INTO format_request (id, notice_id, referral_id, need, language, status, created_at)
                    VALUES (:id, :notice, :referral, :need, :language, 'OPEN', :at)
                    ON CONFLICT ON CONSTRAINT one_request_per_notice_and_need DO NOTHING""")
                    .setParameter("id", UUID.randomUUID())
                    .setParameter("notice", notice.id)
                    .setParameter("referral", notice.referralId)
                    .setParameter("need", need.name())
                    .setParameter("language", recipient.language == null ? "en" : recipient.language)
                    .setParameter("at", Instant.now())
                    .executeUpdate();
        }
    }

    /** Requests open or done, oldest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Request> list(String status, int limit) {
        return read(entityManager.createNativeQuery(SELECT + " WHERE f.status = :status ORDER BY f.created_at, f.id")
                .setParameter("status", status).setMaxResults(limit).getResultList());
    }

    /** Marks a request done: the copy was sent, or the interpreter went through it with them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Request done(UUID id, String who) {
        Request request = find(id, true).orElseThrow(RequestNotFound::new);
        if (!"OPEN".equals(request.status())) {
            throw new RequestDoneAlready(NoticeText.date(request.doneAt()), request.doneBy());
        }
        entityManager.createNativeQuery("UPDATE format_request SET status = 'DONE', done_at = :at, done_by = :who "
                + "WHERE id = :id").setParameter("at", Instant.now()).setParameter("who", who)
                .setParameter("id", id).executeUpdate();
        return find(id, false).orElseThrow();
    }

    private static final String SELECT = """
            SELECT f.id, f.need, f.language, f.referral_id, r.reference, n.recipient_type, n.recipient_name,
                   n.id, n.subject, n.body, f.status, f.created_at, f.done_at, f.done_by
            FROM format_request f JOIN notice n ON n.id = f.notice_id
            LEFT JOIN referral_copy r ON r.referral_id = f.referral_id""";

    private Optional<Request> find(UUID id, boolean lock) {
        return read(entityManager.createNativeQuery(SELECT + " WHERE f.id = :id" + (lock ? " FOR UPDATE OF f" : ""))
                .setParameter("id", id).getResultList()).stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    private static List<Request> read(List<?> rows) {
        return ((List<Object[]>) rows).stream().map(row -> {
            FormatNeed need = FormatNeed.valueOf((String) row[1]);
            String language = (String) row[2];
            return new Request((UUID) row[0], need, need.inWords(), language, NoticeLanguages.nameOf(language),
                    (UUID) row[3], row[4] == null ? null : ((String) row[4]).strip(),
                    RecipientType.valueOf((String) row[5]), (String) row[6], (UUID) row[7], (String) row[8],
                    (String) row[9], (String) row[10], NativeRows.instant(row[11]), NativeRows.instant(row[12]),
                    (String) row[13]);
        }).toList();
    }
}
