// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/MeetingBench.h"

#include "models/core/Error.h"
#include "models/musdes/MeetingRepository.h"
#include "models/vault/Database.h"
#include "tests/bench/BenchReport.h"
#include "tests/bench/BenchVillage.h"

#include <QElapsedTimer>

namespace verdes {

namespace {

// A meeting of kItems decided items: members deceased, each with the same small death certificate
// (not timed).
Result<qint64> prepare(Database &db)
{
    QByteArray certificate(4096, 'C');
    certificate[0] = '\xFF';
    certificate[1] = '\xD8';
    certificate[2] = '\xFF';
    return BenchVillage::decidedMeeting(db, MeetingBench::kItems, 0, [&certificate](qsizetype) {
        BenchVillage::Item item;
        item.proposal.type = ProposalType::MemberDeceased;
        item.proposal.reason = QStringLiteral("Meninggal menurut ketua RT");
        item.proposal.details.eventDate = QDate(2026, 10, 1);
        item.evidence = {{EvidenceKind::DeathCert, QStringLiteral("akta.jpg"), certificate}};
        return item;
    });
}

} // namespace

Result<qint64> MeetingBench::run(BenchReport &report,
                                 Database &encrypted,
                                 Database &plain,
                                 const std::function<void(const QString &)> &progress)
{
    progress(QStringLiteral("preparing a meeting of %1 decided items...").arg(kItems));
    VERDES_TRY_ASSIGN(encryptedMeeting, prepare(encrypted));
    VERDES_TRY_ASSIGN(plainMeeting, prepare(plain));
    progress(QStringLiteral("sealing it..."));
    const auto seal = [](Database &db, qint64 id) -> Result<std::pair<double, qint64>> {
        QElapsedTimer timer;
        timer.start();
        VERDES_TRY_ASSIGN(sealed, MeetingRepository(db).seal(BenchVillage::chair(), id));
        return std::pair{static_cast<double>(timer.nsecsElapsed()) / 1e6,
                         static_cast<qint64>(sealed.content.size())};
    };
    VERDES_TRY_ASSIGN(encryptedSeal, seal(encrypted, encryptedMeeting));
    VERDES_TRY_ASSIGN(plainSeal, seal(plain, plainMeeting));
    VERDES_TRY_ASSIGN(check, MeetingRepository(encrypted).verifySeal(encryptedMeeting));
    if (!check.intact()) {
        return Error(ErrorCode::Internal, {}, QStringLiteral("the bench meeting's seal does not verify"));
    }
    report.add(
        {QStringLiteral("seal a meeting of %1 items").arg(kItems),
         encryptedSeal.first,
         QStringLiteral("ms"),
         plainSeal.first,
         {kSealTargetMs, std::nullopt},
         QStringLiteral("MeetingRepository::seal in one transaction: canonical bytes of every item with "
                        "its proposal, changes, bases and evidence hashes (%1 KB), SHA-256, Ed25519 "
                        "signature, %2 proposals moved to sealed with their audit entries; the commit "
                        "waits for the disk; baseline: the same on the plain database")
             .arg(encryptedSeal.second / 1024)
             .arg(kItems)});
    return encryptedMeeting;
}

} // namespace verdes
