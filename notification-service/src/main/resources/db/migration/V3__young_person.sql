-- A family recipient may be the young person themself; their notices say what they can decide.
ALTER TABLE recipient ADD COLUMN young_person boolean NOT NULL DEFAULT false;
