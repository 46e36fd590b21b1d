-- The partnership scorecard's read model, fed by events (its own consumer group, so it can be rebuilt by
-- rewinding). It holds no names: only what the figures need.

CREATE TABLE scorecard_referral (
    referral_id      uuid PRIMARY KEY,
    service          text        NOT NULL,
    received_at      timestamptz NOT NULL,
    accepted_at      timestamptz,
    left_list_at     timestamptz,
    closed_at        timestamptz,
    closure_reason   text,
    closure_event_id uuid
);
CREATE INDEX scorecard_referral_closure ON scorecard_referral (closure_event_id);

CREATE TABLE scorecard_reprioritisation (
    event_id        uuid PRIMARY KEY,
    referral_id     uuid        NOT NULL,
    service         text        NOT NULL,
    reason_category text        NOT NULL,
    reprioritised_at timestamptz NOT NULL
);

-- Notices about status changes, by the event that caused them; a closure's are found by its event id.
CREATE TABLE scorecard_notice (
    notification_id uuid PRIMARY KEY,
    cause_event_id  uuid    NOT NULL,
    recipient_type  text    NOT NULL,
    delivered_at    timestamptz,
    failures        integer NOT NULL DEFAULT 0
);
CREATE INDEX scorecard_notice_cause ON scorecard_notice (cause_event_id);

CREATE TABLE scorecard_transition (
    child_id        uuid NOT NULL,
    transition      text NOT NULL,
    transition_date date NOT NULL,
    review_deadline date,
    missing_items   text NOT NULL DEFAULT '',
    PRIMARY KEY (child_id, transition)
);
