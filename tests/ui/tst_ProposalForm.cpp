// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The fields of a proposal on the offscreen platform, on a demo vault: the household lists its
// members (none ticked, the head marked) without reporting a change; each type shows its own rows
// (a death asks for its date of death); what is loaded is written back unchanged; a new household
// typed is asked for once; only a new proposal may change its type and household; the fields keep
// the order of the form for the Tab key.
#include "models/vault/Database.h"
#include "tests/support/ScratchVault.h"
#include "ui/common/DateField.h"
#include "ui/proposals/ProposalEditor.h"
#include "ui/proposals/ProposalForm.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

Q_DECLARE_METATYPE(verdes::ProposalType)

using namespace verdes;
using namespace verdes::ui;

namespace {

QStringList names(const char *list)
{
    return QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class TestProposalForm final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::ScratchVault> m_scratch;
    std::unique_ptr<Database> m_db;
    QString m_household;
    QString m_person;

    static bool rowShown(ProposalForm &form, const char *name)
    {
        auto *widget = form.findChild<QWidget *>(QString::fromLatin1(name));
        return widget != nullptr && !widget->isHidden();
    }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("VERDES_KDF_FAST", "1");
        QVERIFY(m_dir.isValid());
        m_scratch = std::make_unique<test::ScratchVault>(m_dir.filePath(QStringLiteral("form.db")));
        auto db = m_scratch->create();
        QVERIFY(db);
        m_db = std::move(*db);
        QVERIFY(test::importDemoVillage(*m_db, 20, 5, QDate(2026, 11, 23)));
        auto member = test::householdWithSecondMember(*m_db);
        QVERIFY(member);
        std::tie(m_household, m_person) = *member;
    }

    void householdMembers()
    {
        ProposalForm form;
        form.setDatabase(*m_db);
        QSignalSpy changed(&form, &ProposalForm::changed);
        QSignalSpy loaded(&form, &ProposalForm::householdLoaded);
        form.loadHousehold(m_household);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().first().toString(), m_household);
        auto *persons = form.findChild<QListWidget *>(QStringLiteral("personListWidget"));
        QVERIFY(persons->count() >= 2);
        QCOMPARE(persons->count(), int(form.members().size()));
        QVERIFY(!form.headName().isEmpty());
        QCOMPARE(form.members().first().second, QStringLiteral("%1 (head)").arg(form.headName()));
        for (int row = 0; row < persons->count(); ++row) {
            QCOMPARE(persons->item(row)->checkState(), Qt::Unchecked);
        }
        form.setPersons({m_person});
        QCOMPARE(changed.size(), 1);
        Proposal p;
        form.writeTo(p);
        QCOMPARE(p.householdId, m_household);
        QCOMPARE(p.personIds, QStringList{m_person});

