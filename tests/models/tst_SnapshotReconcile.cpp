// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// What a new snapshot means for the village's proposals (issue 14 §2), in a real encrypted vault
// with real CSV imports: approved proposals reflected or not (per type), pending ones rebased, in
// conflict or without their target, a re-import that changes nothing, and the resolution of a
// conflict (keep, take, withdraw) with its audit entries and its refusals.
#include "models/core/Error.h"
#include "models/io/CsvReader.h"
#include "models/io/SnapshotImporter.h"
#include "models/proposals/ProposalRepository.h"
#include "models/proposals/ReconcileRepository.h"
#include "models/vault/Database.h"
#include "models/vault/Statement.h"
#include "tests/support/FakeClock.h"
#include "tests/support/ScratchVault.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace verdes;

namespace {

const Actor kOperator{QStringLiteral("op-1"), QStringLiteral("Operator Satu"), Role::Operator, false};
const Actor kViewer{QStringLiteral("view-1"), QStringLiteral("Pengamat"), Role::Viewer, false};

QByteArray jpeg()
{
    QByteArray bytes(64, 'A');
    bytes[0] = '\xFF';
    bytes[1] = '\xD8';
    bytes[2] = '\xFF';
    return bytes;
}

qint64 count(Database &db, const QString &sql)
{
    auto n = db.queryInt(sql);
    return n ? *n : -1;
}

Proposal deceased(const QString &household, const QString &person)
{
    Proposal p;
    p.type = ProposalType::MemberDeceased;
    p.householdId = household;
    p.personIds = {person};
    p.reason = QStringLiteral("Meninggal menurut ketua RT");
    p.details.eventDate = QDate(2026, 10, 1);
    return p;
}

Proposal update(const QString &table,
                const QString &household,
                const QString &record,
                const QList<QPair<QString, QString>> &values)
{
    Proposal p;
    p.type = table == kMembersTable ? ProposalType::IdentityCorrection : ProposalType::DataUpdate;
    p.householdId = household;
    if (table == kMembersTable) {
        p.personIds = {record};
    }
    p.reason = QStringLiteral("Sesuai keadaan");
    for (const auto &value : values) {
        p.changes.append({table, record, value.first, {}, value.second, {}});
    }
    return p;
}

Proposal newMember()
{
    Proposal p;
    p.type = ProposalType::NewMember;
    p.householdId = QStringLiteral("H0002");
    p.reason = QStringLiteral("Lahir");
    p.details.eventDate = QDate(2020, 12, 5);
    const QString key = QStringLiteral("member1");
    p.changes = {{kMembersTable, {}, QStringLiteral("name"), {}, QStringLiteral("Bayu Pratama"), key},
                 {kMembersTable, {}, QStringLiteral("nik"), {}, QStringLiteral("3373040512200011"), key},
                 {kMembersTable, {}, QStringLiteral("birth_date"), {}, QStringLiteral("2020-12-05"), key}};
    return p;
}

// What a refusal must leave as it was.
bool unchanged(const Proposal &a, const Proposal &b)
{
    return a.revision == b.revision && a.state == b.state && a.changes == b.changes && a.bases == b.bases
           && a.snapshotOutcome == b.snapshotOutcome && a.stale == b.stale && a.targetGone == b.targetGone;
}

struct Fixture
{
    QTemporaryDir dir;
    test::ScratchVault vault{dir.filePath(QStringLiteral("v.db"))};
    std::unique_ptr<Database> db;
    test::FakeClock clock;

    Result<ImportReport> import(const QString &name)
    {
        ValidationContext c;
        c.today = QDate(2026, 11, 23);
        c.villageCode = QStringLiteral("3373041001");
        CsvReader reader(test::testDataPath(QStringLiteral("csv/") + name));
        ImportOptions options;
        options.actor = kOperator;
        options.officerId = kOperator.officerId;
        return SnapshotImporter(*db, c, clock).run(reader, options);
    }

    bool setUp()
    {
        auto created = vault.create();
        if (!created) {
            return false;
        }
        db = std::move(created).value();
        return import(QStringLiteral("snapshot_small.csv")).has_value();
    }

    ProposalRepository repo() { return ProposalRepository(*db, clock); }

    ReconcileRepository reconciler() { return ReconcileRepository(*db, clock); }

    qint64 create(const Proposal &p, const QList<NewEvidence> &evidence = {})
    {
        auto made = repo().create(kOperator, p, evidence);
        if (!made) {
            qWarning("create failed: %s", qPrintable(describe(made.error())));
            return 0;
        }
        return made->id;
    }

