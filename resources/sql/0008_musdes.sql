-- SPDX-FileCopyrightText: 2026 The Verdes authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 8: the village meeting that decides the proposals (issue 12, DOMAIN.md §6–7).
--
-- A meeting (musdes, musdesus, muskel, or an SPTJM that stands in for one) has its attendance and
-- its agenda items; each item is a proposal, or a flagged household put to the meeting as "keep or
-- propose removal". Decisions are recorded per item and may be corrected (each correction is an
-- audit entry) until the chair seals the meeting. Sealing writes the meeting's canonical bytes, their
-- hash and the device key's signature into meeting_seals; from then on the triggers refuse any change
-- to the meeting, its attendance and its items, and `verdes check` recomputes the bytes from the rows
-- and verifies the signature. A correction after sealing is an addendum: a new meeting that refers to
-- the sealed one.

CREATE TABLE meetings (
    meeting_id    INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('musdes', 'musdesus', 'muskel', 'sptjm')),
    number        TEXT NOT NULL,
    date          TEXT NOT NULL,             -- YYYY-MM-DD
    time          TEXT NOT NULL DEFAULT '',  -- HH:MM, empty when not set
    place         TEXT NOT NULL DEFAULT '',
    chair         TEXT NOT NULL DEFAULT '',  -- name of who chairs (the Ketua BPD by default)
    minute_taker  TEXT NOT NULL DEFAULT '',
    notes         TEXT NOT NULL DEFAULT '',
    addendum_of   INTEGER REFERENCES meetings (meeting_id),
    sealed        INTEGER NOT NULL DEFAULT 0 CHECK (sealed IN (0, 1)),
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    created_by_name TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX meetings_number ON meetings (number);

CREATE TABLE meeting_attendees (
    attendee_id   INTEGER PRIMARY KEY,
    meeting_id    INTEGER NOT NULL REFERENCES meetings (meeting_id),
    ordinal       INTEGER NOT NULL,
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    role          TEXT NOT NULL,
    rt_rw         TEXT NOT NULL DEFAULT '',
    signed        INTEGER NOT NULL DEFAULT 0 CHECK (signed IN (0, 1))
) STRICT;
CREATE INDEX meeting_attendees_meeting ON meeting_attendees (meeting_id, ordinal);

-- One agenda item: a proposal, or a flagged household (proposal_id NULL, household_id set).
CREATE TABLE meeting_items (
    item_id       INTEGER PRIMARY KEY,
    meeting_id    INTEGER NOT NULL REFERENCES meetings (meeting_id),
    section       TEXT NOT NULL CHECK (section IN ('flagged', 'new', 'other')),
    position      INTEGER NOT NULL,
    proposal_id   INTEGER REFERENCES proposals (proposal_id),
    household_id  TEXT REFERENCES households (household_id),
    -- Who and where, as the agenda was set (the minutes keep the names of the day).
    subject       TEXT NOT NULL DEFAULT '',
    rw            INTEGER,
    rt            INTEGER,
    decision      TEXT NOT NULL DEFAULT '' CHECK (decision IN ('', 'agreed', 'rejected', 'deferred',
                                                               'keep', 'remove')),
    mode          TEXT NOT NULL DEFAULT '' CHECK (mode IN ('', 'consensus', 'vote')),
    votes_for     INTEGER NOT NULL DEFAULT 0 CHECK (votes_for >= 0),
    votes_against INTEGER NOT NULL DEFAULT 0 CHECK (votes_against >= 0),
    votes_abstain INTEGER NOT NULL DEFAULT 0 CHECK (votes_abstain >= 0),
    note          TEXT NOT NULL DEFAULT '',
    decided_at    TEXT NOT NULL DEFAULT '',
    decided_by    TEXT NOT NULL DEFAULT '',
    decided_by_name TEXT NOT NULL DEFAULT '',
    CHECK ((proposal_id IS NULL) <> (household_id IS NULL))
) STRICT;
CREATE INDEX meeting_items_meeting ON meeting_items (meeting_id, position);
CREATE INDEX meeting_items_proposal ON meeting_items (proposal_id) WHERE proposal_id IS NOT NULL;

