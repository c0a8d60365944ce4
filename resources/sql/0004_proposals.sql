-- SPDX-FileCopyrightText: 2026 The Verdes authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 4: change proposals and their evidence (issue 5, DOMAIN.md §5–6).
--
-- A proposal is never deleted, only withdrawn. Its field-level changes (old → new) and the base
-- version of every record it touches are kept beside it; `stale` and `target_gone` are set after a
-- snapshot import (ProposalRepository::refreshStale). Evidence lives inside the vault as BLOBs,
-- never as loose files; once the proposal is past draft its evidence cannot change, only be
-- replaced by a new version (the old one stays). The triggers enforce that for anyone going
-- through SQL; the models check it first and say why in plain words.

CREATE TABLE proposals (
    proposal_id     INTEGER PRIMARY KEY,
    type            TEXT NOT NULL CHECK (type IN (
                        'NEW_HOUSEHOLD', 'NEW_MEMBER', 'MEMBER_DECEASED', 'MEMBER_MOVED', 'MEMBER_ABROAD',
                        'MEMBER_NOT_FOUND', 'HOUSEHOLD_MOVED', 'DATA_UPDATE', 'IDENTITY_CORRECTION',
                        'KK_CHANGE', 'HEAD_REPLACEMENT', 'INELIGIBLE', 'PROGRAMME', 'OBJECTION',
                        'WITHDRAWAL', 'DUPLICATE')),
    state           TEXT NOT NULL DEFAULT 'draft' CHECK (state IN (
                        'draft', 'ready', 'on_agenda', 'covered_by_sptjm', 'agreed', 'rejected',
                        'deferred', 'sealed', 'batched', 'sent', 'received', 'in_review', 'returned',
                        'gc_assigned', 'gc_done', 'verified', 'approved', 'rejected_by_dinas',
                        'forwarded', 'reflected', 'not_reflected', 'withdrawn')),
    channel         TEXT NOT NULL CHECK (channel IN ('operator', 'rt_rw', 'walk_in', 'cek_bansos',
                                                     'objection')),
    household_id    TEXT REFERENCES households (household_id),
    person_ids      TEXT NOT NULL DEFAULT '[]', -- JSON array of person ids
    reason          TEXT NOT NULL DEFAULT '',
    details         TEXT NOT NULL DEFAULT '{}', -- JSON: ProposalDetails
    revision        INTEGER NOT NULL DEFAULT 1,
    created_by      TEXT NOT NULL,
    created_by_name TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    updated_by_name TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    state_note      TEXT NOT NULL DEFAULT '',
    stale           INTEGER NOT NULL DEFAULT 0 CHECK (stale IN (0, 1)),
    target_gone     INTEGER NOT NULL DEFAULT 0 CHECK (target_gone IN (0, 1))
) STRICT;
CREATE INDEX proposals_state ON proposals (state);
CREATE INDEX proposals_household ON proposals (household_id) WHERE household_id IS NOT NULL;
CREATE INDEX proposals_officer ON proposals (created_by);
CREATE INDEX proposals_updated ON proposals (updated_at, proposal_id);

CREATE TRIGGER proposals_no_delete BEFORE DELETE ON proposals
BEGIN
    SELECT RAISE(ABORT, 'proposals are never deleted, only withdrawn');
END;

-- The field-level changes, old → new. Only a draft's changes may be rewritten; later only the
-- old values move when someone re-confirms a stale proposal.
CREATE TABLE proposal_changes (
    proposal_id    INTEGER NOT NULL REFERENCES proposals (proposal_id),
    ordinal        INTEGER NOT NULL,
    table_name     TEXT NOT NULL CHECK (table_name IN ('households', 'members')),
    record_id      TEXT NOT NULL DEFAULT '', -- empty for a record the proposal creates
    column_name    TEXT NOT NULL,
    old_value      TEXT NOT NULL DEFAULT '',
    new_value      TEXT NOT NULL DEFAULT '',
    new_record_key TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (proposal_id, ordinal)
) STRICT;

CREATE TRIGGER proposal_changes_insert_locked BEFORE INSERT ON proposal_changes
WHEN (SELECT state FROM proposals WHERE proposal_id = NEW.proposal_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'only a draft proposal''s changes may be written');
END;
CREATE TRIGGER proposal_changes_delete_locked BEFORE DELETE ON proposal_changes
WHEN (SELECT state FROM proposals WHERE proposal_id = OLD.proposal_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'only a draft proposal''s changes may be written');
END;
CREATE TRIGGER proposal_changes_update_locked BEFORE UPDATE ON proposal_changes
WHEN (SELECT state FROM proposals WHERE proposal_id = OLD.proposal_id) <> 'draft'
     AND (NEW.proposal_id IS NOT OLD.proposal_id OR NEW.ordinal IS NOT OLD.ordinal
          OR NEW.table_name IS NOT OLD.table_name OR NEW.record_id IS NOT OLD.record_id
          OR NEW.column_name IS NOT OLD.column_name OR NEW.new_value IS NOT OLD.new_value
          OR NEW.new_record_key IS NOT OLD.new_record_key
          OR (SELECT state FROM proposals WHERE proposal_id = OLD.proposal_id)
             NOT IN ('ready', 'on_agenda', 'deferred'))
