-- Destroying a referral's records deletes its idempotency keys by referral, and the foreign key's check on deleting
-- the referral looks them up the same way: without this index both read every key ever kept, for each referral.
CREATE INDEX idempotency_key_referral ON idempotency_key (referral_id);
