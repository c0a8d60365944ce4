// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The import's own tables on their own (issue 11 §5: no SQL outside the repositories): the imports
// and rejected rows of ImportRepository, the findings RecordIssueRepository writes, read back as they
// were written, and nothing left behind when the transaction is rolled back. The importer's tests
// (models.snapshot_import) cover them end to end.
#include "models/domain/Household.h"
#include "models/repo/HouseholdRepository.h"
#include "models/repo/ImportRepository.h"
#include "models/repo/RecordIssueRepository.h"
#include "models/vault/Database.h"
#include "models/vault/Transaction.h"
#include "tests/support/ScratchVault.h"

#include <QTemporaryDir>
#include <QTest>

using namespace verdes;

class TestImportRepository final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void anImportIsReadBackAsWritten();
    void finishWritesTheFigures();
    void rejectedRowsAreKeptInLineOrder();
    void lastFinishedAtIsTheNewest();
    void aRollbackLeavesNoImport();
    void findingsAreReplacedPerHousehold();

private:
    static ImportRecord sample();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestImportRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    test::ScratchVault scratch(m_dir->filePath(QStringLiteral("vault.db")));
    auto db = scratch.create();
    QVERIFY(db);
    m_db = std::move(db).value();
}

void TestImportRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

ImportRecord TestImportRepository::sample()
{
    ImportRecord record;
    record.sourceName = QStringLiteral("snapshot.csv");
    record.officerId = QStringLiteral("officer-1");
    record.startedAt = QStringLiteral("2026-11-23T10:00:00Z");
    record.finishedAt = record.startedAt;
    record.rowsRead = 8;
    record.warnings = 2;
    return record;
}

void TestImportRepository::anImportIsReadBackAsWritten()
{
    ImportRepository imports(*m_db);
    auto id = imports.begin(sample());
    QVERIFY2(id, id ? "" : qPrintable(id.error().detail));
    QVERIFY(*id > 0);
    auto stored = imports.import(*id);
    QVERIFY(stored && stored->has_value());
    ImportRecord expected = sample();
    expected.importId = *id;
    QCOMPARE(**stored, expected);

    // The demo village, without an officer (a bare database): kind "demo", officer NULL.
    ImportRecord demo = sample();
    demo.demo = true;
    demo.officerId.clear();
    auto demoId = imports.begin(demo);
    QVERIFY(demoId);
    QCOMPARE_NE(*demoId, *id);
    demo.importId = *demoId;
    QCOMPARE(imports.import(*demoId).value(), std::optional<ImportRecord>(demo));
    QCOMPARE(m_db->queryText(u"SELECT kind || '/' || coalesce(officer_id, 'null') FROM imports "
                             u"WHERE import_id = 2")
                 .value(),
             QStringLiteral("demo/null"));

    auto unknown = imports.import(999);
    QVERIFY(unknown);
    QVERIFY(!unknown->has_value());
}

void TestImportRepository::finishWritesTheFigures()
{
    ImportRepository imports(*m_db);
    auto id = imports.begin(sample());
    QVERIFY(id);
    ImportRecord done = sample();
    done.importId = *id;
    done.sourceSha256 = QStringLiteral("ab12");
    done.finishedAt = QStringLiteral("2026-11-23T10:00:07Z");
    done.rowsRead = 9;
    done.rowsSkipped = 1;
    done.warnings = 3;
    done.householdsAdded = 4;
    done.householdsChanged = 5;
    done.householdsUnchanged = 6;
    done.householdsMissing = 7;
    done.membersAdded = 8;
    done.membersChanged = 9;
    done.membersUnchanged = 10;
    done.membersMissing = 11;
    // What begin() wrote and finish() does not change: kind, source, officer, start.
    ImportRecord changedIdentity = done;
    changedIdentity.sourceName = QStringLiteral("other.csv");
    changedIdentity.officerId = QStringLiteral("officer-2");
    changedIdentity.startedAt = QStringLiteral("2026-11-24T00:00:00Z");
    changedIdentity.demo = true;
    QVERIFY(imports.finish(changedIdentity));
    QCOMPARE(imports.import(*id).value(), std::optional<ImportRecord>(done));
}

void TestImportRepository::rejectedRowsAreKeptInLineOrder()
{
    ImportRepository imports(*m_db);
    auto id = imports.begin(sample());
    QVERIFY(id);
    const RejectedRow later{12, QStringLiteral("NIK has 15 digits"), QStringLiteral("H0002,\"a, b\"")};
    const RejectedRow earlier{3, QStringLiteral("skipped with line 2"), QStringLiteral("H0001,x")};
    QVERIFY(imports.addRejectedRow(*id, later));
    QVERIFY(imports.addRejectedRow(*id, earlier)); // the prepared statement, used again
    auto rows = imports.rejectedRows(*id);
    QVERIFY(rows);
    QCOMPARE(*rows, (QList<RejectedRow>{earlier, later}));
    QVERIFY(imports.rejectedRows(*id + 1).value().isEmpty());
    // A line is kept once per import.
    QVERIFY(!imports.addRejectedRow(*id, later));
}

