// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The household picker of the proposal editor, on the offscreen platform over a demo village:
// search by name and by NIK prefix, NIK and KK masked in the table, the "no household found"
// state, keyboard (focus, arrows, Enter, Esc) and double click, and picking loads the household
// into the editor.
#include "models/demo/DemoRowSource.h"
#include "models/domain/RegionTable.h"
#include "models/domain/Validation.h"
#include "models/io/SnapshotImporter.h"
#include "models/search/SearchHit.h"
#include "models/vault/Database.h"
#include "models/vault/Statement.h"
#include "tests/support/FakeClock.h"
#include "tests/support/ScratchVault.h"
#include "ui/proposals/HouseholdPicker.h"
#include "ui/proposals/ProposalEditor.h"

#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace verdes;
using verdes::ui::HouseholdPicker;

namespace {

const QDate kToday(2026, 11, 23);

Actor actorWith(Role role)
{
    Actor a;
    a.officerId = QStringLiteral("officer-1");
    a.name = QStringLiteral("Operator Uji");
    a.role = role;
    return a;
}

struct Person
{
    QString householdId;
    QString personId;
    QString name;
    QString nik;
    QString kk;
};

// The households (by id) listed in the picker's table, in order.
QStringList listedHouseholds(const HouseholdPicker &picker)
{
    QStringList ids;
    for (int row = 0; row < picker.table()->rowCount(); ++row) {
        ids << picker.table()->item(row, HouseholdPicker::HeadColumn)->data(Qt::UserRole).toString();
    }
    return ids;
}

} // namespace

