-- SPDX-FileCopyrightText: 2026 The Verdes authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 15: the verdicts a district review vault's reviewers gave (issue 14 §1, DOMAIN.md §6 and §8,
-- docs/batch-format.md §13). Each verdict is kept exactly as its reviewer signed it, chained per item
-- (step 1, 2, 3… and the previous verdict's id inside the signed bytes); the item's state and NIK
-- match are the newest verdict's. Sending a verdict to the hub records the upload and what the hub's
-- receipt said of it. A village vault leaves the table empty.
ALTER TABLE review_items ADD COLUMN nik_match TEXT NOT NULL DEFAULT 'belum'
    CHECK (nik_match IN ('belum', 'padan', 'tidak_padan'));

CREATE TABLE review_verdicts (
    verdict_id   BLOB PRIMARY KEY CHECK (length(verdict_id) = 32),
    item_id      INTEGER NOT NULL REFERENCES review_items (item_id),
    step         INTEGER NOT NULL CHECK (step >= 1),
    officer_id   TEXT NOT NULL,
    state        TEXT NOT NULL
                 CHECK (state IN ('returned', 'gc_assigned', 'gc_done', 'verified', 'approved',
                                  'rejected_by_dinas')),
    reason       TEXT NOT NULL DEFAULT '',   -- "RT01", "RJ03", empty
    note         TEXT NOT NULL DEFAULT '',
    facilitator  TEXT NOT NULL DEFAULT '',
    ground_check INTEGER NOT NULL DEFAULT 0 CHECK (ground_check BETWEEN 0 AND 7),
    nik_match    TEXT NOT NULL,
    decided_at   TEXT NOT NULL,
    signed_file  BLOB NOT NULL,              -- the verdict (VDEC) as its reviewer signed it
    upload_id    BLOB,                       -- the upload it last went in; NULL while not sent
    outcome      TEXT NOT NULL DEFAULT '' CHECK (outcome IN ('', 'accepted', 'duplicate', 'refused')),
    refusal      TEXT NOT NULL DEFAULT '',   -- the hub's reason when refused
    UNIQUE (item_id, step)
) STRICT;

CREATE INDEX review_verdicts_unsent ON review_verdicts (outcome, item_id, step);

-- A verdict is signed and never changes; only what became of sending it is written later.
CREATE TRIGGER review_verdicts_frozen BEFORE UPDATE OF verdict_id, item_id, step, officer_id, state, reason,
    note, facilitator, ground_check, nik_match, decided_at, signed_file ON review_verdicts
BEGIN
    SELECT RAISE(ABORT, 'a verdict is never changed');
END;

CREATE TRIGGER review_verdicts_no_delete BEFORE DELETE ON review_verdicts
BEGIN
    SELECT RAISE(ABORT, 'a verdict is never removed');
END;
