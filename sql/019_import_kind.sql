-- 019_import_kind.sql - a checked upload names what it imports, so each import's confirmation
-- takes only its own batches (people, questions).
ALTER TABLE import_batch ADD COLUMN kind VARCHAR(16) NOT NULL DEFAULT 'people' AFTER by_id;
