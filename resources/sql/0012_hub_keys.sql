-- SPDX-FileCopyrightText: 2026 The Verdes authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 12: the district hub rotates its keys (issue 13 §1, docs/hub.md "Rotating the hub's keys").
--
-- The hub's key list names every generation of its keys, each endorsed by the one before; the vault
-- follows it from the pinned generation to the newest and pins that one (in hub_enrolment, as the
-- enrolment pinned the first). The keys it pinned before are kept here: a file one of them signed is
-- then refused as signed by a replaced key, not as a stranger's.
ALTER TABLE hub_enrolment ADD COLUMN key_generation INTEGER NOT NULL DEFAULT 1 CHECK (key_generation >= 1);
-- When the pinned keys expire (UTC, as the hub's key list says), NULL for never: Verdes seals no batch
-- to an expired key and trusts nothing it signs.
ALTER TABLE hub_enrolment ADD COLUMN keys_expire_at TEXT;

CREATE TABLE retired_hub_keys (
    signing_key_id TEXT PRIMARY KEY,                          -- PublicKey::idText
    generation     INTEGER NOT NULL CHECK (generation >= 1),
    signing_key    BLOB NOT NULL CHECK (length(signing_key) = 32),
    sealing_key    BLOB NOT NULL CHECK (length(sealing_key) = 32),
    retired_at     TEXT NOT NULL
) STRICT;

CREATE TRIGGER retired_hub_keys_no_update BEFORE UPDATE ON retired_hub_keys
BEGIN
    SELECT RAISE(ABORT, 'a retired hub key never changes');
END;

CREATE TRIGGER retired_hub_keys_no_delete BEFORE DELETE ON retired_hub_keys
BEGIN
    SELECT RAISE(ABORT, 'a retired hub key is never removed');
END;
