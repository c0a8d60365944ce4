// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Clock.h"
#include "models/core/Result.h"
#include "models/domain/Household.h"
#include "models/domain/VaultKind.h"
#include "models/proposals/Proposal.h"
#include "models/proposals/ProposalRepository.h"
#include "models/review/DistrictVerdict.h"
#include "models/vault/Actor.h"
#include "models/vault/AuditLog.h"
#include "sync/batch/Batch.h"
#include "sync/review/ReviewVerdicts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace verdes {
class Database;
} // namespace verdes

namespace verdes::sync {

// The vault a report is made from, as the report's header names it.
struct SubjectAccessVault
{
    VaultKind kind = VaultKind::Village;
    QString code; // the village's 10 digits, or the district's 4
    QString name;
};

// Everything one vault holds about one person (UU 27/2022, DOMAIN.md §10 "subject access within
// 3×24 h"), found by the NIK: what SubjectAccess::html() prints for the data subject.
struct SubjectAccessReport
{
    // The person as a member of a household in the village's registry.
    struct Person
    {
        Household household; // the household's record, with the person as its only member listed
        Member member;
        bool missing = false; // the newest snapshot no longer has the person
    };

    // One batch that carried one of the proposals to the district.
    struct BatchSent
    {
        quint64 sequence = 0;
        QString state;     // outbox state code: queued, sent, receipted, refused
        QString createdAt; // UTC, ISO
        QString sentAt;
        QString receiptedAt;
        QString outcome; // the receipt's: accepted, partly_accepted, refused; empty before
    };

    // A proposal of the village that names the person or their household record.
    struct ProposalEntry
    {
        Proposal proposal;
        QList<EvidenceInfo> evidence; // every version, replaced ones too (names and sizes, no bytes)
        QList<ProposalTransitionRecord> history;
        QList<DistrictVerdict> verdicts; // the district's, as the village received them
        QList<BatchSent> batches;
        QStringList meetings; // the numbers of the meetings it was on
    };

    // An item of a batch the district review vault holds that names the person (a BNBA line with the
    // NIK, or a change of the NIK).
    struct DistrictItem
    {
        qint64 itemId = 0; // 0 when the hub refused the item (then it is in the batch, not in the queue)
        quint64 hubSerial = 0;
        int position = 0; // in the batch
        QString villageCode;
        quint64 sequence = 0; // the village's batch number
        QString createdAt;
        QString receivedAt;
        QString state; // the item's state code in the queue; empty without an item
        BatchItem item;
        QList<QStringList> bnbaLines; // the lines naming the person, BatchItem::kBnbaColumns texts each
        QList<VerdictRow> verdicts;
    };

    QString nik;
    SubjectAccessVault vault;
    QDateTime madeAt; // UTC
    QString madeBy;   // "Siti Rahma (Operator desa)"
    QList<Person> persons;
    QList<ProposalEntry> proposals;
    QList<DistrictItem> districtItems;
    QList<AuditEntry> audit; // every entry about the above, oldest first

    bool holdsAnything() const
    {
        return !persons.isEmpty() || !proposals.isEmpty() || !districtItems.isEmpty();
    }
};

// The UU PDP subject-access report (issue 14 §3): for one NIK, everything the open vault (a village's
// or the district's) holds about that person and every processing step its audit log recorded, for the
// data subject. The full NIK is in the report only, never in the log or the audit trail.
//
// make() needs Action::ExportData (the report is personal data leaving the vault). It gathers first,
// then records one "privacy.subject_access" entry per household or review item the report covers (one
// for the vault when it holds nothing: that too is an answer the law requires), in one transaction,
// before the caller writes anything; when the entries cannot be written the report is not returned.
class SubjectAccess final
{
    Q_DECLARE_TR_FUNCTIONS(SubjectAccess)

public:
    // The NIK as typed: 16 digits (spaces ignored), else ValidationNikLength. Its other rules (V02, V03)
    // are not asked: a person whose recorded NIK breaks them has the same right to their data.
    static Result<QString> normalizeNik(const QString &typed);

    static Result<SubjectAccessReport> make(Database &db,
                                            const SubjectAccessVault &vault,
                                            const Actor &actor,
                                            const QString &nik,
                                            Clock &clock = SystemClock::instance());
    // What make() gathers, without the permission check and the audit entries (tests, the dialog's
    // preview).
    static Result<SubjectAccessReport>
    gather(Database &db, const SubjectAccessVault &vault, const QString &nik, Clock &clock);

    // The report as HTML for QTextDocument, in the interface language.
    static QString html(const SubjectAccessReport &report);
    // The document's title and the footer of every page.
    static QString title();
    static QString footer(const SubjectAccessReport &report);
};

} // namespace verdes::sync
