// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/BenchVillage.h"

#include "models/core/Clock.h"
#include "models/core/Error.h"
#include "models/core/Rng.h"
#include "models/musdes/MeetingRepository.h"
#include "models/proposals/ProposalRepository.h"
#include "models/vault/Database.h"
#include "models/vault/DeviceKey.h"
#include "models/vault/Statement.h"
#include "models/vault/Transaction.h"

#include <utility>

namespace verdes {

namespace {

// Members who are not the head, in a fixed order, after the first `skip`.
Result<QList<std::pair<QString, QString>>> targets(Database &db, int count, int skip)
{
    Statement st(db,
                 u"SELECT household_id, person_id FROM members WHERE relationship <> 1 AND status = "
                 u"'present' ORDER BY person_id DESC LIMIT :limit OFFSET :skip");
    VERDES_TRY(st.status());
    st.bind(u":limit", static_cast<qint64>(count));
    st.bind(u":skip", static_cast<qint64>(skip));
    QList<std::pair<QString, QString>> list;
    while (true) {
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            break;
        }
        list.append({st.text(0), st.text(1)});
    }
    if (list.size() != count) {
        return Error(ErrorCode::Internal,
                     {},
                     QStringLiteral("the village has %1 members to propose on, %2 needed")
                         .arg(list.size() + skip)
                         .arg(count + skip));
    }
    return list;
}

} // namespace

BenchVillage::UnsyncedWrites::UnsyncedWrites(Database &db)
    : m_db(db)
{
    auto level = db.queryInt(u"PRAGMA synchronous");
    m_level = level ? *level : 2;
    (void)db.execute(u"PRAGMA synchronous = OFF");
}

BenchVillage::UnsyncedWrites::~UnsyncedWrites()
{
    (void)m_db.execute(QStringLiteral("PRAGMA synchronous = %1").arg(m_level));
}

const Actor &BenchVillage::officer()
{
    static const Actor actor{
        QStringLiteral("bench-op"), QStringLiteral("Operator Bench"), Role::Operator, false};
    return actor;
}

const Actor &BenchVillage::chair()
{
    static const Actor actor{
        QStringLiteral("bench-chair"), QStringLiteral("Ketua BPD Bench"), Role::Chair, false};
    return actor;
}

QByteArray BenchVillage::randomPhoto(SeededRng &rng, qsizetype bytes)
{
    QByteArray photo(bytes, '\0');
    for (qsizetype b = 0; b < photo.size(); b += 8) {
        const quint64 word = rng.next();
        for (qsizetype k = 0; k < 8 && b + k < photo.size(); ++k) {
            photo[b + k] = static_cast<char>((word >> (8 * k)) & 0xFF);
        }
    }
    photo[0] = '\xFF';
    photo[1] = '\xD8';
    photo[2] = '\xFF';
    return photo;
}

Result<qint64> BenchVillage::decidedMeeting(Database &db, int count, int skip, const MakeItem &makeItem)
{
    VERDES_TRY_ASSIGN(hasKey, DeviceKey::exists(db));
    if (!hasKey) {
        Transaction tx(db);
        VERDES_TRY(tx.begin());
        VERDES_TRY(DeviceKey::create(db, SystemClock::instance()));
        VERDES_TRY(tx.commit());
    }
    const UnsyncedWrites unsynced(db);
    VERDES_TRY_ASSIGN(people, targets(db, count, skip));
    ProposalRepository proposals(db);
    for (qsizetype i = 0; i < people.size(); ++i) {
        Item item = makeItem(i);
        item.proposal.householdId = people.at(i).first;
        item.proposal.personIds = {people.at(i).second};
        VERDES_TRY_ASSIGN(created, proposals.create(officer(), item.proposal, item.evidence));
        VERDES_TRY(proposals.transition(officer(), created.id, ProposalState::Ready, created.revision));
    }
    MeetingRepository meetings(db);
    MeetingDraft draft;
    draft.date = QDate(2026, 12, 10);
    draft.place = QStringLiteral("Balai desa");
    draft.chair = chair().name;
    VERDES_TRY_ASSIGN(meeting, meetings.create(officer(), draft));
    Attendee attendee;
    attendee.name = QStringLiteral("Peserta");
    VERDES_TRY(meetings.addAttendee(officer(), meeting.id, attendee));
    VERDES_TRY(meetings.addAllReady(officer(), meeting.id));
    VERDES_TRY_ASSIGN(items, meetings.agenda(meeting.id));
    for (const AgendaItem &item : std::as_const(items)) {
        VERDES_TRY(meetings.decide(officer(), meeting.id, item.id, DecisionInput{}));
    }
    return meeting.id;
}

} // namespace verdes
