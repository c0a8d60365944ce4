-- SPDX-FileCopyrightText: 2026 The Verdes authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 9: the district hub this vault reports to, and the outbox of change batches (issue 13,
-- docs/batch-format.md).
--
-- A sealed meeting becomes one batch: its signed file (signed by the device key, not yet sealed to a
-- hub) is kept here from the moment it is made, with the device's running sequence number, so that
-- the same bytes go up however often they are sent, by HTTPS or on a USB stick. The durable states
-- (queued → sent → receipted, or refused) are audited like every other change; the scheduling of
-- attempts (which phase of a send, how many tries, when the next) lives in a transient table that
-- the state digest leaves out, because retries are not the registry's content.

-- The hub this vault is enrolled with: its keys are pinned from the enrolment answer on; the
-- village accepts nothing from a hub that these keys do not sign.
CREATE TABLE hub_enrolment (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    hub_id           TEXT NOT NULL,
    hub_name         TEXT NOT NULL,
    district_code    TEXT NOT NULL,
    signing_key      BLOB NOT NULL CHECK (length(signing_key) = 32),
    sealing_key      BLOB NOT NULL CHECK (length(sealing_key) = 32),
    tls_pin          BLOB CHECK (tls_pin IS NULL OR length(tls_pin) = 32),
    url              TEXT NOT NULL DEFAULT '',
    max_offline_days INTEGER NOT NULL DEFAULT 0 CHECK (max_offline_days >= 0),
    enrolled_at      TEXT NOT NULL,
    answer           BLOB NOT NULL,           -- the hub's signed enrolment answer, as proof
    revoked_at       TEXT,                    -- when a revocation list named this device
    revocation_serial INTEGER NOT NULL DEFAULT 0
) STRICT;

-- One batch per sealed meeting, numbered per device from 1 without gaps.
CREATE TABLE outbox (
    sequence      INTEGER PRIMARY KEY CHECK (sequence >= 1),
    batch_id      BLOB NOT NULL UNIQUE CHECK (length(batch_id) = 32),
    meeting_id    INTEGER NOT NULL UNIQUE REFERENCES meetings (meeting_id),
    item_count    INTEGER NOT NULL,
    signed_file   BLOB NOT NULL,
    state         TEXT NOT NULL DEFAULT 'queued'
                  CHECK (state IN ('queued', 'sent', 'receipted', 'refused')),
    created_at    TEXT NOT NULL,
    sent_at       TEXT,
    sent_by       TEXT CHECK (sent_by IS NULL OR sent_by IN ('https', 'usb')),
    receipted_at  TEXT,
    receipt       BLOB,                       -- the hub's signed receipt file
    outcome       TEXT CHECK (outcome IS NULL OR outcome IN ('accepted', 'partly_accepted', 'refused')),
    reason        TEXT NOT NULL DEFAULT ''    -- the receipt's reason code when not accepted
) STRICT;

-- The items of each batch in their order, with what the receipt said of each.
CREATE TABLE outbox_items (
    sequence      INTEGER NOT NULL REFERENCES outbox (sequence),
    position      INTEGER NOT NULL CHECK (position >= 0),
    proposal_id   INTEGER REFERENCES proposals (proposal_id),
    household_id  TEXT NOT NULL DEFAULT '',
    outcome       TEXT CHECK (outcome IS NULL OR outcome IN ('accepted', 'refused')),
    reason        TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (sequence, position)
) STRICT;
CREATE INDEX outbox_items_proposal ON outbox_items (proposal_id);

-- Where each unfinished send stands. Not covered by the state digest (its name says so): retries
-- change it without an audit entry, and it holds nothing but timing.
CREATE TABLE transient_outbox_attempts (
    sequence        INTEGER PRIMARY KEY REFERENCES outbox (sequence),
    phase           TEXT NOT NULL DEFAULT 'idle' CHECK (phase IN ('idle', 'announced', 'sending')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    last_error      TEXT NOT NULL DEFAULT '',
    sent_bytes      INTEGER NOT NULL DEFAULT 0
) STRICT;

-- A batch's bytes, number and meeting never change, and nothing leaves the outbox; the items'
-- order and targets never change either.
CREATE TRIGGER outbox_frozen BEFORE UPDATE OF sequence, batch_id, meeting_id, item_count, signed_file,
    created_at ON outbox
BEGIN
    SELECT RAISE(ABORT, 'a batch never changes');
END;
CREATE TRIGGER outbox_no_delete BEFORE DELETE ON outbox
BEGIN
    SELECT RAISE(ABORT, 'batches are never deleted');
END;
CREATE TRIGGER outbox_items_frozen BEFORE UPDATE OF sequence, position, proposal_id, household_id
    ON outbox_items
BEGIN
    SELECT RAISE(ABORT, 'a batch never changes');
END;
CREATE TRIGGER outbox_items_no_delete BEFORE DELETE ON outbox_items
BEGIN
    SELECT RAISE(ABORT, 'batches are never deleted');
END;
CREATE TRIGGER hub_enrolment_no_delete BEFORE DELETE ON hub_enrolment
BEGIN
    SELECT RAISE(ABORT, 'an enrolment is replaced, never deleted');
END;
