-- Each closure's verdict, decided once: whether its school and family were told within the SLA. Written with its
-- notification.closure-verdict event; the scorecard counts these rather than judging the notices again.
CREATE TABLE closure_verdict (
    referral_id   uuid          PRIMARY KEY,
    verdict       varchar(20)   NOT NULL,
    problem       varchar(300),
    sla_minutes   integer       NOT NULL,
    decided_at    timestamptz   NOT NULL
);
