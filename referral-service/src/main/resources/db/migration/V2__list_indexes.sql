-- Lists are newest first with the id breaking ties; each caller's scope reads its page straight from one of these
-- indexes, however many referrals are stored.
DROP INDEX referral_school;
CREATE INDEX referral_school ON referral (school_urn, submitted_at DESC, id);
DROP INDEX referral_status;
CREATE INDEX referral_status ON referral (status, submitted_at DESC, id);
CREATE INDEX referral_service_newest ON referral (service, submitted_at DESC, id);
CREATE INDEX referral_newest ON referral (submitted_at DESC, id);
