// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The audit trail: a hash chain that grows with every change, commits or rolls back with it, is
// refused UPDATE and DELETE by the schema, and names the first entry that was edited, removed or
// forged behind the application's back. Also its plain-words sentences (AuditText).

#include "models/audit/AuditText.h"
#include "models/audit/NikReveal.h"
#include "models/core/Error.h"
#include "models/jobs/AuditVerifyJob.h"
#include "models/vault/AuditHead.h"
#include "models/vault/AuditLog.h"
#include "models/vault/Database.h"
#include "models/vault/HeadWatermark.h"
#include "models/vault/StateDigest.h"
#include "models/vault/Statement.h"
#include "models/vault/Transaction.h"
#include "tests/support/FakeClock.h"
#include "tests/support/RecordingProgress.h"
#include "tests/support/ScratchVault.h"
#include "tests/support/TempVault.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace verdes;

Q_DECLARE_METATYPE(verdes::Actor)
Q_DECLARE_METATYPE(verdes::ErrorCode)

namespace {

Actor operatorActor()
{
    return Actor{QStringLiteral("officer-1"), QStringLiteral("Siti Rahma"), Role::Operator, false};
}

AuditRecord record(int i, const QString &household = {})
{
    return AuditRecord{QStringLiteral("household.reveal"),
                       QStringLiteral("household"),
                       QStringLiteral("HH%1").arg(i),
                       household,
                       {QStringLiteral("arg %1").arg(i), QStringLiteral("ünïcode ✓")}};
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Database> freshDatabase()
    {
        test::ScratchVault scratch(m_dir.filePath(QStringLiteral("v%1.db").arg(++m_counter)));
        auto db = scratch.create();
        if (!db) {
            qWarning() << db.error().detail;
            return nullptr;
        }
        return std::move(db).value();
    }

    // `n` entries appended one transaction each, a second apart.
    static bool fill(Database &db, test::FakeClock &clock, int n)
    {
        AuditLog log(db, clock);
        for (int i = 1; i <= n; ++i) {
            Transaction tx(db);
            if (!tx.begin()
                || !log.append(operatorActor(), record(i, i % 2 == 0 ? QStringLiteral("HH-even") : QString()))
                || !tx.commit()) {
                return false;
            }
            clock.advanceSeconds(1);
        }
        return true;
    }

    static void dropTriggers(Database &db)
    {
        QVERIFY(db.execute(u"DROP TRIGGER audit_log_no_update").has_value());
        QVERIFY(db.execute(u"DROP TRIGGER audit_log_no_delete").has_value());
        QVERIFY(db.execute(u"DROP TRIGGER audit_log_no_replace").has_value());
    }

private Q_SLOTS:

    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void chainGrowsAndVerifies_data()
    {
        QTest::addColumn<int>("entries");
        QTest::newRow("empty") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("two") << 2;
        QTest::newRow("past-a-progress-step") << 700;
    }

    void chainGrowsAndVerifies()
    {
        QFETCH(int, entries);
        auto db = freshDatabase();
        QVERIFY(db);
        test::FakeClock clock;
        QVERIFY(fill(*db, clock, entries));
        AuditLog log(*db, clock);
        QCOMPARE(log.count().value(), qint64(entries));
        auto verified = log.verify();
        QVERIFY(verified.has_value());
        QVERIFY(verified->intact());
        QCOMPARE(verified->entries, qint64(entries));
        auto recent = log.recent(entries + 5);
        QVERIFY(recent.has_value());
        QCOMPARE(recent->size(), qsizetype(entries));
        // Newest first; each entry carries the hash of the one before it.
        for (qsizetype i = 0; i + 1 < recent->size(); ++i) {
            QCOMPARE(recent->at(i).seq, recent->at(i + 1).seq + 1);
            QCOMPARE(recent->at(i).prevHash, recent->at(i + 1).hash);
            QCOMPARE(recent->at(i).hash, AuditLog::hashEntry(recent->at(i)));
        }
        if (entries > 0) {
            QCOMPARE(recent->last().seq, qint64(1));
            QCOMPARE(recent->last().prevHash, AuditLog::genesisHash());
            QCOMPARE(recent->first().officerName, QStringLiteral("Siti Rahma"));
            QCOMPARE(recent->first().role, QStringLiteral("operator"));
            QCOMPARE(recent->first().args,
                     (QStringList{QStringLiteral("arg %1").arg(entries), QStringLiteral("ünïcode ✓")}));
            QCOMPARE(recent->first().at, clock.now().addSecs(-1));
        }
    }

    void appendInsideARolledBackTransactionLeavesNothing()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        test::FakeClock clock;
        QVERIFY(fill(*db, clock, 2));
        AuditLog log(*db, clock);
        {
            Transaction tx(*db);
            QVERIFY(tx.begin().has_value());
            auto seq = log.append(operatorActor(), record(3));
            QVERIFY(seq.has_value());
            QCOMPARE(*seq, qint64(3));
            // Written when the transaction commits, with the state it leaves.
            QCOMPARE(log.count().value(), qint64(2));
            tx.rollback();
        }
        QCOMPARE(log.count().value(), qint64(2));
        // ...and the next entry takes the free number and links to entry 2.
        {
            Transaction tx(*db);
            QVERIFY(tx.begin().has_value());
            QCOMPARE(log.append(operatorActor(), record(4)).value(), qint64(3));
            QVERIFY(tx.commit().has_value());
        }
        {
            // A transaction abandoned without commit rolls back too.
            Transaction tx(*db);
            QVERIFY(tx.begin().has_value());
            QVERIFY(log.append(operatorActor(), record(5)).has_value());
        }
        QCOMPARE(log.count().value(), qint64(3));
        QVERIFY(log.verify()->intact());
    }

