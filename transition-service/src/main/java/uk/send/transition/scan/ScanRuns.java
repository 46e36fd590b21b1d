package uk.send.transition.scan;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** The days the daily scan finished, so that a service started after a missed scan runs it at once. */
@ApplicationScoped
public class ScanRuns {

    private final EntityManager entityManager;

    ScanRuns(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public boolean finishedOn(LocalDate day) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM scan_run WHERE day = :day").setParameter("day", day)
                .getSingleResult()).intValue() > 0);
    }

    void finished(LocalDate day, int raised) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                INSERT INTO scan_run (day, finished_at, raised) VALUES (:day, :at, :raised)
                ON CONFLICT (day) DO UPDATE SET finished_at = excluded.finished_at,
                    raised = scan_run.raised + excluded.raised""")
                .setParameter("day", day).setParameter("at", Instant.now()).setParameter("raised", raised)
                .executeUpdate());
    }
}
