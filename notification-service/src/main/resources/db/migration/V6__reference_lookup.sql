-- A request may name a referral by its reference instead of its id (uk.send.access.ReferenceForId).
CREATE INDEX referral_copy_reference ON referral_copy (reference);
