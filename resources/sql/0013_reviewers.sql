-- SPDX-FileCopyrightText: 2026 The Verdes authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 13: the reviewers of a district review vault (issue 14 §1). The vault's kind ("village" or
-- "district") is a row of vault_meta, written when the vault is made; a vault without one is a
-- village's.
--
-- Each reviewer (verifier, office head) has an Ed25519 key of their own, made in this vault and
-- enrolled at the district hub: it signs that reviewer's verdicts, so that the hub and the village
-- can tell who decided. The secret key never leaves the encrypted database, and only the officer it
-- belongs to signs with it (models/vault/ReviewerKey). The hub's keys are pinned in hub_enrolment
-- from the first reviewer's enrolment, as a village pins them from its device's.
CREATE TABLE reviewer_keys (
    officer_id TEXT PRIMARY KEY REFERENCES officers (officer_id),
    key_id     TEXT NOT NULL UNIQUE,  -- PublicKey::idText of public_key
    public_key BLOB NOT NULL CHECK (length(public_key) = 32),
    secret_key BLOB NOT NULL CHECK (length(secret_key) = 64),
    created_at TEXT NOT NULL
) STRICT;

CREATE TRIGGER reviewer_keys_no_update BEFORE UPDATE ON reviewer_keys
BEGIN
    SELECT RAISE(ABORT, 'a reviewer key is never changed');
END;

CREATE TRIGGER reviewer_keys_no_delete BEFORE DELETE ON reviewer_keys
BEGIN
    SELECT RAISE(ABORT, 'a reviewer key is never removed');
END;

-- The hub's signed answer that enrolled a reviewer's key, with the role the hub enrolled it for.
CREATE TABLE reviewer_enrolments (
    officer_id  TEXT PRIMARY KEY REFERENCES reviewer_keys (officer_id),
    role        TEXT NOT NULL CHECK (role IN ('verifier', 'office_head')),
    hub_id      TEXT NOT NULL,
    enrolled_at TEXT NOT NULL,
    answer      BLOB NOT NULL
) STRICT;