        form.loadHousehold(QStringLiteral("no-such-household"));
        QCOMPARE(persons->count(), 0);
        QCOMPARE(form.findChild<QLabel *>(QStringLiteral("householdInfoLabel"))->text(),
                 QStringLiteral("no such household"));
    }

    void rowsPerType_data()
    {
        QTest::addColumn<ProposalType>("type");
        QTest::addColumn<QStringList>("shown");
        QTest::addColumn<QStringList>("hidden");
        QTest::newRow("deceased") << ProposalType::MemberDeceased << names("eventDateEdit personListWidget")
                                  << names("destinationLineEdit correctionsEditor programmesBox");
        QTest::newRow("household-moved")
            << ProposalType::HouseholdMoved
            << names("destinationLineEdit destinationUnknownCheckBox latitudeLineEdit longitudeLineEdit")
            << names("personListWidget countryLineEdit correctionsEditor");
        QTest::newRow("data-update") << ProposalType::DataUpdate << names("correctionsEditor")
                                     << names("personListWidget newHeadComboBox ineligibleComboBox");
        QTest::newRow("ineligible") << ProposalType::Ineligible
                                    << names("ineligibleComboBox otherReasonLineEdit")
                                    << names("correctionsEditor objectorNameLineEdit");
        QTest::newRow("programme") << ProposalType::Programme << names("programmesBox reactivationCheckBox")
                                   << names("correctionsEditor");
        QTest::newRow("withdrawal") << ProposalType::Withdrawal << names("programmesBox")
                                    << names("reactivationCheckBox");
    }

    void rowsPerType()
    {
        QFETCH(ProposalType, type);
        QFETCH(QStringList, shown);
        QFETCH(QStringList, hidden);
        ProposalForm form;
        form.showRowsFor(type);
        for (const QString &name : shown) {
            QVERIFY2(rowShown(form, qPrintable(name)), qPrintable(name));
        }
        for (const QString &name : hidden) {
            QVERIFY2(!rowShown(form, qPrintable(name)), qPrintable(name));
        }
        const bool death = type == ProposalType::MemberDeceased;
        QCOMPARE(form.findChild<QLabel *>(QStringLiteral("dateLabel"))->text(),
                 death ? QStringLiteral("Date of death:") : QStringLiteral("Date:"));
    }

    void loadWritesBack()
    {
        ProposalForm form;
        form.setDatabase(*m_db);
        Proposal p;
        p.type = ProposalType::MemberMoved;
        p.channel = Channel::Operator;
        p.householdId = m_household;
        p.personIds = {m_person};
        p.reason = QStringLiteral("pindah ke kota");
        p.details.eventDate = QDate(2026, 10, 2);
        p.details.destination = QStringLiteral("Semarang");
        p.details.objectorName = QStringLiteral("tidak dipakai");
        form.load(p);
        QCOMPARE(form.type(), ProposalType::MemberMoved);
        Proposal written;
        form.writeTo(written);
        QCOMPARE(written.type, p.type);
        QCOMPARE(written.householdId, p.householdId);
        QCOMPARE(written.personIds, p.personIds);
        QCOMPARE(written.reason, p.reason);
        QVERIFY(written.details == p.details);
        QCOMPARE(form.dateField()->text(), QStringLiteral("02/10/2026"));

        form.clear(ProposalType::DataUpdate);
        Proposal cleared;
        form.writeTo(cleared);
        QCOMPARE(cleared.type, ProposalType::DataUpdate);
        QVERIFY(cleared.reason.isEmpty());
        QVERIFY(!cleared.details.eventDate.isValid());
        QVERIFY(cleared.details.destination.isEmpty());
    }

    void householdTyped()
    {
        ProposalForm form;
        form.setDatabase(*m_db);
        form.loadHousehold(m_household);
        QSignalSpy requested(&form, &ProposalForm::householdRequested);
        auto *edit = form.findChild<QLineEdit *>(QStringLiteral("householdLineEdit"));
        Q_EMIT edit->editingFinished(); // the same household: nothing to load
        QCOMPARE(requested.size(), 0);
        edit->setText(QStringLiteral("  other-household "));
        Q_EMIT edit->editingFinished();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toString(), QStringLiteral("other-household"));
    }

    void editable()
    {
        ProposalForm form;
        form.setEditable(true, true);
        QVERIFY(form.findChild<QComboBox *>(QStringLiteral("typeComboBox"))->isEnabled());
        QVERIFY(form.findChild<QPushButton *>(QStringLiteral("householdSearchButton"))->isEnabled());
        QVERIFY(!form.findChild<QLineEdit *>(QStringLiteral("householdLineEdit"))->isReadOnly());
        form.setEditable(true, false); // a stored proposal keeps its type and household
        QVERIFY(!form.findChild<QComboBox *>(QStringLiteral("typeComboBox"))->isEnabled());
        QVERIFY(!form.findChild<QPushButton *>(QStringLiteral("householdSearchButton"))->isEnabled());
        QVERIFY(form.findChild<QLineEdit *>(QStringLiteral("householdLineEdit"))->isReadOnly());
        QVERIFY(form.findChild<QLineEdit *>(QStringLiteral("latitudeLineEdit"))->isEnabled());
        form.setEditable(false, false);
        for (const char *name : {"reasonEdit",
                                 "personListWidget",
                                 "eventDateEdit",
                                 "latitudeLineEdit",
                                 "programmesBox",
                                 "correctionsEditor",
                                 "headDiedCheckBox"}) {
            QVERIFY2(!form.findChild<QWidget *>(QString::fromLatin1(name))->isEnabled(), name);
        }
    }

    // Tab goes through the editor's first tab in the order of the form, then the evidence, then
    // the buttons.
    void editorTabOrder()
    {
        Actor actor;
        actor.officerId = QStringLiteral("officer-1");
        actor.name = QStringLiteral("Operator Uji");
        actor.role = Role::Operator;
        ProposalEditor editor(*m_db, actor);
        editor.startNew(m_household, m_person, ProposalType::MemberMoved);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QStringList order;
        for (QWidget *w = editor.nextInFocusChain(); w != &editor; w = w->nextInFocusChain()) {
            if ((w->focusPolicy() & Qt::TabFocus) && w->isVisible() && !w->objectName().isEmpty()) {
                order << w->objectName();
            }
        }
        const QStringList expected{QStringLiteral("typeComboBox"),
                                   QStringLiteral("householdLineEdit"),
                                   QStringLiteral("householdSearchButton"),
                                   QStringLiteral("personListWidget"),
                                   QStringLiteral("channelComboBox"),
                                   QStringLiteral("reasonEdit"),
                                   QStringLiteral("destinationLineEdit"),
                                   QStringLiteral("evidenceListWidget"),
                                   QStringLiteral("evidenceKindComboBox"),
                                   QStringLiteral("addEvidenceButton"),
                                   QStringLiteral("saveDraftButton"),
                                   QStringLiteral("markReadyButton")};
        QStringList seen;
        for (const QString &name : order) {
            if (expected.contains(name)) {
                seen << name;
            }
        }
        QCOMPARE(seen, expected);
        // The date field's box comes between the reason and the destination.
        QWidget *dateBox = editor.eventDateField()->lineEdit();
        QWidget *w = editor.findChild<QWidget *>(QStringLiteral("reasonEdit"));
        while (w != dateBox && w != &editor && w->objectName() != QStringLiteral("destinationLineEdit")) {
            w = w->nextInFocusChain();
        }
        QCOMPARE(w, dateBox);
    }
};

QTEST_MAIN(TestProposalForm)
#include "tst_ProposalForm.moc"
