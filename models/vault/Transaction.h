// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

namespace verdes {

class Database;

// A write transaction as RAII: rolls back in its destructor unless commit() succeeded, so a
// function that fails half-way leaves the vault as it was.
//
//     Transaction tx(db);
//     VERDES_TRY(tx.begin());
//     ...writes...
//     VERDES_TRY(tx.commit());
class Transaction final
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    // BEGIN IMMEDIATE: takes the write lock now, so a busy vault fails here and not half-way.
    Result<void> begin();
    Result<void> commit();
    void rollback();

    bool isActive() const { return m_active; }

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace verdes
