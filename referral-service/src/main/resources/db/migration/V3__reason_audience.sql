-- Who each timeline reason was written for (uk.send.contracts.TextAudience): FAMILY, SCHOOL or INTERNAL.
ALTER TABLE status_change ADD COLUMN reason_audience varchar(10) NOT NULL DEFAULT 'FAMILY';

-- Earlier re-prioritisations did not record their category, so any of them may be about safeguarding: keep them
-- internal. Staff still read them; a school or a family never will.
UPDATE status_change SET reason_audience = 'INTERNAL' WHERE from_status = to_status;
