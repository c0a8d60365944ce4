-- SPDX-FileCopyrightText: 2026 The Verdes authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 4: placeholder on the `checks` branch only. The proposals branch provides the real
-- 0004_proposals.sql; take that one when merging (the migrator needs versions without gaps).
CREATE TABLE IF NOT EXISTS schema4_placeholder (x INTEGER) STRICT;
DROP TABLE schema4_placeholder;
