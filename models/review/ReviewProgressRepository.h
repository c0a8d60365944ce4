// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/proposals/ProposalState.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace verdes {

class Database;

// One village of the district as the office follows it (issue 14 §3).
struct VillageProgress
{
    QString villageCode;
    QString name; // from the 2025 region list; empty for a code it does not have
    qint64 batches = 0;
    qint64 items = 0;
    qint64 open = 0; // in review, at a ground check, or verified: not yet decided for good
    qint64 approved = 0;
    qint64 rejected = 0;
    qint64 returned = 0;
    QString oldestOpenReceivedAt; // UTC; empty when nothing is open
    QString lastBatchCreatedAt;   // when the village made its newest batch (after a sealed meeting)
    // No batch made from a meeting in the last 90 days (Kepmensos 73/2024: a meeting at least every
    // three months, DOMAIN.md §7), also for a village that never sent one.
    bool meetingOverdue = false;
};

// The office's figures: items by state, by type and by village, and what the completeness check found
// missing (by code), for the progress page and its charts.
struct ReviewProgress
{
    QList<QPair<ProposalState, qint64>> byState;
    QList<QPair<QString, qint64>> byType;     // a ProposalType code (or FLAGGED_REMOVAL), most first
    QList<QPair<QString, qint64>> incomplete; // "RT01" → items lacking it, in code order
    QList<VillageProgress> villages;          // every village of the district, in code order
    qint64 batches = 0;
    qint64 items = 0;
    qint64 overdueVillages = 0;
};

// Reads the district review vault's progress (schema 14, 15). The villages are those of the district
// in the 2025 region list, and any other village code a batch came from.
class ReviewProgressRepository final
{
public:
    static constexpr int kMeetingDays = 90;

    explicit ReviewProgressRepository(Database &db);

    Result<ReviewProgress> progress(const QString &districtCode, const QDateTime &now);

private:
    Database &m_db;
};

} // namespace verdes