    // Behind the model's back: the district approved it (the verdict inbox is tested elsewhere).
    bool setState(qint64 id, ProposalState state)
    {
        Statement st(*db, u"UPDATE proposals SET state = :state WHERE proposal_id = :id");
        st.bind(u":state", proposalStateCode(state));
        st.bind(u":id", id);
        return st.run().has_value();
    }

    Proposal get(qint64 id) { return repo().get(id)->value(); }

    qint64 audits(const QString &action)
    {
        return count(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = '%1'").arg(action));
    }
};

} // namespace

class TestSnapshotReconcile : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void approvedAreReflectedOrFlagged()
    {
        Fixture f;
        QVERIFY(f.setUp());
        const qint64 died = f.create(deceased(QStringLiteral("H0001"), QStringLiteral("P0004")));
        const qint64 stillAlive = f.create(deceased(QStringLiteral("H0001"), QStringLiteral("P0001")));
        const qint64 floor = f.create(update(kHouseholdsTable,
                                             QStringLiteral("H0002"),
                                             QStringLiteral("H0002"),
                                             {{QStringLiteral("floor"), QStringLiteral("3")}}));
        const qint64 rename = f.create(update(kMembersTable,
                                              QStringLiteral("H0001"),
                                              QStringLiteral("P0003"),
                                              {{QStringLiteral("name"), QStringLiteral("MUHAMMAD RIZKY")}}));
        const qint64 born = f.create(newMember());
        Proposal otherNew = newMember();
        otherNew.changes[1].newValue = QStringLiteral("3373040512200099");
        const qint64 notBorn = f.create(otherNew);
        Proposal objection;
        objection.type = ProposalType::Objection;
        objection.householdId = QStringLiteral("H0002");
        objection.reason = QStringLiteral("Mampu");
        const qint64 unseen = f.create(objection);
        for (const qint64 id : {died, stillAlive, floor, rename, born, notBorn, unseen}) {
            QVERIFY(id > 0);
            QVERIFY(f.setState(id, ProposalState::Approved));
        }
        QVERIFY(f.setState(floor, ProposalState::Forwarded));

        auto report = f.import(QStringLiteral("snapshot_reflects.csv"));
        QVERIFY2(report.has_value(), report ? "" : qPrintable(describe(report.error())));
        QVERIFY(report->imported);
        QCOMPARE(report->proposals.reflected, 3);
        QCOMPARE(report->proposals.notReflected, 3);
        QVERIFY(report->proposals.needsAttention());
        QCOMPARE(f.get(died).state, ProposalState::Reflected);
        QCOMPARE(f.get(floor).state, ProposalState::Reflected);
        QCOMPARE(f.get(born).state, ProposalState::Reflected);
        QCOMPARE(f.get(stillAlive).state, ProposalState::NotReflected);
        QCOMPARE(f.get(rename).state, ProposalState::NotReflected);
        QCOMPARE(f.get(notBorn).state, ProposalState::NotReflected);
        QCOMPARE(f.get(rename).snapshotOutcome, SnapshotOutcome::NotReflected);
        // The snapshot cannot show an objection: it stays approved.
        QCOMPARE(f.get(unseen).state, ProposalState::Approved);
        QCOMPARE(f.get(unseen).snapshotOutcome, SnapshotOutcome::None);
        // Flagged in the list, moved by the system with the import's number, audited.
        ProposalFilter flagged;
        flagged.snapshotOutcome = SnapshotOutcome::NotReflected;
        QCOMPARE(*f.repo().count(flagged), 3);
        const auto history = f.repo().history(rename).value();
        QCOMPARE(history.constLast().from, ProposalState::Approved);
        QCOMPARE(history.constLast().to, ProposalState::NotReflected);
        QCOMPARE(history.constLast().note, QStringLiteral("import %1").arg(report->importId));
        QCOMPARE(f.audits(QStringLiteral("proposal.transition")), 6);

