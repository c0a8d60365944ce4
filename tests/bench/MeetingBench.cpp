// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/MeetingBench.h"

#include "models/musdes/MeetingRepository.h"
#include "models/proposals/ProposalRepository.h"
#include "models/vault/Actor.h"
#include "models/vault/Database.h"
#include "models/vault/DeviceKey.h"
#include "models/vault/Statement.h"
#include "models/vault/Transaction.h"
#include "tests/bench/BenchReport.h"

#include <QElapsedTimer>

namespace verdes {

namespace {

const Actor kOperator{QStringLiteral("bench-op"), QStringLiteral("Operator Bench"), Role::Operator, false};
const Actor kChair{QStringLiteral("bench-chair"), QStringLiteral("Ketua BPD Bench"), Role::Chair, false};

// Prepares a meeting of kItems decided items: ready proposals (a member deceased, with a small death
// certificate), put on the agenda, agreed, with one attendee. Not timed; commits without waiting
// for the disk.
Result<qint64> prepare(Database &db)
{
    VERDES_TRY_ASSIGN(hasKey, DeviceKey::exists(db));
    if (!hasKey) {
        Transaction tx(db);
        VERDES_TRY(tx.begin());
        VERDES_TRY(DeviceKey::create(db, SystemClock::instance()));
        VERDES_TRY(tx.commit());
    }
    VERDES_TRY_ASSIGN(level, db.queryInt(u"PRAGMA synchronous"));
    VERDES_TRY(db.execute(u"PRAGMA synchronous = OFF"));
    Statement st(
        db,
        u"SELECT household_id, person_id FROM members WHERE relationship <> 1 AND status = 'present' "
        u"ORDER BY person_id DESC LIMIT :limit");
    VERDES_TRY(st.status());
    st.bind(u":limit", static_cast<qint64>(MeetingBench::kItems));
    ProposalRepository proposals(db);
    QList<std::pair<QString, QString>> targets;
    while (true) {
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            break;
        }
        targets.append({st.text(0), st.text(1)});
    }
    QByteArray certificate(4096, 'C');
    certificate[0] = '\xFF';
    certificate[1] = '\xD8';
    certificate[2] = '\xFF';
    for (const auto &[household, person] : std::as_const(targets)) {
        Proposal p;
        p.type = ProposalType::MemberDeceased;
        p.householdId = household;
        p.personIds = {person};
        p.reason = QStringLiteral("Meninggal menurut ketua RT");
        p.details.eventDate = QDate(2026, 10, 1);
        VERDES_TRY_ASSIGN(
            created,
            proposals.create(
                kOperator, p, {{EvidenceKind::DeathCert, QStringLiteral("akta.jpg"), certificate}}));
        VERDES_TRY(proposals.transition(kOperator, created.id, ProposalState::Ready, created.revision));
    }
    MeetingRepository meetings(db);
    MeetingDraft draft;
    draft.date = QDate(2026, 12, 10);
    draft.place = QStringLiteral("Balai desa");
    draft.chair = kChair.name;
    VERDES_TRY_ASSIGN(meeting, meetings.create(kOperator, draft));
    Attendee attendee;
    attendee.name = QStringLiteral("Peserta");
    VERDES_TRY(meetings.addAttendee(kOperator, meeting.id, attendee));
    VERDES_TRY(meetings.addAllReady(kOperator, meeting.id));
    VERDES_TRY_ASSIGN(items, meetings.agenda(meeting.id));
    for (const AgendaItem &item : std::as_const(items)) {
        VERDES_TRY(meetings.decide(kOperator, meeting.id, item.id, DecisionInput{}));
    }
    VERDES_TRY(db.execute(QStringLiteral("PRAGMA synchronous = %1").arg(level)));
    return meeting.id;
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
        VERDES_TRY_ASSIGN(sealed, MeetingRepository(db).seal(kChair, id));
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
