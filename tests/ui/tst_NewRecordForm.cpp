// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The new-record form of the proposal editor on the offscreen platform, on a demo vault: a
// NEW_MEMBER filled through the widget API, saved, reopened and marked ready; a NEW_HOUSEHOLD with
// its head and two more members round-trips; a missing required field, a malformed NIK and a second
// head block "ready" with their messages; a warning shows but does not block; the diff shows code
// labels and masked numbers.
#include "models/demo/DemoRowSource.h"
#include "models/domain/Codes.h"
#include "models/domain/Field.h"
#include "models/domain/RegionTable.h"
#include "models/domain/Validation.h"
#include "models/io/SnapshotImporter.h"
#include "models/proposals/NewRecordCheck.h"
#include "models/proposals/ProposalRepository.h"
#include "models/repo/HouseholdRepository.h"
#include "models/vault/Database.h"
#include "models/vault/Statement.h"
#include "tests/support/FakeClock.h"
#include "tests/support/ScratchVault.h"
#include "ui/common/DateField.h"
#include "ui/proposals/NewRecordForm.h"
#include "ui/proposals/ProposalEditor.h"

#include <QBuffer>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace verdes;

namespace {

const QDate kToday(2026, 11, 23);
// A baby girl born 01-09-2026 (day + 40) and a man born 14-03-1975.
const QString kBabyNik = QStringLiteral("3310044109260001");
const QString kHeadNik = QStringLiteral("3310041403750002");

Actor actorWith(Role role)
{
    Actor a;
    a.officerId = QStringLiteral("officer-1");
    a.name = QStringLiteral("Operator Uji");
    a.role = role;
    return a;
}

QByteArray smallPng()
{
    QImage image(32, 24, QImage::Format_RGB32);
    image.fill(QColor(0x20, 0x60, 0xa0));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

const QString kMember = QString::fromUtf16(ui::NewRecordForm::kNewMemberKey);

// A complete new member (a birth in an existing family).
void fillBaby(ui::NewRecordForm &form)
{
    QVERIFY(form.setValue(kMember, QStringLiteral("name"), QStringLiteral("PUTRI AYU")));
    QVERIFY(form.setValue(kMember, QStringLiteral("sex"), QStringLiteral("2")));
    QVERIFY(form.setValue(kMember, QStringLiteral("birth_date"), QStringLiteral("2026-09-01")));
    QVERIFY(form.setValue(kMember, QStringLiteral("relationship"), QStringLiteral("3")));
    QVERIFY(form.setValue(kMember, QStringLiteral("nik"), kBabyNik));
    QVERIFY(form.setValue(kMember, QStringLiteral("religion"), QStringLiteral("1")));
}

void fillPerson(ui::NewRecordForm &form,
                const QString &key,
                const QString &name,
                const QString &sex,
                const QString &birth,
                const QString &relationship)
{
    QVERIFY(form.setValue(key, QStringLiteral("name"), name));
    QVERIFY(form.setValue(key, QStringLiteral("sex"), sex));
    QVERIFY(form.setValue(key, QStringLiteral("birth_date"), birth));
    if (!relationship.isEmpty()) {
        QVERIFY(form.setValue(key, QStringLiteral("relationship"), relationship));
    }
}

QString storedValue(const Proposal &p, const QString &key, const QString &column)
{
    for (const FieldChange &change : p.changes) {
        if (change.newRecordKey == key && change.column == column && change.recordId.isEmpty()) {
            return change.newValue;
        }
    }
    return {};
}

} // namespace

class TestNewRecordForm : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::ScratchVault> m_vault;
    std::unique_ptr<Database> m_db;
    QString m_village;

