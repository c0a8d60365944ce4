-- SPDX-FileCopyrightText: 2026 The Verdes authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 6: what the vault's trust stands on (issue 10, docs/security.md).
--
-- keyslot_state: the current key-slot file, byte for byte, with its generation. The database is the
-- authority on who may open the vault: an older slot file (a removed officer, an old passphrase)
-- is replaced by this record at the next unlock, and a slot file the database does not know is
-- refused. It is written in the same transaction as the officer change and its audit entry, before
-- the file itself.
CREATE TABLE keyslot_state (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    generation INTEGER NOT NULL CHECK (generation >= 1),
    file       BLOB NOT NULL
) STRICT;

-- The vault's device key (Ed25519), made with the vault: it signs the audit head, and later the
-- sealed musdes minutes and the change batches. The secret key never leaves the encrypted database.
CREATE TABLE device_key (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    key_id     TEXT NOT NULL,
    public_key BLOB NOT NULL CHECK (length(public_key) = 32),
    secret_key BLOB NOT NULL CHECK (length(secret_key) = 64),
    created_at TEXT NOT NULL
) STRICT;

CREATE TRIGGER device_key_no_update BEFORE UPDATE ON device_key
BEGIN
    SELECT RAISE(ABORT, 'the device key is never changed');
END;

CREATE TRIGGER device_key_no_delete BEFORE DELETE ON device_key
BEGIN
    SELECT RAISE(ABORT, 'the device key is never removed');
END;

-- The running digest of every covered table (models/vault/StateDigest): LtHash16 sums kept current
-- by triggers that StateDigest::install writes after each migration.
CREATE TABLE state_digest (
    table_name TEXT PRIMARY KEY,
    digest     BLOB NOT NULL,
    row_count  INTEGER NOT NULL
) STRICT;

-- Each new audit entry records the state hash its transaction leaves (StateDigest::currentStateHash),
-- inside the entry's own hash. Entries written before schema 6 have none.
ALTER TABLE audit_log ADD COLUMN state_hash BLOB;