        // A flagged one can be proposed again: a new draft with the same change.
        ReconcileRepository reconciler = f.reconciler();
        QCOMPARE(reconciler.proposeAgain(kViewer, rename).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(reconciler.proposeAgain(kOperator, died).error().code, ErrorCode::ProposalNotEditable);
        auto again = reconciler.proposeAgain(kOperator, rename);
        QVERIFY2(again.has_value(), again ? "" : qPrintable(describe(again.error())));
        const Proposal copy = f.get(*again);
        QCOMPARE(copy.state, ProposalState::Draft);
        QCOMPARE(copy.changes.constFirst().newValue, QStringLiteral("MUHAMMAD RIZKY"));
        QCOMPARE(f.get(rename).state, ProposalState::NotReflected);

        // The same snapshot again changes no classification and writes no entry.
        const qint64 entries = count(*f.db, QStringLiteral("SELECT count(*) FROM audit_log"));
        auto reimport = f.import(QStringLiteral("snapshot_reflects.csv"));
        QVERIFY(reimport.has_value());
        QCOMPARE(reimport->proposals.reflected, 0);
        QCOMPARE(reimport->proposals.notReflected, 3);
        QCOMPARE(count(*f.db, QStringLiteral("SELECT count(*) FROM audit_log")), entries + 1); // the import
        QCOMPARE(f.get(rename).state, ProposalState::NotReflected);
        QCOMPARE(f.get(died).state, ProposalState::Reflected);

        // A later snapshot may show what an earlier one did not.
        QVERIFY(f.import(QStringLiteral("snapshot_small.csv")).has_value());
        QCOMPARE(f.get(stillAlive).state, ProposalState::NotReflected);
        QCOMPARE(f.get(died).state, ProposalState::Reflected); // reflected stays reflected
    }

    void pendingAreRebasedOrInConflict()
    {
        Fixture f;
        QVERIFY(f.setUp());
        // P0002's name changes in the snapshot, and so does H0001's address (not its floor).
        const qint64 rename = f.create(update(kMembersTable,
                                              QStringLiteral("H0001"),
                                              QStringLiteral("P0002"),
                                              {{QStringLiteral("name"), QStringLiteral("SITI AMINAH H.")}}));
        const qint64 parallel = f.create(update(kHouseholdsTable,
                                                QStringLiteral("H0001"),
                                                QStringLiteral("H0001"),
                                                {{QStringLiteral("floor"), QStringLiteral("5")}}));
        const qint64 gone = f.create(deceased(QStringLiteral("H0003"), QStringLiteral("P0006")));
        const qint64 quiet = f.create(update(kMembersTable,
                                             QStringLiteral("H0001"),
                                             QStringLiteral("P0003"),
                                             {{QStringLiteral("name"), QStringLiteral("MUHAMMAD RIZKY")}}));
        QVERIFY(rename > 0 && parallel > 0 && gone > 0 && quiet > 0);
        QVERIFY(f.setState(parallel, ProposalState::OnAgenda));
        const Proposal before = f.get(parallel);

        auto report = f.import(QStringLiteral("snapshot_reflects.csv"));
        QVERIFY2(report.has_value(), report ? "" : qPrintable(describe(report.error())));
        QCOMPARE(report->proposals.rebased, 1);
        QCOMPARE(report->proposals.conflicts, 1);
        QCOMPARE(report->proposals.targetGone, 1);
        QCOMPARE(report->proposals.reflected + report->proposals.notReflected, 0);

        const Proposal rebased = f.get(parallel);
        QCOMPARE(rebased.snapshotOutcome, SnapshotOutcome::Rebased);
        QVERIFY(!rebased.stale);
        QCOMPARE(rebased.state, ProposalState::OnAgenda);
        QCOMPARE(rebased.changes, before.changes); // proposed (and old) values untouched
        QCOMPARE(rebased.bases.constFirst().version, before.bases.constFirst().version + 1);

        const Proposal conflict = f.get(rename);
        QCOMPARE(conflict.snapshotOutcome, SnapshotOutcome::Conflict);
        QVERIFY(conflict.stale);
        auto fields = f.reconciler().conflicts(rename);
        QVERIFY(fields.has_value());
        QCOMPARE(fields->size(), 1);
        QCOMPARE(fields->constFirst().baseValue, QStringLiteral("SITI AMINAH"));
        QCOMPARE(fields->constFirst().snapshotValue, QStringLiteral("SITI AMINAH HARAHAP"));
        QCOMPARE(fields->constFirst().proposedValue, QStringLiteral("SITI AMINAH H."));
        QCOMPARE(f.get(gone).snapshotOutcome, SnapshotOutcome::TargetGone);
        QCOMPARE(f.get(quiet).snapshotOutcome, SnapshotOutcome::None);
        QCOMPARE(f.audits(QStringLiteral("proposal.snapshot")), 3);

        // Re-importing the same file changes no classification and writes nothing about them.
        const qint64 revision = f.get(rename).revision;
        auto again = f.import(QStringLiteral("snapshot_reflects.csv"));
        QVERIFY(again.has_value());
        QCOMPARE(again->proposals.rebased, 0);
        QCOMPARE(again->proposals.conflicts, 1);
        QCOMPARE(again->proposals.targetGone, 1);
        QCOMPARE(f.audits(QStringLiteral("proposal.snapshot")), 3);
        QCOMPARE(f.get(rename).revision, revision);
        QCOMPARE(f.get(parallel).snapshotOutcome, SnapshotOutcome::Rebased);
        ProposalFilter conflicts;
        conflicts.snapshotOutcome = SnapshotOutcome::Conflict;
        QCOMPARE(*f.repo().count(conflicts), 1);
    }

