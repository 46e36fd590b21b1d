-- A reference people can read aloud (SND-4KQ7-9TXY): seven characters without 0, O, 1, I or L, and a check
-- character (the sum of each character's value times its place, modulo 31; ReferralReference). Existing referrals
-- are given one here by the same rule.
ALTER TABLE referral ADD COLUMN reference char(13);

CREATE FUNCTION pg_temp.new_reference() RETURNS text AS $$
DECLARE
    alphabet constant text := '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
    body text := '';
    total integer := 0;
    v integer;
BEGIN
    FOR i IN 1..7 LOOP
        v := floor(random() * 31)::integer;
        body := body || substr(alphabet, v + 1, 1);
        total := total + i * v;
    END LOOP;
    body := body || substr(alphabet, (total % 31) + 1, 1);
    RETURN 'SND-' || substr(body, 1, 4) || '-' || substr(body, 5, 4);
END
$$ LANGUAGE plpgsql;

UPDATE referral SET reference = pg_temp.new_reference() WHERE reference IS NULL;
ALTER TABLE referral ALTER COLUMN reference SET NOT NULL;
CREATE UNIQUE INDEX referral_reference ON referral (reference);