class TestHouseholdPicker : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::ScratchVault> m_vault;
    std::unique_ptr<Database> m_db;

    // A head of household with a NIK, a KK number and a name of one word or more (the `offset`-th).
    Person head(int offset = 0)
    {
        Statement st(*m_db,
                     u"SELECT m.household_id, m.person_id, m.name, m.nik, h.kk_number FROM members m "
                     u"JOIN households h ON h.household_id = m.household_id WHERE m.relationship = 1 AND "
                     u"length(m.nik) = 16 AND length(h.kk_number) = 16 ORDER BY m.household_id "
                     u"LIMIT 1 OFFSET ?1");
        st.bindAt(1, qint64(offset));
        auto row = st.step();
        if (!row || !*row) {
            return {};
        }
        return Person{st.text(0), st.text(1), st.text(2), st.text(3), st.text(4)};
    }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_vault = std::make_unique<test::ScratchVault>(m_dir.filePath(QStringLiteral("picker.db")));
        auto db = m_vault->create();
        QVERIFY(db);
        m_db = std::move(*db);
        auto village = test::importDemoVillage(*m_db, 80, 3, kToday);
        QVERIFY2(village, village ? "" : qPrintable(village.error().detail));
        QVERIFY(!head().householdId.isEmpty());
    }

    void cleanup()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<QDialog *>(widget); dialog != nullptr && dialog->isVisible()) {
                dialog->done(QDialog::Rejected);
            }
        }
    }

    void emptyBoxAsksWhatToType()
    {
        HouseholdPicker picker(*m_db);
        QCOMPARE(picker.resultCount(), 0);
        QVERIFY(picker.statusText().contains(QStringLiteral("Type a name")));
        QVERIFY(!picker.findChild<QPushButton *>(QStringLiteral("pickerOkButton"))->isEnabled());
    }

    void searchByName()
    {
        const Person person = head();
        HouseholdPicker picker(*m_db);
        picker.setSearchText(person.name);
        QVERIFY(picker.resultCount() > 0);
        QVERIFY(listedHouseholds(picker).contains(person.householdId));
        const int row = static_cast<int>(listedHouseholds(picker).indexOf(person.householdId));
        QCOMPARE(picker.table()->item(row, HouseholdPicker::HeadColumn)->text(), person.name);
        // The first result is selected, so Enter picks at once.
        QVERIFY(!picker.selectedHousehold().isEmpty());
        QVERIFY(picker.findChild<QPushButton *>(QStringLiteral("pickerOkButton"))->isEnabled());
        QVERIFY(picker.statusText().contains(QStringLiteral("found")));
        // Typing is searched after a short pause, through the event loop.
        HouseholdPicker typed(*m_db);
        QTest::keyClicks(
            typed.searchEdit(),
            person.name.left(person.name.indexOf(u' ') > 0 ? person.name.indexOf(u' ') : person.name.size()));
        QCOMPARE(typed.resultCount(), 0);
        QTRY_VERIFY(typed.resultCount() > 0);
    }

    void searchByNikPrefixMasksNumbers()
    {
        const Person person = head(1);
        HouseholdPicker picker(*m_db);
        picker.setSearchText(person.nik.left(12));
        QVERIFY(picker.resultCount() > 0);
        const int row = static_cast<int>(listedHouseholds(picker).indexOf(person.householdId));
        QVERIFY(row >= 0);
        QCOMPARE(picker.table()->item(row, HouseholdPicker::NikColumn)->text(),
                 SearchHit::maskNumber(person.nik));
        QCOMPARE(picker.table()->item(row, HouseholdPicker::KkColumn)->text(),
                 SearchHit::maskNumber(person.kk));
        QVERIFY(picker.table()->item(row, HouseholdPicker::NikColumn)->text().startsWith(person.nik.left(4)));
        QVERIFY(picker.table()->item(row, HouseholdPicker::NikColumn)->text().endsWith(person.nik.right(4)));
        // No cell shows a whole NIK or KK number.
        for (int r = 0; r < picker.table()->rowCount(); ++r) {
            for (int column = 0; column < HouseholdPicker::ColumnCount; ++column) {
                const QString text = picker.table()->item(r, column)->text();
                QVERIFY2(!text.contains(person.nik) && !text.contains(person.kk), qPrintable(text));
                static const QRegularExpression sixteenDigits(QStringLiteral("\\d{16}"));
                QVERIFY2(!text.contains(sixteenDigits), qPrintable(text));
            }
        }
        // The KK number finds the household too.
        picker.setSearchText(person.kk);
        QVERIFY(listedHouseholds(picker).contains(person.householdId));
    }

    void noHouseholdFound()
    {
        HouseholdPicker picker(*m_db);
        QSignalSpy picked(&picker, &HouseholdPicker::householdPicked);
        picker.show();
        picker.setSearchText(QStringLiteral("zzzzqqq xxyyww"));
        QCOMPARE(picker.resultCount(), 0);
        QVERIFY2(picker.statusText().contains(QStringLiteral("No household found")),
                 qPrintable(picker.statusText()));
        QVERIFY(picker.statusText().contains(QStringLiteral("zzzzqqq")));
        QVERIFY(!picker.findChild<QPushButton *>(QStringLiteral("pickerOkButton"))->isEnabled());
        // Enter with nothing found picks nothing and keeps the dialog open.
        picker.accept();
        QCOMPARE(picked.count(), 0);
        QVERIFY(picker.isVisible());
        QVERIFY(picker.pickedHousehold().isEmpty());
        // A NIK prefix that matches no one.
        picker.setSearchText(QStringLiteral("0000 0000 0000"));
        QCOMPARE(picker.resultCount(), 0);
        QVERIFY(picker.statusText().contains(QStringLiteral("No household found")));
    }

    void keyboardPicksAndCancels()
    {
        const Person person = head(2);
        HouseholdPicker picker(*m_db);
        QSignalSpy picked(&picker, &HouseholdPicker::householdPicked);
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        picker.activateWindow();
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(picker.searchEdit()));
        // A query that lists several households: Down moves to the second, Enter picks it.
        picker.setSearchText(QStringLiteral("rt 1"));
        QVERIFY(picker.resultCount() > 1);
        const QString second = listedHouseholds(picker).at(1);
        QTest::keyClick(picker.searchEdit(), Qt::Key_Down);
        QCOMPARE(picker.selectedHousehold(), second);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(picker.searchEdit()));
        QTest::keyClick(picker.searchEdit(), Qt::Key_Return);
        QCOMPARE(picked.count(), 1);
        QCOMPARE(picked.first().first().toString(), second);
        QCOMPARE(picker.result(), int(QDialog::Accepted));
        QVERIFY(!picker.isVisible());

        // Esc cancels: nothing is picked.
        HouseholdPicker other(*m_db);
        QSignalSpy otherPicked(&other, &HouseholdPicker::householdPicked);
        other.show();
        QVERIFY(QTest::qWaitForWindowExposed(&other));
        other.setSearchText(person.name);
        QTest::keyClick(other.searchEdit(), Qt::Key_Escape);
        QCOMPARE(other.result(), int(QDialog::Rejected));
        QVERIFY(!other.isVisible());
        QCOMPARE(otherPicked.count(), 0);
    }

    void doubleClickPicks()
    {
        HouseholdPicker picker(*m_db);
        QSignalSpy picked(&picker, &HouseholdPicker::householdPicked);
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        picker.setSearchText(QStringLiteral("rt 2"));
        QVERIFY(picker.resultCount() > 1);
        const QString second = listedHouseholds(picker).at(1);
        QTableWidget *table = picker.table();
        const QRect cell = table->visualItemRect(table->item(1, HouseholdPicker::HeadColumn));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(picked.count(), 1);
        QCOMPARE(picked.first().first().toString(), second);
        QCOMPARE(picker.pickedHousehold(), second);
    }

    void pickingLoadsTheHouseholdIntoTheEditor()
    {
        const Person person = head(3);
        ui::ProposalEditor editor(*m_db, actorWith(Role::Operator));
        editor.startNew({}, {}, ProposalType::MemberDeceased);
        editor.show();
        auto *button = editor.findChild<QPushButton *>(QStringLiteral("householdSearchButton"));
        QVERIFY(button != nullptr);
        QVERIFY(button->isEnabled());
        button->click();
        auto *picker = editor.findChild<HouseholdPicker *>(QStringLiteral("householdPicker"));
        QVERIFY(picker != nullptr);
        QVERIFY(picker->isVisible());
        picker->setSearchText(person.nik);
        QCOMPARE(picker->selectedHousehold(), person.householdId);
        picker->accept();
        QCOMPARE(editor.formProposal().householdId, person.householdId);
        QCOMPARE(editor.findChild<QLineEdit *>(QStringLiteral("householdLineEdit"))->text(),
                 person.householdId);
        auto *members = editor.findChild<QListWidget *>(QStringLiteral("personListWidget"));
        QVERIFY(members->count() > 0);
        bool headListed = false;
        for (int row = 0; row < members->count(); ++row) {
            headListed = headListed || members->item(row)->data(Qt::UserRole).toString() == person.personId;
        }
        QVERIFY(headListed);
        // The picker is gone once it picked (deleted on close).
        QTRY_VERIFY(editor.findChild<HouseholdPicker *>(QStringLiteral("householdPicker")) == nullptr);

        // Cancelling keeps the household the editor had.
        button->click();
        picker = editor.findChild<HouseholdPicker *>(QStringLiteral("householdPicker"));
        QVERIFY(picker != nullptr);
        picker->setSearchText(head(4).name);
        picker->reject();
        QCOMPARE(editor.formProposal().householdId, person.householdId);
    }

    // A member who is not the head: the row names the head, and the member found beside it.
    void otherMemberShowsTheHeadAndTheMemberFound()
    {
        Statement st(*m_db,
                     u"SELECT m.household_id, m.name, h.name FROM members m JOIN members h ON "
                     u"h.household_id = m.household_id AND h.relationship = 1 WHERE m.relationship <> 1 "
                     u"AND m.name <> '' ORDER BY m.household_id LIMIT 1");
        auto found = st.step();
        QVERIFY(found && *found);
        const QString householdId = st.text(0);
        const QString memberName = st.text(1);
        const QString headName = st.text(2);
        HouseholdPicker picker(*m_db);
        picker.setSearchText(memberName);
        const int row = static_cast<int>(listedHouseholds(picker).indexOf(householdId));
        QVERIFY(row >= 0);
        QCOMPARE(picker.table()->item(row, HouseholdPicker::HeadColumn)->text(), headName);
        QCOMPARE(picker.table()->item(row, HouseholdPicker::FoundColumn)->text(), memberName);
        QCOMPARE(listedHouseholds(picker).count(householdId), 1); // one row per household
    }

    void searchButtonFollowsTheEditor()
    {
        // A viewer may not create proposals: the button is disabled with the rest of the form.
        ui::ProposalEditor viewer(*m_db, actorWith(Role::Viewer));
        viewer.startNew({});
        QVERIFY(!viewer.findChild<QPushButton *>(QStringLiteral("householdSearchButton"))->isEnabled());
        ui::ProposalEditor operatorEditor(*m_db, actorWith(Role::Operator));
        operatorEditor.startNew({});
        QVERIFY(
            operatorEditor.findChild<QPushButton *>(QStringLiteral("householdSearchButton"))->isEnabled());
    }
};

QTEST_MAIN(TestHouseholdPicker)
#include "tst_HouseholdPicker.moc"
