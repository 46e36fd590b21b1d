-- The reference people read aloud (SND-4KQ7-9TXY), shown in the portal; absent for referrals received before there
-- was one.
ALTER TABLE triage_case ADD COLUMN reference char(13);
CREATE INDEX triage_case_reference ON triage_case (reference);