    // A present household with exactly one head.
    QString familyWithHead(int offset = 0)
    {
        Statement st(*m_db,
                     u"SELECT household_id FROM members WHERE relationship = 1 AND presence IN (1, 5) "
                     u"AND status = 'present' GROUP BY household_id HAVING COUNT(*) = 1 "
                     u"ORDER BY household_id LIMIT 1 OFFSET ?1");
        st.bindAt(1, qint64(offset));
        auto row = st.step();
        return row && *row ? st.text(0) : QString();
    }

    // A NEW_MEMBER editor for a family, with reason, date and KK evidence; the form filled by `fill`.
    void startNewMember(ui::ProposalEditor &editor, const QString &household)
    {
        editor.startNew(household, {}, ProposalType::NewMember);
        editor.setReason(QStringLiteral("Kelahiran anak kedua"));
        editor.setEventDate(QDate(2026, 9, 1));
        QVERIFY(editor.addEvidence(EvidenceKind::Kk, QStringLiteral("kk.png"), smallPng()));
    }

    // A NEW_HOUSEHOLD editor with everything but the form's data.
    void startNewHousehold(ui::ProposalEditor &editor)
    {
        editor.startNew({}, {}, ProposalType::NewHousehold);
        editor.setReason(QStringLiteral("Keluarga baru pindah datang dari Boyolali"));
        editor.setChannel(Channel::WalkIn);
        for (const EvidenceKind kind :
             {EvidenceKind::Ktp, EvidenceKind::Kk, EvidenceKind::HousePhotos, EvidenceKind::Coords}) {
            QVERIFY(editor.addEvidence(kind, QStringLiteral("bukti.png"), smallPng()));
        }
    }