-- The seal: the canonical bytes as signed, their SHA-256 and the device key's Ed25519 signature.
CREATE TABLE meeting_seals (
    meeting_id    INTEGER PRIMARY KEY REFERENCES meetings (meeting_id),
    sealed_at     TEXT NOT NULL,
    sealed_by     TEXT NOT NULL,
    sealed_by_name TEXT NOT NULL,
    key_id        TEXT NOT NULL,
    audit_seq     INTEGER NOT NULL,
    audit_hash    BLOB NOT NULL,
    content       BLOB NOT NULL,
    sha256        BLOB NOT NULL CHECK (length(sha256) = 32),
    signature     BLOB NOT NULL CHECK (length(signature) = 64)
) STRICT;

-- The chair's reveals of one field of one item to the room (the audit log has them too).
CREATE TABLE meeting_reveals (
    reveal_id     INTEGER PRIMARY KEY,
    meeting_id    INTEGER NOT NULL REFERENCES meetings (meeting_id),
    item_id       INTEGER NOT NULL REFERENCES meeting_items (item_id),
    field         TEXT NOT NULL,
    why           TEXT NOT NULL CHECK (length(trim(why)) > 0),
    at            TEXT NOT NULL,
    officer_id    TEXT NOT NULL,
    officer_name  TEXT NOT NULL
) STRICT;

-- Nothing of a sealed meeting changes; seals, reveals are append-only.
CREATE TRIGGER meetings_sealed_no_update BEFORE UPDATE ON meetings
WHEN OLD.sealed = 1
BEGIN
    SELECT RAISE(ABORT, 'a sealed meeting never changes');
END;
CREATE TRIGGER meetings_no_delete BEFORE DELETE ON meetings
BEGIN
    SELECT RAISE(ABORT, 'meetings are never deleted');
END;
CREATE TRIGGER meeting_attendees_sealed_insert BEFORE INSERT ON meeting_attendees
WHEN (SELECT sealed FROM meetings WHERE meeting_id = NEW.meeting_id) = 1
BEGIN
    SELECT RAISE(ABORT, 'a sealed meeting never changes');
END;
CREATE TRIGGER meeting_attendees_sealed_update BEFORE UPDATE ON meeting_attendees
WHEN (SELECT sealed FROM meetings WHERE meeting_id = OLD.meeting_id) = 1
BEGIN
    SELECT RAISE(ABORT, 'a sealed meeting never changes');
END;
CREATE TRIGGER meeting_attendees_sealed_delete BEFORE DELETE ON meeting_attendees
WHEN (SELECT sealed FROM meetings WHERE meeting_id = OLD.meeting_id) = 1
BEGIN
    SELECT RAISE(ABORT, 'a sealed meeting never changes');
END;
CREATE TRIGGER meeting_items_sealed_insert BEFORE INSERT ON meeting_items
WHEN (SELECT sealed FROM meetings WHERE meeting_id = NEW.meeting_id) = 1
BEGIN
    SELECT RAISE(ABORT, 'a sealed meeting never changes');
END;
CREATE TRIGGER meeting_items_sealed_update BEFORE UPDATE ON meeting_items
WHEN (SELECT sealed FROM meetings WHERE meeting_id = OLD.meeting_id) = 1
BEGIN
    SELECT RAISE(ABORT, 'a sealed meeting never changes');
END;
CREATE TRIGGER meeting_items_sealed_delete BEFORE DELETE ON meeting_items
WHEN (SELECT sealed FROM meetings WHERE meeting_id = OLD.meeting_id) = 1
BEGIN
    SELECT RAISE(ABORT, 'a sealed meeting never changes');
END;
CREATE TRIGGER meeting_seals_no_update BEFORE UPDATE ON meeting_seals
BEGIN
    SELECT RAISE(ABORT, 'a seal never changes');
END;
CREATE TRIGGER meeting_seals_no_delete BEFORE DELETE ON meeting_seals
BEGIN
    SELECT RAISE(ABORT, 'a seal never changes');
END;
CREATE TRIGGER meeting_reveals_no_update BEFORE UPDATE ON meeting_reveals
BEGIN
    SELECT RAISE(ABORT, 'meeting_reveals is append-only');
END;
CREATE TRIGGER meeting_reveals_no_delete BEFORE DELETE ON meeting_reveals
BEGIN
    SELECT RAISE(ABORT, 'meeting_reveals is append-only');
END;

-- Templates of the meeting's documents that an administrator edited (the defaults are resources).
CREATE TABLE document_templates (
    name        TEXT PRIMARY KEY,
    body        TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL
) STRICT;
