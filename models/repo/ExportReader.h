// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <memory>

namespace verdes {

class Database;
class Statement;
struct Household;
struct Member;

// Reads the vault's current snapshot layer for an export, one member row at a time, without
// loading it whole: the present members of the present households (records marked missing are
// left out), households in the order they first came into the vault, each household's members
// together, head first, then by birth date (unknown dates last), then the order of the family.
// Works on the caller's connection; the statement stays open until the end is reached or the
// reader is destroyed.
class ExportReader final
{
public:
    explicit ExportReader(Database &db);
    ~ExportReader();
    Q_DISABLE_COPY_MOVE(ExportReader)

    // How many rows next() will give: the present members of the present households.
    Result<qint64> count();
    // The next row: the household's values (its member list left empty) and the member's; false at
    // the end (and after it).
    Result<bool> next(Household &household, Member &member);

private:
    Database &m_db;
    std::unique_ptr<Statement> m_rows;
    bool m_done = false;
};

} // namespace verdes
