package uk.send.transition.ehc;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import uk.send.contracts.ehc.EhcLimit;

/** An exception to one of an assessment's limits, with the reason the regulations allow and the case worker's note. */
@Entity
@Table(name = "ehc_clock_exception")
@IdClass(ClockException.Key.class)
public class ClockException extends PanacheEntityBase {

    public record Key(UUID assessmentId, EhcLimit limit) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "time_limit")
    public EhcLimit limit;

    @Enumerated(EnumType.STRING)
    public ExceptionReason reason;

    public String note;

    @Column(name = "closed_from")
    public LocalDate closedFrom;

    @Column(name = "reopens_on")
    public LocalDate reopensOn;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
