-- What each notice is about (SUBMITTED, ACCEPTED, CLOSED, ...), so a referral's notices can be told apart. Notices
-- written before are left without one.
ALTER TABLE notice ADD COLUMN kind varchar(40);
