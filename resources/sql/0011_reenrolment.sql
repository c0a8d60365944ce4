-- SPDX-FileCopyrightText: 2026 The Verdes authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 11: a revoked laptop enrols again with a new device key, and the vault knows when it last
-- heard from its hub (issue 13 §1, docs/hub.md "Revoking a laptop").
--
-- A revocation names a device key, and a revoked key is never enrolled again: a copy of the vault
-- made before would hold the same secret. So the vault that asks to enrol again makes a new key pair.
-- The old key's public half stays here, for what it signed before (the audit heads, the sealed
-- minutes, the receipts of its batches); its secret half is gone with the row it was in.
CREATE TABLE retired_device_keys (
    key_id     TEXT PRIMARY KEY,
    public_key BLOB NOT NULL CHECK (length(public_key) = 32),
    created_at TEXT NOT NULL,
    retired_at TEXT NOT NULL
) STRICT;

CREATE TRIGGER retired_device_keys_no_update BEFORE UPDATE ON retired_device_keys
BEGIN
    SELECT RAISE(ABORT, 'a retired device key never changes');
END;

CREATE TRIGGER retired_device_keys_no_delete BEFORE DELETE ON retired_device_keys
BEGIN
    SELECT RAISE(ABORT, 'a retired device key is never removed');
END;

-- The device key changes only to a new key, and only once the old one is retired (in the same
-- transaction, by DeviceKey::rotate).
DROP TRIGGER device_key_no_update;
CREATE TRIGGER device_key_no_update BEFORE UPDATE ON device_key
WHEN NOT EXISTS (SELECT 1 FROM retired_device_keys WHERE key_id = OLD.key_id)
    OR EXISTS (SELECT 1 FROM retired_device_keys WHERE key_id = NEW.key_id)
    OR NEW.id <> OLD.id
BEGIN
    SELECT RAISE(ABORT, 'the device key is changed only for a new one, after the old one is retired');
END;

-- The key a revocation list named: an answer that enrols that key again does not reopen the vault.
ALTER TABLE hub_enrolment ADD COLUMN revoked_key_id TEXT;

-- The last time the hub was heard from (a receipt, a revocation list), by the time the hub signed in
-- it: the hub may ask for a sync every so many days (max_offline_days). Not audited content: it
-- changes at every contact.
CREATE TABLE transient_hub_contact (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    last_contact_at TEXT NOT NULL
) STRICT;