    void fillHousehold(ui::NewRecordForm &form)
    {
        const QString h;
        QVERIFY(form.setValue(h, QStringLiteral("rw"), QStringLiteral("2")));
        QVERIFY(form.setValue(h, QStringLiteral("rt"), QStringLiteral("3")));
        QVERIFY(form.setValue(h, QStringLiteral("address"), QStringLiteral("JL. MAWAR 5")));
        QVERIFY(form.setValue(h, QStringLiteral("kk_number"), QStringLiteral("3310040101260077")));
        QVERIFY(form.setValue(h, QStringLiteral("tenure"), QStringLiteral("1")));
        QVERIFY(form.setValue(h, QStringLiteral("floor_area_m2"), QStringLiteral("45")));
        QVERIFY(form.setValue(h, QStringLiteral("floor"), QStringLiteral("2")));
        QVERIFY(form.setValue(h, QStringLiteral("wall"), QStringLiteral("1")));
        QVERIFY(form.setValue(h, QStringLiteral("roof"), QStringLiteral("2")));
        QVERIFY(form.setValue(h, QStringLiteral("water_source"), QStringLiteral("3")));
        QVERIFY(form.setValue(h, QStringLiteral("lighting"), QStringLiteral("1")));
        QVERIFY(form.setValue(h, QStringLiteral("cooking_fuel"), QStringLiteral("4")));
        QVERIFY(form.setValue(h, QStringLiteral("toilet_facility"), QStringLiteral("1")));
        const QString head = kNewHeadKey;
        fillPerson(form,
                   head,
                   QStringLiteral("BUDI SANTOSO"),
                   QStringLiteral("1"),
                   QStringLiteral("1975-03-14"),
                   {});
        QVERIFY(form.setValue(head, QStringLiteral("nik"), kHeadNik));
        QVERIFY(form.setValue(head, QStringLiteral("marital_status"), QStringLiteral("2")));
    }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_vault = std::make_unique<test::ScratchVault>(m_dir.filePath(QStringLiteral("ui.db")));
        auto db = m_vault->create();
        QVERIFY(db);
        m_db = std::move(*db);
        auto village = test::importDemoVillage(*m_db, 60, 11, kToday);
        QVERIFY2(village, village ? "" : qPrintable(village.error().detail));
        m_village = *village;
        QVERIFY(m_db->execute(
            QStringLiteral("INSERT OR REPLACE INTO vault_meta (key, value) VALUES ('village_code', '%1')")
                .arg(m_village)));
        QVERIFY(!familyWithHead().isEmpty());
    }

    void formOnlyForNewRecordTypes()
    {
        ui::ProposalEditor editor(*m_db, actorWith(Role::Operator));
        ui::NewRecordForm *form = editor.newRecordForm();
        QVERIFY(form);
        const int tab = [&] { // the tab that holds the form, however deep
            for (QWidget *widget = form; widget != nullptr; widget = widget->parentWidget()) {
                if (const int index = editor.tabs()->indexOf(widget); index >= 0) {
                    return index;
                }
            }
            return -1;
        }();
        QVERIFY(tab > 0);
        editor.startNew(familyWithHead(), {}, ProposalType::MemberDeceased);
        QVERIFY(!form->isActive());
        QVERIFY(!editor.tabs()->isTabVisible(tab));
        QVERIFY(form->changes().isEmpty());
        editor.setType(ProposalType::NewMember);
        QVERIFY(form->isActive());
        QVERIFY(editor.tabs()->isTabVisible(tab));
        QCOMPARE(form->memberKeys(), QStringList{kMember});
        editor.setType(ProposalType::NewHousehold);
        QCOMPARE(form->memberKeys(), QStringList{kNewHeadKey});
        QVERIFY(editor.tabs()->isTabVisible(tab));
        // Back to a correction: the form is gone from the proposal, and desil is never offered.
        editor.setType(ProposalType::DataUpdate);
        QVERIFY(!editor.tabs()->isTabVisible(tab));
        editor.addFieldChange(
            kHouseholdsTable, familyWithHead(), QStringLiteral("floor_area_m2"), QStringLiteral("36"));
        auto *table = editor.findChild<QTableWidget *>(QStringLiteral("changesTable"));
        QVERIFY(table && table->rowCount() == 1);
        auto *column = qobject_cast<QComboBox *>(table->cellWidget(0, 1));
        QVERIFY(column);
        QVERIFY(column->findData(QStringLiteral("floor_area_m2")) >= 0);
        QCOMPARE(column->findData(QStringLiteral("desil")), -1);
        QCOMPARE(editor.formProposal().changes.size(), 1);
    }

    void widgetsFollowTheFieldTable()
    {
        ui::ProposalEditor editor(*m_db, actorWith(Role::Operator));
        editor.startNew({}, {}, ProposalType::NewHousehold);
        ui::NewRecordForm *form = editor.newRecordForm();
        // Coded fields are combos with their labels in the interface language.
        auto *floor = qobject_cast<QComboBox *>(form->fieldEditor({}, QStringLiteral("floor")));
        QVERIFY(floor);
        QVERIFY(floor->findText(CodeText::label(CodeList::Floor, 2)) > 0);
        QVERIFY(qobject_cast<ui::DateField *>(form->fieldEditor(kNewHeadKey, QStringLiteral("birth_date"))));
        QVERIFY(qobject_cast<QLineEdit *>(form->fieldEditor(kNewHeadKey, QStringLiteral("name"))));
        // Required columns are marked; optional ones are offered too.
        QVERIFY(form->isRequired({}, QStringLiteral("roof")));
        QVERIFY(form->isRequired(kNewHeadKey, QStringLiteral("nik")));
        QVERIFY(!form->isRequired({}, QStringLiteral("dusun")));
        QVERIFY(form->fieldEditor({}, QStringLiteral("dusun")));
        QVERIFY(form->fieldEditor(kNewHeadKey, QStringLiteral("health_insurance")));
        // The village comes from the vault and cannot be changed; desil is never offered.
        QCOMPARE(form->value({}, QStringLiteral("village_code")), m_village);
        QVERIFY(!form->setValue({}, QStringLiteral("village_code"), QStringLiteral("3310042999")));
        QVERIFY(!form->fieldEditor({}, QStringLiteral("village_code"))->isEnabled());
        QVERIFY(!form->fieldEditor({}, QStringLiteral("desil")));
        QVERIFY(!form->fieldEditor(kNewHeadKey, QStringLiteral("person_id")));
        // The head is the head; a code that is not in the list is refused.
        QCOMPARE(form->value(kNewHeadKey, QStringLiteral("relationship")), QStringLiteral("1"));
        QVERIFY(!form->fieldEditor(kNewHeadKey, QStringLiteral("relationship"))->isEnabled());
        QVERIFY(!form->setValue(kNewHeadKey, QStringLiteral("relationship"), QStringLiteral("3")));
        QCOMPARE(form->value(kNewHeadKey, QStringLiteral("relationship")), QStringLiteral("1"));
        QVERIFY(!form->setValue({}, QStringLiteral("floor"), QStringLiteral("42")));
        QVERIFY(!form->setValue({}, QStringLiteral("rt"), QStringLiteral("abc")));
        // Flags: a sum of checks; "none" stands alone.
        QVERIFY(form->setValue(kNewHeadKey, QStringLiteral("health_insurance"), QStringLiteral("5")));
        QCOMPARE(form->value(kNewHeadKey, QStringLiteral("health_insurance")), QStringLiteral("5"));
        QVERIFY(form->setValue(kNewHeadKey, QStringLiteral("health_insurance"), QStringLiteral("0")));
        QCOMPARE(form->value(kNewHeadKey, QStringLiteral("health_insurance")), QStringLiteral("0"));
    }

    void newMemberRoundTripsAndBecomesReady()
    {
        const QString household = familyWithHead();
        qint64 id = 0;
        {
            ui::ProposalEditor editor(*m_db, actorWith(Role::Operator));
            startNewMember(editor, household);
            ui::NewRecordForm *form = editor.newRecordForm();
            QVERIFY(editor.formProposal().missingRequirements().join(u'\n').contains(
                FieldText::label(Field::Name)));
            fillBaby(*form);
            // The "what is missing" line follows the typing.
            QVERIFY2(editor.formProposal().isComplete(),
                     qPrintable(editor.formProposal().missingRequirements().join(u'\n')));
            QVERIFY2(form->errorTexts().isEmpty(), qPrintable(form->errorTexts().join(u'\n')));
            QVERIFY(editor.findChild<QLabel *>(QStringLiteral("missingLabel"))
                        ->text()
                        .contains(QStringLiteral("Complete")));
            QVERIFY2(editor.saveDraft(), qPrintable(editor.message()));
            id = editor.proposalId();
        }
        ui::ProposalEditor reopened(*m_db, actorWith(Role::Operator));
        QVERIFY(reopened.openProposal(id));
        ui::NewRecordForm *form = reopened.newRecordForm();
        QVERIFY(form->isActive());
        QCOMPARE(form->value(kMember, QStringLiteral("name")), QStringLiteral("PUTRI AYU"));
        QCOMPARE(form->value(kMember, QStringLiteral("birth_date")), QStringLiteral("2026-09-01"));
        QCOMPARE(form->value(kMember, QStringLiteral("nik")), kBabyNik);
        QCOMPARE(form->value(kMember, QStringLiteral("religion")), QStringLiteral("1"));
        // The diff shows labels and code labels, the NIK masked.
        const QString diff = reopened.diffText();
        QVERIFY2(diff.contains(FieldText::label(Field::Relationship)), qPrintable(diff));
        QVERIFY2(diff.contains(CodeText::label(CodeList::Relationship, 3)), qPrintable(diff));
        QVERIFY2(diff.contains(maskNumber(kBabyNik)), qPrintable(diff));
        QVERIFY2(!diff.contains(kBabyNik), qPrintable(diff));
        QVERIFY2(reopened.markReady(), qPrintable(reopened.message()));
        // Once ready the form cannot be edited.
        QVERIFY(!form->fieldEditor(kMember, QStringLiteral("name"))->isEnabled());
        auto stored = ProposalRepository(*m_db).get(id);
        QVERIFY(stored && stored->has_value());
        const Proposal &p = **stored;
        QCOMPARE(p.state, ProposalState::Ready);
        QCOMPARE(p.householdId, household);
        QCOMPARE(storedValue(p, kMember, QStringLiteral("name")), QStringLiteral("PUTRI AYU"));
        QCOMPARE(storedValue(p, kMember, QStringLiteral("sex")), QStringLiteral("2"));
        QCOMPARE(storedValue(p, kMember, QStringLiteral("relationship")), QStringLiteral("3"));
        QCOMPARE(storedValue(p, kMember, QStringLiteral("presence")), QStringLiteral("5"));
        for (const FieldChange &change : p.changes) {
            QCOMPARE(change.table, kMembersTable);
            QVERIFY(change.recordId.isEmpty());
            QCOMPARE(change.newRecordKey, kMember);
        }
    }

    void missingRequiredFieldBlocksReadyAndIsNamed()
    {
        ui::ProposalEditor editor(*m_db, actorWith(Role::Operator));
        startNewMember(editor, familyWithHead(1));
        ui::NewRecordForm *form = editor.newRecordForm();
        fillBaby(*form);
        QVERIFY(form->setValue(kMember, QStringLiteral("birth_date"), QString()));
        QVERIFY(!editor.markReady());
        QVERIFY2(editor.message().contains(FieldText::label(Field::BirthDate)), qPrintable(editor.message()));
        QCOMPARE(editor.proposalId(), 0); // nothing stored
        // Saved as a draft it stays a draft; the model refuses too.
        QVERIFY(editor.saveDraft());
        auto refused = ProposalRepository(*m_db).transition(
            actorWith(Role::Operator), editor.proposalId(), ProposalState::Ready, editor.proposal().revision);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::ProposalIncomplete);
    }

    void malformedNikBlocksReadyWithItsMessage()
    {
        ui::ProposalEditor editor(*m_db, actorWith(Role::Operator));
        startNewMember(editor, familyWithHead(2));
        ui::NewRecordForm *form = editor.newRecordForm();
        fillBaby(*form);
        QVERIFY(form->setValue(kMember, QStringLiteral("nik"), kBabyNik.left(15)));
        QVERIFY2(form->errorTexts().join(u'\n').contains(QStringLiteral("15 digits instead of 16")),
                 qPrintable(form->errorTexts().join(u'\n')));
        QVERIFY(form->findChild<QLabel *>(QStringLiteral("newRecordIssuesLabel"))
                    ->text()
                    .contains(QStringLiteral("15 digits instead of 16")));
        QVERIFY(!form->fieldEditor(kMember, QStringLiteral("nik"))->styleSheet().isEmpty());
        QVERIFY(editor.formProposal().isComplete()); // complete, yet not valid
        QVERIFY(!editor.markReady());
        QVERIFY2(editor.message().contains(QStringLiteral("15 digits instead of 16")),
                 qPrintable(editor.message()));
        QCOMPARE(editor.proposalId(), 0);
        // The model refuses it too, with the problem in its message.
        QVERIFY(editor.saveDraft());
        auto refused = ProposalRepository(*m_db).transition(
            actorWith(Role::Operator), editor.proposalId(), ProposalState::Ready, editor.proposal().revision);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::ProposalInvalidValues);
        QVERIFY(describe(refused.error()).contains(QStringLiteral("15 digits instead of 16")));
        // Corrected, it goes through.
        QVERIFY(form->setValue(kMember, QStringLiteral("nik"), kBabyNik));
        QVERIFY(form->errorTexts().isEmpty());
        QVERIFY(form->fieldEditor(kMember, QStringLiteral("nik"))->styleSheet().isEmpty());
        QVERIFY2(editor.markReady(), qPrintable(editor.message()));
        QCOMPARE(editor.proposal().state, ProposalState::Ready);
    }

    void secondHeadBlocksReady()
    {
        ui::ProposalEditor editor(*m_db, actorWith(Role::Operator));
        startNewMember(editor, familyWithHead(3));
        ui::NewRecordForm *form = editor.newRecordForm();
        fillBaby(*form);
        QVERIFY(form->setValue(kMember, QStringLiteral("relationship"), QStringLiteral("1")));
        QVERIFY2(form->errorTexts().join(u'\n').contains(QStringLiteral("it must have exactly one")),
                 qPrintable(form->errorTexts().join(u'\n')));
        QVERIFY(!editor.markReady());
        QVERIFY2(editor.message().contains(QStringLiteral("it must have exactly one")),
                 qPrintable(editor.message()));
        QVERIFY(editor.findChild<QLabel *>(QStringLiteral("missingLabel"))
                    ->text()
                    .contains(QStringLiteral("it must have exactly one")));
    }

    void anotherHouseholdRevalidates()
    {
        ui::ProposalEditor editor(*m_db, actorWith(Role::Operator));
        startNewMember(editor, familyWithHead(3));
        ui::NewRecordForm *form = editor.newRecordForm();
        fillBaby(*form);
        QVERIFY(form->setValue(kMember, QStringLiteral("relationship"), QStringLiteral("1")));
        QVERIFY(form->errorTexts().join(u'\n').contains(QStringLiteral("it must have exactly one")));
        // Typed into another family: checked against that one (here none is found, so no second head).
        auto *household = editor.findChild<QLineEdit *>(QStringLiteral("householdLineEdit"));
        QVERIFY(household);
        household->setText(QStringLiteral("NO-SUCH-FAMILY"));
        Q_EMIT household->editingFinished();
        QVERIFY2(!form->errorTexts().join(u'\n').contains(QStringLiteral("it must have exactly one")),
                 qPrintable(form->errorTexts().join(u'\n')));
        QCOMPARE(form->value(kMember, QStringLiteral("name")), QStringLiteral("PUTRI AYU"));
        // and back: the second head is found again.
        household->setText(familyWithHead(3));
        Q_EMIT household->editingFinished();
        QVERIFY(form->errorTexts().join(u'\n').contains(QStringLiteral("it must have exactly one")));
        QVERIFY(!editor.markReady());
    }

    void warningShowsButDoesNotBlock()
    {
        ui::ProposalEditor editor(*m_db, actorWith(Role::Operator));
        startNewMember(editor, familyWithHead(4));
        ui::NewRecordForm *form = editor.newRecordForm();
        fillBaby(*form);
        // The NIK's date (02-09-26) differs from the birth date: V07, a warning.
        QVERIFY(form->setValue(kMember, QStringLiteral("nik"), QStringLiteral("3310044209260001")));
        QVERIFY(form->errorTexts().isEmpty());
        // Said in words, the rule id only in the field's tooltip (issue 11 §3).
        const QString warnings = form->warningTexts().join(u'\n');
        QVERIFY2(warnings.contains(QStringLiteral("birth date in the NIK")), qPrintable(warnings));
        QVERIFY2(!warnings.contains(QStringLiteral("V07")), qPrintable(warnings));
        const QString shown = form->findChild<QLabel *>(QStringLiteral("newRecordIssuesLabel"))->text();
        QVERIFY2(shown.contains(QStringLiteral("birth date in the NIK")), qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("V07")), qPrintable(shown));
        QVERIFY2(editor.markReady(), qPrintable(editor.message()));
        QCOMPARE(editor.proposal().state, ProposalState::Ready);
    }

    void newHouseholdWithThreeMembersRoundTrips()
    {
        qint64 id = 0;
        {
            ui::ProposalEditor editor(*m_db, actorWith(Role::Operator));
            startNewHousehold(editor);
            ui::NewRecordForm *form = editor.newRecordForm();
            fillHousehold(*form);
            const QString wife = form->addMember();
            const QString child = form->addMember();
            QCOMPARE(form->memberKeys(), (QStringList{kNewHeadKey, wife, child}));
            QVERIFY(wife != child);
            // A member added but not filled is missing, by number.
            QVERIFY2(!editor.formProposal().isComplete(), "an empty further member must be missing");
            fillPerson(*form,
                       wife,
                       QStringLiteral("SRI WAHYUNI"),
                       QStringLiteral("2"),
                       QStringLiteral("1980-05-12"),
                       QStringLiteral("2"));
            fillPerson(*form,
                       child,
                       QStringLiteral("ANDI"),
                       QStringLiteral("1"),
                       QStringLiteral("2010-07-01"),
                       QStringLiteral("3"));
            QVERIFY2(editor.formProposal().isComplete(),
                     qPrintable(editor.formProposal().missingRequirements().join(u'\n')));
            QVERIFY2(form->errorTexts().isEmpty(), qPrintable(form->errorTexts().join(u'\n')));
            QVERIFY2(editor.saveDraft(), qPrintable(editor.message()));
            id = editor.proposalId();
        }
        ui::ProposalEditor reopened(*m_db, actorWith(Role::Operator));
        QVERIFY(reopened.openProposal(id));
        ui::NewRecordForm *form = reopened.newRecordForm();
        const QStringList keys = form->memberKeys();
        QCOMPARE(keys.size(), 3);
        QCOMPARE(keys.first(), kNewHeadKey);
        QCOMPARE(form->value(kNewHeadKey, QStringLiteral("name")), QStringLiteral("BUDI SANTOSO"));
        QCOMPARE(form->value(keys.at(1), QStringLiteral("name")), QStringLiteral("SRI WAHYUNI"));
        QCOMPARE(form->value(keys.at(2), QStringLiteral("birth_date")), QStringLiteral("2010-07-01"));
        QCOMPARE(form->value({}, QStringLiteral("floor")), QStringLiteral("2"));
        QCOMPARE(form->value({}, QStringLiteral("village_code")), m_village);
        const QString diff = reopened.diffText();
        QVERIFY2(diff.contains(maskNumber(kHeadNik)) && !diff.contains(kHeadNik), qPrintable(diff));
        QVERIFY2(diff.contains(maskNumber(QStringLiteral("3310040101260077"))), qPrintable(diff));
        QVERIFY2(diff.contains(CodeText::label(CodeList::Floor, 2)), qPrintable(diff));
        QVERIFY2(diff.contains(NewRecordCheck::tr("Member %1").arg(3)), qPrintable(diff));
        QVERIFY2(reopened.markReady(), qPrintable(reopened.message()));
        auto stored = ProposalRepository(*m_db).get(id);
        QVERIFY(stored && stored->has_value());
        const Proposal &p = **stored;
        QCOMPARE(p.state, ProposalState::Ready);
        QVERIFY(p.householdId.isEmpty());
        QCOMPARE(NewRecordCheck::memberKeys(p.changes), keys);
        QCOMPARE(storedValue(p, {}, QStringLiteral("village_code")), m_village);
        QCOMPARE(storedValue(p, {}, QStringLiteral("floor_area_m2")), QStringLiteral("45"));
        QCOMPARE(storedValue(p, keys.at(2), QStringLiteral("relationship")), QStringLiteral("3"));
        QCOMPARE(storedValue(p, keys.at(1), QStringLiteral("presence")), QStringLiteral("1"));
        QVERIFY(storedValue(p, {}, QStringLiteral("desil")).isEmpty());
    }

    void newHouseholdTwoHeadsAndRemovedMember()
    {
        ui::ProposalEditor editor(*m_db, actorWith(Role::Operator));
        startNewHousehold(editor);
        ui::NewRecordForm *form = editor.newRecordForm();
        fillHousehold(*form);
        QVERIFY(!form->removeMember(kNewHeadKey)); // the head stays
        const QString second = form->addMember();
        fillPerson(*form,
                   second,
                   QStringLiteral("JOKO"),
                   QStringLiteral("1"),
                   QStringLiteral("1970-01-01"),
                   QStringLiteral("1"));
        QVERIFY2(form->errorTexts().join(u'\n').contains(QStringLiteral("it must have exactly one")),
                 qPrintable(form->errorTexts().join(u'\n')));
        QVERIFY(!editor.markReady());
        QVERIFY2(editor.message().contains(QStringLiteral("it must have exactly one")),
                 qPrintable(editor.message()));
        // Removing the second head clears the error and its values.
        QVERIFY(form->removeMember(second));
        QVERIFY(!form->removeMember(second));
        QCOMPARE(form->memberKeys(), QStringList{kNewHeadKey});
        QVERIFY(form->errorTexts().isEmpty());
        for (const FieldChange &change : form->changes()) {
            QVERIFY(change.newRecordKey != second);
        }
        QVERIFY2(editor.markReady(), qPrintable(editor.message()));
    }

    void nikOfAnActiveMemberElsewhereBlocksReady()
    {
        const QString household = familyWithHead(5);
        Statement st(*m_db,
                     u"SELECT nik FROM members WHERE household_id <> ?1 AND presence IN (1, 5) AND "
                     u"status = 'present' AND length(nik) = 16 ORDER BY person_id LIMIT 1");
        st.bindAt(1, household);
        auto row = st.step();
        QVERIFY(row && *row);
        const QString taken = st.text(0);
        ui::ProposalEditor editor(*m_db, actorWith(Role::Operator));
        startNewMember(editor, household);
        ui::NewRecordForm *form = editor.newRecordForm();
        fillBaby(*form);
        QVERIFY(form->setValue(kMember, QStringLiteral("nik"), taken));
        const QString errors = form->errorTexts().join(u'\n');
        QVERIFY2(errors.contains(QStringLiteral("used by another active member")), qPrintable(errors));
        // The message masks the NIK it names.
        QVERIFY2(!errors.contains(taken), qPrintable(errors));
        QVERIFY(!editor.markReady());
        QVERIFY2(editor.message().contains(QStringLiteral("used by another active member")),
                 qPrintable(editor.message()));
    }

    void readyNewHouseholdIsReadOnly()
    {
        Statement st(*m_db,
                     u"SELECT proposal_id FROM proposals WHERE type = 'NEW_HOUSEHOLD' AND state = 'ready' "
                     u"ORDER BY proposal_id LIMIT 1");
        auto row = st.step();
        QVERIFY(row && *row);
        ui::ProposalEditor editor(*m_db, actorWith(Role::Operator));
        QVERIFY(editor.openProposal(st.int64(0)));
        ui::NewRecordForm *form = editor.newRecordForm();
        QVERIFY(form->isActive());
        QVERIFY(!form->fieldEditor({}, QStringLiteral("rt"))->isEnabled());
        QVERIFY(!form->fieldEditor(kNewHeadKey, QStringLiteral("name"))->isEnabled());
        QVERIFY(form->addMember().isEmpty());
        QVERIFY(!form->removeMember(form->memberKeys().last()));
        QCOMPARE(form->memberKeys().size(), 3);
    }

    void viewerCannotEditTheForm()
    {
        ui::ProposalEditor editor(*m_db, actorWith(Role::Viewer));
        editor.startNew({}, {}, ProposalType::NewHousehold);
        ui::NewRecordForm *form = editor.newRecordForm();
        QVERIFY(!form->fieldEditor(kNewHeadKey, QStringLiteral("name"))->isEnabled());
        QVERIFY(form->addMember().isEmpty());
        QVERIFY(!editor.markReady());
    }
};

QTEST_MAIN(TestNewRecordForm)
#include "tst_NewRecordForm.moc"
