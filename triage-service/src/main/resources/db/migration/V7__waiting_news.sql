-- The news each waiting family has been sent: one row per update, numbered per referral. A row and its event are
-- written in one transaction, and the number is the key, so a restart or two instances at once never send an update
-- twice.
CREATE TABLE waiting_news (
    referral_id          uuid          NOT NULL REFERENCES triage_case (referral_id),
    sequence             integer       NOT NULL,
    reason               varchar(30)   NOT NULL,
    position             integer       NOT NULL,
    estimated_weeks      integer,
    sent_at              timestamptz   NOT NULL,
    PRIMARY KEY (referral_id, sequence)
);

-- The scorecard counts the news sent to waiting families, week by week.
CREATE TABLE scorecard_waiting_update (
    event_id     uuid          PRIMARY KEY,
    referral_id  uuid          NOT NULL,
    service      varchar(40)   NOT NULL,
    sent_at      timestamptz   NOT NULL
);
CREATE INDEX scorecard_waiting_update_at ON scorecard_waiting_update (service, sent_at);
