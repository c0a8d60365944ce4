// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/ProposalBench.h"

#include "models/core/Rng.h"
#include "models/itemmodels/ProposalListModel.h"
#include "models/proposals/ProposalRepository.h"
#include "models/vault/Actor.h"
#include "models/vault/AuditLog.h"
#include "models/vault/Database.h"
#include "models/vault/Statement.h"
#include "tests/bench/BenchReport.h"
#include "tests/bench/BenchVillage.h"

#include <QElapsedTimer>

#include <algorithm>
#include <ctime>

namespace verdes {

namespace {

constexpr int kRepeats = 5;

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

struct Target
{
    QString householdId;
    QString personId;
};

// Members who are not the head, spread over the village, in a fixed order.
Result<QList<Target>> targets(Database &db, int count)
{
    Statement st(
        db,
        u"SELECT household_id, person_id FROM members WHERE relationship <> 1 AND status = 'present' "
        u"ORDER BY person_id LIMIT :limit");
    VERDES_TRY(st.status());
    st.bind(u":limit", static_cast<qint64>(count));
    QList<Target> list;
    while (true) {
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            break;
        }
        list.append({st.text(0), st.text(1)});
    }
    if (list.isEmpty()) {
        return Error(ErrorCode::Internal, {}, QStringLiteral("no members to propose on"));
    }
    return list;
}

Proposal deceased(const Target &target)
{
    Proposal p;
    p.type = ProposalType::MemberDeceased;
    p.channel = Channel::RtRw;
    p.householdId = target.householdId;
    p.personIds = {target.personId};
    p.reason = QStringLiteral("Meninggal menurut laporan ketua RT");
    p.details.eventDate = QDate(2026, 10, 1);
    return p;
}

// `count` proposals, each with one piece of evidence of `evidenceBytes` (none when 0). Seconds.
Result<double> createProposals(
    Database &db, const QList<Target> &targets, int first, int count, qsizetype evidenceBytes, quint64 seed)
{
    const Actor actor{QStringLiteral("bench"), QStringLiteral("Operator Bench"), Role::Operator, false};
    ProposalRepository repo(db);
    SeededRng rng(seed);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        QList<NewEvidence> evidence;
        if (evidenceBytes > 0) {
            evidence.append({EvidenceKind::DeathCert,
                             QStringLiteral("akta-%1.jpg").arg(i),
                             BenchVillage::randomPhoto(rng, evidenceBytes)});
        }
        VERDES_TRY(repo.create(actor, deceased(targets.at((first + i) % targets.size())), evidence));
    }
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

Result<double> verifyChain(Database &db, qint64 &entries)
{
    AuditLog log(db);
    QElapsedTimer timer;
    timer.start();
    VERDES_TRY_ASSIGN(verification, log.verify());
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    if (!verification.intact()) {
        return Error(ErrorCode::AuditChainBroken, {QString::number(verification.firstBroken)});
    }
    entries = verification.entries;
    return ms;
}

Result<double> firstPageMs(Database &db)
{
    QList<double> times;
    for (int i = 0; i < kRepeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        ProposalListModel model(db);
        if (model.lastError()) {
            return *model.lastError();
        }
        if (model.rowCount() != ProposalListModel::kPageSize) {
            return Error(ErrorCode::Internal, {}, QStringLiteral("the first page is not full"));
        }
        times.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

Result<void> ProposalBench::run(BenchReport &report,
                                Database &encrypted,
                                Database &plain,
                                quint64 seed,
                                const std::function<void(const QString &)> &progress)
{
    VERDES_TRY_ASSIGN(encryptedTargets, targets(encrypted, kListProposals));
    VERDES_TRY_ASSIGN(plainTargets, targets(plain, kListProposals));

    progress(QStringLiteral("creating %1 proposals with evidence, encrypted...").arg(kProposalsWithEvidence));
    const double encryptedCpuBefore = threadCpuSeconds();
    VERDES_TRY_ASSIGN(
        encryptedCreate,
        createProposals(encrypted, encryptedTargets, 0, kProposalsWithEvidence, kEvidenceBytes, seed));
    const double encryptedCpu = threadCpuSeconds() - encryptedCpuBefore;
    progress(QStringLiteral("creating %1 proposals with evidence, plain...").arg(kProposalsWithEvidence));
    const double plainCpuBefore = threadCpuSeconds();
    VERDES_TRY_ASSIGN(plainCreate,
                      createProposals(plain, plainTargets, 0, kProposalsWithEvidence, kEvidenceBytes, seed));
    const double plainCpu = threadCpuSeconds() - plainCpuBefore;
    report.add({QStringLiteral("create %1 proposals with 100 KB evidence").arg(kProposalsWithEvidence),
                encryptedCreate,
                QStringLiteral("s"),
                plainCreate,
                {},
                QStringLiteral("ProposalRepository::create, one transaction each: proposal, implied changes, "
                               "base versions, one %1-byte JPEG-headed evidence BLOB, two audit entries "
                               "(proposal.create, evidence.add); each commit waits for the disk "
                               "(synchronous as the vault sets it); CPU time %2 / %3 s (encrypted / plain)")
                    .arg(kEvidenceBytes)
                    .arg(encryptedCpu, 0, 'f', 2)
                    .arg(plainCpu, 0, 'f', 2)});

    qint64 encryptedEntries = 0;
    qint64 plainEntries = 0;
    VERDES_TRY_ASSIGN(encryptedVerify, verifyChain(encrypted, encryptedEntries));
    VERDES_TRY_ASSIGN(plainVerify, verifyChain(plain, plainEntries));
    report.add({QStringLiteral("verify the audit chain after the proposals"),
                encryptedVerify,
                QStringLiteral("ms"),
                plainVerify,
                {},
                QStringLiteral("AuditLog::verify over %1 entries (%2 in the baseline), SHA-256 per entry")
                    .arg(encryptedEntries)
                    .arg(plainEntries)});

    progress(QStringLiteral("creating proposals up to %1 for the list...").arg(kListProposals));
    const int more = kListProposals - kProposalsWithEvidence;
    {
        const BenchVillage::UnsyncedWrites unsyncedEncrypted(encrypted);
        const BenchVillage::UnsyncedWrites unsyncedPlain(plain);
        VERDES_TRY(createProposals(encrypted, encryptedTargets, kProposalsWithEvidence, more, 0, seed));
        VERDES_TRY(createProposals(plain, plainTargets, kProposalsWithEvidence, more, 0, seed));
    }
    VERDES_TRY_ASSIGN(encryptedPage, firstPageMs(encrypted));
    VERDES_TRY_ASSIGN(plainPage, firstPageMs(plain));
    report.add({QStringLiteral("proposal list, first page of %1 proposals").arg(kListProposals),
                encryptedPage,
                QStringLiteral("ms"),
                plainPage,
                {kFirstPageTargetMs, std::nullopt},
                QStringLiteral(
                    "median of %1; ProposalListModel: count, counts per state and the first %2 rows "
                    "(newest first) on an open connection; the %3 proposals without evidence added for it "
                    "are not timed")
                    .arg(kRepeats)
                    .arg(ProposalListModel::kPageSize)
                    .arg(kListProposals - kProposalsWithEvidence)});
    return {};
}

} // namespace verdes
