// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// HouseholdWriter, the one home of household and member writes (issue 11 §5), on its own: what
// HouseholdRepository reads back is what it wrote, with versions, kept columns and missing marks.
// The importer's own tests (models.snapshot_import) cover it end to end.
#include "models/domain/Household.h"
#include "models/repo/HouseholdRepository.h"
#include "models/repo/HouseholdWriter.h"
#include "models/vault/Database.h"
#include "models/vault/Transaction.h"
#include "tests/support/ScratchVault.h"

#include <QTemporaryDir>
#include <QTest>

using namespace verdes;

// The import the writes belong to: the demo village's, the only one in the vault (the writer stores
// its id as first_import / last_import, which must name an import).
constexpr qint64 kImport = 1;

class TestHouseholdWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void theSameContentChangesNothing();
    void aChangeRaisesTheVersion();
    void keptColumnsKeepTheStoredValues();
    void aNewHouseholdAndMemberAreAdded();
    void whatIsNoLongerThereIsMarkedMissing();

private:
    Household stored(const QString &id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_first;
};

void TestHouseholdWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    test::ScratchVault scratch(m_dir->filePath(QStringLiteral("vault.db")));
    auto db = scratch.create();
    QVERIFY(db);
    m_db = std::move(db).value();
    QVERIFY(test::importDemoVillage(*m_db, 5, 3, QDate(2026, 3, 2)));
    auto page = HouseholdRepository(*m_db).page(0, 1);
    QVERIFY(page && page->size() == 1);
    m_first = page->first().householdId;
}

void TestHouseholdWriter::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

Household TestHouseholdWriter::stored(const QString &id)
{
    auto household = HouseholdRepository(*m_db).household(id, true);
    if (!household || !household->has_value()) {
        return {};
    }
    return **household;
}

void TestHouseholdWriter::theSameContentChangesNothing()
{
    Household household = stored(m_first);
    QVERIFY(!household.members.isEmpty());
    Transaction tx(*m_db);
    QVERIFY(tx.begin());
    HouseholdWriter writer(*m_db);
    QVERIFY(writer.prepare());
    QVERIFY(!writer.hadNoMembers());
    auto outcome = writer.writeHousehold(household, kImport);
    QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().detail));
    QCOMPARE(*outcome, HouseholdWriter::Outcome::Unchanged);
    Member member = household.members.first();
    auto memberOutcome = writer.writeMember(m_first, member, 0, kImport);
    QVERIFY(memberOutcome);
    QCOMPARE(*memberOutcome, HouseholdWriter::Outcome::Unchanged);
}

void TestHouseholdWriter::aChangeRaisesTheVersion()
{
    Household household = stored(m_first);
    const qint64 version = household.version;
    household.setValue(Field::Dusun, QStringLiteral("KRAJAN BARU"));
    {
        Transaction tx(*m_db);
        QVERIFY(tx.begin());
        HouseholdWriter writer(*m_db);
        QVERIFY(writer.prepare());
        auto outcome = writer.writeHousehold(household, kImport);
        QVERIFY(outcome);
        QCOMPARE(*outcome, HouseholdWriter::Outcome::Changed);
        QVERIFY(tx.commit());
    }
    const Household after = stored(m_first);
    QCOMPARE(after.value(Field::Dusun), QStringLiteral("KRAJAN BARU"));
    QCOMPARE(after.version, version + 1);
}

void TestHouseholdWriter::keptColumnsKeepTheStoredValues()
{
    Household household = stored(m_first);
    const QString dusun = household.value(Field::Dusun);
    QVERIFY(!dusun.isEmpty());
    household.setValue(Field::Dusun, QString()); // as a file without that column reads it
    Transaction tx(*m_db);
    QVERIFY(tx.begin());
    HouseholdWriter writer(*m_db, {Field::Dusun});
    QVERIFY(writer.prepare());
    auto outcome = writer.writeHousehold(household, kImport);
    QVERIFY(outcome);
    QCOMPARE(*outcome, HouseholdWriter::Outcome::Unchanged);
    QCOMPARE(household.value(Field::Dusun), dusun); // filled from the vault
    QVERIFY(tx.commit());
    QCOMPARE(stored(m_first).value(Field::Dusun), dusun);

    // Without keeping it, an empty value is a change like any other.
    household.setValue(Field::Dusun, QString());
    Transaction again(*m_db);
    QVERIFY(again.begin());
    HouseholdWriter plain(*m_db);
    QVERIFY(plain.prepare());
    outcome = plain.writeHousehold(household, kImport);
    QVERIFY(outcome);
    QCOMPARE(*outcome, HouseholdWriter::Outcome::Changed);
}

void TestHouseholdWriter::aNewHouseholdAndMemberAreAdded()
{
    Household household = stored(m_first);
    const QString id = QStringLiteral("new-000001");
    household.setValue(Field::HouseholdId, id);
    Member member = household.members.first();
    member.setValue(Field::PersonId, QStringLiteral("new-000001-01"));
    {
        Transaction tx(*m_db);
        QVERIFY(tx.begin());
        HouseholdWriter writer(*m_db);
        QVERIFY(writer.prepare());
        auto outcome = writer.writeHousehold(household, kImport);
        QVERIFY(outcome);
        QCOMPARE(*outcome, HouseholdWriter::Outcome::Added);
        auto memberOutcome = writer.writeMember(id, member, 0, kImport);
        QVERIFY(memberOutcome);
        QCOMPARE(*memberOutcome, HouseholdWriter::Outcome::Added);
        QVERIFY(tx.commit());
    }
    const Household added = stored(id);
    QCOMPARE(added.householdId(), id);
    QCOMPARE(added.version, 1);
    QCOMPARE(added.members.size(), 1);
    QCOMPARE(added.members.first().personId(), QStringLiteral("new-000001-01"));
    QCOMPARE(added.members.first().name(), member.name());
}

void TestHouseholdWriter::whatIsNoLongerThereIsMarkedMissing()
{
    auto before = HouseholdRepository(*m_db).count();
    QVERIFY(before && *before == 5);
    Transaction tx(*m_db);
    QVERIFY(tx.begin());
    HouseholdWriter writer(*m_db);
    QVERIFY(writer.prepare());
    auto missing = writer.markMissingHouseholds(
        [this](const QString &id) {
            return id != m_first;
        },
        kImport);
    QVERIFY2(missing, missing ? "" : qPrintable(missing.error().detail));
    QCOMPARE(*missing, 1);
    const QStringList kept{stored(m_first).members.first().personId()};
    auto missingMembers = writer.markMissingMembers(
        [this, &kept](const QString &id) {
            return !kept.contains(id);
        },
        kImport);
    QVERIFY(missingMembers);
    QCOMPARE(*missingMembers, 1);
    QVERIFY(tx.commit());
    auto after = HouseholdRepository(*m_db).count();
    QVERIFY(after);
    QCOMPARE(*after, 4);
    // Marked, never deleted: still there when asked for, with a new version.
    const Household gone = stored(m_first);
    QCOMPARE(gone.householdId(), m_first);
    auto present = HouseholdRepository(*m_db).household(m_first, false);
    QVERIFY(present && present->has_value());
    QCOMPARE((*present)->members.size(), gone.members.size() - 1);
}

QTEST_GUILESS_MAIN(TestHouseholdWriter)
#include "tst_HouseholdWriter.moc"
