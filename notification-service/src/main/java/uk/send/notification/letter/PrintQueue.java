package uk.send.notification.letter;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import uk.send.notification.Notice;
import uk.send.notification.delivery.ChannelGateway;
import uk.send.notification.delivery.DeliveryOutcome;

/**
 * Letters for the council's own print room: each notice's letter is laid out as a PDF and waits, READY, until
 * someone marks it posted ({@link PrintRoom}). Sending puts it in the queue; it counts as delivered only once posted.
 * A notice tried again after a crash finds its letter already waiting and does not queue a second.
 */
@ApplicationScoped
public class PrintQueue implements ChannelGateway {

    private final EntityManager entityManager;
    private final LetterDocument documents;

    PrintQueue(EntityManager entityManager, LetterDocument documents) {
        this.entityManager = entityManager;
        this.documents = documents;
    }

    @Override
    public boolean inDatabase() {
        return true;
    }

    @Override
    public DeliveryOutcome send(Notice notice) {
        if (!entityManager.createNativeQuery("SELECT 1 FROM letter WHERE notice_id = :notice "
                + "AND status IN ('READY', 'POSTED')").setParameter("notice", notice.id).getResultList().isEmpty()) {
            return DeliveryOutcome.sent();
        }
        LetterDocument.Rendered letter;
        try {
            letter = documents.render(notice);
        } catch (LetterDocument.NotRendered e) {
            return DeliveryOutcome.temporaryFailure(e.getMessage());
        }
        entityManager.createNativeQuery("""
                INSERT INTO letter (id, notice_id, reference, large_print, pages, document, status, queued_at)
                VALUES (:id, :notice, :reference, :large, :pages, :document, 'READY', :at)""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("notice", notice.id)
                .setParameter("reference", letter.reference())
                .setParameter("large", notice.largePrint)
                .setParameter("pages", letter.pages())
                .setParameter("document", letter.pdf())
                .setParameter("at", Instant.now())
                .executeUpdate();
        return DeliveryOutcome.sent();
    }
}
