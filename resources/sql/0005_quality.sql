-- SPDX-FileCopyrightText: 2026 The Verdes authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 5: data-quality flags (DOMAIN.md §9, issue 5).
--
-- One row per finding of a check: the check's stable code, the household, the person ('' when the
-- finding concerns the whole household) and a variant ('' unless one check can fire several times for
-- the same record, e.g. RECORD_WARNING per rule and field). `args` are the arguments of the check's
-- plain-words sentence and `evidence` the field values that triggered it ("presence=2"), both joined
-- by U+001F. `suggestion` is the proposal type of DOMAIN.md §5 that would resolve the finding
-- ("MEMBER_DECEASED"), `suggestion_reason` its reason code when it has one ("TL04").
--
-- A re-run (QualityChecker) keeps a dismissal while the evidence is unchanged, reopens the flag when
-- it changed and closes flags whose signal disappeared; closed rows stay for the record.
CREATE TABLE quality_flags (
    flag_id           INTEGER PRIMARY KEY,
    check_code        TEXT NOT NULL,
    household_id      TEXT NOT NULL,
    person_id         TEXT NOT NULL DEFAULT '',
    variant           TEXT NOT NULL DEFAULT '',
    args              TEXT NOT NULL DEFAULT '',
    evidence          TEXT NOT NULL DEFAULT '',
    suggestion        TEXT NOT NULL DEFAULT '',
    suggestion_reason TEXT NOT NULL DEFAULT '',
    status            TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'dismissed', 'closed')),
    dismissed_by      TEXT,
    dismissed_by_name TEXT,
    dismissed_at      TEXT,
    dismiss_reason    TEXT,
    first_seen        TEXT NOT NULL,
    last_seen         TEXT NOT NULL,
    last_run          INTEGER NOT NULL,
    UNIQUE (check_code, household_id, person_id, variant)
) STRICT;
CREATE INDEX quality_flags_household ON quality_flags (household_id, status);
CREATE INDEX quality_flags_status ON quality_flags (status, check_code);

-- One row per run of the checks, with its counts.
CREATE TABLE quality_runs (
    run_id     INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    officer_id TEXT NOT NULL,
    households INTEGER NOT NULL,
    open_flags INTEGER NOT NULL,
    added      INTEGER NOT NULL,
    reopened   INTEGER NOT NULL,
    closed     INTEGER NOT NULL
) STRICT;
