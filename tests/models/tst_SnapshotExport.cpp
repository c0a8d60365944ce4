// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/CsvReader.h"
#include "models/io/CsvWriter.h"
#include "models/io/SnapshotExporter.h"
#include "models/io/SnapshotImporter.h"
#include "models/jobs/ExportJob.h"
#include "models/repo/ExportReader.h"
#include "models/repo/HouseholdRepository.h"
#include "models/vault/AuditLog.h"
#include "models/vault/Database.h"
#include "tests/support/FakeClock.h"
#include "tests/support/ScratchVault.h"
#include "tests/support/TempVault.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace verdes;

namespace {

QString fixture(const QString &name)
{
    return test::testDataPath(QStringLiteral("csv/") + name);
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Result<ImportReport> importFile(Database &db, const QString &path)
{
    test::FakeClock clock;
    ValidationContext context;
    context.today = QDate(2026, 11, 23);
    context.villageCode = QStringLiteral("3373041001");
    CsvReader reader(path);
    SnapshotImporter importer(db, context, clock);
    return importer.run(reader, {});
}

// The rows of a CSV file, without the header.
QList<QStringList> rowsOf(const QString &path)
{
    CsvReader reader(path);
    QList<QStringList> rows;
    if (!reader.header()) {
        return rows;
    }
    QStringList fields;
    qint64 line = 0;
    while (true) {
        auto more = reader.next(fields, line);
        if (!more || !*more) {
            return rows;
        }
        rows << fields;
    }
}

} // namespace

class TestSnapshotExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundTripIsByteForByte()
    {
        QTemporaryDir dir;
        test::ScratchVault first(dir.filePath(QStringLiteral("a.db")));
        auto db = first.create();
        QVERIFY(db.has_value());
        auto imported = importFile(**db, fixture(QStringLiteral("snapshot_small.csv")));
        QVERIFY(imported.has_value() && imported->imported);
        const QString exported = dir.filePath(QStringLiteral("export.csv"));
        auto report = SnapshotExporter(**db).run(exported);
        QVERIFY2(report.has_value(), report ? "" : qPrintable(report.error().detail));
        QCOMPARE(report->households, 3);
        QCOMPARE(report->members, 8);
        // The fixture is written the way a writer must write (CRLF, minimal quotes, household
        // order, head first then birth date), so the export is the same file.
        QCOMPARE(readBytes(exported), readBytes(fixture(QStringLiteral("snapshot_small.csv"))));

        // Import the export into an empty vault and export again: the same bytes.
        test::ScratchVault second(dir.filePath(QStringLiteral("b.db")));
        auto db2 = second.create();
        QVERIFY(db2.has_value());
        auto reimported = importFile(**db2, exported);
        QVERIFY(reimported.has_value() && reimported->imported);
        QCOMPARE(reimported->members.added, 8);
        const QString again = dir.filePath(QStringLiteral("again.csv"));
        QVERIFY(SnapshotExporter(**db2).run(again).has_value());
        QCOMPARE(readBytes(again), readBytes(exported));
    }

    void carelessInputExportsCanonically()
    {
        // BOM, LF, quotes everywhere, spaces, leading zeros, a dotted village code, shuffled and
        // unknown columns, an empty line: the export is the canonical file.
        QTemporaryDir dir;
        test::ScratchVault vault(dir.filePath(QStringLiteral("v.db")));
        auto db = vault.create();
        QVERIFY(db.has_value());
        auto imported = importFile(**db, fixture(QStringLiteral("snapshot_messy.csv")));
        QVERIFY(imported.has_value() && imported->imported);
        const QString exported = dir.filePath(QStringLiteral("export.csv"));
        QVERIFY(SnapshotExporter(**db).run(exported).has_value());
        QCOMPARE(readBytes(exported), readBytes(fixture(QStringLiteral("snapshot_small.csv"))));
    }

