// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Proposals in a real encrypted vault: creation with base versions and evidence, the audit entries
// of every change, the refusals (permissions, incomplete, illegal moves, concurrent edits, missing
// targets), evidence immutability in the model and in the schema, staleness after a newer snapshot,
// the list and its item model, and a crash in the middle of saving.
#include "models/core/Error.h"
#include "models/io/CsvReader.h"
#include "models/io/SnapshotImporter.h"
#include "models/itemmodels/ProposalListModel.h"
#include "models/proposals/ProposalRepository.h"
#include "models/proposals/ProposalStateMachine.h"
#include "models/vault/AuditLog.h"
#include "models/vault/Database.h"
#include "models/vault/Statement.h"
#include "tests/support/FakeClock.h"
#include "tests/support/ScratchVault.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace verdes;

Q_DECLARE_METATYPE(verdes::ProposalState)

namespace {

const Actor kOperator{QStringLiteral("op-1"), QStringLiteral("Operator Satu"), Role::Operator, false};
const Actor kOperator2{QStringLiteral("op-2"), QStringLiteral("Operator Dua"), Role::Operator, false};
const Actor kViewer{QStringLiteral("view-1"), QStringLiteral("Pengamat"), Role::Viewer, false};
const Actor kSecretary{QStringLiteral("sec-1"), QStringLiteral("Sekretaris"), Role::Secretary, false};

QByteArray jpeg(char fill = 'A', qsizetype size = 64)
{
    QByteArray bytes(size, fill);
    bytes[0] = '\xFF';
    bytes[1] = '\xD8';
    bytes[2] = '\xFF';
    return bytes;
}

QByteArray pdf()
{
    return QByteArrayLiteral("%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n");
}

Result<ImportReport> importFixture(Database &db, const QString &name, Clock &clock)
{
    ValidationContext c;
    c.today = QDate(2026, 11, 23);
    c.villageCode = QStringLiteral("3373041001");
    CsvReader reader(test::testDataPath(QStringLiteral("csv/") + name));
    SnapshotImporter importer(db, c, clock);
    return importer.run(reader, ImportOptions{});
}

qint64 count(Database &db, QStringView sql)
{
    auto n = db.queryInt(sql);
    return n ? *n : -1;
}

Proposal deceased(const QString &household = QStringLiteral("H0001"),
                  const QString &person = QStringLiteral("P0004"))
{
    Proposal p;
    p.type = ProposalType::MemberDeceased;
    p.channel = Channel::RtRw;
    p.householdId = household;
    p.personIds = {person};
    p.reason = QStringLiteral("Meninggal menurut ketua RT");
    p.details.eventDate = QDate(2026, 10, 1);
    return p;
}

Proposal floorUpdate()
{
    Proposal p;
    p.type = ProposalType::DataUpdate;
    p.householdId = QStringLiteral("H0002");
    p.reason = QStringLiteral("Lantai sudah keramik");
    p.changes = {
        {kHouseholdsTable, QStringLiteral("H0002"), QStringLiteral("floor"), {}, QStringLiteral("3"), {}}};
    return p;
}

NewEvidence deathCertificate()
{
    return {EvidenceKind::DeathCert, QStringLiteral("akta kematian.jpg"), jpeg('D')};
}

QStringList auditActions(Database &db, const QString &householdId)
{
    AuditLog log(db);
    auto entries = log.forHousehold(householdId);
    QStringList actions;
    if (entries) {
        for (const AuditEntry &entry : *entries) {
            actions.append(entry.action);
        }
    }
    return actions;
}

// A vault with the small snapshot imported, for one test.
struct Fixture
{
    QTemporaryDir dir;
    test::ScratchVault vault{dir.filePath(QStringLiteral("v.db"))};
    std::unique_ptr<Database> db;
    test::FakeClock clock;

    bool setUp()
    {
        auto created = vault.create();
        if (!created) {
            return false;
        }
        db = std::move(created).value();
        auto imported = importFixture(*db, QStringLiteral("snapshot_small.csv"), clock);
        if (!imported) {
            qWarning("import failed: %s", qPrintable(imported.error().detail));
        }
        return imported.has_value();
    }

    ProposalRepository repo() { return ProposalRepository(*db, clock); }
};

} // namespace

class TestProposalRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createStoresChangesBasesEvidenceAndAudit()
    {
        Fixture f;
        QVERIFY(f.setUp());
        ProposalRepository repo = f.repo();
        auto created = repo.create(kOperator, deceased(), {deathCertificate()});
        QVERIFY2(created.has_value(), created ? "" : qPrintable(describe(created.error())));
        const Proposal &p = *created;
        QVERIFY(p.id > 0);
        QCOMPARE(p.state, ProposalState::Draft);
        QCOMPARE(p.revision, 1);
        QCOMPARE(p.channel, Channel::RtRw);
        QCOMPARE(p.createdByName, QStringLiteral("Operator Satu"));
        QCOMPARE(p.createdAt, f.clock.now());
        QCOMPARE(p.details.eventDate, QDate(2026, 10, 1));
        // The presence change the type implies, with the value in the vault as the old value.
        QCOMPARE(p.changes.size(), 2);
        QCOMPARE(p.changes.at(0),
                 (FieldChange{kMembersTable,
                              QStringLiteral("P0004"),
                              QStringLiteral("presence"),
                              QStringLiteral("1"),
                              QStringLiteral("2"),
                              {}}));
        QCOMPARE(p.changes.at(1).column, QStringLiteral("presence_date"));
        QCOMPARE(p.changes.at(1).newValue, QStringLiteral("2026-10-01"));
        QCOMPARE(p.bases, (QList<BaseVersion>{{kMembersTable, QStringLiteral("P0004"), 1}}));
        QCOMPARE(p.evidence.size(), 1);
        const EvidenceInfo &e = p.evidence.constFirst();
        QCOMPARE(e.kind, EvidenceKind::DeathCert);
        QCOMPARE(e.fileName, QStringLiteral("akta kematian.jpg"));
        QCOMPARE(e.mime, QStringLiteral("image/jpeg"));
        QCOMPARE(e.size, 64);
        QCOMPARE(e.sha256, EvidenceCheck::sha256Hex(jpeg('D')));
        QCOMPARE(e.version, 1);
        QVERIFY(e.isCurrent());
        auto bytes = repo.evidenceBytes(e.id);
        QVERIFY(bytes.has_value());
        QCOMPARE(*bytes, jpeg('D'));
        QVERIFY(p.isComplete());
        // Both changes are in the household's history, in the same transaction as the change.
        QCOMPARE(auditActions(*f.db, QStringLiteral("H0001")),
                 (QStringList{QStringLiteral("proposal.create"), QStringLiteral("evidence.add")}));
        AuditLog log(*f.db);
        auto verified = log.verify();
        QVERIFY(verified.has_value());
        QVERIFY(verified->intact());
        QCOMPARE(count(*f.db, u"SELECT COUNT(*) FROM evidence_content"), 1);
    }

    void createRefusesWhatIsNotThere()
    {
        Fixture f;
        QVERIFY(f.setUp());
        ProposalRepository repo = f.repo();
        auto unknown = repo.create(kOperator, deceased(QStringLiteral("H9999"), QStringLiteral("P0001")));
        QVERIFY(!unknown.has_value());
        QCOMPARE(unknown.error().code, ErrorCode::ProposalTargetUnknown);
        // A person of another household.
        auto elsewhere = repo.create(kOperator, deceased(QStringLiteral("H0002"), QStringLiteral("P0001")));
        QVERIFY(!elsewhere.has_value());
        QCOMPARE(elsewhere.error().code, ErrorCode::ProposalTargetUnknown);
        Proposal badColumn = floorUpdate();
        badColumn.changes.first().column = QStringLiteral("content_hash");
        auto invalid = repo.create(kOperator, badColumn);
        QVERIFY(!invalid.has_value());
        QCOMPARE(invalid.error().code, ErrorCode::ProposalInvalidChange);
        Proposal wrongTable = floorUpdate();
        wrongTable.changes.first().table = kMembersTable; // floor is a household column
        QCOMPARE(repo.create(kOperator, wrongTable).error().code, ErrorCode::ProposalInvalidChange);
        // Bad evidence: nothing at all is written.
        auto liar = repo.create(
            kOperator, deceased(), {{EvidenceKind::DeathCert, QStringLiteral("akta.jpg"), "teks"}});
        QVERIFY(!liar.has_value());
        QCOMPARE(liar.error().code, ErrorCode::EvidenceNotWhatItClaims);
        QCOMPARE(count(*f.db, u"SELECT COUNT(*) FROM proposals"), 0);
        QCOMPARE(count(*f.db, u"SELECT COUNT(*) FROM audit_log"), 0);
    }

    void permissionsRefusedForViewer()
    {
        Fixture f;
        QVERIFY(f.setUp());
        ProposalRepository repo = f.repo();
        for (const Actor &actor : {kViewer, kSecretary}) {
            auto refused = repo.create(actor, deceased());
            QVERIFY(!refused.has_value());
            QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
            QVERIFY(describe(refused.error()).contains(RoleText::label(actor.role)));
        }
        QCOMPARE(count(*f.db, u"SELECT COUNT(*) FROM proposals"), 0);
        auto p = repo.create(kOperator, deceased());
        QVERIFY(p.has_value());
        QCOMPARE(repo.attachEvidence(kViewer, p->id, deathCertificate()).error().code,
                 ErrorCode::PermissionDenied);
        Proposal edited = *p;
        edited.reason = QStringLiteral("diubah");
        QCOMPARE(repo.updateDraft(kViewer, edited).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(repo.transition(kViewer, p->id, ProposalState::Withdrawn, p->revision, QStringLiteral("x"))
                     .error()
                     .code,
                 ErrorCode::PermissionDenied);
        QCOMPARE(repo.reconfirm(kViewer, p->id, p->revision).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(count(*f.db, u"SELECT COUNT(*) FROM evidence"), 0);
        QCOMPARE(count(*f.db, u"SELECT revision FROM proposals"), 1);
        QCOMPARE(count(*f.db, u"SELECT COUNT(*) FROM audit_log"), 1); // the create only
        // Reading is everyone's.
        QVERIFY(repo.get(p->id).has_value());
    }

    void markingReadyNeedsEverything()
    {
        Fixture f;
        QVERIFY(f.setUp());
        ProposalRepository repo = f.repo();
        Proposal draft = deceased();
        draft.reason.clear();
        auto p = repo.create(kOperator, draft);
        QVERIFY(p.has_value());
        auto refused = repo.transition(kOperator, p->id, ProposalState::Ready, p->revision);
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().code, ErrorCode::ProposalIncomplete);
        const QString message = describe(refused.error());
        QVERIFY2(message.contains(ProposalTypeText::fieldLabel(ProposalField::Reason)), qPrintable(message));
        QVERIFY2(message.contains(ProposalTypeText::evidenceLabel(EvidenceKind::DeathCert)),
                 qPrintable(message));
        QCOMPARE(repo.get(p->id)->value().state, ProposalState::Draft);

        Proposal edited = *p;
        edited.reason = QStringLiteral("Meninggal menurut ketua RT");
        auto saved = repo.updateDraft(kOperator, edited);
        QVERIFY2(saved.has_value(), saved ? "" : qPrintable(describe(saved.error())));
        QCOMPARE(saved->revision, 2);
        QVERIFY(repo.attachEvidence(
                        kOperator, p->id, {EvidenceKind::Statement, QStringLiteral("surat.pdf"), pdf()})
                    .has_value());
        f.clock.advanceSeconds(60);
        auto ready = repo.transition(kOperator, p->id, ProposalState::Ready, saved->revision);
        QVERIFY2(ready.has_value(), ready ? "" : qPrintable(describe(ready.error())));
        QCOMPARE(ready->state, ProposalState::Ready);
        QCOMPARE(ready->revision, 3);
        QCOMPARE(ready->updatedAt, f.clock.now());
        QCOMPARE(count(*f.db, u"SELECT COUNT(*) FROM proposal_transitions WHERE to_state = 'ready'"), 1);
        QCOMPARE(auditActions(*f.db, QStringLiteral("H0001")),
                 (QStringList{QStringLiteral("proposal.create"),
                              QStringLiteral("proposal.edit"),
                              QStringLiteral("evidence.add"),
                              QStringLiteral("proposal.transition")}));

        // Back to draft, then withdrawn (with a reason), then nothing more.
        auto back = repo.transition(kOperator, p->id, ProposalState::Draft, ready->revision);
        QVERIFY(back.has_value());
        auto noReason = repo.transition(kOperator, p->id, ProposalState::Withdrawn, back->revision);
        QCOMPARE(noReason.error().code, ErrorCode::ProposalNoteRequired);
        auto withdrawn = repo.transition(
            kOperator, p->id, ProposalState::Withdrawn, back->revision, QStringLiteral("Salah orang"));
        QVERIFY(withdrawn.has_value());
        QCOMPARE(withdrawn->stateNote, QStringLiteral("Salah orang"));
        auto again = repo.transition(kOperator, p->id, ProposalState::Ready, withdrawn->revision);
        QCOMPARE(again.error().code, ErrorCode::ProposalIllegalTransition);
        auto later = repo.transition(kOperator, p->id, ProposalState::OnAgenda, withdrawn->revision);
        QCOMPARE(later.error().code, ErrorCode::ProposalIllegalTransition);
        QCOMPARE(count(*f.db, u"SELECT COUNT(*) FROM proposal_transitions"), 3);
        auto history = repo.history(p->id);
        QVERIFY(history.has_value());
        QCOMPARE(history->size(), 3);
        QCOMPARE(history->at(0).from, ProposalState::Draft);
        QCOMPARE(history->at(0).to, ProposalState::Ready);
        QCOMPARE(history->at(2).to, ProposalState::Withdrawn);
        QCOMPARE(history->at(2).note, QStringLiteral("Salah orang"));
        QCOMPARE(history->at(2).officerName, QStringLiteral("Operator Satu"));
        QCOMPARE(repo.transition(kOperator, 4242, ProposalState::Ready, 1).error().code,
                 ErrorCode::ProposalNotFound);
    }

    void transitionsThroughTheRepository_data()
    {
        QTest::addColumn<ProposalState>("from");
        QTest::addColumn<ProposalState>("to");
        for (const ProposalState from : allProposalStates()) {
            for (const ProposalState to : allProposalStates()) {
                QTest::newRow(
                    qPrintable(proposalStateCode(from) + QLatin1String("->") + proposalStateCode(to)))
                    << from << to;
            }
        }
    }

    // The full matrix again, through the repository: a complete proposal put in `from` (behind the
    // model's back) either moves to `to` or is refused with the state machine's reason, and a
    // refusal changes nothing.
    void transitionsThroughTheRepository()
    {
        QFETCH(ProposalState, from);
        QFETCH(ProposalState, to);
        if (!m_matrix) {
            m_matrix = std::make_unique<Fixture>();
            QVERIFY(m_matrix->setUp());
        }
        Database &db = *m_matrix->db;
        ProposalRepository repo = m_matrix->repo();
        auto p = repo.create(kOperator, deceased(), {deathCertificate()});
        QVERIFY(p.has_value());
        Statement set(db, u"UPDATE proposals SET state = :state WHERE proposal_id = :id");
        QVERIFY(set.status().has_value());
        set.bind(u":state", proposalStateCode(from));
        set.bind(u":id", p->id);
        QVERIFY(set.run().has_value());
        const qint64 auditBefore = count(db, u"SELECT COUNT(*) FROM audit_log");
        auto moved = repo.transition(kOperator, p->id, to, p->revision, QStringLiteral("alasan"));
        const auto expected = ProposalStateMachine::check(kOperator, from, to);
        QCOMPARE(moved.has_value(), expected.has_value());
        if (moved) {
            QCOMPARE(moved->state, to);
            QCOMPARE(count(db, u"SELECT COUNT(*) FROM audit_log"), auditBefore + 1);
        } else {
            QCOMPARE(moved.error().code, expected.error().code);
            QCOMPARE(repo.get(p->id)->value().state, from);
            QCOMPARE(count(db, u"SELECT COUNT(*) FROM audit_log"), auditBefore);
        }
    }

    void evidenceIsFrozenOnceReady()
    {
        Fixture f;
        QVERIFY(f.setUp());
        ProposalRepository repo = f.repo();
        auto p = repo.create(kOperator, deceased(), {deathCertificate()});
        QVERIFY(p.has_value());
        const qint64 evidenceId = p->evidence.constFirst().id;
        auto ready = repo.transition(kOperator, p->id, ProposalState::Ready, p->revision);
        QVERIFY(ready.has_value());

        // The model says why.
        auto attach =
            repo.attachEvidence(kOperator, p->id, {EvidenceKind::Statement, QStringLiteral("s.pdf"), pdf()});
        QCOMPARE(attach.error().code, ErrorCode::EvidenceLocked);
        QVERIFY(describe(attach.error()).contains(ProposalStateText::label(ProposalState::Ready)));
        QCOMPARE(repo.removeEvidence(kOperator, evidenceId).error().code, ErrorCode::EvidenceLocked);
        Proposal edited = *ready;
        edited.reason = QStringLiteral("lain");
        QCOMPARE(repo.updateDraft(kOperator, edited).error().code, ErrorCode::ProposalNotEditable);

        // The schema refuses the same behind the model's back.
        QVERIFY(!f.db->execute(u"UPDATE evidence_content SET bytes = x'FFD8FF00'").has_value());
        QVERIFY(!f.db->execute(u"DELETE FROM evidence_content").has_value());
        QVERIFY(!f.db->execute(u"DELETE FROM evidence").has_value());
        QVERIFY(!f.db->execute(u"UPDATE evidence SET file_name = 'lain.jpg'").has_value());
        QVERIFY(!f.db->execute(u"UPDATE evidence SET sha256 = 'x'").has_value());
        QVERIFY(!f.db->execute(QStringLiteral(
                                   "INSERT INTO evidence (proposal_id, kind, file_name, mime, size, sha256, "
                                   "added_at, added_by, added_by_name) VALUES (%1, 'KTP', 'k.jpg', "
                                   "'image/jpeg', 4, 'x', 'now', 'op-1', 'x')")
                                   .arg(p->id))
                     .has_value());
        QVERIFY(!f.db->execute(
                         QStringLiteral("INSERT INTO proposal_changes (proposal_id, ordinal, table_name, "
                                        "record_id, column_name) VALUES (%1, 9, 'members', 'P0001', 'name')")
                             .arg(p->id))
                     .has_value());
        QVERIFY(!f.db->execute(u"UPDATE proposal_changes SET new_value = '9'").has_value());
        QVERIFY(!f.db->execute(u"DELETE FROM proposals").has_value());
        QVERIFY(!f.db->execute(u"DELETE FROM proposal_transitions").has_value());
        QVERIFY(!f.db->execute(u"UPDATE evidence SET mime = 'text/plain'").has_value());
        auto bytes = repo.evidenceBytes(evidenceId);
        QVERIFY(bytes.has_value());
        QCOMPARE(*bytes, jpeg('D'));
        QCOMPARE(count(*f.db, u"SELECT COUNT(*) FROM evidence"), 1);

        // Even in a draft the bytes of stored evidence never change.
        QVERIFY(repo.transition(kOperator, p->id, ProposalState::Draft, ready->revision).has_value());
        QVERIFY(!f.db->execute(u"UPDATE evidence_content SET bytes = x'FFD8FF00'").has_value());
        // The schema also refuses content that is not a photo or PDF, or too large.
        QVERIFY(!f.db->execute(QStringLiteral(
                                   "INSERT INTO evidence (proposal_id, kind, file_name, mime, size, sha256, "
                                   "added_at, added_by, added_by_name) VALUES (%1, 'KTP', 'k.txt', "
                                   "'text/plain', 4, 'x', 'now', 'op-1', 'x')")
                                   .arg(p->id))
                     .has_value());
    }

    void evidenceWhoseBytesChangedIsNotShown()
    {
        // Someone with the data key drops the trigger and changes the bytes: the viewer and the
        // full check compare them with the SHA-256 recorded when they were attached.
        Fixture f;
        QVERIFY(f.setUp());
        ProposalRepository repo = f.repo();
        auto p = repo.create(kOperator, deceased(), {deathCertificate()});
        QVERIFY(p.has_value());
        const qint64 evidenceId = p->evidence.constFirst().id;
        QVERIFY(repo.damagedEvidence()->isEmpty());
        QVERIFY(f.db->execute(u"DROP TRIGGER evidence_content_no_update").has_value());
        QVERIFY(f.db->execute(u"UPDATE evidence_content SET bytes = x'FFD8FF01'").has_value());
        auto bytes = repo.evidenceBytes(evidenceId);
        QVERIFY(!bytes.has_value());
        QCOMPARE(bytes.error().code, ErrorCode::EvidenceDamaged);
        QCOMPARE(bytes.error().args.value(0), p->evidence.constFirst().fileName);
        auto damaged = repo.damagedEvidence();
        QVERIFY(damaged.has_value());
        QCOMPARE(damaged->size(), qsizetype(1));
        QVERIFY(damaged->constFirst().startsWith(p->evidence.constFirst().fileName));
    }

    void replacingKeepsBothVersions()
    {
        Fixture f;
        QVERIFY(f.setUp());
        ProposalRepository repo = f.repo();
        auto p = repo.create(kOperator, deceased(), {deathCertificate()});
        QVERIFY(p.has_value());
        const qint64 firstId = p->evidence.constFirst().id;
        auto ready = repo.transition(kOperator, p->id, ProposalState::Ready, p->revision);
        QVERIFY(ready.has_value());
        f.clock.advanceSeconds(5);
        auto second = repo.replaceEvidence(
            kOperator2, firstId, {EvidenceKind::DeathCert, QStringLiteral("akta jelas.png"), jpeg('E')});
        QVERIFY(!second.has_value()); // a JPEG named .png is refused even as a replacement
        QCOMPARE(second.error().code, ErrorCode::EvidenceNotWhatItClaims);
        second = repo.replaceEvidence(
            kOperator2, firstId, {EvidenceKind::DeathCert, QStringLiteral("akta jelas.jpg"), jpeg('E')});
        QVERIFY2(second.has_value(), second ? "" : qPrintable(describe(second.error())));
        QCOMPARE(second->version, 2);
        QCOMPARE(second->replaces, firstId);
        QCOMPARE(second->addedByName, QStringLiteral("Operator Dua"));
        auto all = repo.evidence(p->id, true);
        QVERIFY(all.has_value());
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).replacedBy, second->id);
        QVERIFY(all->at(1).isCurrent());
        auto current = repo.evidence(p->id);
        QCOMPARE(current->size(), 1);
        QCOMPARE(current->constFirst().id, second->id);
        QCOMPARE(*repo.evidenceBytes(firstId), jpeg('D'));
        QCOMPARE(*repo.evidenceBytes(second->id), jpeg('E'));
        QCOMPARE(repo.get(p->id)->value().state, ProposalState::Ready);
        // The old version cannot be replaced again: someone already did.
        auto stale = repo.replaceEvidence(kOperator, firstId, deathCertificate());
        QCOMPARE(stale.error().code, ErrorCode::ProposalChangedMeanwhile);
        QCOMPARE(stale.error().args.constFirst(), QStringLiteral("Operator Dua"));
        QVERIFY(auditActions(*f.db, QStringLiteral("H0001")).contains(QStringLiteral("evidence.replace")));
        QCOMPARE(repo.replaceEvidence(kOperator, 999, deathCertificate()).error().code,
                 ErrorCode::EvidenceNotFound);

        // Once decided, not even a replacement.
        QVERIFY(f.db->execute(u"UPDATE proposals SET state = 'agreed'").has_value());
        QCOMPARE(repo.replaceEvidence(kOperator, second->id, deathCertificate()).error().code,
                 ErrorCode::EvidenceLocked);
        QVERIFY(!f.db->execute(QStringLiteral(
                                   "INSERT INTO evidence (proposal_id, kind, file_name, mime, size, sha256, "
                                   "replaces, added_at, added_by, added_by_name) VALUES (%1, 'KTP', 'k.jpg', "
                                   "'image/jpeg', 4, 'x', %2, 'now', 'op-1', 'x')")
                                   .arg(p->id)
                                   .arg(second->id))
                     .has_value());
    }

    void removingFromADraftTakesEveryVersion()
    {
        Fixture f;
        QVERIFY(f.setUp());
        ProposalRepository repo = f.repo();
        auto p = repo.create(kOperator, deceased(), {deathCertificate()});
        QVERIFY(p.has_value());
        auto second = repo.replaceEvidence(kOperator, p->evidence.constFirst().id, deathCertificate());
        QVERIFY(second.has_value());
        QVERIFY(repo.removeEvidence(kOperator, second->id).has_value());
        QCOMPARE(count(*f.db, u"SELECT COUNT(*) FROM evidence"), 0);
        QCOMPARE(count(*f.db, u"SELECT COUNT(*) FROM evidence_content"), 0);
        QCOMPARE(repo.removeEvidence(kOperator, second->id).error().code, ErrorCode::EvidenceNotFound);
        QVERIFY(auditActions(*f.db, QStringLiteral("H0001")).contains(QStringLiteral("evidence.remove")));
    }

    void twoOfficersEditingTheSameProposal()
    {
        Fixture f;
        QVERIFY(f.setUp());
        ProposalRepository repo = f.repo();
        auto p = repo.create(kOperator, floorUpdate());
        QVERIFY(p.has_value());
        Proposal mine = *p;
        Proposal theirs = *p;
        theirs.reason = QStringLiteral("Lantai keramik, dicek RT");
        auto first = repo.updateDraft(kOperator2, theirs);
        QVERIFY(first.has_value());
        mine.changes.first().newValue = QStringLiteral("4");
        auto second = repo.updateDraft(kOperator, mine);
        QVERIFY(!second.has_value());
        QCOMPARE(second.error().code, ErrorCode::ProposalChangedMeanwhile);
        QVERIFY(describe(second.error()).contains(QStringLiteral("Operator Dua")));
        auto stored = repo.get(p->id);
        QCOMPARE(stored->value().reason, QStringLiteral("Lantai keramik, dicek RT"));
        QCOMPARE(stored->value().changes.constFirst().newValue, QStringLiteral("3"));
        // A move with the old revision is refused the same way.
        auto move =
            repo.transition(kOperator, p->id, ProposalState::Withdrawn, p->revision, QStringLiteral("x"));
        QCOMPARE(move.error().code, ErrorCode::ProposalChangedMeanwhile);
        // With the fresh revision it works; the old value (the base) stays the one first read.
        mine = stored->value();
        mine.changes.first().newValue = QStringLiteral("4");
        auto third = repo.updateDraft(kOperator, mine);
        QVERIFY(third.has_value());
        QCOMPARE(third->changes.constFirst().oldValue, QStringLiteral("2"));
        QCOMPARE(third->revision, 3);
        QCOMPARE(auditActions(*f.db, QStringLiteral("H0002")).count(QStringLiteral("proposal.edit")), 2);
    }

    void impliedChangesFollowTheDraft()
    {
        Fixture f;
        QVERIFY(f.setUp());
        ProposalRepository repo = f.repo();
        auto p = repo.create(kOperator, deceased());
        QVERIFY(p.has_value());
        Proposal edited = *p;
        edited.details.eventDate = QDate(2026, 9, 15); // the date was wrong
        edited.personIds = {QStringLiteral("P0003")};  // and so was the person
        auto saved = repo.updateDraft(kOperator, edited);
        QVERIFY2(saved.has_value(), saved ? "" : qPrintable(describe(saved.error())));
        QCOMPARE(saved->changes.size(), 2);
        for (const FieldChange &change : saved->changes) {
            QCOMPARE(change.recordId, QStringLiteral("P0003"));
        }
        QCOMPARE(saved->changes.at(1).newValue, QStringLiteral("2026-09-15"));
        QCOMPARE(saved->bases, (QList<BaseVersion>{{kMembersTable, QStringLiteral("P0003"), 1}}));
        // KK_CHANGE implies the household's new number.
        Proposal kk;
        kk.type = ProposalType::KkChange;
        kk.householdId = QStringLiteral("H0002");
        kk.reason = QStringLiteral("KK baru setelah pindah");
        kk.details.newKkNumber = QStringLiteral("3373042001150099");
        auto created = repo.create(kOperator, kk);
        QVERIFY(created.has_value());
        QCOMPARE(created->changes.size(), 1);
        QCOMPARE(created->changes.constFirst().column, QStringLiteral("kk_number"));
        QCOMPARE(created->changes.constFirst().newValue, QStringLiteral("3373042001150099"));
        QVERIFY(!created->changes.constFirst().oldValue.isEmpty());
    }

    void twoConnectionsTwoOfficers()
    {
        Fixture f;
        QVERIFY(f.setUp());
        auto second = f.vault.open();
        QVERIFY(second.has_value());
        ProposalRepository mine = f.repo();
        ProposalRepository theirs(**second, f.clock);
        auto p = mine.create(kOperator, floorUpdate());
        QVERIFY(p.has_value());
        auto seen = theirs.get(p->id);
        QVERIFY(seen.has_value() && seen->has_value());
        Proposal edit = seen->value();
        edit.reason = QStringLiteral("Dari komputer kedua");
        QVERIFY(theirs.updateDraft(kOperator2, edit).has_value());
        Proposal late = *p;
        late.reason = QStringLiteral("Dari komputer pertama");
        auto refused = mine.updateDraft(kOperator, late);
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().code, ErrorCode::ProposalChangedMeanwhile);
        QCOMPARE(refused.error().args, (QStringList{QStringLiteral("Operator Dua"), QString::number(p->id)}));
        QCOMPARE(mine.get(p->id)->value().reason, QStringLiteral("Dari komputer kedua"));
    }

    void recoveryKeyMayNotPropose()
    {
        Fixture f;
        QVERIFY(f.setUp());
        auto refused = f.repo().create(Actor::recovery(), deceased());
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().code, ErrorCode::NotAllowedAsRecovery);
        QCOMPARE(count(*f.db, u"SELECT COUNT(*) FROM proposals"), 0);
    }

    void newHouseholdHasNoBase()
    {
        Fixture f;
        QVERIFY(f.setUp());
        Proposal p;
        p.type = ProposalType::NewHousehold;
        p.channel = Channel::WalkIn;
        p.reason = QStringLiteral("Keluarga baru datang ke kantor desa");
        p.changes = {
            {kHouseholdsTable, {}, QStringLiteral("address"), {}, QStringLiteral("JL. MELATI 3"), {}},
            {kMembersTable, {}, QStringLiteral("name"), {}, QStringLiteral("BUDI"), QStringLiteral("head")}};
        auto created = f.repo().create(kOperator, p);
        QVERIFY2(created.has_value(), created ? "" : qPrintable(describe(created.error())));
        QVERIFY(created->householdId.isEmpty());
        QVERIFY(created->bases.isEmpty());
        QCOMPARE(created->changes.size(), 2);
        QVERIFY(created->changes.constFirst().oldValue.isEmpty());
        QVERIFY(!created->isComplete());
        auto listed = f.repo().list();
        QCOMPARE(listed->size(), 1);
        QVERIFY(!listed->constFirst().rw.has_value());
        QVERIFY(listed->constFirst().headName.isEmpty());
        // Nothing to be stale about.
        QVERIFY(importFixture(*f.db, QStringLiteral("snapshot_newer.csv"), f.clock).has_value());
        QVERIFY(!f.repo().get(created->id)->value().stale);
        QVERIFY(!f.repo().get(created->id)->value().targetGone);
        // The audit entry has no household: nothing in any household's history.
        AuditLog log(*f.db);
        auto entries = log.forObject(QStringLiteral("proposal"), QString::number(created->id));
        QVERIFY(entries.has_value());
        QCOMPARE(entries->size(), 1);
        QVERIFY(entries->constFirst().householdId.isEmpty());
        QCOMPARE(entries->constFirst().args, QStringList{QStringLiteral("NEW_HOUSEHOLD")});
    }

    void staleAfterANewerSnapshot()
    {
        Fixture f;
        QVERIFY(f.setUp());
        ProposalRepository repo = f.repo();
        auto floor = repo.create(
            kOperator, floorUpdate(), {{EvidenceKind::HousePhotos, QStringLiteral("rumah.jpg"), jpeg()}});
        QVERIFY(floor.has_value());
        QCOMPARE(floor->bases, (QList<BaseVersion>{{kHouseholdsTable, QStringLiteral("H0002"), 1}}));
        QCOMPARE(floor->changes.constFirst().oldValue, QStringLiteral("2"));
        Proposal rename;
        rename.type = ProposalType::IdentityCorrection;
        rename.householdId = QStringLiteral("H0001");
        rename.personIds = {QStringLiteral("P0002")};
        rename.reason = QStringLiteral("Nama sesuai KTP");
        rename.changes = {{kMembersTable,
                           QStringLiteral("P0002"),
                           QStringLiteral("name"),
                           {},
                           QStringLiteral("SITI AMINAH H."),
                           {}}};
        auto renamed = repo.create(kOperator, rename);
        QVERIFY(renamed.has_value());
        auto untouched = repo.create(kOperator, deceased(QStringLiteral("H0001"), QStringLiteral("P0001")));
        QVERIFY(untouched.has_value());

        // The newer snapshot changes H0002's floor (2 → 6) and P0002's name; the import refreshes.
        auto newer = importFixture(*f.db, QStringLiteral("snapshot_newer.csv"), f.clock);
        QVERIFY(newer.has_value());
        QVERIFY(repo.get(floor->id)->value().stale);
        QVERIFY(repo.get(renamed->id)->value().stale);
        QVERIFY(!repo.get(untouched->id)->value().stale);
        QVERIFY(!repo.get(floor->id)->value().targetGone);
        ProposalFilter staleOnly;
        staleOnly.staleOnly = true;
        QCOMPARE(*repo.count(staleOnly), 2);

        auto side = repo.compare(floor->id);
        QVERIFY(side.has_value());
        QCOMPARE(side->size(), 1);
        QCOMPARE(side->constFirst().baseValue, QStringLiteral("2"));
        QCOMPARE(side->constFirst().currentValue, QStringLiteral("6"));
        QCOMPARE(side->constFirst().proposedValue, QStringLiteral("3"));
        QVERIFY(side->constFirst().changedSinceBase());

        auto refused = repo.transition(kOperator, floor->id, ProposalState::Ready, floor->revision);
        QCOMPARE(refused.error().code, ErrorCode::ProposalStale);
        auto confirmed = repo.reconfirm(kOperator, floor->id, floor->revision);
        QVERIFY2(confirmed.has_value(), confirmed ? "" : qPrintable(describe(confirmed.error())));
        QVERIFY(!confirmed->stale);
        QCOMPARE(confirmed->bases, (QList<BaseVersion>{{kHouseholdsTable, QStringLiteral("H0002"), 2}}));
        QCOMPARE(confirmed->changes.constFirst().oldValue, QStringLiteral("6"));
        QVERIFY(!repo.compare(floor->id)->constFirst().changedSinceBase());
        QVERIFY(auditActions(*f.db, QStringLiteral("H0002")).contains(QStringLiteral("proposal.reconfirm")));
        auto ready = repo.transition(kOperator, floor->id, ProposalState::Ready, confirmed->revision);
        QVERIFY2(ready.has_value(), ready ? "" : qPrintable(describe(ready.error())));
        // The same snapshot again changes nothing: no longer stale.
        auto refresh = repo.refreshStale();
        QVERIFY(refresh.has_value());
        QCOMPARE(refresh->stale, 1); // the rename only
        QCOMPARE(refresh->newlyStale, 0);
    }

    void aReadyProposalCanGoStaleAndBeReconfirmed()
    {
        Fixture f;
        QVERIFY(f.setUp());
        ProposalRepository repo = f.repo();
        auto p = repo.create(
            kOperator, floorUpdate(), {{EvidenceKind::HousePhotos, QStringLiteral("rumah.jpg"), jpeg()}});
        QVERIFY(p.has_value());
        auto ready = repo.transition(kOperator, p->id, ProposalState::Ready, p->revision);
        QVERIFY(ready.has_value());
        QVERIFY(importFixture(*f.db, QStringLiteral("snapshot_newer.csv"), f.clock).has_value());
        auto stale = repo.get(p->id);
        QVERIFY(stale->value().stale);
        QCOMPARE(stale->value().state, ProposalState::Ready);
        auto confirmed = repo.reconfirm(kOperator, p->id, stale->value().revision);
        QVERIFY2(confirmed.has_value(), confirmed ? "" : qPrintable(describe(confirmed.error())));
        QVERIFY(!confirmed->stale);
        QCOMPARE(confirmed->state, ProposalState::Ready);
        QCOMPARE(confirmed->changes.constFirst().oldValue, QStringLiteral("6"));
        QCOMPARE(confirmed->changes.constFirst().newValue, QStringLiteral("3"));
        // Reconfirming never rewrites what is proposed, even behind the model's back.
        QVERIFY(!f.db->execute(u"UPDATE proposal_changes SET new_value = '9'").has_value());
        // A withdrawn proposal is no longer watched or reconfirmed.
        auto withdrawn = repo.transition(kOperator,
                                         p->id,
                                         ProposalState::Withdrawn,
                                         confirmed->revision,
                                         QStringLiteral("Sudah tidak perlu"));
        QVERIFY(withdrawn.has_value());
        QCOMPARE(repo.reconfirm(kOperator, p->id, withdrawn->revision).error().code,
                 ErrorCode::ProposalNotEditable);
        QVERIFY(!f.db->execute(u"UPDATE proposal_changes SET old_value = 'x'").has_value());
    }

    void targetGoneInANewerSnapshot()
    {
        Fixture f;
        QVERIFY(f.setUp());
        ProposalRepository repo = f.repo();
        auto p = repo.create(
            kOperator, deceased(QStringLiteral("H0003"), QStringLiteral("P0006")), {deathCertificate()});
        QVERIFY(p.has_value());
        QVERIFY(importFixture(*f.db, QStringLiteral("snapshot_newer.csv"), f.clock).has_value());
        auto after = repo.get(p->id);
        QVERIFY(after->value().targetGone);
        QCOMPARE(repo.transition(kOperator, p->id, ProposalState::Ready, p->revision).error().code,
                 ErrorCode::ProposalTargetMissing);
        QCOMPARE(repo.reconfirm(kOperator, p->id, p->revision).error().code,
                 ErrorCode::ProposalTargetMissing);
        auto side = repo.compare(p->id);
        QVERIFY(side->constFirst().recordGone);
        // A new proposal against the missing household is refused in plain words.
        auto refused = repo.create(kOperator, deceased(QStringLiteral("H0003"), QStringLiteral("P0007")));
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().code, ErrorCode::ProposalTargetMissing);
        QVERIFY(describe(refused.error()).contains(QStringLiteral("H0003")));
        // It can still be withdrawn.
        QVERIFY(repo.transition(kOperator,
                                p->id,
                                ProposalState::Withdrawn,
                                p->revision,
                                QStringLiteral("Keluarga hilang"))
                    .has_value());
        // The older snapshot brings the household back.
        Proposal second = deceased(QStringLiteral("H0003"), QStringLiteral("P0006"));
        QVERIFY(importFixture(*f.db, QStringLiteral("snapshot_small.csv"), f.clock).has_value());
        QVERIFY(repo.create(kOperator, second).has_value());
    }

    void listsFiltersAndCounts()
    {
        Fixture f;
        QVERIFY(f.setUp());
        ProposalRepository repo = f.repo();
        auto a = repo.create(kOperator, deceased(), {deathCertificate()}); // H0001, RW 1 RT 2
        f.clock.advanceSeconds(1);
        auto b = repo.create(kOperator2, floorUpdate()); // H0002, RW 1 RT 3
        f.clock.advanceSeconds(1);
        auto c =
            repo.create(kOperator2, deceased(QStringLiteral("H0003"), QStringLiteral("P0006"))); // RW 2 RT 1
        QVERIFY(a && b && c);
        QVERIFY(repo.transition(kOperator, a->id, ProposalState::Ready, a->revision).has_value());

        auto all = repo.list();
        QVERIFY(all.has_value());
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).id, c->id); // newest change first
        QCOMPARE(all->at(2).id, b->id);
        QCOMPARE(all->at(1).headName, QStringLiteral("SUTRISNO"));
        QCOMPARE(all->at(1).evidenceCount, 1);
        QCOMPARE(all->at(1).rw, std::optional<int>(1));
        QCOMPARE(all->at(1).rt, std::optional<int>(2));

        ProposalFilter filter;
        filter.state = ProposalState::Ready;
        QCOMPARE(*repo.count(filter), 1);
        filter = {};
        filter.type = ProposalType::MemberDeceased;
        QCOMPARE(*repo.count(filter), 2);
        filter = {};
        filter.rw = 1;
        QCOMPARE(*repo.count(filter), 2);
        filter.rt = 3;
        QCOMPARE(repo.list(filter)->constFirst().id, b->id);
        filter = {};
        filter.officerId = QStringLiteral("op-2");
        QCOMPARE(*repo.count(filter), 2);
        auto counts = repo.countsByState(filter);
        QCOMPARE(counts->value(ProposalState::Draft), 2);
        QCOMPARE(counts->value(ProposalState::Ready), 0);
        auto allCounts = repo.countsByState();
        QCOMPARE(allCounts->value(ProposalState::Draft), 2);
        QCOMPARE(allCounts->value(ProposalState::Ready), 1);
        auto household = repo.forHousehold(QStringLiteral("H0001"));
        QCOMPARE(household->size(), 1);
        QCOMPARE(household->constFirst().state, ProposalState::Ready);
        QVERIFY(repo.forHousehold(QStringLiteral("H9999"))->isEmpty());
        ProposalSort byPlace{ProposalSort::Key::Place, false};
        auto sorted = repo.list({}, 0, -1, byPlace);
        QCOMPARE(sorted->constFirst().id, a->id);
        QCOMPARE(sorted->constLast().id, c->id);
        QCOMPARE(repo.list({}, 1, 1)->constFirst().id, a->id);
    }

    void listModelPagesSortsAndFilters()
    {
        Fixture f;
        QVERIFY(f.setUp());
        ProposalRepository repo = f.repo();
        for (int i = 0; i < ProposalListModel::kPageSize + 10; ++i) {
            f.clock.advanceSeconds(1);
            QVERIFY(repo.create(i % 2 == 0 ? kOperator : kOperator2, i % 3 == 0 ? floorUpdate() : deceased())
                        .has_value());
        }
        ProposalListModel model(*f.db);
        QVERIFY(!model.lastError().has_value());
        QCOMPARE(model.totalCount(), ProposalListModel::kPageSize + 10);
        QCOMPARE(model.rowCount(), ProposalListModel::kPageSize);
        QCOMPARE(model.columnCount(), int(ProposalListModel::ColumnCount));
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), ProposalListModel::kPageSize + 10);
        QVERIFY(!model.canFetchMore({}));
        // Newest first by default.
        QCOMPARE(model.proposalIdAt(0), ProposalListModel::kPageSize + 10);
        const QModelIndex type = model.index(0, ProposalListModel::TypeColumn);
        QCOMPARE(model.data(type, ProposalListModel::TypeCodeRole).toString(),
                 QStringLiteral("MEMBER_DECEASED"));
        QCOMPARE(model.data(type).toString(), ProposalTypeText::label(ProposalType::MemberDeceased));
        QCOMPARE(model.data(model.index(0, ProposalListModel::StateColumn), ProposalListModel::StateCodeRole)
                     .toString(),
                 QStringLiteral("draft"));
        QCOMPARE(model.data(model.index(0, ProposalListModel::HouseholdColumn)).toString(),
                 QStringLiteral("SUTRISNO"));
        QCOMPARE(model.data(model.index(0, ProposalListModel::PlaceColumn)).toString(),
                 QStringLiteral("RT 002 / RW 001"));
        QCOMPARE(model.headerData(ProposalListModel::ReasonColumn, Qt::Horizontal).toString(),
                 ProposalListModel::tr("Reason"));
        QCOMPARE(model.stateCounts().value(ProposalState::Draft), ProposalListModel::kPageSize + 10);

        model.sort(ProposalListModel::NumberColumn, Qt::AscendingOrder);
        QCOMPARE(model.proposalIdAt(0), 1);
        QCOMPARE(model.rowOf(2), 1);

        QSignalSpy totals(&model, &ProposalListModel::totalCountChanged);
        ProposalFilter filter;
        filter.type = ProposalType::DataUpdate;
        QVERIFY(model.setFilter(filter).has_value());
        QCOMPARE(model.totalCount(), 70);
        QCOMPARE(totals.count(), 1);
        QCOMPARE(model.data(model.index(0, 0), ProposalListModel::HouseholdIdRole).toString(),
                 QStringLiteral("H0002"));
        filter.officerId = QStringLiteral("nobody");
        QVERIFY(model.setFilter(filter).has_value());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void crashWhileSavingLeavesAllOrNothing_data()
    {
        QTest::addColumn<QString>("crashAt");
        // Without a crash point the same child saves: proof that the test can see a proposal.
        QTest::newRow("no-crash") << QString();
        QTest::newRow("after-proposal-row") << QStringLiteral("proposal.create");
        QTest::newRow("after-first-evidence") << QStringLiteral("proposal.evidence");
        QTest::newRow("before-commit") << QStringLiteral("proposal.commit");
    }

    void crashWhileSavingLeavesAllOrNothing()
    {
        QFETCH(QString, crashAt);
        QTemporaryDir dir;
        test::ScratchVault vault(dir.filePath(QStringLiteral("v.db")));
        {
            auto db = vault.create();
            QVERIFY(db.has_value());
            test::FakeClock clock;
            QVERIFY(importFixture(**db, QStringLiteral("snapshot_small.csv"), clock).has_value());
        }
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!crashAt.isEmpty()) {
            env.insert(QStringLiteral("VERDES_CRASH_AT"), crashAt);
        }
        child.setProcessEnvironment(env);
        child.start(QStringLiteral(VERDES_PROPOSAL_CHILD), {vault.path(), vault.keyHex()});
        QVERIFY(child.waitForFinished(60000));
        if (crashAt.isEmpty()) {
            QCOMPARE(child.exitStatus(), QProcess::NormalExit);
            QCOMPARE(child.exitCode(), 0);
        } else {
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        }
        auto db = vault.open();
        QVERIFY2(db.has_value(), db ? "" : qPrintable(db.error().detail));
        auto problems = (*db)->fullCheck();
        QVERIFY(problems.has_value());
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
        const qint64 expected = crashAt.isEmpty() ? 1 : 0;
        QCOMPARE(count(**db, u"SELECT COUNT(*) FROM proposals"), expected);
        QCOMPARE(count(**db, u"SELECT COUNT(*) FROM proposal_changes"), 2 * expected);
        QCOMPARE(count(**db, u"SELECT COUNT(*) FROM proposal_bases"), expected);
        QCOMPARE(count(**db, u"SELECT COUNT(*) FROM evidence"), 2 * expected);
        QCOMPARE(count(**db, u"SELECT COUNT(*) FROM evidence_content"), 2 * expected);
        QCOMPARE(count(**db, u"SELECT COUNT(*) FROM audit_log"), 3 * expected);
        AuditLog log(**db);
        auto verified = log.verify();
        QVERIFY(verified.has_value());
        QVERIFY(verified->intact());
        if (expected == 1) {
            ProposalRepository repo(**db);
            auto p = repo.get(1);
            QVERIFY(p->has_value());
            QCOMPARE(p->value().evidence.size(), 2);
            for (const EvidenceInfo &e : p->value().evidence) {
                QCOMPARE(e.size, 100 * 1024);
                QCOMPARE(EvidenceCheck::sha256Hex(*repo.evidenceBytes(e.id)), e.sha256);
            }
        }
    }

private:
    std::unique_ptr<Fixture> m_matrix;
};

QTEST_GUILESS_MAIN(TestProposalRepository)
#include "tst_ProposalRepository.moc"
