-- SPDX-FileCopyrightText: 2026 The Verdes authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 7: the household list's first page without reading every member (issue 11, "unlocking feels
-- immediate").
--
-- The list sorts by the head's name, so it joins every household to its head. With the index on
-- (household_id, ordinal) alone, each of those 50,000 joins read the member's table row to test the
-- relationship and fetch the name: nearly every page of the members table decrypted before the
-- first page could show. The same index, with the relationship and the name appended, answers the
-- join from the index alone and keeps serving the lookups by household in member order.
DROP INDEX members_household;
CREATE INDEX members_household ON members (household_id, ordinal, relationship, name);
