-- SPDX-FileCopyrightText: 2026 The Verdes authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 18: what the newest snapshot meant for each proposal (issue 14 §2, DESIGN.md "Sync",
-- DOMAIN.md §6 and §9). Written by ReconcileRepository in the import's transaction:
--   rebased       a pending proposal whose records changed only in fields it does not touch: its
--                 base versions moved to the snapshot's, its proposed values untouched;
--   conflict      a pending proposal whose field the snapshot changed too: a person decides, per field;
--   target_gone   a pending proposal whose household or person the snapshot no longer holds;
--   reflected / not_reflected
--                 an approved proposal, as the snapshot shows it (the state says the same; the outcome
--                 keeps the import that decided it);
--   ''            nothing to say (never classified, or a conflict resolved).
-- `snapshot_import` is the import that classified it last.
ALTER TABLE proposals ADD COLUMN snapshot_outcome TEXT NOT NULL DEFAULT ''
    CHECK (snapshot_outcome IN ('', 'rebased', 'conflict', 'target_gone', 'reflected', 'not_reflected'));
ALTER TABLE proposals ADD COLUMN snapshot_import INTEGER;

CREATE INDEX proposals_snapshot_outcome ON proposals (snapshot_outcome) WHERE snapshot_outcome <> '';
