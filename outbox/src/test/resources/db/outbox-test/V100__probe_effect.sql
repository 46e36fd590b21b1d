-- The effect of the test consumer: one row per application, deliberately without a unique key so that a
-- duplicate application would show.
CREATE TABLE probe_effect (
    event_id     uuid        NOT NULL,
    referral_id  uuid        NOT NULL,
    applied_at   timestamptz NOT NULL DEFAULT now()
);
