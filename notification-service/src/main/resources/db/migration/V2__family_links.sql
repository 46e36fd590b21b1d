-- The family account (token subject) linked to a family recipient by accepting referral-service's invitation. The
-- family inbox shows a notice only to the account linked to its recipient, never by the email in a token.
ALTER TABLE recipient ADD COLUMN linked_subject varchar(255);

CREATE INDEX recipient_linked_subject ON recipient (linked_subject) WHERE linked_subject IS NOT NULL;
DROP INDEX notice_email;
