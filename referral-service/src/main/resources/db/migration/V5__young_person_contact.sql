-- A family contact may be the young person themself, once over compulsory school age (YoungPerson).
ALTER TABLE family_contact ADD COLUMN young_person boolean NOT NULL DEFAULT false;
