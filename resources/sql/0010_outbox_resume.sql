-- SPDX-FileCopyrightText: 2026 The Verdes authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- An upload over HTTPS resumes where it broke off (issue 13 §3). The hub resumes an upload by the hash
-- of its bytes, and every seal of a batch is different (a fresh ephemeral key each time), so the sealed
-- file being sent is kept beside its attempt until the receipt comes. It reveals nothing without the
-- hub's key, and it is not audited content: the state digest leaves transient_* tables out.
ALTER TABLE transient_outbox_attempts ADD COLUMN sealed_file BLOB;
