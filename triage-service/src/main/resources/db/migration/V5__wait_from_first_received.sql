-- A waiting list is in the order children were first referred, within each priority: a referral carried over from
-- the previous system or handed over from a children's service to an adult one keeps its original received date,
-- so it keeps its place instead of joining the back of its band on acceptance.
DROP INDEX triage_case_waiting;
CREATE INDEX triage_case_waiting ON triage_case
    (service, (CASE priority WHEN 'URGENT' THEN 0 WHEN 'PRIORITY' THEN 1 ELSE 2 END), received_at, referral_id)
    WHERE stage = 'WAITING';

INSERT INTO support_offer (service, position, title, description, link) VALUES
('ADULT_MENTAL_HEALTH', 1, 'Talking therapies self-referral', 'Free talking therapies for adults: the young person can book an assessment themselves.', NULL),
('ADULT_MENTAL_HEALTH', 2, 'Crisis line', 'If you are worried about your safety now, call the 24-hour mental health crisis line, or 999 in an emergency.', NULL);