BEGIN
    SELECT RAISE(ABORT, 'only a draft proposal''s changes may be written');
END;

-- The version of each existing record the proposal touches, when it was written or re-confirmed.
CREATE TABLE proposal_bases (
    proposal_id INTEGER NOT NULL REFERENCES proposals (proposal_id),
    table_name  TEXT NOT NULL CHECK (table_name IN ('households', 'members')),
    record_id   TEXT NOT NULL,
    version     INTEGER NOT NULL,
    PRIMARY KEY (proposal_id, table_name, record_id)
) STRICT;

-- Every state change, with who made it and why (the audit log has the same, hash-chained).
CREATE TABLE proposal_transitions (
    proposal_id  INTEGER NOT NULL REFERENCES proposals (proposal_id),
    seq          INTEGER NOT NULL,
    from_state   TEXT NOT NULL,
    to_state     TEXT NOT NULL,
    at           TEXT NOT NULL,
    officer_id   TEXT NOT NULL,
    officer_name TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (proposal_id, seq)
) STRICT;

CREATE TRIGGER proposal_transitions_no_update BEFORE UPDATE ON proposal_transitions
BEGIN
    SELECT RAISE(ABORT, 'proposal_transitions is append-only');
END;
CREATE TRIGGER proposal_transitions_no_delete BEFORE DELETE ON proposal_transitions
BEGIN
    SELECT RAISE(ABORT, 'proposal_transitions is append-only');
END;

-- Evidence: what it is, which file it came from, what its content is (detected, never from the
-- name), and its versions. The bytes are in evidence_content.
CREATE TABLE evidence (
    evidence_id   INTEGER PRIMARY KEY,
    proposal_id   INTEGER NOT NULL REFERENCES proposals (proposal_id),
    kind          TEXT NOT NULL CHECK (kind IN ('KTP', 'KK', 'BIRTH_CERT', 'DEATH_CERT', 'MOVE_LETTER',
                                                'HOUSE_PHOTOS', 'COORDS', 'SKTM', 'RT_RW_LETTER',
                                                'ELECTRIC_BILL', 'JOB_PROOF', 'STATEMENT')),
    file_name     TEXT NOT NULL,
    mime          TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png', 'application/pdf')),
    size          INTEGER NOT NULL CHECK (size > 0 AND size <= 5242880),
    sha256        TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    replaces      INTEGER REFERENCES evidence (evidence_id),
    replaced_by   INTEGER,
    added_at      TEXT NOT NULL,
    added_by      TEXT NOT NULL,
    added_by_name TEXT NOT NULL
) STRICT;
CREATE INDEX evidence_proposal ON evidence (proposal_id);

CREATE TABLE evidence_content (
    evidence_id INTEGER PRIMARY KEY REFERENCES evidence (evidence_id),
    bytes       BLOB NOT NULL CHECK (length(bytes) > 0 AND length(bytes) <= 5242880)
) STRICT;

-- New evidence only on a draft; a replacement also while the proposal is open in the village.
CREATE TRIGGER evidence_insert_locked BEFORE INSERT ON evidence
WHEN (SELECT state FROM proposals WHERE proposal_id = NEW.proposal_id) <> 'draft'
     AND (NEW.replaces IS NULL
          OR (SELECT state FROM proposals WHERE proposal_id = NEW.proposal_id)
             NOT IN ('ready', 'on_agenda', 'deferred'))
BEGIN
    SELECT RAISE(ABORT, 'the proposal''s evidence can no longer change');
END;

-- Evidence is never edited: the only update is marking a current version as replaced, once.
CREATE TRIGGER evidence_no_update BEFORE UPDATE ON evidence
WHEN OLD.replaced_by IS NOT NULL OR NEW.replaced_by IS NULL
     OR NEW.evidence_id IS NOT OLD.evidence_id OR NEW.proposal_id IS NOT OLD.proposal_id
     OR NEW.kind IS NOT OLD.kind OR NEW.file_name IS NOT OLD.file_name OR NEW.mime IS NOT OLD.mime
     OR NEW.size IS NOT OLD.size OR NEW.sha256 IS NOT OLD.sha256 OR NEW.version IS NOT OLD.version
     OR NEW.replaces IS NOT OLD.replaces OR NEW.added_at IS NOT OLD.added_at
     OR NEW.added_by IS NOT OLD.added_by OR NEW.added_by_name IS NOT OLD.added_by_name
BEGIN
    SELECT RAISE(ABORT, 'evidence is never changed, only replaced by a new version');
END;

CREATE TRIGGER evidence_delete_locked BEFORE DELETE ON evidence
WHEN (SELECT state FROM proposals WHERE proposal_id = OLD.proposal_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'the proposal''s evidence can no longer change');
END;

CREATE TRIGGER evidence_content_no_update BEFORE UPDATE ON evidence_content
BEGIN
    SELECT RAISE(ABORT, 'evidence is never changed, only replaced by a new version');
END;

CREATE TRIGGER evidence_content_delete_locked BEFORE DELETE ON evidence_content
WHEN (SELECT p.state FROM evidence e JOIN proposals p ON p.proposal_id = e.proposal_id
      WHERE e.evidence_id = OLD.evidence_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'the proposal''s evidence can no longer change');
END;