    void appendAloneCommitsItsOwnTransaction()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        test::FakeClock clock;
        QVERIFY(fill(*db, clock, 1));
        AuditLog log(*db, clock);
        QCOMPARE(log.appendAlone(operatorActor(), record(2)).value(), qint64(2));
        QCOMPARE(log.count().value(), qint64(2));
        {
            // Inside another transaction it refuses (SQLite has no nested BEGIN) and adds nothing.
            Transaction tx(*db);
            QVERIFY(tx.begin().has_value());
            QVERIFY(!log.appendAlone(operatorActor(), record(3)).has_value());
            tx.rollback();
        }
        QCOMPARE(log.count().value(), qint64(2));
        QVERIFY(log.verify()->intact());
    }

    void sqlUpdateAndDeleteAreRefused_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("update-summary") << QStringLiteral("UPDATE audit_log SET summary = 'x' WHERE seq = 2");
        QTest::newRow("update-hash") << QStringLiteral("UPDATE audit_log SET hash = zeroblob(32)");
        QTest::newRow("update-officer") << QStringLiteral("UPDATE audit_log SET officer_name = 'Orang Lain'");
        QTest::newRow("delete-one") << QStringLiteral("DELETE FROM audit_log WHERE seq = 2");
        QTest::newRow("delete-all") << QStringLiteral("DELETE FROM audit_log");
        QTest::newRow("insert-or-ignore-taken-number") << QStringLiteral(
            "INSERT OR IGNORE INTO audit_log SELECT seq, at, officer_id, 'X', role, action, object_type, "
            "object_id, household_id, summary, prev_hash, hash FROM audit_log WHERE seq = 1");
        QTest::newRow("replace") << QStringLiteral(
            "INSERT OR REPLACE INTO audit_log SELECT seq, at, officer_id, 'X', role, action, object_type, "
            "object_id, household_id, summary, prev_hash, hash FROM audit_log WHERE seq = 1");
    }

    void sqlUpdateAndDeleteAreRefused()
    {
        QFETCH(QString, sql);
        auto db = freshDatabase();
        QVERIFY(db);
        test::FakeClock clock;
        QVERIFY(fill(*db, clock, 3));
        const auto result = db->execute(sql);
        QVERIFY(!result.has_value());
        AuditLog log(*db, clock);
        QCOMPARE(log.count().value(), qint64(3));
        QVERIFY(log.verify()->intact());
    }

    void tamperingIsFound_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qint64>("firstBroken");
        QTest::newRow("summary-of-3")
            << QStringLiteral("UPDATE audit_log SET summary = 'lain' WHERE seq = 3") << qint64(3);
        QTest::newRow("officer-of-1")
            << QStringLiteral("UPDATE audit_log SET officer_name = 'Orang Lain' WHERE seq = 1") << qint64(1);
        QTest::newRow("action-of-5") << QStringLiteral(
            "UPDATE audit_log SET action = 'vault.create' WHERE seq = 5")
                                     << qint64(5);
        QTest::newRow("time-of-4") << QStringLiteral(
            "UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 4")
                                   << qint64(4);
        QTest::newRow("household-of-2")
            << QStringLiteral("UPDATE audit_log SET household_id = NULL WHERE seq = 2") << qint64(2);
        QTest::newRow("hash-of-3") << QStringLiteral("UPDATE audit_log SET hash = zeroblob(32) WHERE seq = 3")
                                   << qint64(3);
        QTest::newRow("prev-hash-of-2")
            << QStringLiteral("UPDATE audit_log SET prev_hash = zeroblob(32) WHERE seq = 2") << qint64(2);
        QTest::newRow("delete-middle") << QStringLiteral("DELETE FROM audit_log WHERE seq = 3") << qint64(4);
        QTest::newRow("delete-first") << QStringLiteral("DELETE FROM audit_log WHERE seq = 1") << qint64(2);
        QTest::newRow("renumber") << QStringLiteral("UPDATE audit_log SET seq = seq + 10 WHERE seq = 6")
                                  << qint64(16);
    }

    void tamperingIsFound()
    {
        QFETCH(QString, sql);
        QFETCH(qint64, firstBroken);
        auto db = freshDatabase();
        QVERIFY(db);
        test::FakeClock clock;
        QVERIFY(fill(*db, clock, 6));
        dropTriggers(*db);
        QVERIFY(db->execute(sql).has_value());
        AuditLog log(*db, clock);
        auto verified = log.verify();
        QVERIFY(verified.has_value());
        QVERIFY(!verified->intact());
        QCOMPARE(verified->firstBroken, firstBroken);
        QVERIFY(verified->entries <= 6);
    }

    void aRecomputedHashBreaksTheNextLink()
    {
        // Someone who knows the hashing edits entry 3 and gives it a correct hash of its own: entry
        // 4 still carries the old hash as its prev_hash.
        auto db = freshDatabase();
        QVERIFY(db);
        test::FakeClock clock;
        QVERIFY(fill(*db, clock, 5));
        AuditLog log(*db, clock);
        auto third = log.entry(3);
        QVERIFY(third.has_value() && third->has_value());
        AuditEntry forged = **third;
        forged.officerName = QStringLiteral("Orang Lain");
        forged.hash = AuditLog::hashEntry(forged);
        dropTriggers(*db);
        Statement st(*db, u"UPDATE audit_log SET officer_name = :name, hash = :hash WHERE seq = 3");
        QVERIFY(st.status().has_value());
        st.bind(u":name", forged.officerName);
        st.bind(u":hash", forged.hash);
        QVERIFY(st.run().has_value());
        auto verified = log.verify();
        QVERIFY(verified.has_value());
        QCOMPARE(verified->firstBroken, qint64(4));
    }

    void cuttingTheNewestEntriesIsDetected()
    {
        // The entries commit to the content: cutting the tail leaves content that the newest
        // remaining entry does not describe.
        auto db = freshDatabase();
        QVERIFY(db);
        test::FakeClock clock;
        QVERIFY(fill(*db, clock, 3));
        {
            // A change with its entry (a setting), then the entry is cut.
            Transaction tx(*db);
            QVERIFY(tx.begin().has_value());
            QVERIFY(
                db->execute(u"INSERT INTO vault_meta (key, value) VALUES ('auto_lock', '5')").has_value());
            QVERIFY(AuditLog(*db, clock).append(operatorActor(), record(4)).has_value());
            QVERIFY(tx.commit().has_value());
        }
        AuditLog log(*db, clock);
        QVERIFY(log.verify()->intact());
        dropTriggers(*db);
        QVERIFY(db->execute(u"DELETE FROM audit_log WHERE seq = 4").has_value());
        auto verified = log.verify();
        QVERIFY(verified.has_value());
        QVERIFY(verified->chainIntact());
        QCOMPARE(verified->entries, qint64(3));
        QCOMPARE(verified->stateEntry, qint64(3));
        QVERIFY(!verified->contentMatches);
        QVERIFY(!verified->intact());
    }

    void contentChangedWithoutAnEntryIsDetected_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("digestDrifts");
        // Through SQL with the digest triggers in place (a tool that has Verdes's functions): the
        // running digest follows, but no entry records the new state.
        QTest::newRow("meta-through-the-triggers")
            << QStringLiteral("UPDATE vault_meta SET value = 'Desa Lain' WHERE key = 'village_name'")
            << false;
        // With the triggers dropped first (a plain SQLCipher shell): the digest no longer adds up.
        QTest::newRow("meta-behind-the-triggers")
            << QStringLiteral("DROP TRIGGER digest_vault_meta_update; UPDATE vault_meta SET value = 'x' "
                              "WHERE key = 'village_name'")
            << true;
        QTest::newRow("new-table") << QStringLiteral("CREATE TABLE smuggled (x TEXT)") << true;
    }

    void contentChangedWithoutAnEntryIsDetected()
    {
        QFETCH(QString, sql);
        QFETCH(bool, digestDrifts);
        auto db = freshDatabase();
        QVERIFY(db);
        test::FakeClock clock;
        QVERIFY(db->execute(u"INSERT INTO vault_meta (key, value) VALUES ('village_name', 'Desa Contoh')"));
        QVERIFY(fill(*db, clock, 2));
        AuditLog log(*db, clock);
        QVERIFY(log.verify()->intact());
        QVERIFY(db->executeScript(sql).has_value());
        auto verified = log.verify();
        QVERIFY(verified.has_value());
        QVERIFY(verified->chainIntact());
        QVERIFY(!verified->contentMatches);
        QCOMPARE(!verified->changedTables.isEmpty(), digestDrifts);
        // A change through Verdes, with its entry, records the new state again.
        if (!digestDrifts) {
            QVERIFY(log.appendAlone(operatorActor(), record(9)).has_value());
            QVERIFY(log.verify()->intact());
        }
    }

    // The schema's part of the state hash is kept between entries; every schema change, also one
    // rolled back and followed by another that reaches the same schema_version, is still seen.
    void theStateFollowsEverySchemaChange()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        const auto state = [&db]() {
            auto hash = StateDigest::currentStateHash(*db);
            return hash ? *hash : QByteArray();
        };
        const QByteArray before = state();
        QVERIFY(!before.isEmpty());
        QCOMPARE(state(), before);
        QByteArray first;
        {
            Transaction tx(*db);
            QVERIFY(tx.begin());
            QVERIFY(db->execute(u"CREATE TABLE first_try (x TEXT)"));
            first = state();
            QVERIFY(first != before);
        }
        {
            Transaction tx(*db);
            QVERIFY(tx.begin());
            QVERIFY(db->execute(u"CREATE TABLE second_try (y TEXT)"));
            const QByteArray second = state();
            QVERIFY(second != before);
            QVERIFY(second != first);
        }
        QCOMPARE(state(), before);
    }

    void theSignedHeadAnchorsTheHistory()
    {
        test::TempVault tv;
        QVERIFY(tv.isValid());
        test::FakeClock clock;
        auto head = AuditHead::sign(tv.database(), tv.vault().vaultId(), tv.vault().villageCode(), clock);
        QVERIFY(head.has_value());
        QVERIFY(head->verifySignature());
        QCOMPARE(head->seq, AuditLog(tv.database()).count().value());
        QCOMPARE(head->fingerprint().size(), qsizetype(29)); // 6 groups of 4 hex digits
        // The file form reads back to the same signed bytes.
        auto read = AuditHead::fromText(head->toText());
        QVERIFY(read.has_value());
        QCOMPARE(read->signedBytes(), head->signedBytes());
        QVERIFY(read->verifySignature());
        // Any change of what was signed breaks the signature.
        for (const QByteArray &field :
             {QByteArray("entry: "), QByteArray("village: "), QByteArray("hash: ")}) {
            QByteArray text = head->toText();
            const qsizetype at = text.indexOf(field) + field.size();
            text[at] = text.at(at) == '9' ? '8' : '9';
            auto forged = AuditHead::fromText(text);
            QVERIFY(!forged.has_value() || !forged->verifySignature());
        }
        // The anchor as written down matches, until the history moves on without it.
        QVERIFY(AuditHead::checkAnchor(tv.database(), head->anchor()).has_value());
        QVERIFY(AuditHead::checkAnchor(tv.database(), head->anchor().toLower()).has_value());
        QString wrong = head->anchor();
        wrong[wrong.size() - 1] = wrong.back() == u'0' ? u'1' : u'0';
        QCOMPARE(AuditHead::checkAnchor(tv.database(), wrong).error().code, ErrorCode::AuditAnchorMismatch);
        QCOMPARE(
            AuditHead::checkAnchor(tv.database(), QStringLiteral("999:") + head->fingerprint()).error().code,
            ErrorCode::AuditAnchorMismatch);
        QCOMPARE(AuditHead::checkAnchor(tv.database(), QStringLiteral("tiga")).error().code,
                 ErrorCode::UsageError);
    }

    void thisComputerRemembersTheNewestHead()
    {
        test::TempVault tv;
        QVERIFY(tv.isValid());
        // The unlock recorded the head; a later entry moves the mark forward at lock.
        QVERIFY(HeadWatermark::check(tv.database()).has_value());
        const QString folder = tv.folder();
        tv.lock();
        QTemporaryDir copy;
        for (const QString &name : QDir(folder).entryList(QDir::Files)) {
            QVERIFY(QFile::copy(QDir(folder).filePath(name), copy.filePath(name)));
        }
        QVERIFY(tv.reopen());
        QVERIFY(AuditLog(tv.database()).appendAlone(tv.vault().actor(), record(1)).has_value());
        tv.lock();
        // The older copy put back is consistent in itself, but behind what this computer saw.
        for (const QString &name : QDir(copy.path()).entryList(QDir::Files)) {
            QFile::remove(QDir(folder).filePath(name));
            QVERIFY(QFile::copy(copy.filePath(name), QDir(folder).filePath(name)));
        }
        QVERIFY(tv.reopen());
        QVERIFY(AuditLog(tv.database()).verify()->intact());
        auto behind = HeadWatermark::check(tv.database());
        QVERIFY(!behind.has_value());
        QCOMPARE(behind.error().code, ErrorCode::AuditHistoryBehind);
        // Unlocking the copy did not lower the mark.
        tv.lock();
        QVERIFY(tv.reopen());
        QCOMPARE(HeadWatermark::check(tv.database()).error().code, ErrorCode::AuditHistoryBehind);
    }

    void verifyReportsProgressAndCanBeCancelled()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        test::FakeClock clock;
        QVERIFY(fill(*db, clock, 1100));
        AuditLog log(*db, clock);
        test::RecordingProgress progress;
        auto verified = log.verify(progress);
        QVERIFY(verified.has_value());
        QVERIFY(verified->intact());
        QVERIFY(progress.reports.size() >= 2);
        // The entries, then the tables whose content is recounted.
        QVERIFY(progress.reports.constLast().second > 1100);
        QVERIFY(progress.monotoneToTotal());

        test::RecordingProgress cancel;
        cancel.cancelAtReport = 1;
        auto cancelled = log.verify(cancel);
        QVERIFY(!cancelled.has_value());
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
        QCOMPARE(cancel.reports.size(), qsizetype(1));
    }

    void verifyJobNamesTheBrokenEntryAndCancels()
    {
        test::ScratchVault scratch(m_dir.filePath(QStringLiteral("job.db")));
        auto db = scratch.create();
        QVERIFY(db.has_value());
        test::FakeClock clock;
        QVERIFY(fill(**db, clock, 600));
        {
            AuditVerifyJob job(scratch.connector());
            QSignalSpy progress(&job, &Job::progress);
            job.runHere();
            QVERIFY(job.result().has_value());
            QVERIFY(job.result()->verification.intact());
            QCOMPARE(job.result()->verification.entries, qint64(600));
            QVERIFY(!job.result()->broken.has_value());
            QVERIFY(progress.count() >= 1);
        }
        {
            AuditVerifyJob cancelled(scratch.connector());
            cancelled.cancel();
            cancelled.runHere();
            QVERIFY(!cancelled.result().has_value());
            QCOMPARE(cancelled.result().error().code, ErrorCode::Cancelled);
        }
        dropTriggers(**db);
        QVERIFY((*db)->execute(u"UPDATE audit_log SET action = 'officer.add' WHERE seq = 300").has_value());
        AuditVerifyJob broken(scratch.connector());
        broken.runHere();
        QVERIFY(broken.result().has_value());
        QCOMPARE(broken.result()->verification.firstBroken, qint64(300));
        QVERIFY(broken.result()->broken.has_value());
        QCOMPARE(broken.result()->broken->seq, qint64(300));
        QCOMPARE(broken.result()->broken->action, QStringLiteral("officer.add"));
    }

    void queriesByHouseholdObjectAndSeq()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        test::FakeClock clock;
        QVERIFY(fill(*db, clock, 6));
        AuditLog log(*db, clock);
        auto even = log.forHousehold(QStringLiteral("HH-even"));
        QVERIFY(even.has_value());
        QCOMPARE(even->size(), qsizetype(3));
        QCOMPARE(even->first().seq, qint64(2)); // oldest first
        QCOMPARE(log.forHousehold(QStringLiteral("HH-none"))->size(), qsizetype(0));
        auto object = log.forObject(QStringLiteral("household"), QStringLiteral("HH5"));
        QVERIFY(object.has_value());
        QCOMPARE(object->size(), qsizetype(1));
        QCOMPARE(object->first().seq, qint64(5));
        QVERIFY(object->first().householdId.isEmpty());
        QCOMPARE(log.recent(2)->size(), qsizetype(2));
        QCOMPARE(log.recent(2)->first().seq, qint64(6));
        auto none = log.entry(99);
        QVERIFY(none.has_value());
        QVERIFY(!none->has_value());
    }

    void recoveryEntriesAreMarked()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        test::FakeClock clock;
        AuditLog log(*db, clock);
        QVERIFY(log.append(Actor::recovery(), record(1)).has_value());
        auto entry = log.entry(1);
        QVERIFY(entry.has_value() && entry->has_value());
        QCOMPARE((*entry)->officerId, QStringLiteral("recovery"));
        QCOMPARE((*entry)->role, QStringLiteral("recovery"));
        QCOMPARE(AuditText::who(**entry), AuditText::tr("Someone with the recovery key"));
    }

    // NikReveal: who may reveal, and one entry per household, all in one transaction.
    void revealIsRefusedWithoutThePermission_data()
    {
        QTest::addColumn<Actor>("actor");
        QTest::addColumn<ErrorCode>("expected");
        QTest::newRow("viewer") << Actor{QStringLiteral("o-v"), QStringLiteral("Vina"), Role::Viewer, false}
                                << ErrorCode::PermissionDenied;
        QTest::newRow("chair") << Actor{QStringLiteral("o-c"), QStringLiteral("Cahya"), Role::Chair, false}
                               << ErrorCode::PermissionDenied;
        QTest::newRow("bpd-admin") << Actor{QStringLiteral("o-b"), QStringLiteral("Bayu"), Role::Bpd, true}
                                   << ErrorCode::PermissionDenied;
        QTest::newRow("recovery-key") << Actor::recovery() << ErrorCode::NotAllowedAsRecovery;
    }

    void revealIsRefusedWithoutThePermission()
    {
        QFETCH(Actor, actor);
        QFETCH(ErrorCode, expected);
        auto db = freshDatabase();
        QVERIFY(db);
        const auto checked = NikReveal::check(actor);
        QVERIFY(!checked.has_value());
        QCOMPARE(checked.error().code, expected);
        const auto recorded = NikReveal::record(
            *db, actor, {QStringLiteral("HH1"), QStringLiteral("HH2")}, NikReveal::Where::SearchList);
        QVERIFY(!recorded.has_value());
        QCOMPARE(recorded.error().code, expected);
        QCOMPARE(AuditLog(*db).count().value(), 0);
        // An empty list is refused too: the permission is checked before anything else.
        QVERIFY(!NikReveal::record(*db, actor, {}, NikReveal::Where::HouseholdDetail).has_value());
    }

    void revealRecordsEachHouseholdOnce()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        test::FakeClock clock;
        for (const Role role : {Role::Operator, Role::Secretary, Role::KepalaDesa}) {
            QVERIFY(
                NikReveal::check(Actor{QStringLiteral("o"), QStringLiteral("O"), role, false}).has_value());
        }
        const QStringList ids{QStringLiteral("HH1"),
                              QStringLiteral("HH2"),
                              QString(),
                              QStringLiteral("HH1"),
                              QStringLiteral("HH3")};
        QVERIFY(
            NikReveal::record(*db, operatorActor(), ids, NikReveal::Where::SearchList, clock).has_value());
        AuditLog log(*db, clock);
        QCOMPARE(log.count().value(), 3);
        for (const QString &id : {QStringLiteral("HH1"), QStringLiteral("HH2"), QStringLiteral("HH3")}) {
            const auto entries = log.forHousehold(id);
            QVERIFY(entries.has_value());
            QCOMPARE(entries->size(), 1);
            const AuditEntry &entry = entries->first();
            QCOMPARE(entry.action, QStringLiteral("household.reveal"));
            QCOMPARE(entry.objectId, id);
            QCOMPARE(entry.officerName, QStringLiteral("Siti Rahma"));
            // Where, and nothing else: never a number, a name or the search text.
            QCOMPARE(entry.args, QStringList{QStringLiteral("search")});
        }
        QVERIFY(
            NikReveal::record(*db, operatorActor(), {}, NikReveal::Where::ProposalList, clock).has_value());
        QCOMPARE(log.count().value(), 3);
        QVERIFY(log.verify().value().intact());
    }

    // All entries or none: a failure half-way (here: the database refuses the fourth entry) leaves
    // no entry, so the caller shows no number.
    void revealIsAllOrNothing()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        QVERIFY(
            db->execute(u"CREATE TRIGGER refuse_hh4 BEFORE INSERT ON audit_log WHEN NEW.object_id = 'HH4' "
                        u"BEGIN SELECT RAISE(ABORT, 'refused'); END")
                .has_value());
        const QStringList ids{
            QStringLiteral("HH1"), QStringLiteral("HH2"), QStringLiteral("HH3"), QStringLiteral("HH4")};
        QVERIFY(!NikReveal::record(*db, operatorActor(), ids, NikReveal::Where::SearchList).has_value());
        QCOMPARE(AuditLog(*db).count().value(), 0);
    }

    void everyFieldIsInTheHash_data()
    {
        QTest::addColumn<int>("field");
        for (int i = 0; i < 11; ++i) {
            QTest::addRow("field-%d", i) << i;
        }
    }

    void everyFieldIsInTheHash()
    {
        QFETCH(int, field);
        AuditEntry entry;
        entry.seq = 7;
        entry.at = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
        entry.officerId = QStringLiteral("o");
        entry.officerName = QStringLiteral("n");
        entry.role = QStringLiteral("operator");
        entry.action = QStringLiteral("a");
        entry.objectType = QStringLiteral("t");
        entry.objectId = QStringLiteral("i");
        entry.householdId = QStringLiteral("h");
        entry.args = QStringList{QStringLiteral("x"), QStringLiteral("y")};
        entry.prevHash = QByteArray(32, 'p');
        const QByteArray before = AuditLog::hashEntry(entry);
        QCOMPARE(before.size(), qsizetype(32));
        switch (field) {
        case 0:
            entry.seq = 8;
            break;
        case 1:
            entry.at = entry.at.addMSecs(1);
            break;
        case 2:
            entry.officerId += u'!';
            break;
        case 3:
            entry.officerName += u'!';
            break;
        case 4:
            entry.role = QStringLiteral("viewer");
            break;
        case 5:
            entry.action += u'!';
            break;
        case 6:
            entry.objectType += u'!';
            break;
        case 7:
            entry.objectId += u'!';
            break;
        case 8:
            entry.householdId.clear();
            break;
        case 9:
            entry.args = QStringList{QStringLiteral("xy")};
            break;
        default:
            entry.prevHash[0] = 'q';
            break;
        }
        QVERIFY(AuditLog::hashEntry(entry) != before);
    }

    // --- plain words ------------------------------------------------------------------------------

    void sentences_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("proposal.transition")
            << QStringLiteral("proposal.transition")
            << QStringList{QStringLiteral("draft"), QStringLiteral("ready")}
            << QStringLiteral("Siti Rahma (Village operator) changed the state of proposal HH1 from "
                              "\"Draft\" to \"Ready for "
                              "the meeting\".");
        QTest::newRow("flag.dismiss")
            << QStringLiteral("flag.dismiss")
            << QStringList{QStringLiteral("DECEASED_MEMBER"), QStringLiteral("sudah dicek RT")}
            << QStringLiteral(
                   "Siti Rahma (Village operator) dismissed the flag \"Deceased member\": sudah dicek "
                   "RT");
        QTest::newRow("checks.run")
            << QStringLiteral("checks.run")
            << QStringList{QStringLiteral("1130"), QStringLiteral("41"), QStringLiteral("41")}
            << QStringLiteral(
                   "Siti Rahma (Village operator) ran the data-quality checks over 1,130 households: 41 "
                   "open flags, 41 new.");
        QTest::newRow("vault.create")
            << QStringLiteral("vault.create")
            << QStringList{QStringLiteral("Desa Contoh"), QStringLiteral("3310042999")}
            << QStringLiteral("Siti Rahma (Village operator) created the village vault of Desa "
                              "Contoh (3310042999).");
        QTest::newRow("officer.add") << QStringLiteral("officer.add")
                                     << QStringList{QStringLiteral("Budi"), QStringLiteral("secretary")}
                                     << QStringLiteral(
                                            "Siti Rahma (Village operator) added the officer Budi as Meeting "
                                            "secretary.");
        QTest::newRow("officer.remove")
            << QStringLiteral("officer.remove") << QStringList{QStringLiteral("Budi")}
            << QStringLiteral("Siti Rahma (Village operator) removed the officer Budi.");
        QTest::newRow("officer.role")
            << QStringLiteral("officer.role")
            << QStringList{QStringLiteral("Budi"), QStringLiteral("operator"), QStringLiteral("viewer")}
            << QStringLiteral("Siti Rahma (Village operator) changed the role of Budi from "
                              "Village operator to Viewer.");
        QTest::newRow("officer.passwd-other")
            << QStringLiteral("officer.passwd") << QStringList{QStringLiteral("Budi")}
            << QStringLiteral("Siti Rahma (Village operator) set a new passphrase for Budi.");
        QTest::newRow("import.snapshot")
            << QStringLiteral("import.snapshot")
            << QStringList{QStringLiteral("dtsen.csv"),
                           QStringLiteral("12"),
                           QStringLiteral("3"),
                           QStringLiteral("1"),
                           QStringLiteral("40"),
                           QStringLiteral("5"),
                           QStringLiteral("2"),
                           QStringLiteral("0")}
            << QStringLiteral(
                   "Siti Rahma (Village operator) imported the snapshot dtsen.csv: 12 new households, 3 "
                   "changed, 1 missing.");
        QTest::newRow("import.snapshot-skipped")
            << QStringLiteral("import.snapshot")
            << QStringList{QStringLiteral("a.csv"),
                           QStringLiteral("1"),
                           QStringLiteral("0"),
                           QStringLiteral("0"),
                           QStringLiteral("4"),
                           QStringLiteral("0"),
                           QStringLiteral("0"),
                           QStringLiteral("2")}
            << QStringLiteral("Siti Rahma (Village operator) imported the snapshot a.csv: 1 new households, "
                              "0 changed, 0 "
                              "missing. 2 rows with errors were skipped.");
        QTest::newRow("import.demo") << QStringLiteral("import.demo")
                                     << QStringList{QStringLiteral("demo"),
                                                    QStringLiteral("500"),
                                                    QStringLiteral("0"),
                                                    QStringLiteral("0"),
                                                    QStringLiteral("1800"),
                                                    QStringLiteral("0"),
                                                    QStringLiteral("0"),
                                                    QStringLiteral("0")}
                                     << QStringLiteral(
                                            "Siti Rahma (Village operator) generated the demo village: 500 "
                                            "households with 1,800 members.");
        QTest::newRow("export.snapshot")
            << QStringLiteral("export.snapshot")
            << QStringList{QStringLiteral("out.csv"), QStringLiteral("3"), QStringLiteral("8")}
            << QStringLiteral("Siti Rahma (Village operator) exported 3 households with 8 "
                              "members to the file out.csv.");
        QTest::newRow("household.reveal")
            << QStringLiteral("household.reveal") << QStringList{}
            << QStringLiteral("Siti Rahma (Village operator) revealed the NIK and KK numbers "
                              "of this household.");
        QTest::newRow("household.reveal-detail")
            << QStringLiteral("household.reveal") << QStringList{QStringLiteral("detail")}
            << QStringLiteral("Siti Rahma (Village operator) revealed the NIK and KK numbers "
                              "of this household.");
        QTest::newRow("household.reveal-search")
            << QStringLiteral("household.reveal") << QStringList{QStringLiteral("search")}
            << QStringLiteral("Siti Rahma (Village operator) revealed the NIK and KK numbers of this "
                              "household in a search on the command line.");
        QTest::newRow("household.reveal-proposals")
            << QStringLiteral("household.reveal") << QStringList{QStringLiteral("proposals")}
            << QStringLiteral("Siti Rahma (Village operator) revealed the NIK numbers of this household in "
                              "the list of proposals on the command line.");
        QTest::newRow("settings.change-unmask")
            << QStringLiteral("settings.change")
            << QStringList{QStringLiteral("mask_nik"), QStringLiteral("on"), QStringLiteral("off")}
            << QStringLiteral("Siti Rahma (Village operator) turned off the masking of NIK and KK numbers on "
                              "their computer.");
        QTest::newRow("settings.change-mask")
            << QStringLiteral("settings.change")
            << QStringList{QStringLiteral("mask_nik"), QStringLiteral("off"), QStringLiteral("on")}
            << QStringLiteral("Siti Rahma (Village operator) turned on the masking of NIK and KK numbers on "
                              "their computer.");
        QTest::newRow("settings.change-autolock")
            << QStringLiteral("settings.change")
            << QStringList{QStringLiteral("auto_lock_minutes"), QStringLiteral("10"), QStringLiteral("0")}
            << QStringLiteral("Siti Rahma (Village operator) changed the automatic lock on their computer "
                              "from after 10 minutes to never.");
        QTest::newRow("unknown") << QStringLiteral("proposal.teleport") << QStringList{QStringLiteral("x")}
                                 << QStringLiteral("Siti Rahma (Village operator) made a change recorded as "
                                                   "\"proposal.teleport\" (household HH1).");
    }

    void sentences()
    {
        QFETCH(QString, action);
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        AuditEntry entry;
        entry.officerId = QStringLiteral("officer-1");
        entry.officerName = QStringLiteral("Siti Rahma");
        entry.role = QStringLiteral("operator");
        entry.action = action;
        entry.objectType = QStringLiteral("household");
        entry.objectId = QStringLiteral("HH1");
        entry.args = args;
        QCOMPARE(AuditText::sentence(entry), expected);
        QCOMPARE(AuditText::knows(action), action != u"proposal.teleport");
    }

    void ownPassphraseAndUnknownRole()
    {
        AuditEntry entry;
        entry.officerId = QStringLiteral("officer-1");
        entry.officerName = QStringLiteral("Siti Rahma");
        entry.role = QStringLiteral("district_reviewer");
        entry.action = QStringLiteral("officer.passwd");
        entry.objectType = QStringLiteral("officer");
        entry.objectId = QStringLiteral("officer-1");
        entry.args = QStringList{QStringLiteral("Siti Rahma")};
        QCOMPARE(AuditText::sentence(entry),
                 QStringLiteral("Siti Rahma (district_reviewer) changed their own passphrase."));
        // Missing arguments (an entry from a damaged row) still make a sentence, never a crash.
        entry.action = QStringLiteral("import.snapshot");
        entry.args.clear();
        QVERIFY(AuditText::sentence(entry).startsWith(QStringLiteral("Siti Rahma")));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_AuditLog.moc"
