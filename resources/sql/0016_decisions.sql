-- SPDX-FileCopyrightText: 2026 The Verdes authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 16: the district's verdicts as a village received them (issue 14 §2, DOMAIN.md §6,
-- docs/batch-format.md §14). Each verdict is kept exactly as its reviewer signed it, under the serial
-- the hub gave it for this village, with the reviewer the hub vouched for; the newest serial held is
-- where the next request starts. A returned proposal comes back as a new draft linked to it. A district
-- review vault leaves these tables empty.
CREATE TABLE decisions (
    verdict_id    BLOB PRIMARY KEY CHECK (length(verdict_id) = 32),
    serial        INTEGER NOT NULL UNIQUE CHECK (serial >= 1),
    proposal_id   INTEGER REFERENCES proposals (proposal_id), -- NULL for a flagged registrant
    batch_id      BLOB NOT NULL CHECK (length(batch_id) = 32),
    position      INTEGER NOT NULL CHECK (position >= 0),
    step          INTEGER NOT NULL CHECK (step >= 1),         -- the item's first verdict, second…
    state         TEXT NOT NULL
                  CHECK (state IN ('returned', 'gc_assigned', 'gc_done', 'verified', 'approved',
                                   'rejected_by_dinas')),
    reason        TEXT NOT NULL DEFAULT '',  -- "RT01", "RJ03", empty
    note          TEXT NOT NULL DEFAULT '',
    facilitator   TEXT NOT NULL DEFAULT '',
    ground_check  INTEGER NOT NULL DEFAULT 0 CHECK (ground_check BETWEEN 0 AND 7),
    nik_match     TEXT NOT NULL CHECK (nik_match IN ('belum', 'padan', 'tidak_padan')),
    reviewer_name TEXT NOT NULL,
    reviewer_role TEXT NOT NULL CHECK (reviewer_role IN ('verifier', 'office_head')),
    reviewer_key  BLOB NOT NULL CHECK (length(reviewer_key) = 32),
    decided_at    TEXT NOT NULL,             -- when the reviewer decided
    stored_at     TEXT NOT NULL,             -- when the hub stored it
    imported_at   TEXT NOT NULL,             -- when this vault took it
    signed_file   BLOB NOT NULL,             -- the verdict (VDEC) as its reviewer signed it
    UNIQUE (batch_id, position, step)
) STRICT;

CREATE INDEX decisions_proposal ON decisions (proposal_id, step);

CREATE TRIGGER decisions_no_update BEFORE UPDATE ON decisions
BEGIN
    SELECT RAISE(ABORT, 'a verdict is never changed');
END;

CREATE TRIGGER decisions_no_delete BEFORE DELETE ON decisions
BEGIN
    SELECT RAISE(ABORT, 'a verdict is never removed');
END;

-- A returned proposal stays `returned`; the village works on a new draft that copies it, linked here
-- with the verdict that returned it.
CREATE TABLE proposal_returns (
    draft_id    INTEGER PRIMARY KEY REFERENCES proposals (proposal_id),
    returned_id INTEGER NOT NULL UNIQUE REFERENCES proposals (proposal_id),
    verdict_id  BLOB NOT NULL REFERENCES decisions (verdict_id),
    reason      TEXT NOT NULL,               -- the RTnn code
    note        TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TRIGGER proposal_returns_no_update BEFORE UPDATE ON proposal_returns
BEGIN
    SELECT RAISE(ABORT, 'a return link is never changed');
END;

CREATE TRIGGER proposal_returns_no_delete BEFORE DELETE ON proposal_returns
BEGIN
    SELECT RAISE(ABORT, 'a return link is never removed');
END;
