// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/audit/NikReveal.h"

#include "models/core/Log.h"
#include "models/vault/AuditLog.h"
#include "models/vault/Transaction.h"

#include <QSet>

namespace verdes {

Result<void> NikReveal::check(const Actor &actor)
{
    return actor.require(Action::RevealNik);
}

QString NikReveal::whereCode(Where where)
{
    switch (where) {
    case Where::HouseholdDetail:
        return QStringLiteral("detail");
    case Where::SearchList:
        return QStringLiteral("search");
    case Where::ProposalList:
        return QStringLiteral("proposals");
    }
    Q_UNREACHABLE();
}

Result<void> NikReveal::record(
    Database &db, const Actor &actor, const QStringList &householdIds, Where where, Clock &clock)
{
    VERDES_TRY(check(actor));
    QStringList ids;
    QSet<QString> seen;
    for (const QString &id : householdIds) {
        if (!id.isEmpty() && !seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    }
    if (ids.isEmpty()) {
        return {};
    }
    AuditLog log(db, clock);
    Transaction tx(db);
    VERDES_TRY(tx.begin());
    for (const QString &id : std::as_const(ids)) {
        VERDES_TRY(log.append(actor,
                              AuditRecord{QStringLiteral("household.reveal"),
                                          QStringLiteral("household"),
                                          id,
                                          id,
                                          {whereCode(where)}}));
    }
    VERDES_TRY(tx.commit());
    // Counts and where, never the numbers (CONVENTIONS.md §12).
    qCInfo(lcRepo) << "identity numbers revealed for" << ids.size() << "households in" << whereCode(where);
    return {};
}

} // namespace verdes
