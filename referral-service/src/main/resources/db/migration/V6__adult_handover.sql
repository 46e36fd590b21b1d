-- A referral to an adult service handed over from a children's one: it names the referral it came from, and carries
-- that referral's received date as its own, so the young person keeps their wait. One hand-over per referral.
ALTER TABLE referral ADD COLUMN transferred_from uuid REFERENCES referral (id);
CREATE UNIQUE INDEX referral_transferred_from ON referral (transferred_from) WHERE transferred_from IS NOT NULL;
