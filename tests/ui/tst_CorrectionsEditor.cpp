// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The field corrections of a proposal on the offscreen platform, on a demo vault: a row shows the
// field's value in the vault now, follows the record and field chosen, names the household given;
// "Add correction" adds a household row, "Remove correction" removes the selected one.
#include "models/proposals/ProposalRepository.h"
#include "models/vault/Database.h"
#include "tests/support/ScratchVault.h"
#include "ui/proposals/CorrectionsEditor.h"

#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

using namespace verdes;
using namespace verdes::ui;

class TestCorrectionsEditor final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::ScratchVault> m_scratch;
    std::unique_ptr<Database> m_db;
    QString m_household;
    QString m_person;

    QString current(const QString &table, const QString &id, const QString &column)
    {
        auto value = ProposalRepository(*m_db).currentValue(table, id, column);
        return value ? *value : QStringLiteral("<error>");
    }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("VERDES_KDF_FAST", "1");
        QVERIFY(m_dir.isValid());
        m_scratch = std::make_unique<test::ScratchVault>(m_dir.filePath(QStringLiteral("corrections.db")));
        auto db = m_scratch->create();
        QVERIFY(db);
        m_db = std::move(*db);
        QVERIFY(test::importDemoVillage(*m_db, 20, 5, QDate(2026, 11, 23)));
        auto member = test::householdWithSecondMember(*m_db);
        QVERIFY(member);
        std::tie(m_household, m_person) = *member;
    }

    void oldValuesFromTheVault()
    {
        CorrectionsEditor editor;
        editor.setDatabase(*m_db);
        editor.setRecords(m_household, {{m_person, QStringLiteral("ANGGOTA")}});
        QSignalSpy changed(&editor, &CorrectionsEditor::changed);
        editor.addChange(
            kHouseholdsTable, m_household, QStringLiteral("floor_area_m2"), QStringLiteral("45"));
        editor.addChange(kMembersTable, m_person, QStringLiteral("name"), QStringLiteral("NAMA BARU"));
        QVERIFY(changed.size() >= 2);
        const QList<FieldChange> changes = editor.changes(m_household);
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0).table, kHouseholdsTable);
        QCOMPARE(changes.at(0).recordId, m_household);
        QCOMPARE(changes.at(0).column, QStringLiteral("floor_area_m2"));
        QCOMPARE(changes.at(0).oldValue,
                 current(kHouseholdsTable, m_household, QStringLiteral("floor_area_m2")));
        QCOMPARE(changes.at(0).newValue, QStringLiteral("45"));
        QCOMPARE(changes.at(1).table, kMembersTable);
        QCOMPARE(changes.at(1).recordId, m_person);
        QCOMPARE(changes.at(1).oldValue, current(kMembersTable, m_person, QStringLiteral("name")));
        QVERIFY(!changes.at(1).oldValue.isEmpty());
        // A household row names the household given when read.
        QCOMPARE(editor.changes(QStringLiteral("other")).at(0).recordId, QStringLiteral("other"));
        QCOMPARE(editor.changes(QStringLiteral("other")).at(1).recordId, m_person);
    }

    void followsTheChosenField()
    {
        CorrectionsEditor editor;
        editor.setDatabase(*m_db);
        editor.setRecords(m_household, {{m_person, QStringLiteral("ANGGOTA")}});
        editor.addChange(kHouseholdsTable, m_household, QStringLiteral("floor_area_m2"), {});
        auto *table = editor.findChild<QTableWidget *>(QStringLiteral("changesTable"));
        auto *record = qobject_cast<QComboBox *>(table->cellWidget(0, 0));
        auto *field = qobject_cast<QComboBox *>(table->cellWidget(0, 1));
        QVERIFY(record != nullptr && field != nullptr);
        QCOMPARE(record->count(), 2); // the household and its one member given
        QVERIFY(field->findData(QStringLiteral("household_id")) < 0);
        QVERIFY(field->findData(QStringLiteral("desil")) < 0);
        record->setCurrentIndex(1);
        QVERIFY(field->findData(QStringLiteral("name")) >= 0);
        field->setCurrentIndex(field->findData(QStringLiteral("name")));
        QCOMPARE(table->item(0, 2)->text(), current(kMembersTable, m_person, QStringLiteral("name")));
        QCOMPARE(editor.changes(m_household).at(0).recordId, m_person);
    }

    void addAndRemove()
    {
        CorrectionsEditor editor;
        editor.setDatabase(*m_db);
        editor.setRecords(m_household, {});
        auto *table = editor.findChild<QTableWidget *>(QStringLiteral("changesTable"));
        editor.findChild<QPushButton *>(QStringLiteral("addCorrectionButton"))->click();
        editor.findChild<QPushButton *>(QStringLiteral("addCorrectionButton"))->click();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(editor.changes(m_household).at(0).table, kHouseholdsTable);
        QSignalSpy changed(&editor, &CorrectionsEditor::changed);
        table->setCurrentCell(0, 3);
        editor.findChild<QPushButton *>(QStringLiteral("removeCorrectionButton"))->click();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(changed.size(), 1);
        editor.clear();
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(editor.changes(m_household).isEmpty());
    }
};

QTEST_MAIN(TestCorrectionsEditor)
#include "tst_CorrectionsEditor.moc"
