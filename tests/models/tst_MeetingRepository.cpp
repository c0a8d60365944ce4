// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The musdes in a real encrypted vault: preparing (number, kind, attendance, agenda order), the
// proposals' moves and who may make them, decisions and their corrections, the projector's slide,
// reveals, the seal (what it freezes, what it moves, what it signs) and the detection of any change
// made to a sealed meeting afterwards, addenda and the SPTJM.
#include "models/core/Error.h"
#include "models/core/PublicKey.h"
#include "models/io/CsvReader.h"
#include "models/io/SnapshotImporter.h"
#include "models/musdes/MeetingRepository.h"
#include "models/proposals/ProposalRepository.h"
#include "models/vault/AuditLog.h"
#include "models/vault/Database.h"
#include "models/vault/DeviceKey.h"
#include "models/vault/Statement.h"
#include "models/vault/Transaction.h"
#include "tests/support/FakeClock.h"
#include "tests/support/MeetingFixture.h"
#include "tests/support/ScratchVault.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace verdes;

namespace {

using test::kBpd;
using test::kChair;
using test::kHead;
using test::kOperator;
using test::kSecretary;
using test::kViewer;
using Fixture = test::MeetingFixture;

DecisionInput agreed()
{
    return DecisionInput{};
}

DecisionInput decision(Decision d)
{
    DecisionInput input;
    input.decision = d;
    return input;
}

} // namespace

class TestMeetingRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void textsAndRules()
    {
        QCOMPARE(meetingKindForVillage(QStringLiteral("33.73.04.1001")), MeetingKind::Muskel);
        QCOMPARE(meetingKindForVillage(QStringLiteral("3373042005")), MeetingKind::Musdes);
        QCOMPARE(meetingKindForVillage(QString()), MeetingKind::Musdes);
        QCOMPARE(cutOffFor(QDate(2026, 12, 10)), QDate(2026, 12, 17));
        QCOMPARE(cutOffFor(QDate(2026, 12, 17)), QDate(2026, 12, 17));
        QCOMPARE(cutOffFor(QDate(2026, 12, 18)), QDate(2027, 1, 17));
        QVERIFY(makesMonthCutOff(QDate(2026, 2, 3), 30)); // day past the month's end → its last day
        QVERIFY(!makesMonthCutOff(QDate(2026, 12, 20)));
        QCOMPARE(normaliseRtRw(QStringLiteral(" 3 / 12 ")),
                 std::optional<QString>(QStringLiteral("003/012")));
        QVERIFY(!normaliseRtRw(QStringLiteral("3-12")));
        QVERIFY(!normaliseRtRw(QStringLiteral("0/1")));
        Quorum q;
        q.expected = 20;
        q.present = 13;
        QCOMPARE(q.needed(), 14);
        QVERIFY(!q.reached());
        q.present = 14;
        QVERIFY(q.reached());
        for (const AttendeeRole role : allAttendeeRoles()) {
            QCOMPARE(attendeeRoleFromCode(attendeeRoleCode(role)), std::optional<AttendeeRole>(role));
            QVERIFY(!MeetingText::roleLabel(role).isEmpty());
        }
        QCOMPARE(sectionForType(ProposalType::Ineligible), AgendaSection::Flagged);
        QCOMPARE(sectionForType(ProposalType::NewMember), AgendaSection::NewProposals);
        QCOMPARE(sectionForType(ProposalType::MemberDeceased), AgendaSection::OtherChanges);
    }

    void preparingANumberedMeeting()
    {
        Fixture f;
        QVERIFY(f.setUp());
        const qint64 first = f.newMeeting();
        const qint64 second = f.newMeeting();
        auto one = f.meetings().get(first);
        auto two = f.meetings().get(second);
        QVERIFY(one && *one && two && *two);
        QCOMPARE((*one)->number, QStringLiteral("001/MUSDES/XII/2026"));
        QCOMPARE((*two)->number, QStringLiteral("002/MUSDES/XII/2026"));
        QCOMPARE((*one)->time, QTime(9, 0));
        QVERIFY(!(*one)->isSealed());

        MeetingDraft noDate;
        auto refused = f.meetings().create(kOperator, noDate);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::MeetingDateInvalid);
        MeetingDraft draft;
        draft.date = QDate(2026, 12, 1);
        QCOMPARE(f.meetings().create(kViewer, draft).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(f.meetings().create(kChair, draft).error().code, ErrorCode::PermissionDenied);

        AuditLog log(*f.db);
        auto entries = log.forObject(QStringLiteral("meeting"), QString::number(first));
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->constFirst().action, QStringLiteral("meeting.create"));
    }

    void attendance()
    {
        Fixture f;
        QVERIFY(f.setUp());
        const qint64 id = f.newMeeting();
        Attendee a;
        a.name = QStringLiteral("  Siti Aminah ");
        a.role = AttendeeRole::RtRw;
        a.rtRw = QStringLiteral("3/2");
        auto added = f.meetings().addAttendee(kOperator, id, a);
        QVERIFY(added);
        QCOMPARE(added->name, QStringLiteral("Siti Aminah"));
        QCOMPARE(added->rtRw, QStringLiteral("003/002"));
        a.rtRw = QStringLiteral("tiga");
        QVERIFY(!f.meetings().addAttendee(kOperator, id, a));
        a.rtRw.clear();
        a.name = QStringLiteral("Budi");
        a.role = AttendeeRole::Babinsa;
        auto budi = f.meetings().addAttendee(kOperator, id, a);
        QVERIFY(budi);
        budi->signedOnPaper = true;
        QVERIFY(f.meetings().updateAttendee(kOperator, id, *budi));
        auto list = f.meetings().attendees(id);
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(1).role, AttendeeRole::Babinsa);
        QVERIFY(list->at(1).signedOnPaper);
        QVERIFY(f.meetings().removeAttendee(kOperator, id, added->id));
        QCOMPARE(f.meetings().attendees(id)->size(), 1);
        QCOMPARE(f.meetings().removeAttendee(kOperator, id, added->id).error().code,
                 ErrorCode::MeetingItemNotFound);

        const qint64 sptjm = f.newMeeting(MeetingKind::Sptjm);
        QCOMPARE(f.meetings().addAttendee(kOperator, sptjm, a).error().code,
                 ErrorCode::MeetingSptjmNoAttendance);
    }

    void agendaMovesProposals()
    {
        Fixture f;
        QVERIFY(f.setUp());
        const qint64 p1 = f.ready(QStringLiteral("H0001"), QStringLiteral("P0004"));
        const qint64 p2 = f.ready(QStringLiteral("H0003"), QStringLiteral("P0007"));
        const qint64 p3 = f.ready(QStringLiteral("H0003"), QStringLiteral("P0008"));
        QVERIFY(p1 && p2 && p3);
        const qint64 id = f.newMeeting();

        // All or nothing: a proposal that is not ready refuses the whole call.
        QVERIFY(f.proposals().transition(
            kOperator, p3, ProposalState::Draft, f.proposals().get(p3)->value().revision));
        auto refused = f.meetings().addProposals(kOperator, id, {p1, p3});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::MeetingNotReady);
        QCOMPARE(f.state(p1), ProposalState::Ready);
        QCOMPARE(f.meetings().agenda(id)->size(), 0);

        auto all = f.meetings().addAllReady(kOperator, id);
        QVERIFY(all);
        QCOMPARE(*all, 2);
        QCOMPARE(f.state(p1), ProposalState::OnAgenda);
        QCOMPARE(f.state(p2), ProposalState::OnAgenda);
        auto agenda = f.meetings().agenda(id);
        QVERIFY(agenda);
        QCOMPARE(agenda->size(), 2);
        QCOMPARE(agenda->at(0).proposalId, std::optional<qint64>(p1));
        QVERIFY(!agenda->at(0).subject.isEmpty());
        QCOMPARE(agenda->at(0).section, AgendaSection::OtherChanges);

        // Reorder: the second item first.
        QVERIFY(f.meetings().moveItem(kOperator, id, agenda->at(1).id, 1));
        agenda = f.meetings().agenda(id);
        QCOMPARE(agenda->at(0).proposalId, std::optional<qint64>(p2));
        QCOMPARE(agenda->at(0).position, 1);
        QCOMPARE(agenda->at(1).position, 2);

        // A flagged household joins the flagged section, which comes first; not twice.
        auto household = f.meetings().addHousehold(kOperator, id, QStringLiteral("H0002"));
        QVERIFY(household);
        QVERIFY(household->isHouseholdItem());
        QCOMPARE(f.meetings().addHousehold(kOperator, id, QStringLiteral("H0002")).error().code,
                 ErrorCode::MeetingHouseholdTwice);
        agenda = f.meetings().agenda(id);
        QCOMPARE(agenda->size(), 3);
        QCOMPARE(agenda->at(0).section, AgendaSection::Flagged);

        // Taking an item off sends the proposal back to ready; a decided one stays.
        QVERIFY(f.meetings().removeItem(kOperator, id, agenda->at(1).id));
        QCOMPARE(f.state(p2), ProposalState::Ready);
        agenda = f.meetings().agenda(id);
        QVERIFY(f.meetings().decide(kOperator, id, agenda->at(1).id, agreed()));
        QCOMPARE(f.meetings().removeItem(kOperator, id, agenda->at(1).id).error().code,
                 ErrorCode::MeetingItemDecided);
        QCOMPARE(f.meetings().addProposals(kBpd, id, {p2}).error().code, ErrorCode::PermissionDenied);
    }

    void decisionsAndCorrections()
    {
        Fixture f;
        QVERIFY(f.setUp());
        const qint64 p1 = f.ready(QStringLiteral("H0001"), QStringLiteral("P0004"));
        const qint64 id = f.newMeeting();
        QVERIFY(f.meetings().addAllReady(kOperator, id));
        QVERIFY(f.meetings().addHousehold(kOperator, id, QStringLiteral("H0002")));
        auto agenda = f.meetings().agenda(id);
        const qint64 householdItem = agenda->at(0).id;
        const qint64 proposalItem = agenda->at(1).id;

        QCOMPARE(f.meetings().decide(kChair, id, proposalItem, agreed()).error().code,
                 ErrorCode::PermissionDenied);
        QCOMPARE(f.meetings().decide(kOperator, id, proposalItem, decision(Decision::Keep)).error().code,
                 ErrorCode::MeetingDecisionInvalid);
        QCOMPARE(f.meetings().decide(kOperator, id, householdItem, agreed()).error().code,
                 ErrorCode::MeetingDecisionInvalid);
        DecisionInput vote;
        vote.mode = DecisionMode::Vote;
        QCOMPARE(f.meetings().decide(kSecretary, id, proposalItem, vote).error().code,
                 ErrorCode::MeetingVoteMissing);
        vote.votesFor = 12;
        vote.votesAgainst = 3;
        vote.votesAbstain = 1;
        vote.note = QStringLiteral("Dengan catatan");
        auto decided = f.meetings().decide(kSecretary, id, proposalItem, vote);
        QVERIFY(decided);
        QCOMPARE(decided->decision, Decision::Agreed);
        QCOMPARE(decided->votesFor, 12);
        QCOMPARE(decided->decidedByName, kSecretary.name);
        QCOMPARE(f.state(p1), ProposalState::Agreed);
        QVERIFY(MeetingText::decisionWithVotes(*decided).contains(QStringLiteral("12")));

        // A correction moves the proposal and is audited with what it was.
        auto corrected = f.meetings().decide(kOperator, id, proposalItem, decision(Decision::Rejected));
        QVERIFY(corrected);
        QCOMPARE(corrected->votesFor, 0);
        QCOMPARE(f.state(p1), ProposalState::Rejected);
        QVERIFY(f.meetings().decide(kOperator, id, proposalItem, decision(Decision::Deferred)));
        QCOMPARE(f.state(p1), ProposalState::Deferred);
        AuditLog log(*f.db);
        auto entries = log.forObject(QStringLiteral("meeting"), QString::number(id));
        QStringList decides;
        for (const AuditEntry &e : *entries) {
            if (e.action == u"meeting.decide") {
                decides.append(e.args.value(2) + u'<' + e.args.value(3));
            }
        }
        QCOMPARE(decides,
                 QStringList({QStringLiteral("agreed<"),
                              QStringLiteral("rejected<agreed"),
                              QStringLiteral("deferred<rejected")}));

        QVERIFY(f.meetings().decide(kOperator, id, householdItem, decision(Decision::Keep)));
    }

    void projectorSlideAndReveal()
    {
        Fixture f;
        QVERIFY(f.setUp());
        const qint64 p1 = f.ready(QStringLiteral("H0001"), QStringLiteral("P0004"));
        QVERIFY(p1);
        const qint64 id = f.newMeeting();
        QVERIFY(f.meetings().addAllReady(kOperator, id));
        const qint64 item = f.meetings().agenda(id)->at(0).id;
        auto slide = f.meetings().slide(id, item);
        QVERIFY(slide);
        QCOMPARE(slide->position, 1);
        QCOMPARE(slide->total, 1);
        QCOMPARE(slide->persons.size(), 1);
        QVERIFY(!slide->persons.at(0).name.isEmpty());
        QVERIFY(slide->persons.at(0).age.has_value());
        QCOMPARE(slide->housePhotoIds.size(), 1); // the death certificate is not a house photo
        QVERIFY(!slide->rtRw.isEmpty());

        QCOMPARE(
            f.meetings().reveal(kOperator, id, item, RevealField::Nik, QStringLiteral("  ")).error().code,
            ErrorCode::MeetingRevealWhy);
        QCOMPARE(f.meetings().reveal(kChair, id, item, RevealField::Nik, QStringLiteral("x")).error().code,
                 ErrorCode::PermissionDenied);
        auto nik = f.meetings().reveal(kOperator, id, item, RevealField::Nik, QStringLiteral("Nama sama"));
        QVERIFY(nik);
        auto expected = f.db->queryText(u"SELECT nik FROM members WHERE person_id = 'P0004'");
        QCOMPARE(*nik, *expected);
        QCOMPARE(f.db->queryInt(u"SELECT count(*) FROM meeting_reveals").value(), 1);
    }

    void sealFreezesAndSigns()
    {
        Fixture f;
        QVERIFY(f.setUp());
        const qint64 pAgreed = f.ready(QStringLiteral("H0001"), QStringLiteral("P0004"));
        const qint64 pRejected = f.ready(QStringLiteral("H0003"), QStringLiteral("P0007"));
        const qint64 pDeferred = f.ready(QStringLiteral("H0003"), QStringLiteral("P0008"));
        const qint64 id = f.newMeeting();
        QVERIFY(f.meetings().addAllReady(kOperator, id));
        auto agenda = f.meetings().agenda(id);
        QCOMPARE(agenda->size(), 3);

        QCOMPARE(f.meetings().seal(kChair, id).error().code, ErrorCode::MeetingUndecided);
        QVERIFY(f.meetings().decide(kOperator, id, agenda->at(0).id, agreed()));
        QVERIFY(f.meetings().decide(kOperator, id, agenda->at(1).id, decision(Decision::Rejected)));
        QVERIFY(f.meetings().decide(kOperator, id, agenda->at(2).id, decision(Decision::Deferred)));
        QCOMPARE(f.meetings().seal(kChair, id).error().code, ErrorCode::MeetingNoAttendance);
        Attendee a;
        a.name = QStringLiteral("Siti");
        a.role = AttendeeRole::Bpd;
        QVERIFY(f.meetings().addAttendee(kOperator, id, a));
        QCOMPARE(f.meetings().seal(kOperator, id).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(f.meetings().seal(kBpd, id).error().code, ErrorCode::PermissionDenied);

        auto seal = f.meetings().seal(kChair, id);
        QVERIFY2(seal, seal ? "" : qPrintable(describe(seal.error())));
        QCOMPARE(seal->sha256.size(), 32);
        QCOMPARE(seal->shortHash().size(), 19);
        QCOMPARE(f.state(pAgreed), ProposalState::Sealed);
        QCOMPARE(f.state(pRejected), ProposalState::Rejected);
        QCOMPARE(f.state(pDeferred), ProposalState::Ready);

        // The chair is named inside the signed bytes, with the audit head.
        const QJsonObject signedContent = QJsonDocument::fromJson(seal->content).object();
        QCOMPARE(signedContent.value(QStringLiteral("seal"))
                     .toObject()
                     .value(QStringLiteral("officer_name"))
                     .toString(),
                 kChair.name);
        QVERIFY(seal->auditSeq > 0);
        auto key = DeviceKey::load(*f.db);
        QVERIFY(PublicKey::verify(key->publicKey(), seal->content, seal->signature));

        auto check = f.meetings().verifySeal(id);
        QVERIFY(check);
        QVERIFY(check->intact());

        // A laptop that enrols again after a revocation gets a new device key (schema 11): what the
        // old key sealed still verifies with the old key's public half, kept as retired. The key is
        // never changed but for a new one with the old one retired, and a retired key stays.
        QVERIFY(!f.db->execute(u"UPDATE device_key SET created_at = 'x'"));
        {
            Transaction tx(*f.db);
            QVERIFY(tx.begin());
            auto rotated = DeviceKey::rotate(*f.db, f.clock);
            QVERIFY2(rotated, rotated ? "" : qPrintable(rotated.error().detail));
            QVERIFY(rotated->keyId() != key->keyId());
            QVERIFY(tx.commit());
        }
        QCOMPARE((*f.meetings().get(id))->seal->keyId, key->keyId());
        QVERIFY(DeviceKey::load(*f.db)->keyId() != key->keyId());
        QCOMPARE(*DeviceKey::publicKeyOf(*f.db, key->keyId()), std::optional<QByteArray>(key->publicKey()));
        QVERIFY(!*DeviceKey::publicKeyOf(*f.db, QStringLiteral("0000-0000-0000-0000")));
        check = f.meetings().verifySeal(id);
        QVERIFY(check);
        QVERIFY(check->intact());
        QVERIFY(!f.db->execute(u"DELETE FROM retired_device_keys"));
        QVERIFY(!f.db->execute(u"UPDATE retired_device_keys SET public_key = zeroblob(32)"));

        // Nothing of it changes any more, through the models or through SQL.
        QCOMPARE(
            f.meetings().decide(kOperator, id, agenda->at(0).id, decision(Decision::Rejected)).error().code,
            ErrorCode::MeetingSealed);
        QCOMPARE(f.meetings().addAttendee(kOperator, id, a).error().code, ErrorCode::MeetingSealed);
        QCOMPARE(f.meetings().seal(kChair, id).error().code, ErrorCode::MeetingSealed);
        QVERIFY(!f.db->execute(u"UPDATE meeting_items SET note = 'x'"));
        QVERIFY(!f.db->execute(u"UPDATE meetings SET place = 'x'"));
        QVERIFY(!f.db->execute(u"DELETE FROM meeting_attendees"));
        QVERIFY(!f.db->execute(u"UPDATE meeting_seals SET sealed_by_name = 'x'"));

        // The deferred proposal goes on with its life: edited for the next meeting, the seal holds.
        auto deferred = f.proposals().get(pDeferred);
        QVERIFY(f.proposals().transition(kOperator, pDeferred, ProposalState::Draft, (*deferred)->revision));
        auto draft = f.proposals().get(pDeferred);
        Proposal edited = **draft;
        edited.reason = QStringLiteral("Alasan baru");
        QVERIFY(f.proposals().updateDraft(kOperator, edited));
        QVERIFY(f.meetings().verifySeal(id)->intact());

        // Addenda refer to sealed meetings only.
        MeetingDraft addendum;
        addendum.date = QDate(2026, 12, 20);
        addendum.addendumOf = id;
        auto correction = f.meetings().create(kOperator, addendum);
        QVERIFY(correction);
        QCOMPARE(correction->addendumOf, std::optional<qint64>(id));
        addendum.addendumOf = correction->id;
        QCOMPARE(f.meetings().create(kOperator, addendum).error().code, ErrorCode::MeetingNotSealed);
        auto last = f.meetings().lastSealedDate();
        QCOMPARE(*last, std::optional<QDate>(QDate(2026, 12, 10)));
    }

    // A byte changed anywhere in a sealed meeting is detected (by someone who drops the triggers).
    void tamperingIsDetected_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("signature");
        QTest::newRow("meeting place") << QStringLiteral("UPDATE meetings SET place = 'Balai Desa'") << true;
        QTest::newRow("meeting date") << QStringLiteral("UPDATE meetings SET date = '2026-12-11'") << true;
        QTest::newRow("attendee name")
            << QStringLiteral("UPDATE meeting_attendees SET name = 'Sitti'") << true;
        QTest::newRow("attendee added") << QStringLiteral(
            "INSERT INTO meeting_attendees (meeting_id, ordinal, name, role) VALUES (1, 9, 'X', "
            "'other')") << true;
        QTest::newRow("decision") << QStringLiteral("UPDATE meeting_items SET decision = 'rejected' WHERE "
                                                    "decision = 'agreed'")
                                  << true;
        QTest::newRow("votes") << QStringLiteral("UPDATE meeting_items SET votes_for = votes_for + 1")
                               << true;
        QTest::newRow("order") << QStringLiteral("UPDATE meeting_items SET position = 3 - position") << true;
        QTest::newRow("proposal reason")
            << QStringLiteral("UPDATE proposals SET reason = reason || '.' WHERE state = 'sealed'") << true;
        QTest::newRow("proposal new value")
            << QStringLiteral("UPDATE proposal_changes SET new_value = new_value || '1'") << true;
        QTest::newRow("base version")
            << QStringLiteral("UPDATE proposal_bases SET version = version + 1") << true;
        QTest::newRow("evidence hash")
            << QStringLiteral("UPDATE evidence SET sha256 = 'ff' || substr(sha256, 3)") << true;
        QTest::newRow("seal content") << QStringLiteral(
            "UPDATE meeting_seals SET content = CAST(replace(CAST(content AS TEXT), 'Balai', "
            "'Balay') AS BLOB)") << false;
        QTest::newRow("seal signer") << QStringLiteral(
            "UPDATE meeting_seals SET content = CAST(replace(CAST(content AS TEXT), 'Ketua BPD', "
            "'Ketua RPD') AS BLOB)") << false;
    }

    void tamperingIsDetected()
    {
        QFETCH(QString, sql);
        QFETCH(bool, signature);
        Fixture f;
        QVERIFY(f.setUp());
        QVERIFY(f.ready(QStringLiteral("H0001"), QStringLiteral("P0004")));
        QVERIFY(f.ready(QStringLiteral("H0003"), QStringLiteral("P0007")));
        const qint64 id = f.newMeeting();
        QCOMPARE(id, 1);
        QVERIFY(f.meetings().addAllReady(kOperator, id));
        DecisionInput vote;
        vote.mode = DecisionMode::Vote;
        vote.votesFor = 10;
        const auto agenda = f.meetings().agenda(id);
        QVERIFY(agenda);
        for (const AgendaItem &item : *agenda) {
            QVERIFY(f.meetings().decide(kOperator, id, item.id, vote));
        }
        Attendee a;
        a.name = QStringLiteral("Siti");
        QVERIFY(f.meetings().addAttendee(kOperator, id, a));
        QVERIFY(f.meetings().seal(kChair, id));
        QVERIFY(f.meetings().verifySeal(id)->intact());

        // The attacker drops every trigger that guards these tables.
        Statement triggers(*f.db,
                           u"SELECT name FROM sqlite_schema WHERE type = 'trigger' AND (tbl_name LIKE "
                           u"'meeting%' OR tbl_name LIKE 'proposal%' OR tbl_name LIKE 'evidence%')");
        QStringList names;
        while (*triggers.step()) {
            names.append(triggers.text(0));
        }
        for (const QString &name : std::as_const(names)) {
            QVERIFY(f.exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(name)));
        }
        QVERIFY(f.exec(sql));
        QVERIFY(f.db->changes() > 0);
        auto check = f.meetings().verifySeal(id);
        QVERIFY(check);
        QVERIFY(!check->intact());
        if (signature) {
            QVERIFY(check->signatureValid);
            QVERIFY(!check->contentMatches);
        } else {
            QVERIFY(!check->signatureValid);
        }
    }

    void sptjmCoversReadyProposals()
    {
        Fixture f;
        QVERIFY(f.setUp());
        const qint64 p1 = f.ready(QStringLiteral("H0001"), QStringLiteral("P0004"));
        const qint64 id = f.newMeeting(MeetingKind::Sptjm);
        QVERIFY(f.meetings().addAllReady(kOperator, id));
        QCOMPARE(f.state(p1), ProposalState::CoveredBySptjm);
        auto agenda = f.meetings().agenda(id);
        QCOMPARE(agenda->at(0).decision, Decision::Agreed);
        QCOMPARE(
            f.meetings().decide(kOperator, id, agenda->at(0).id, decision(Decision::Rejected)).error().code,
            ErrorCode::MeetingDecisionInvalid);
        QCOMPARE(f.meetings().seal(kChair, id).error().code, ErrorCode::PermissionDenied);
        QVERIFY(f.meetings().seal(kHead, id));
        QCOMPARE(f.state(p1), ProposalState::Sealed);
        QVERIFY(f.meetings().verifySeal(id)->intact());
    }

    void bnbaLines()
    {
        Fixture f;
        QVERIFY(f.setUp());
        QVERIFY(f.ready(QStringLiteral("H0001"), QStringLiteral("P0004")));
        QVERIFY(f.ready(QStringLiteral("H0003"), QStringLiteral("P0007")));
        const qint64 id = f.newMeeting();
        QVERIFY(f.meetings().addAllReady(kOperator, id));
        auto agenda = f.meetings().agenda(id);
        QVERIFY(f.meetings().decide(kOperator, id, agenda->at(0).id, agreed()));
        QVERIFY(f.meetings().decide(kOperator, id, agenda->at(1).id, decision(Decision::Rejected)));
        auto lines = f.meetings().bnba(id, {Decision::Agreed, Decision::ProposeRemoval});
        QVERIFY(lines);
        QCOMPARE(lines->size(), 1);
        const BnbaLine &line = lines->at(0);
        QCOMPARE(line.number, 1);
        QCOMPARE(line.nik, f.db->queryText(u"SELECT nik FROM members WHERE person_id = 'P0004'").value());
        QVERIFY(!line.kk.isEmpty());
        QVERIFY(!line.rtRw.isEmpty());
        QCOMPARE(line.decision, Decision::Agreed);
        QCOMPARE(f.meetings().bnba(id, {Decision::Rejected})->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestMeetingRepository)
#include "tst_MeetingRepository.moc"
