// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A meeting for the console, projector and seal tests: a demo village with ready proposals of the
// kinds a meeting sees (a death with its certificate, a KTP and house photos; a new member; a new
// household; a data update of health, disability and pregnancy fields) and a flagged household,
// all on one agenda, with one attendee. Header only, shared by tst_MeetingConsole, tst_Projector
// and tst_SealDialog.
#pragma once

#include "models/core/Clock.h"
#include "models/domain/Field.h"
#include "models/musdes/MeetingRepository.h"
#include "models/proposals/ProposalRepository.h"
#include "models/quality/QualityChecker.h"
#include "models/vault/Database.h"
#include "models/vault/Statement.h"
#include "tests/support/ScratchVault.h"
#include "ui/proposals/NewRecordForm.h"
#include "ui/proposals/ProposalEditor.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QSet>
#include <QTest>

namespace verdes::test {

inline const QDate kMeetingToday(2026, 11, 23);
// A baby girl born 01-09-2026 (day + 40) and a man born 14-03-1975, as tst_NewRecordForm.
inline const QString kMeetingBabyNik = QStringLiteral("3310044109260001");
inline const QString kMeetingHeadNik = QStringLiteral("3310041403750002");
inline const QString kMeetingNewKk = QStringLiteral("3310040101260077");

inline Actor meetingActor(Role role, const QString &name = QStringLiteral("Operator Uji"))
{
    Actor a;
    a.officerId = QStringLiteral("officer-") + QString::number(static_cast<int>(role));
    a.name = name;
    a.role = role;
    return a;
}

// A picture of `w`×`h` with a colour, as PNG bytes.
inline QByteArray meetingPng(QColor colour, int w = 64, int h = 48)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(colour);
    QPainter painter(&image);
    painter.fillRect(w / 4, h / 4, w / 2, h / 2, colour.darker());
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// What a test needs to know of the meeting it built.
struct MeetingFixture
{
    qint64 meetingId = 0;
    QList<qint64> proposalIds;
    QString flaggedHousehold;
    // Persons and households whose hidden values must never reach the projector.
    QStringList personIds;
    QStringList householdIds;
    // Values that are not in the vault's records but in the proposals (new records, changes).
    QStringList proposedSecrets;
    // Evidence ids by kind, to check what the projector was allowed to load.
    QSet<qint64> housePhotoIds;
    QSet<qint64> otherEvidenceIds;
};

namespace detail {

inline QString firstString(Database &db, QStringView sql, qint64 offset = 0)
{
    Statement st(db, sql);
    st.bindAt(1, offset);
    auto row = st.step();
    return row && *row ? st.text(0) : QString();
}

inline bool ready(ProposalRepository &repo, const Actor &actor, qint64 id, QString *why)
{
    auto p = repo.get(id);
    if (!p || !p->has_value()) {
        *why = QStringLiteral("proposal %1 not found").arg(id);
        return false;
    }
    auto moved = repo.transition(actor, id, ProposalState::Ready, (*p)->revision);
    if (!moved) {
        *why = describe(moved.error()) + QStringLiteral(" / ")
               + (*p)->missingRequirements().join(QStringLiteral("; "));
        return false;
    }
    return true;
}

} // namespace detail

// Imports the demo village into `db` and builds the meeting. Fails the calling test on error
// (check QTest::currentTestFailed()).
inline MeetingFixture buildMeeting(Database &db, Clock &clock, const Actor &op)
{
    MeetingFixture f;
    auto village = importDemoVillage(db, 60, 11, kMeetingToday);
    if (!village) {
        QTest::qFail(qPrintable(village.error().detail), __FILE__, __LINE__);
        return f;
    }
    if (!db.execute(
            QStringLiteral("INSERT OR REPLACE INTO vault_meta (key, value) VALUES ('village_code', '%1')")
                .arg(*village))) {
        QTest::qFail("village code", __FILE__, __LINE__);
        return f;
    }

    ProposalRepository repo(db, clock);
    QString why;
    auto fail = [&why](const char *what) {
        QTest::qFail(qPrintable(QString::fromUtf8(what) + QStringLiteral(": ") + why), __FILE__, __LINE__);
    };

    // 1. A death, with a death certificate, a KTP (never on the projector) and two house photos.
    auto second = householdWithSecondMember(db);
    if (!second) {
        fail("no household with two members");
        return f;
    }
    {
        Proposal p;
        p.type = ProposalType::MemberDeceased;
        p.channel = Channel::RtRw;
        p.householdId = second->first;
        p.personIds = {second->second};
        p.reason = QStringLiteral("Meninggal dunia menurut ketua RT");
        p.details.eventDate = QDate(2026, 10, 1);
        const QList<NewEvidence> evidence = {
            {EvidenceKind::DeathCert, QStringLiteral("akta.png"), meetingPng(Qt::gray)},
            {EvidenceKind::Ktp, QStringLiteral("ktp.png"), meetingPng(Qt::red)},
            {EvidenceKind::HousePhotos,
             QStringLiteral("rumah depan.png"),
             meetingPng(QColor(40, 120, 200), 160, 120)},
            {EvidenceKind::HousePhotos,
             QStringLiteral("rumah dalam.png"),
             meetingPng(QColor(200, 160, 40), 160, 120)},
        };
        auto created = repo.create(op, p, evidence);
        if (!created) {
            why = describe(created.error());
            fail("deceased");
            return f;
        }
        if (!detail::ready(repo, op, created->id, &why)) {
            fail("deceased ready");
            return f;
        }
        f.proposalIds.append(created->id);
        f.personIds.append(second->second);
        f.householdIds.append(second->first);
    }

    // 2. A data update of health, disability and pregnancy fields of another member.
    {
        const QString person = detail::firstString(
            db,
            u"SELECT person_id FROM members WHERE sex = 2 AND relationship = 2 AND status = 'present' "
            u"ORDER BY person_id LIMIT 1 OFFSET ?1",
            0);
        const QString household = detail::firstString(
            db,
            u"SELECT household_id FROM members WHERE person_id = (SELECT person_id FROM members WHERE "
            u"sex = 2 AND relationship = 2 AND status = 'present' ORDER BY person_id LIMIT 1 OFFSET ?1)");
        Proposal p;
        p.type = ProposalType::DataUpdate;
        p.channel = Channel::Operator;
        p.householdId = household;
        p.personIds = {person};
        p.reason = QStringLiteral("Data anggota diperbarui setelah kunjungan kader");
        p.changes = {
            {kMembersTable, person, QStringLiteral("chronic_illness"), {}, QStringLiteral("3"), {}},
            {kMembersTable, person, QStringLiteral("diff_walking"), {}, QStringLiteral("2"), {}},
            {kMembersTable, person, QStringLiteral("pregnant"), {}, QStringLiteral("1"), {}},
        };
        auto created = repo.create(
            op, p, {{EvidenceKind::Statement, QStringLiteral("surat.png"), meetingPng(Qt::green)}});
        if (!created) {
            why = describe(created.error());
            fail("data update");
            return f;
        }
        if (!detail::ready(repo, op, created->id, &why)) {
            fail("data update ready");
            return f;
        }
        f.proposalIds.append(created->id);
        f.personIds.append(person);
        f.householdIds.append(household);
        for (const FieldChange &change : created->changes) {
            f.proposedSecrets.append(ui::NewRecordForm::displayValue(change.column, change.newValue, false));
        }
    }

    // 3. A new member (a birth) and 4. a new household, through the editor as an officer makes them.
    const QString family = detail::firstString(
        db,
        u"SELECT household_id FROM members WHERE relationship = 1 AND presence IN (1, 5) AND status = "
        u"'present' "
        u"GROUP BY household_id HAVING COUNT(*) = 1 ORDER BY household_id LIMIT 1 OFFSET ?1",
        2);
    {
        ui::ProposalEditor editor(db, op);
        editor.startNew(family, {}, ProposalType::NewMember);
        editor.setReason(QStringLiteral("Kelahiran anak kedua"));
        editor.setEventDate(QDate(2026, 9, 1));
        editor.addEvidence(EvidenceKind::Kk, QStringLiteral("kk.png"), meetingPng(Qt::magenta));
        ui::NewRecordForm &form = *editor.newRecordForm();
        const QString m = QString::fromUtf16(ui::NewRecordForm::kNewMemberKey);
        form.setValue(m, QStringLiteral("name"), QStringLiteral("PUTRI AYU"));
        form.setValue(m, QStringLiteral("sex"), QStringLiteral("2"));
        form.setValue(m, QStringLiteral("birth_date"), QStringLiteral("2026-09-01"));
        form.setValue(m, QStringLiteral("relationship"), QStringLiteral("3"));
        form.setValue(m, QStringLiteral("nik"), kMeetingBabyNik);
        form.setValue(m, QStringLiteral("religion"), QStringLiteral("1"));
        if (!editor.saveDraft() || !editor.markReady()) {
            why = editor.message();
            fail("new member");
            return f;
        }
        f.proposalIds.append(editor.proposalId());
        f.householdIds.append(family);
        f.proposedSecrets += {kMeetingBabyNik, QStringLiteral("2026-09-01")};
    }
    {
        ui::ProposalEditor editor(db, op);
        editor.startNew({}, {}, ProposalType::NewHousehold);
        editor.setReason(QStringLiteral("Keluarga baru pindah datang dari Boyolali"));
        editor.setChannel(Channel::WalkIn);
        for (const EvidenceKind kind :
             {EvidenceKind::Ktp, EvidenceKind::Kk, EvidenceKind::HousePhotos, EvidenceKind::Coords}) {
            editor.addEvidence(kind,
                               QStringLiteral("bukti.png"),
                               meetingPng(kind == EvidenceKind::HousePhotos ? Qt::darkGreen : Qt::yellow));
        }
        ui::NewRecordForm &form = *editor.newRecordForm();
        const QString h;
        const QList<std::pair<QString, QString>> household = {
            {QStringLiteral("rw"), QStringLiteral("2")},
            {QStringLiteral("rt"), QStringLiteral("3")},
            {QStringLiteral("address"), QStringLiteral("JL. MAWAR 5")},
            {QStringLiteral("kk_number"), kMeetingNewKk},
            {QStringLiteral("tenure"), QStringLiteral("1")},
            {QStringLiteral("floor_area_m2"), QStringLiteral("45")},
            {QStringLiteral("floor"), QStringLiteral("2")},
            {QStringLiteral("wall"), QStringLiteral("1")},
            {QStringLiteral("roof"), QStringLiteral("2")},
            {QStringLiteral("water_source"), QStringLiteral("3")},
            {QStringLiteral("lighting"), QStringLiteral("1")},
            {QStringLiteral("cooking_fuel"), QStringLiteral("4")},
            {QStringLiteral("toilet_facility"), QStringLiteral("1")},
        };
        for (const auto &[column, value] : household) {
            form.setValue(h, column, value);
        }
        const QString head = kNewHeadKey;
        form.setValue(head, QStringLiteral("name"), QStringLiteral("BUDI SANTOSO"));
        form.setValue(head, QStringLiteral("sex"), QStringLiteral("1"));
        form.setValue(head, QStringLiteral("birth_date"), QStringLiteral("1975-03-14"));
        form.setValue(head, QStringLiteral("nik"), kMeetingHeadNik);
        form.setValue(head, QStringLiteral("marital_status"), QStringLiteral("2"));
        if (!editor.saveDraft() || !editor.markReady()) {
            why = editor.message();
            fail("new household");
            return f;
        }
        f.proposalIds.append(editor.proposalId());
        f.proposedSecrets +=
            {kMeetingHeadNik, kMeetingNewKk, QStringLiteral("1975-03-14"), QStringLiteral("14-03-1975")};
    }

    // 5. A flagged household, from the data-quality checks.
    QualityChecker checker(db, clock);
    if (auto run = checker.run(op); !run) {
        why = describe(run.error());
        fail("quality checks");
        return f;
    }
    f.flaggedHousehold = detail::firstString(db,
                                             u"SELECT household_id FROM quality_flags WHERE status = 'open' "
                                             u"ORDER BY household_id LIMIT 1 OFFSET ?1");
    if (f.flaggedHousehold.isEmpty()) {
        why = QStringLiteral("no open flag");
        fail("flagged household");
        return f;
    }
    f.householdIds.append(f.flaggedHousehold);

    // The meeting: every ready proposal and the flagged household on the agenda, one attendee.
    MeetingRepository meetings(db, clock);
    MeetingDraft draft;
    draft.date = kMeetingToday;
    draft.time = QTime(9, 0);
    draft.place = QStringLiteral("Balai Desa");
    draft.chair = QStringLiteral("Ketua BPD");
    draft.minuteTaker = QStringLiteral("Sekretaris Desa");
    auto meeting = meetings.create(op, draft);
    if (!meeting) {
        why = describe(meeting.error());
        fail("meeting");
        return f;
    }
    f.meetingId = meeting->id;
    Attendee attendee;
    attendee.name = QStringLiteral("Ketua RT 003");
    attendee.role = AttendeeRole::RtRw;
    attendee.rtRw = QStringLiteral("003/002");
    if (auto added = meetings.addAttendee(op, f.meetingId, attendee); !added) {
        why = describe(added.error());
        fail("attendee");
        return f;
    }
    if (auto added = meetings.addProposals(op, f.meetingId, f.proposalIds); !added) {
        why = describe(added.error());
        fail("agenda");
        return f;
    }
    if (auto added = meetings.addHousehold(op, f.meetingId, f.flaggedHousehold); !added) {
        why = describe(added.error());
        fail("agenda household");
        return f;
    }
    for (const qint64 id : f.proposalIds) {
        auto evidence = repo.evidence(id);
        if (!evidence) {
            continue;
        }
        for (const EvidenceInfo &info : std::as_const(*evidence)) {
            (info.kind == EvidenceKind::HousePhotos ? f.housePhotoIds : f.otherEvidenceIds).insert(info.id);
        }
    }
    return f;
}

} // namespace verdes::test
