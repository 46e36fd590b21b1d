package uk.send.transition.children;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import uk.send.outbox.RecordDeletion;

/**
 * Everything this service holds of one child, deleted in the caller's transaction: the EHC needs assessments with
 * their advice requests and clock exceptions, the annual reviews, the transitions' notices and plans, the corrections,
 * the child, and the events about the child still in the outbox. What stays names no one: who read what (by id) and
 * the ids of the events applied.
 */
@ApplicationScoped
public class ChildRecordDeletion {

    private static final String ASSESSMENTS = "SELECT id FROM ehc_assessment WHERE child_id = ?1";

    /** A child's rows, in the order they must go. */
    private static final List<String> ROWS = List.of(
            "DELETE FROM ehc_advice_request WHERE assessment_id IN (" + ASSESSMENTS + ")",
            "DELETE FROM ehc_clock_exception WHERE assessment_id IN (" + ASSESSMENTS + ")",
            "DELETE FROM ehc_assessment WHERE child_id = ?1",
            "DELETE FROM ehc_annual_review WHERE child_id = ?1",
            "DELETE FROM transition_notice WHERE child_id = ?1",
            "DELETE FROM transition_plan WHERE child_id = ?1",
            "DELETE FROM child_correction WHERE child_id = ?1",
            "DELETE FROM child WHERE id = ?1");

    private final RecordDeletion deletion;

    ChildRecordDeletion(RecordDeletion deletion) {
        this.deletion = deletion;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(UUID child) {
        // Every event of this service is keyed by the child it is about.
        deletion.delete(ROWS, child, List.of(child.toString()));
    }
}
