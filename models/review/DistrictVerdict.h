// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/proposals/ProposalState.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace verdes {

// One verdict of the district on an item the village sent (issue 14 §2, schema 16), as the village
// keeps it: the reviewer's signed file and what it says, with the reviewer the hub vouched for.
struct DistrictVerdict
{
    QByteArray verdictId;             // 32 bytes: SHA-256 of the signed file
    quint64 serial = 0;               // the hub's running number of the village's verdicts
    std::optional<qint64> proposalId; // none for a flagged registrant
    QByteArray batchId;
    int position = 0;
    int step = 1; // the item's first verdict, second…
    ProposalState state = ProposalState::Verified;
    QString reason; // "RT01", "RJ03", empty
    QString note;
    QString facilitator;
    int groundCheck = 0;                        // 1–7 with gc_done
    QString nikMatch = QStringLiteral("belum"); // "belum", "padan", "tidak_padan"
    QString reviewerName;
    QString reviewerRole; // "verifier", "office_head"
    QByteArray reviewerKey;
    QDateTime decidedAt; // UTC
    QDateTime storedAt;
    QDateTime importedAt;
    QByteArray signedFile;
};

// A returned proposal and the new draft that copies it (DOMAIN.md §6).
struct ReturnLink
{
    qint64 draftId = 0;
    qint64 returnedId = 0;
    QByteArray verdictId;
    QString reason; // "RT01"
    QString note;
};

// What the village shows of the district's verdicts, in the interface language.
class DistrictVerdictText
{
    Q_DECLARE_TR_FUNCTIONS(DistrictVerdict)

public:
    // The proposal's state as the village reads it: an approved one waits for the next snapshot.
    static QString stateLabel(ProposalState state);
    // "Verifier", "Office head".
    static QString roleLabel(const QString &roleCode);
    // "RT01 – Evidence missing", empty without a reason.
    static QString reasonLabel(const QString &reasonCode);
    // One line: the state, the reason, the reviewer's note ("Returned: RT01 – Evidence missing. “…”").
    static QString summary(const DistrictVerdict &decision);
    // "Siti Rahma (Verifier), 3 December 2026 10:00" style: who decided and when (date as ISO local).
    static QString decidedBy(const DistrictVerdict &decision);
};

} // namespace verdes
