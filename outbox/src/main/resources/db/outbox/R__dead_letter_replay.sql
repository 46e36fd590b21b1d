-- Each dead letter on this service's topic that an operator had published again, and who did: so that it is
-- published once. A dead letter is named by its place on the dead-letter topic, '<partition>-<offset>'.
CREATE TABLE IF NOT EXISTS dead_letter_replay (
    dead_letter  varchar(40)  PRIMARY KEY,
    event_id     uuid,
    replayed_by  varchar(200) NOT NULL,
    replayed_at  timestamptz  NOT NULL
);

CREATE INDEX IF NOT EXISTS dead_letter_replay_event ON dead_letter_replay (event_id);