void TestImportRepository::lastFinishedAtIsTheNewest()
{
    ImportRepository imports(*m_db);
    QCOMPARE(imports.lastFinishedAt().value(), QString()); // nothing imported yet
    ImportRecord first = sample();
    first.finishedAt = QStringLiteral("2026-08-01T09:00:00Z");
    ImportRecord second = sample();
    second.finishedAt = QStringLiteral("2026-11-23T10:00:00Z");
    QVERIFY(imports.begin(second));
    QVERIFY(imports.begin(first)); // an older one recorded later
    QCOMPARE(imports.lastFinishedAt().value(), QStringLiteral("2026-11-23T10:00:00Z"));
}

void TestImportRepository::aRollbackLeavesNoImport()
{
    {
        Transaction tx(*m_db);
        QVERIFY(tx.begin());
        ImportRepository imports(*m_db);
        auto id = imports.begin(sample());
        QVERIFY(id);
        QVERIFY(imports.addRejectedRow(*id, {1, QStringLiteral("reason"), QStringLiteral("raw")}));
        // Destroyed with its statement before the transaction ends, as the importer does.
    }
    QCOMPARE(m_db->queryInt(u"SELECT count(*) FROM imports").value(), 0);
    QCOMPARE(m_db->queryInt(u"SELECT count(*) FROM rejected_rows").value(), 0);
}

void TestImportRepository::findingsAreReplacedPerHousehold()
{
    QVERIFY(test::importDemoVillage(*m_db, 3, 5, QDate(2026, 3, 2)));
    auto page = HouseholdRepository(*m_db).page(0, 2);
    QVERIFY(page && page->size() == 2);
    const QString first = page->at(0).householdId;
    const QString second = page->at(1).householdId;
    auto household = HouseholdRepository(*m_db).household(first);
    QVERIFY(household && household->has_value());
    const QString person = (*household)->members.constFirst().personId();

    Issue onField;
    onField.householdId = first;
    onField.personId = person;
    onField.rule = QStringLiteral("V07");
    onField.severity = Severity::Warning;
    onField.field = Field::BirthDate;
    onField.column = QStringLiteral("ignored: the field names the column");
    onField.args = QStringList{QStringLiteral("1990-01-01"), QStringLiteral("010190")};
    Issue onColumn;
    onColumn.householdId = first;
    onColumn.rule = QStringLiteral("V14");
    onColumn.severity = Severity::Warning;
    onColumn.column = QStringLiteral("kk_number");
    Issue other = onColumn;
    other.householdId = second;
    {
        RecordIssueRepository issues(*m_db);
        QVERIFY(issues.removeForHousehold(first));
        QVERIFY(issues.removeForHousehold(second));
        QVERIFY(issues.add(onField));
        QVERIFY(issues.add(onColumn));
        QVERIFY(issues.add(other));
    }
    auto stored = RecordIssueRepository(*m_db).forHousehold(first);
    QVERIFY(stored);
    QCOMPARE(stored->size(), 2);
    // The household's own finding (no person) first, then the members' in family order.
    const Issue &household0 = stored->at(0);
    QCOMPARE(household0.rule, QStringLiteral("V14"));
    QVERIFY(household0.personId.isEmpty());
    QCOMPARE(household0.column, QStringLiteral("kk_number"));
    QCOMPARE(household0.field, std::optional<Field>(Field::KkNumber));
    QVERIFY(household0.args.isEmpty());
    const Issue &member0 = stored->at(1);
    QCOMPARE(member0.rule, QStringLiteral("V07"));
    QCOMPARE(member0.personId, person);
    QCOMPARE(member0.severity, Severity::Warning);
    QCOMPARE(member0.field, std::optional<Field>(Field::BirthDate));
    QCOMPARE(member0.column, columnName(Field::BirthDate));
    QCOMPARE(member0.args, onField.args);

    // Removing one household's findings leaves the other's.
    {
        RecordIssueRepository issues(*m_db);
        QVERIFY(issues.removeForHousehold(first));
        QVERIFY(issues.removeForHousehold(first)); // nothing left: still fine
    }
    QVERIFY(RecordIssueRepository(*m_db).forHousehold(first).value().isEmpty());
    QCOMPARE(RecordIssueRepository(*m_db).forHousehold(second).value().size(), 1);
}

QTEST_GUILESS_MAIN(TestImportRepository)
#include "tst_ImportRepository.moc"
