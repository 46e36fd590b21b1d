-- Events waiting to be published, written in the same transaction as the state change they describe.
CREATE TABLE outbox_event (
    id            uuid         PRIMARY KEY,
    seq           bigserial    NOT NULL UNIQUE,
    topic         varchar(100) NOT NULL,
    aggregate_id  varchar(100) NOT NULL,
    event_type    varchar(100) NOT NULL,
    payload       jsonb        NOT NULL,
    occurred_at   timestamptz  NOT NULL,
    published_at  timestamptz
);

-- The relay reads pending rows in commit order; a partial index keeps that cheap however many rows are kept.
CREATE INDEX outbox_event_pending ON outbox_event (seq) WHERE published_at IS NULL;

-- Events a consumer has applied, recorded in the same transaction as their effect.
CREATE TABLE processed_event (
    consumer      varchar(100) NOT NULL,
    event_id      uuid         NOT NULL,
    event_type    varchar(100) NOT NULL,
    processed_at  timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
