// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/review/DistrictVerdict.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <optional>

namespace verdes {

class Database;

// The district's verdicts a village received and the drafts made from returned proposals (tables
// decisions and proposal_returns, schema 16). Both are written once and never changed (triggers);
// the writes run inside the caller's transaction, which audits them (sync::DecisionInbox).
class DecisionRepository final
{
public:
    explicit DecisionRepository(Database &db);

    // The newest serial the village holds (0 for none): where the next request starts.
    Result<quint64> lastSerial();
    // The verdict id held under `serial`, none when that serial is not held.
    Result<std::optional<QByteArray>> verdictIdAt(quint64 serial);
    // Whether a verdict with that id is held (under any serial).
    Result<bool> holds(const QByteArray &verdictId);
    // The newest verdict held on the item at `position` of batch `batchId`.
    Result<std::optional<DistrictVerdict>> newestFor(const QByteArray &batchId, int position);

    Result<void> insert(const DistrictVerdict &decision);
    Result<void> insertReturn(const ReturnLink &link);

    // A proposal's verdicts, oldest first (signed files left out).
    Result<QList<DistrictVerdict>> forProposal(qint64 proposalId);
    // The newest verdict of each of these proposals (those without one are absent).
    Result<QHash<qint64, DistrictVerdict>> newestForProposals(const QList<qint64> &proposalIds);
    // The newest verdict of every proposal that has one, by proposal number.
    Result<QList<DistrictVerdict>> newestOfAll();
    // The link of a returned proposal to its new draft, or of a draft to the proposal it replaces.
    Result<std::optional<ReturnLink>> returnOf(qint64 returnedId);
    Result<std::optional<ReturnLink>> returnInto(qint64 draftId);

private:
    Result<QList<DistrictVerdict>> query(QStringView where, qint64 number, const QByteArray &blob = {});
    Result<std::optional<ReturnLink>> link(QStringView column, qint64 id);

    Database &m_db;
};

} // namespace verdes
