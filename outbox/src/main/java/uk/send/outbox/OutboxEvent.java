package uk.send.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An event waiting in the outbox table until the relay has seen the broker acknowledge it. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Commit order, assigned by the database; the relay publishes in this order. */
    @Column(insertable = false, updatable = false)
    public Long seq;

    public String topic;

    @Column(name = "aggregate_id")
    public String aggregateId;

    @Column(name = "event_type")
    public String eventType;

    @JdbcTypeCode(SqlTypes.JSON)
    public String payload;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Column(name = "published_at")
    public Instant publishedAt;
}
