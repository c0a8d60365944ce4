-- SPDX-FileCopyrightText: 2026 The Verdes authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 14: what a district review vault received from its hub (issue 14 §1–2, docs/batch-format.md
-- §12). Each batch is kept exactly as the village signed it, with the hub's receipt, under the hub's
-- serial; its items become the review queue, each with its state (DOMAIN.md §6, from in_review on) and
-- what the completeness check (DOMAIN.md §8.1) found missing. A village vault leaves these tables empty.
CREATE TABLE review_batches (
    hub_serial    INTEGER PRIMARY KEY CHECK (hub_serial >= 1),
    batch_id      BLOB NOT NULL UNIQUE CHECK (length(batch_id) = 32),
    village_code  TEXT NOT NULL CHECK (length(village_code) = 10),
    device_key_id TEXT NOT NULL,             -- PublicKey::idText of the key that signed it
    device_key    BLOB NOT NULL CHECK (length(device_key) = 32),
    sequence      INTEGER NOT NULL CHECK (sequence >= 1),
    created_at    TEXT NOT NULL,             -- when the village made it
    received_at   TEXT NOT NULL,             -- when the hub stored it
    item_count    INTEGER NOT NULL,
    signed_file   BLOB NOT NULL,             -- the village's signed batch, as received
    receipt       BLOB NOT NULL,             -- the hub's signed receipt
    imported_at   TEXT NOT NULL
) STRICT;

CREATE TRIGGER review_batches_no_update BEFORE UPDATE ON review_batches
BEGIN
    SELECT RAISE(ABORT, 'a received batch is never changed');
END;

CREATE TRIGGER review_batches_no_delete BEFORE DELETE ON review_batches
BEGIN
    SELECT RAISE(ABORT, 'a received batch is never removed');
END;

-- One row per item of a received batch that the hub accepted (an item the hub refused as sent before
-- is not reviewed twice).
CREATE TABLE review_items (
    item_id      INTEGER PRIMARY KEY,
    hub_serial   INTEGER NOT NULL REFERENCES review_batches (hub_serial),
    position     INTEGER NOT NULL CHECK (position >= 0),
    village_code TEXT NOT NULL,
    proposal_id  INTEGER NOT NULL,           -- the village's proposal number
    type         TEXT NOT NULL,              -- ProposalType code
    household_id TEXT NOT NULL DEFAULT '',
    state        TEXT NOT NULL DEFAULT 'in_review'
                 CHECK (state IN ('in_review', 'returned', 'gc_assigned', 'gc_done', 'verified', 'approved',
                                  'rejected_by_dinas')),
    incomplete   TEXT NOT NULL DEFAULT '',   -- the completeness check: "RT01 RT03", empty when complete
    UNIQUE (hub_serial, position)
) STRICT;

CREATE INDEX review_items_queue ON review_items (state, village_code, item_id);
CREATE INDEX review_items_household ON review_items (village_code, household_id);
