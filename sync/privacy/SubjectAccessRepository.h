// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "sync/privacy/SubjectAccess.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <optional>

namespace verdes {
class Database;
} // namespace verdes

namespace verdes::sync {

// The queries of the subject-access report (SubjectAccess) that no other repository answers: who has a
// NIK, what carried a proposal, and the district's received batches. Read only.
class SubjectAccessRepository final
{
public:
    struct HeldMember
    {
        QString personId;
        QString householdId;
        bool missing = false; // not in the newest snapshot
    };

    struct ReceivedBatch
    {
        quint64 hubSerial = 0;
        QString villageCode;
        QByteArray deviceKey;
        quint64 sequence = 0;
        QString createdAt;
        QString receivedAt;
        QByteArray signedFile;
    };

    explicit SubjectAccessRepository(Database &db);

    Result<QList<HeldMember>> membersWithNik(const QString &nik);
    // Proposals that set a NIK to this one or change it from this one (a new member, a correction).
    Result<QList<qint64>> proposalsChangingNik(const QString &nik);
    Result<QList<SubjectAccessReport::BatchSent>> batchesOf(qint64 proposalId);
    // The meetings (id, number) a proposal was on.
    Result<QList<QPair<qint64, QString>>> meetingsOf(qint64 proposalId);
    // Each batch a district review vault received, oldest first, one at a time.
    Result<void> forEachReceivedBatch(const std::function<Result<void>(const ReceivedBatch &)> &visit);
    // The review item (id, state code) of a received batch's position; none when the hub refused it.
    Result<std::optional<QPair<qint64, QString>>> reviewItemAt(quint64 hubSerial, int position);

private:
    Database &m_db;
};

} // namespace verdes::sync