    void keepingTheProposedValue()
    {
        Fixture f;
        QVERIFY(f.setUp());
        const qint64 id = f.create(update(kMembersTable,
                                          QStringLiteral("H0001"),
                                          QStringLiteral("P0002"),
                                          {{QStringLiteral("name"), QStringLiteral("SITI AMINAH H.")}}),
                                   {{EvidenceKind::Ktp, QStringLiteral("ktp.jpg"), jpeg()},
                                    {EvidenceKind::Kk, QStringLiteral("kk.jpg"), jpeg()}});
        QVERIFY(f.import(QStringLiteral("snapshot_reflects.csv")).has_value());
        const Proposal conflict = f.get(id);
        ReconcileRepository reconciler = f.reconciler();
        const qint64 entries = count(*f.db, QStringLiteral("SELECT count(*) FROM audit_log"));

        // Refusals leave everything as it was.
        QCOMPARE(reconciler.resolve(kOperator, id, conflict.revision, {}).error().code,
                 ErrorCode::ProposalConflictUnresolved);
        QCOMPARE(reconciler.resolve(kViewer, id, conflict.revision, {{0, ConflictChoice::KeepProposed}})
                     .error()
                     .code,
                 ErrorCode::PermissionDenied);
        QCOMPARE(reconciler.resolve(kOperator, id, conflict.revision - 1, {{0, ConflictChoice::KeepProposed}})
                     .error()
                     .code,
                 ErrorCode::ProposalChangedMeanwhile);
        QVERIFY(unchanged(f.get(id), conflict));
        QCOMPARE(count(*f.db, QStringLiteral("SELECT count(*) FROM audit_log")), entries);

        auto kept = reconciler.resolve(kOperator, id, conflict.revision, {{0, ConflictChoice::KeepProposed}});
        QVERIFY2(kept.has_value(), kept ? "" : qPrintable(describe(kept.error())));
        QCOMPARE(kept->snapshotOutcome, SnapshotOutcome::None);
        QVERIFY(!kept->stale);
        QCOMPARE(kept->changes.constFirst().oldValue, QStringLiteral("SITI AMINAH HARAHAP"));
        QCOMPARE(kept->changes.constFirst().newValue, QStringLiteral("SITI AMINAH H."));
        QCOMPARE(f.audits(QStringLiteral("proposal.resolve")), 1);
        Statement who(*f.db, u"SELECT officer_id FROM audit_log WHERE action = 'proposal.resolve'");
        auto found = who.step();
        QVERIFY(found.has_value() && found.value());
        QCOMPARE(who.text(0), kOperator.officerId);
        // Settled: nothing left to resolve, and it may go ahead.
        QCOMPARE(reconciler.resolve(kOperator, id, kept->revision, {}).error().code,
                 ErrorCode::ProposalNoConflict);
        auto ready = f.repo().transition(kOperator, id, ProposalState::Ready, kept->revision);
        QVERIFY2(ready.has_value(), ready ? "" : qPrintable(describe(ready.error())));
    }

