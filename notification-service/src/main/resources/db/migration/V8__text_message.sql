-- The short text message written with each notice, for a person told by text (null for notices written before).
ALTER TABLE notice ADD COLUMN text_message text;
