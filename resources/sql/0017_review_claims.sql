-- SPDX-FileCopyrightText: 2026 The Verdes authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 17: the claims on review items as the hub last answered them (issue 14 §1,
-- docs/batch-format.md §17): who holds an item until when, this vault's reviewers or another vault's.
-- Each reviewer key's claim requests are numbered; the hub refuses a number not above the last one it
-- answered, so the vault keeps the last it sent. Both are a copy of the hub's bookkeeping, changed by
-- every sync without a change of the vault's own content: `transient_`, outside the history's state hash
-- (taking and releasing are still entries of the history). A village vault leaves the tables empty.
CREATE TABLE transient_review_claims (
    item_id       INTEGER PRIMARY KEY REFERENCES review_items (item_id),
    holder_key_id BLOB NOT NULL CHECK (length(holder_key_id) = 8),
    holder_name   TEXT NOT NULL,
    held_until    TEXT NOT NULL,             -- UTC, the hub's time
    days          INTEGER NOT NULL CHECK (days BETWEEN 0 AND 30), -- as asked; 0 for another's claim
    answered_at   TEXT NOT NULL              -- the hub's answer that said so
) STRICT;

CREATE TABLE transient_review_claim_requests (
    key_id        BLOB PRIMARY KEY CHECK (length(key_id) = 8),
    last_sequence INTEGER NOT NULL CHECK (last_sequence >= 1)
) STRICT;
