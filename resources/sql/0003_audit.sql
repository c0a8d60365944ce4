-- SPDX-FileCopyrightText: 2026 The Verdes authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 3: officers' roles and the tamper-evident audit trail (issue 5).
--
-- `officers.role` (schema 1) takes the village roles of DOMAIN.md §6–7; `admin` marks the officers
-- who may manage other officers. The officer who created the vault is its first admin.

ALTER TABLE officers ADD COLUMN admin INTEGER NOT NULL DEFAULT 0 CHECK (admin IN (0, 1));
UPDATE officers SET admin = 1
WHERE officer_id = (SELECT officer_id FROM officers ORDER BY created_at, rowid LIMIT 1);

-- One row per change to the vault. Every entry carries the hash of the one before it (`prev_hash`,
-- 32 zero bytes for the first), and `hash` = SHA-256 over the entry's fields and `prev_hash`
-- (AuditLog::hashEntry), so editing, removing or reordering any entry breaks the chain from there
-- on. The application never updates or deletes entries; the triggers refuse it for anyone else
-- who goes through SQL.
CREATE TABLE audit_log (
    seq          INTEGER PRIMARY KEY,
    at           TEXT NOT NULL,
    officer_id   TEXT NOT NULL,
    officer_name TEXT NOT NULL,
    role         TEXT NOT NULL,
    action       TEXT NOT NULL,
    object_type  TEXT NOT NULL,
    object_id    TEXT NOT NULL,
    household_id TEXT,
    summary      TEXT NOT NULL,
    prev_hash    BLOB NOT NULL,
    hash         BLOB NOT NULL
) STRICT;
CREATE INDEX audit_log_household ON audit_log (household_id) WHERE household_id IS NOT NULL;
CREATE INDEX audit_log_object ON audit_log (object_type, object_id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

-- INSERT OR REPLACE deletes the row it replaces without firing the delete trigger (SQLite fires
-- it only with recursive_triggers on): refuse any insert that would take an existing number.
CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log
WHEN EXISTS (SELECT 1 FROM audit_log WHERE seq = NEW.seq)
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