    void takingTheSnapshotValue()
    {
        Fixture f;
        QVERIFY(f.setUp());
        // Floor and wall of H0002: the snapshot changes the floor (2 → 3), not the wall.
        const qint64 both = f.create(update(kHouseholdsTable,
                                            QStringLiteral("H0002"),
                                            QStringLiteral("H0002"),
                                            {{QStringLiteral("floor"), QStringLiteral("4")},
                                             {QStringLiteral("wall"), QStringLiteral("1")}}),
                                     {{EvidenceKind::HousePhotos, QStringLiteral("rumah.jpg"), jpeg()}});
        const qint64 only = f.create(update(kMembersTable,
                                            QStringLiteral("H0001"),
                                            QStringLiteral("P0002"),
                                            {{QStringLiteral("name"), QStringLiteral("SITI AMINAH H.")}}));
        const qint64 agenda = f.create(update(kMembersTable,
                                              QStringLiteral("H0001"),
                                              QStringLiteral("P0002"),
                                              {{QStringLiteral("name"), QStringLiteral("SITI A.")}}));
        auto ready = f.repo().transition(kOperator, both, ProposalState::Ready, f.get(both).revision);
        QVERIFY2(ready.has_value(), ready ? "" : qPrintable(describe(ready.error())));
        QVERIFY(f.setState(agenda, ProposalState::OnAgenda));
        QVERIFY(f.import(QStringLiteral("snapshot_reflects.csv")).has_value());
        ReconcileRepository reconciler = f.reconciler();

        // Taking the snapshot's floor drops that change; the proposal goes back to draft with the wall.
        auto fields = reconciler.conflicts(both);
        QCOMPARE(fields->size(), 1);
        QCOMPARE(fields->constFirst().column, QStringLiteral("floor"));
        auto taken = reconciler.resolve(kOperator,
                                        both,
                                        f.get(both).revision,
                                        {{fields->constFirst().ordinal, ConflictChoice::TakeSnapshot}});
        QVERIFY2(taken.has_value(), taken ? "" : qPrintable(describe(taken.error())));
        QCOMPARE(taken->state, ProposalState::Draft);
        QCOMPARE(taken->changes.size(), 1);
        QCOMPARE(taken->changes.constFirst().column, QStringLiteral("wall"));
        QCOMPARE(taken->changes.constFirst().newValue, QStringLiteral("1"));
        QVERIFY(!taken->stale);
        QCOMPARE(f.repo().history(both)->constLast().to, ProposalState::Draft);

        // Nothing left: withdrawn, never silently.
        auto emptied = reconciler.resolve(kOperator,
                                          only,
                                          f.get(only).revision,
                                          {{0, ConflictChoice::TakeSnapshot}},
                                          QStringLiteral("Nama sudah benar di DTSEN"));
        QVERIFY(emptied.has_value());
        QCOMPARE(emptied->state, ProposalState::Withdrawn);
        QCOMPARE(f.repo().history(only)->constLast().note, QStringLiteral("Nama sudah benar di DTSEN"));
        QCOMPARE(f.audits(QStringLiteral("proposal.resolve")), 2);

        // On a meeting's agenda the meeting decides: dropping is refused, keeping works.
        const Proposal onAgenda = f.get(agenda);
        QCOMPARE(reconciler.resolve(kOperator, agenda, onAgenda.revision, {{0, ConflictChoice::TakeSnapshot}})
                     .error()
                     .code,
                 ErrorCode::ProposalNotEditable);
        QVERIFY(unchanged(f.get(agenda), onAgenda));
        auto kept =
            reconciler.resolve(kOperator, agenda, onAgenda.revision, {{0, ConflictChoice::KeepProposed}});
        QVERIFY(kept.has_value());
        QCOMPARE(kept->state, ProposalState::OnAgenda);
    }

    void withdrawingWhenTheTargetIsGone()
    {
        Fixture f;
        QVERIFY(f.setUp());
        const qint64 id = f.create(deceased(QStringLiteral("H0003"), QStringLiteral("P0006")));
        QVERIFY(f.import(QStringLiteral("snapshot_reflects.csv")).has_value());
        const Proposal gone = f.get(id);
        QCOMPARE(gone.snapshotOutcome, SnapshotOutcome::TargetGone);
        ReconcileRepository reconciler = f.reconciler();
        QCOMPARE(reconciler.withdrawGone(kOperator, id, gone.revision, {}).error().code,
                 ErrorCode::ProposalNoteRequired);
        QCOMPARE(reconciler.withdrawGone(kViewer, id, gone.revision, QStringLiteral("x")).error().code,
                 ErrorCode::PermissionDenied);
        QVERIFY(unchanged(f.get(id), gone));
        // It stays blocked until someone withdraws it.
        QCOMPARE(f.repo().transition(kOperator, id, ProposalState::Ready, gone.revision).error().code,
                 ErrorCode::ProposalTargetMissing);
        auto withdrawn =
            reconciler.withdrawGone(kOperator, id, gone.revision, QStringLiteral("Keluarga pindah"));
        QVERIFY2(withdrawn.has_value(), withdrawn ? "" : qPrintable(describe(withdrawn.error())));
        QCOMPARE(withdrawn->state, ProposalState::Withdrawn);
        QCOMPARE(withdrawn->snapshotOutcome, SnapshotOutcome::None);
        QCOMPARE(f.audits(QStringLiteral("proposal.transition")), 1);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotReconcile)
#include "tst_SnapshotReconcile.moc"
