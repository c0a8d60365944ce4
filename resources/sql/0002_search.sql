-- SPDX-FileCopyrightText: 2026 The Verdes authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 2: full-text search over the registry (DESIGN.md "Storage: the vault"; issue 3 §7).
--
-- One FTS5 row per member, its rowid the member's rowid, holding the member's name and the
-- household's address and dusun, so that every word of a query may match any of them ("SITI MELATI"
-- finds Siti in dusun Melati). The index is contentless (content=''): the text already lives in
-- members and households, and contentless_delete=1 lets the triggers below delete by rowid.
--
-- `tags` holds tokens no user types into the searched columns: `h` for the head of the household,
-- `rt<n>` and `rw<n>` for the household's place. The search asks for them with a column filter, so
-- "heads first" and the RT/RW filters are doclist intersections inside FTS5 instead of a join and a
-- sort over thousands of matches (SITI matches thousands in a 50,000-household village).
--
-- detail=column keeps the index small (no positions): the search never asks for phrases or NEAR,
-- each query term is one token. prefix='2 3' indexes short prefixes, which users type most.
-- unicode61 with remove_diacritics 2 folds case and accents, so "jose" finds "JOSÉ".
--
-- NIK and KK are not in the FTS index: digit queries use the B-tree indexes of schema 1
-- (members_nik, households_kk) as ranges `nik >= :lo AND nik < :hi`, and RT/RW without words use
-- households_place.
--
-- A trap: the FTS rowid is members' implicit rowid, which VACUUM may renumber (members has a TEXT
-- primary key). Whoever runs VACUUM must call HouseholdSearch::rebuildIndex afterwards.

CREATE VIRTUAL TABLE member_search USING fts5(
    name, address, dusun, tags,
    content = '',
    contentless_delete = 1,
    detail = column,
    prefix = '2 3',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- What the index holds for each member, in one place for the triggers and for rebuildIndex.
CREATE VIEW member_search_source AS
SELECT m.rowid AS member_rowid,
       m.household_id AS household_id,
       m.name AS name,
       h.address AS address,
       h.dusun AS dusun,
       trim(CASE WHEN m.relationship = 1 THEN 'h ' ELSE '' END
            || ifnull('rt' || h.rt || ' ', '')
            || ifnull('rw' || h.rw, '')) AS tags
FROM members m
JOIN households h ON h.household_id = m.household_id;

CREATE TRIGGER members_search_insert AFTER INSERT ON members
BEGIN
    INSERT INTO member_search (rowid, name, address, dusun, tags)
    SELECT member_rowid, name, address, dusun, tags FROM member_search_source
    WHERE member_rowid = NEW.rowid;
END;

CREATE TRIGGER members_search_delete AFTER DELETE ON members
BEGIN
    DELETE FROM member_search WHERE rowid = OLD.rowid;
END;

CREATE TRIGGER members_search_update AFTER UPDATE OF name, relationship, household_id ON members
WHEN OLD.name IS NOT NEW.name
  OR OLD.relationship IS NOT NEW.relationship
  OR OLD.household_id IS NOT NEW.household_id
BEGIN
    DELETE FROM member_search WHERE rowid = OLD.rowid;
    INSERT INTO member_search (rowid, name, address, dusun, tags)
    SELECT member_rowid, name, address, dusun, tags FROM member_search_source
    WHERE member_rowid = NEW.rowid;
END;

CREATE TRIGGER households_search_update AFTER UPDATE OF address, dusun, rt, rw ON households
WHEN OLD.address IS NOT NEW.address
  OR OLD.dusun IS NOT NEW.dusun
  OR OLD.rt IS NOT NEW.rt
  OR OLD.rw IS NOT NEW.rw
BEGIN
    DELETE FROM member_search
    WHERE rowid IN (SELECT rowid FROM members WHERE household_id = NEW.household_id);
    INSERT INTO member_search (rowid, name, address, dusun, tags)
    SELECT member_rowid, name, address, dusun, tags FROM member_search_source
    WHERE household_id = NEW.household_id;
END;

-- A vault migrated from schema 1 may already hold members.
INSERT INTO member_search (rowid, name, address, dusun, tags)
SELECT member_rowid, name, address, dusun, tags FROM member_search_source;
