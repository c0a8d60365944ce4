// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/vault/Transaction.h"

#include "models/core/Log.h"
#include "models/vault/Database.h"

namespace verdes {

Transaction::Transaction(Database &db)
    : m_db(db)
{}

Transaction::~Transaction()
{
    rollback();
}

Result<void> Transaction::begin()
{
    Q_ASSERT(!m_active);
    VERDES_TRY(m_db.execute(u"BEGIN IMMEDIATE"));
    m_active = true;
    return {};
}

Result<void> Transaction::commit()
{
    Q_ASSERT(m_active);
    if (auto prepared = m_db.runBeforeCommit(); !prepared) {
        rollback();
        return prepared.error();
    }
    auto done = m_db.execute(u"COMMIT");
    if (!done) {
        // A failed COMMIT (disk full) leaves the transaction open: roll it back so nothing half-done
        // stays behind, and report the failure.
        rollback();
        return done.error();
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active) {
        return;
    }
    m_active = false;
    m_db.dropBeforeCommit();
    m_db.forgetSchemaMemo();
    if (auto undone = m_db.execute(u"ROLLBACK"); !undone) {
        // SQLite may have rolled back already (after SQLITE_FULL, for example): nothing left to do.
        qCInfo(lcVault) << "rollback:" << undone.error().detail;
    }
}

} // namespace verdes