    void exportIsOwnerOnlyWithoutBom()
    {
        QTemporaryDir dir;
        test::ScratchVault vault(dir.filePath(QStringLiteral("v.db")));
        auto db = vault.create();
        QVERIFY(db.has_value());
        QVERIFY(importFile(**db, fixture(QStringLiteral("snapshot_small.csv"))).has_value());
        const QString exported = dir.filePath(QStringLiteral("export.csv"));
        // An existing world-readable file is replaced by an owner-only one.
        QFile old(exported);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        QVERIFY(
            old.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        // Only when the user agreed to replace it.
        const auto refused = SnapshotExporter(**db).run(exported);
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().code, ErrorCode::FileExists);
        QCOMPARE(readBytes(exported), QByteArray("old"));
        QVERIFY(SnapshotExporter(**db)
                    .run(exported, Progress::none(), OutputPath::Existing::Replace)
                    .has_value());
        const QFile::Permissions permissions = QFile(exported).permissions();
        QVERIFY(permissions & QFile::ReadOwner);
        QVERIFY(permissions & QFile::WriteOwner);
        QVERIFY(
            !(permissions & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)));
        const QByteArray bytes = readBytes(exported);
        QVERIFY(bytes.startsWith("household_id,village_code,"));
        QVERIFY(bytes.endsWith("\r\n"));
        QCOMPARE(bytes.count("\r\n"), 9); // header + 8 rows; the name with a line break keeps its LF
    }

    void headFirstThenBirthDate()
    {
        QTemporaryDir dir;
        // One family written in a careless order: youngest child, spouse, head, eldest child.
        const QList<QStringList> rows = rowsOf(fixture(QStringLiteral("snapshot_small.csv")));
        QCOMPARE(rows.size(), 8);
        const QString shuffled = dir.filePath(QStringLiteral("shuffled.csv"));
        {
            QFile file(shuffled);
            QVERIFY(file.open(QIODevice::WriteOnly));
            CsvWriter writer(file);
            QVERIFY(writer.writeRow(csvHeader().split(u',')).has_value());
            for (int i : {3, 1, 0, 2}) {
                QVERIFY(writer.writeRow(rows.at(i)).has_value());
            }
            QVERIFY(writer.flush().has_value());
        }
        test::ScratchVault vault(dir.filePath(QStringLiteral("v.db")));
        auto db = vault.create();
        QVERIFY(db.has_value());
        QVERIFY(importFile(**db, shuffled).has_value());
        const QString exported = dir.filePath(QStringLiteral("export.csv"));
        QVERIFY(SnapshotExporter(**db).run(exported).has_value());
        const QList<QStringList> out = rowsOf(exported);
        QCOMPARE(out.size(), 4);
        const int person = fieldIndex(Field::PersonId);
        QCOMPARE(out.at(0).at(person), QStringLiteral("P0001")); // head
        QCOMPARE(out.at(1).at(person), QStringLiteral("P0002")); // born 1985
        QCOMPARE(out.at(2).at(person), QStringLiteral("P0003")); // born 2010
        QCOMPARE(out.at(3).at(person), QStringLiteral("P0004")); // born 2025
    }

    void missingRecordsAreLeftOut()
    {
        QTemporaryDir dir;
        test::ScratchVault vault(dir.filePath(QStringLiteral("v.db")));
        auto db = vault.create();
        QVERIFY(db.has_value());
        QVERIFY(importFile(**db, fixture(QStringLiteral("snapshot_small.csv"))).has_value());
        QVERIFY(importFile(**db, fixture(QStringLiteral("snapshot_newer.csv"))).has_value());
        const QString exported = dir.filePath(QStringLiteral("export.csv"));
        auto report = SnapshotExporter(**db).run(exported);
        QVERIFY(report.has_value());
        QCOMPARE(report->households, 3);
        QCOMPARE(report->members, 6);
        QStringList households;
        for (const QStringList &row : rowsOf(exported)) {
            households << row.at(fieldIndex(Field::HouseholdId));
        }
        households.removeDuplicates();
        QCOMPARE(households,
                 (QStringList{QStringLiteral("H0001"), QStringLiteral("H0002"), QStringLiteral("H0004")}));
    }

    // The export's reader on its own: the present members of the present households, each household's
    // rows together and head first, the household's values with each row, and nothing after the end.
    void readerGivesThePresentRowsInOrder()
    {
        QTemporaryDir dir;
        test::ScratchVault vault(dir.filePath(QStringLiteral("v.db")));
        auto db = vault.create();
        QVERIFY(db.has_value());
        QVERIFY(importFile(**db, fixture(QStringLiteral("snapshot_small.csv"))).has_value());
        QVERIFY(importFile(**db, fixture(QStringLiteral("snapshot_newer.csv"))).has_value());
        ExportReader reader(**db);
        auto total = reader.count();
        QVERIFY(total.has_value());
        QCOMPARE(*total, 6);
        HouseholdRepository households(**db);
        QStringList order;
        QStringList persons;
        Household household;
        Member member;
        while (true) {
            auto more = reader.next(household, member);
            QVERIFY2(more.has_value(), more ? "" : qPrintable(more.error().detail));
            if (!*more) {
                break;
            }
            auto stored = households.household(household.householdId());
            QVERIFY(stored.has_value() && stored->has_value());
            QCOMPARE(household.values, (*stored)->values);
            QVERIFY(household.members.isEmpty());
            QVERIFY((*stored)->memberById(member.personId()) != nullptr);
            QCOMPARE(member.values, (*stored)->memberById(member.personId())->values);
            if (order.isEmpty() || order.constLast() != household.householdId()) {
                QVERIFY(!order.contains(household.householdId())); // the household's rows together
                order << household.householdId();
                // Head first: the row opening a household is the head of HouseholdRepository's order.
                QCOMPARE(member.personId(), (*stored)->members.constFirst().personId());
            }
            persons << member.personId();
        }
        QCOMPARE(persons.size(), 6);
        QCOMPARE(order,
                 (QStringList{QStringLiteral("H0001"), QStringLiteral("H0002"), QStringLiteral("H0004")}));
        // The end stays the end: the reader does not start over.
        auto again = reader.next(household, member);
        QVERIFY(again.has_value());
        QVERIFY(!*again);
    }

    void cancelLeavesNoFileAndKeepsAnOldOne()
    {
        QTemporaryDir dir;
        test::ScratchVault vault(dir.filePath(QStringLiteral("v.db")));
        auto db = vault.create();
        QVERIFY(db.has_value());
        QVERIFY(importFile(**db, fixture(QStringLiteral("snapshot_small.csv"))).has_value());
        Progress control;
        control.cancel();
        const QString fresh = dir.filePath(QStringLiteral("fresh.csv"));
        auto none = SnapshotExporter(**db).run(fresh, control);
        QVERIFY(!none.has_value());
        QCOMPARE(none.error().code, ErrorCode::Cancelled);
        QVERIFY(!QFile::exists(fresh));
        const QString existing = dir.filePath(QStringLiteral("existing.csv"));
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
        file.close();
        const auto cancelledReplace =
            SnapshotExporter(**db).run(existing, control, OutputPath::Existing::Replace);
        QVERIFY(!cancelledReplace.has_value());
        QCOMPARE(cancelledReplace.error().code, ErrorCode::Cancelled);
        QCOMPARE(readBytes(existing), QByteArray("keep me"));
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.csv*")}, QDir::Files),
                 QStringList{QStringLiteral("existing.csv")});
    }

    void unwritableLocationIsAnError()
    {
        QTemporaryDir dir;
        test::ScratchVault vault(dir.filePath(QStringLiteral("v.db")));
        auto db = vault.create();
        QVERIFY(db.has_value());
        auto report = SnapshotExporter(**db).run(dir.filePath(QStringLiteral("no/such/folder/x.csv")));
        QVERIFY(!report.has_value());
        QVERIFY(report.error().code == ErrorCode::FileWriteFailed
                || report.error().code == ErrorCode::FilePermissionDenied);
        QVERIFY(!describe(report.error()).isEmpty());
    }

    void exportJobWritesTheFile()
    {
        QTemporaryDir dir;
        test::ScratchVault vault(dir.filePath(QStringLiteral("v.db")));
        {
            auto db = vault.create();
            QVERIFY(db.has_value());
            QVERIFY(importFile(**db, fixture(QStringLiteral("snapshot_small.csv"))).has_value());
        }
        const QString exported = dir.filePath(QStringLiteral("job.csv"));
        ExportJob job(vault.connector(), exported);
        QSignalSpy progress(&job, &Job::progress);
        job.runHere();
        QVERIFY(job.result().has_value());
        QCOMPARE(job.result()->members, 8);
        QVERIFY(progress.count() >= 1);
        QCOMPARE(readBytes(exported), readBytes(fixture(QStringLiteral("snapshot_small.csv"))));

        // A second export onto the same file replaces it only when asked to.
        ExportJob again(vault.connector(), exported);
        again.runHere();
        QVERIFY(!again.result().has_value());
        QCOMPARE(again.result().error().code, ErrorCode::FileExists);
        ExportJob replace(vault.connector(), exported, std::nullopt, OutputPath::Existing::Replace);
        replace.runHere();
        QVERIFY(replace.result().has_value());

        ExportJob cancelled(vault.connector(), dir.filePath(QStringLiteral("cancelled.csv")));
        cancelled.cancel();
        cancelled.runHere();
        QVERIFY(!cancelled.result().has_value());
        QCOMPARE(cancelled.result().error().code, ErrorCode::Cancelled);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("cancelled.csv"))));
    }

    // The export that destroyed a vault: onto its database, its key-slot file, or anywhere in its
    // folder. Refused even when replacing is allowed, and the vault stays whole.
    void exportIntoAVaultFolderIsRefused()
    {
        test::TempVault tv;
        QVERIFY2(tv.isValid(), qPrintable(tv.errorText()));
        const QDir folder(tv.folder());
        QStringList targets{folder.filePath(Vault::databaseFileName()),
                            folder.filePath(QStringLiteral("x.csv"))};
        for (const QString &slots : folder.entryList({QStringLiteral("keyslots.*")}, QDir::Files)) {
            targets << folder.filePath(slots);
        }
        QVERIFY(targets.size() >= 3);
        for (const QString &target : std::as_const(targets)) {
            const QByteArray before = readBytes(target);
            const auto refused = SnapshotExporter(tv.database(), tv.vault().actor())
                                     .run(target, Progress::none(), OutputPath::Existing::Replace);
            QVERIFY2(!refused.has_value(), qPrintable(target));
            QCOMPARE(refused.error().code, ErrorCode::PathInsideVault);
            QCOMPARE(readBytes(target), before);
        }
        QVERIFY(!QFile::exists(folder.filePath(QStringLiteral("x.csv"))));
        tv.lock();
        QVERIFY2(tv.reopen(), qPrintable(tv.errorText()));
    }

    void repositoryReadsHouseholdsAndPages()
    {
        QTemporaryDir dir;
        test::ScratchVault vault(dir.filePath(QStringLiteral("v.db")));
        auto db = vault.create();
        QVERIFY(db.has_value());
        QVERIFY(importFile(**db, fixture(QStringLiteral("snapshot_small.csv"))).has_value());
        HouseholdRepository repo(**db);
        QCOMPARE(*repo.count(), 3);

        auto household = repo.household(QStringLiteral("H0001"));
        QVERIFY(household.has_value() && household->has_value());
        const Household &h = **household;
        QCOMPARE(h.householdId(), QStringLiteral("H0001"));
        QCOMPARE(h.villageCode(), QStringLiteral("3373041001"));
        QCOMPARE(h.value(Field::Address), QStringLiteral("JL. MAWAR, GANG \"KENANGA\" NO. 1"));
        QCOMPARE(h.value(Field::Floor), QStringLiteral("2"));
        QCOMPARE(h.value(Field::AssetBoat), QString());
        QCOMPARE(h.instrument(), Instrument::Regsosek2022K);
        QCOMPARE(h.version, 1);
        QCOMPARE(h.members.size(), 4);
        QVERIFY(h.members.at(0).isHead());
        QCOMPARE(h.members.at(3).name(), QStringLiteral("DEWI\nLESTARI"));
        QCOMPARE(h.members.at(1).sex(), Sex::Female);
        QVERIFY(h.head() != nullptr);
        // The values read back are the CSV row again.
        const QList<QStringList> rows = rowsOf(fixture(QStringLiteral("snapshot_small.csv")));
        QCOMPARE(csvRow(h, h.members.at(0)), rows.at(0));

        auto unknown = repo.household(QStringLiteral("NOPE"));
        QVERIFY(unknown.has_value());
        QVERIFY(!unknown->has_value());

        auto page = repo.page(0, 2);
        QVERIFY(page.has_value());
        QCOMPARE(page->size(), 2);
        QCOMPARE(page->at(0).householdId, QStringLiteral("H0001"));
        QCOMPARE(page->at(0).headName, QStringLiteral("SUTRISNO"));
        QCOMPARE(page->at(0).memberCount, 4);
        QCOMPARE(page->at(0).rw, QStringLiteral("1"));
        QCOMPARE(page->at(0).rt, QStringLiteral("2"));
        QCOMPARE(page->at(1).householdId, QStringLiteral("H0002"));
        auto rest = repo.page(2, 10);
        QVERIFY(rest.has_value());
        QCOMPARE(rest->size(), 1);
        QCOMPARE(rest->at(0).householdId, QStringLiteral("H0003"));

        // After a newer snapshot: missing records stay readable but leave counts and lists.
        QVERIFY(importFile(**db, fixture(QStringLiteral("snapshot_newer.csv"))).has_value());
        QCOMPARE(*repo.count(), 3);
        auto changed = repo.household(QStringLiteral("H0001"));
        QVERIFY(changed.has_value() && changed->has_value());
        QCOMPARE((*changed)->members.size(), 3);
        auto withMissing = repo.household(QStringLiteral("H0001"), true);
        QCOMPARE((*withMissing)->members.size(), 4);
        QCOMPARE((*changed)->members.at(1).version, 2);
        auto gone = repo.household(QStringLiteral("H0003"));
        QVERIFY(gone.has_value() && gone->has_value());
        auto all = repo.page(0, 10);
        QVERIFY(all.has_value());
        QStringList ids;
        for (const HouseholdSummary &row : *all) {
            ids << row.householdId;
        }
        QCOMPARE(ids,
                 (QStringList{QStringLiteral("H0001"), QStringLiteral("H0002"), QStringLiteral("H0004")}));
    }

    // --- roles and the audit trail (issue 5) -----------------------------------------------------

    void exportIsAuditedAndNeedsThePermission()
    {
        QTemporaryDir dir;
        test::ScratchVault vault(dir.filePath(QStringLiteral("v.db")));
        auto db = vault.create();
        QVERIFY(db.has_value());
        QVERIFY(importFile(**db, fixture(QStringLiteral("snapshot_small.csv"))).has_value());
        test::FakeClock clock;
        AuditLog log(**db, clock);

        // A chair may not export personal data: no file, no entry.
        const QString refused = dir.filePath(QStringLiteral("refused.csv"));
        auto denied =
            SnapshotExporter(
                **db, Actor{QStringLiteral("c"), QStringLiteral("Ketua"), Role::Chair, false}, clock)
                .run(refused);
        QVERIFY(!denied.has_value());
        QCOMPARE(denied.error().code, ErrorCode::PermissionDenied);
        QVERIFY(!QFile::exists(refused));
        QCOMPARE(log.count().value(), qint64(0));

        const QString exported = dir.filePath(QStringLiteral("audited.csv"));
        const Actor secretary{QStringLiteral("s"), QStringLiteral("Sekdes"), Role::Secretary, false};
        auto report = SnapshotExporter(**db, secretary, clock).run(exported);
        QVERIFY(report.has_value());
        QVERIFY(QFile::exists(exported));
        auto entries = log.recent(5);
        QVERIFY(entries.has_value());
        QCOMPARE(entries->size(), qsizetype(1));
        QCOMPARE(entries->first().action, QStringLiteral("export.snapshot"));
        QCOMPARE(entries->first().officerName, QStringLiteral("Sekdes"));
        QCOMPARE(entries->first().args,
                 (QStringList{QStringLiteral("audited.csv"), QStringLiteral("3"), QStringLiteral("8")}));

        // A file that cannot be written leaves no entry either.
        auto unwritable = SnapshotExporter(**db, secretary, clock)
                              .run(dir.filePath(QStringLiteral("no/such/folder/x.csv")));
        QVERIFY(!unwritable.has_value());
        QCOMPARE(log.count().value(), qint64(1));

        // Through the job, with a cancel: no file, no entry.
        ExportJob cancelled(vault.connector(), dir.filePath(QStringLiteral("cancelled.csv")), secretary);
        cancelled.cancel();
        cancelled.runHere();
        QVERIFY(!cancelled.result().has_value());
        QCOMPARE(log.count().value(), qint64(1));
        ExportJob job(vault.connector(), dir.filePath(QStringLiteral("job.csv")), secretary);
        job.runHere();
        QVERIFY(job.result().has_value());
        QCOMPARE(log.count().value(), qint64(2));
        QVERIFY(log.verify()->intact());
    }
};

QTEST_GUILESS_MAIN(TestSnapshotExport)
#include "tst_SnapshotExport.moc"
