-- A waiting child's place and estimated wait as triage last reported them for the family's regular news, so the
-- family view shows the place as of that day, not as of acceptance.
ALTER TABLE referral
    ADD COLUMN waiting_place integer,
    ADD COLUMN waiting_estimate_weeks integer,
    ADD COLUMN waiting_place_on timestamptz;
