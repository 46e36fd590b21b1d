-- Each queue's pages straight from an index in the order the service works through it (TriageQueue), holding only
-- the open cases: the years of closed referrals a region accumulates cost a page nothing.
CREATE INDEX triage_case_awaiting ON triage_case
    (service, safeguarding_concern DESC, complex_health_needs DESC, received_at, referral_id)
    WHERE stage IN ('TRIAGE', 'INFORMATION_REQUESTED');

CREATE INDEX triage_case_waiting ON triage_case
    (service, (CASE priority WHEN 'URGENT' THEN 0 WHEN 'PRIORITY' THEN 1 ELSE 2 END), accepted_at, referral_id)
    WHERE stage = 'WAITING';
