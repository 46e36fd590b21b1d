-- The reference people read aloud (SND-4KQ7-9TXY), shown in every notice; absent for referrals copied before there
-- was one, whose notices show the id instead.
ALTER TABLE referral_copy ADD COLUMN reference char(13);
