-- Deleting a child's records deletes the transition notices raised for the child, and the foreign key's check on
-- deleting the child looks them up the same way: without this index both read every notice ever raised.
CREATE INDEX transition_notice_child ON transition_notice (child_id);
