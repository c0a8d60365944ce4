// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Preparing a musdes on the offscreen platform, on a real vault with demo data, ready proposals and
// quality flags: a meeting created through the form (kind from the village, chair from the officers),
// attendees added and refused, the quorum line, the agenda filled from the ready proposals, reordered
// with Alt+Up / Alt+Down and checked in the vault, an item taken off (its proposal ready again),
// proposals picked and a flagged family added, the cut-off line, the banner about the last meeting,
// and the read-only view of a role that may not prepare.
#include "models/musdes/MeetingRepository.h"
#include "models/proposals/ProposalRepository.h"
#include "models/quality/QualityChecker.h"
#include "models/vault/Database.h"
#include "models/vault/DeviceKey.h"
#include "models/vault/Statement.h"
#include "models/vault/Transaction.h"
#include "tests/support/FakeClock.h"
#include "tests/support/ScratchVault.h"
#include "ui/common/DateField.h"
#include "ui/musdes/AgendaEditor.h"
#include "ui/musdes/AgendaTree.h"
#include "ui/musdes/AttendanceEditor.h"
#include "ui/musdes/FlaggedHouseholdPicker.h"
#include "ui/musdes/MeetingPage.h"
#include "ui/musdes/MeetingView.h"
#include "ui/musdes/ReadyProposalPicker.h"
#include "ui/settings/AppSettings.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace verdes;

namespace {

const QDate kToday(2026, 11, 23);
const QString kVillage = QStringLiteral("3310042001"); // a desa: its meetings are musdes
const QString kChair = QStringLiteral("Haji Sulaiman");
constexpr int kReady = 6;

Actor actorWith(Role role)
{
    Actor a;
    a.officerId = QStringLiteral("officer-1");
    a.name = QStringLiteral("Operator Uji");
    a.role = role;
    return a;
}

QList<Vault::OfficerInfo> officers()
{
    Vault::OfficerInfo op;
    op.officerId = QStringLiteral("officer-1");
    op.name = QStringLiteral("Operator Uji");
    op.role = Role::Operator;
    Vault::OfficerInfo chair;
    chair.officerId = QStringLiteral("officer-2");
    chair.name = kChair;
    chair.role = Role::Chair;
    return {op, chair};
}

QByteArray pdf()
{
    return QByteArrayLiteral("%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n");
}

} // namespace

class TestMeetingPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::ScratchVault> m_vault;
    std::unique_ptr<Database> m_db;
    QList<qint64> m_ready; // the ready proposals made in initTestCase

    std::unique_ptr<ui::MeetingPage> makePage(Role role = Role::Operator)
    {
        auto page = std::make_unique<ui::MeetingPage>(*m_db);
        page->setActor(actorWith(role));
        page->setVillageCode(kVillage);
        page->setOfficers(officers());
        page->setToday(kToday);
        page->resize(1300, 700);
        return page;
    }

    // A new meeting on `date` saved through the form; its id.
    qint64 createThroughForm(ui::MeetingPage &page, const QString &date, const QString &place)
    {
        page.newMeetingButton()->click();
        ui::MeetingView *view = page.meetingView();
        auto *dateField = view->findChild<ui::DateField *>(QStringLiteral("dateField"));
        QTest::keyClicks(dateField->lineEdit(), date);
        QTest::keyClicks(view->findChild<QLineEdit *>(QStringLiteral("timeLineEdit")),
                         QStringLiteral("9.30"));
        QTest::keyClicks(view->findChild<QLineEdit *>(QStringLiteral("placeLineEdit")), place);
        QTest::keyClick(
            view->findChild<QLineEdit *>(QStringLiteral("placeLineEdit")), Qt::Key_S, Qt::ControlModifier);
        return view->meetingId();
    }

    QList<qint64> storedOrder(qint64 meetingId)
    {
        QList<qint64> ids;
        auto agenda = MeetingRepository(*m_db).agenda(meetingId);
        if (agenda) {
            for (const AgendaItem &item : std::as_const(*agenda)) {
                ids.append(item.id);
            }
        }
        return ids;
    }

    ProposalState stateOf(qint64 proposalId)
    {
        auto proposal = ProposalRepository(*m_db).get(proposalId);
        return proposal && proposal->has_value() ? (*proposal)->state : ProposalState::Draft;
    }

    // The rows of the tree under the heading of `section`.
    QTreeWidgetItem *sectionRow(ui::AgendaTree *tree, AgendaSection section)
    {
        const QString label = MeetingText::sectionLabel(section);
        for (int top = 0; top < tree->topLevelItemCount(); ++top) {
            if (tree->topLevelItem(top)->text(0).startsWith(label)) {
                return tree->topLevelItem(top);
            }
        }
        return nullptr;
    }

    // The Alt+letter keys of what is visible in the page: buttons, labels with a buddy, tabs.
    static QStringList mnemonics(const QWidget *root)
    {
        static const QRegularExpression amp(QStringLiteral("&([^&])"));
        QStringList keys;
        const auto add = [&keys](const QString &text) {
            const auto match = amp.match(text);
            if (match.hasMatch()) {
                keys.append(match.captured(1).toLower());
            }
        };
        for (const QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
            if (button->isVisible()) {
                add(button->text());
            }
        }
        for (const QLabel *label : root->findChildren<QLabel *>()) {
            if (label->isVisible() && label->buddy() != nullptr) {
                add(label->text());
            }
        }
        for (const QTabBar *bar : root->findChildren<QTabBar *>()) {
            if (bar->isVisible()) {
                for (int tab = 0; tab < bar->count(); ++tab) {
                    add(bar->tabText(tab));
                }
            }
        }
        return keys;
    }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ui::AppSettings::setMeetingExpectedAttendance(0);
        ui::AppSettings::setMeetingCutOffDay(17);
        QVERIFY(m_dir.isValid());
        m_vault = std::make_unique<test::ScratchVault>(m_dir.filePath(QStringLiteral("musdes.db")));
        auto db = m_vault->create();
        QVERIFY(db);
        m_db = std::move(*db);
        auto village = test::importDemoVillage(*m_db, 120, 7, kToday);
        QVERIFY2(village, village ? "" : qPrintable(village.error().detail));
        test::FakeClock clock(QDateTime(kToday, QTime(10, 0), Qt::UTC));
        QVERIFY(QualityChecker(*m_db, clock).run(actorWith(Role::Operator)));
        // The device key that seals meetings.
        Transaction tx(*m_db);
        QVERIFY(tx.begin() && DeviceKey::create(*m_db, clock) && tx.commit());

        // Ready proposals: a member of several families reported deceased, with a letter.
        Statement st(*m_db,
                     u"SELECT household_id, person_id FROM members WHERE ordinal = 2 AND presence = 1 "
                     u"ORDER BY household_id LIMIT ?1");
        st.bindAt(1, qint64(kReady));
        ProposalRepository proposals(*m_db);
        while (true) {
            auto row = st.step();
            QVERIFY(row);
            if (!*row) {
                break;
            }
            Proposal p;
            p.type = ProposalType::MemberDeceased;
            p.channel = Channel::RtRw;
            p.householdId = st.text(0);
            p.personIds = {st.text(1)};
            p.reason = QStringLiteral("Meninggal menurut ketua RT");
            p.details.eventDate = QDate(2026, 10, 1);
            auto created = proposals.create(actorWith(Role::Operator),
                                            p,
                                            {{EvidenceKind::Statement, QStringLiteral("surat.pdf"), pdf()}});
            QVERIFY2(created, created ? "" : qPrintable(describe(created.error())));
            auto ready = proposals.transition(
                actorWith(Role::Operator), created->id, ProposalState::Ready, created->revision);
            QVERIFY2(ready, ready ? "" : qPrintable(describe(ready.error())));
            m_ready.append(created->id);
        }
        QCOMPARE(m_ready.size(), kReady);
    }

    void bannerWarnsWithoutASealedMeeting()
    {
        auto page = makePage();
        QVERIFY(page->isBannerWarning());
        QVERIFY2(page->bannerText().contains(QStringLiteral("No musdes has been sealed")),
                 qPrintable(page->bannerText()));
        bool warning = false;
        const QString old = ui::MeetingPage::bannerSentence(QDate(2026, 8, 1), kToday, &warning);
        QVERIFY(warning);
        QVERIFY2(old.contains(QStringLiteral("114 day")), qPrintable(old));
        QVERIFY(old.contains(QStringLiteral("Kepmensos 73/2024")));
        const QString recent = ui::MeetingPage::bannerSentence(QDate(2026, 11, 3), kToday, &warning);
        QVERIFY(!warning);
        QVERIFY2(recent.contains(QStringLiteral("20 day")), qPrintable(recent));
        // The 90th day is still within the three months.
        ui::MeetingPage::bannerSentence(kToday.addDays(-kMeetingWarnDays), kToday, &warning);
        QVERIFY(!warning);
        ui::MeetingPage::bannerSentence(kToday.addDays(-kMeetingWarnDays - 1), kToday, &warning);
        QVERIFY(warning);
    }

    void cutOffLine()
    {
        QCOMPARE(ui::AgendaEditor::cutOffSentence(QDate(2026, 12, 10), 17),
                 QStringLiteral("Makes the cut-off of %1")
                     .arg(QLocale().toString(QDate(2026, 12, 17), QStringLiteral("d MMMM yyyy"))));
        QCOMPARE(ui::AgendaEditor::cutOffSentence(QDate(2026, 12, 20), 17),
                 QStringLiteral("After this month's cut-off: counts for %1")
                     .arg(QLocale().toString(QDate(2027, 1, 17), QStringLiteral("MMMM yyyy"))));
        QVERIFY(!ui::AgendaEditor::cutOffSentence(QDate(), 17).isEmpty());
    }

    void createsAMeetingThroughTheForm()
    {
        auto page = makePage();
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        QVERIFY(page->isListShown());
        page->newMeetingButton()->click();
        QVERIFY(!page->isListShown());
        ui::MeetingView *view = page->meetingView();
        // The village's kind and the chair officer by default; attendance and agenda wait for the save.
        QCOMPARE(view->findChild<QComboBox *>(QStringLiteral("kindComboBox"))->currentText(),
                 MeetingText::kindLabel(MeetingKind::Musdes));
        QCOMPARE(view->findChild<QComboBox *>(QStringLiteral("chairComboBox"))->currentText(), kChair);
        QVERIFY(!view->tabs()->isTabEnabled(ui::MeetingView::AgendaTab));

        // Saving without a date is refused, in words.
        view->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        QCOMPARE(view->meetingId(), 0);
        QVERIFY2(view->messageText().contains(QStringLiteral("date")), qPrintable(view->messageText()));

        auto *dateField = view->findChild<ui::DateField *>(QStringLiteral("dateField"));
        QTest::keyClicks(dateField->lineEdit(), QStringLiteral("10/12/2026"));
        QTest::keyClicks(view->findChild<QLineEdit *>(QStringLiteral("timeLineEdit")),
                         QStringLiteral("9.30"));
        QTest::keyClicks(view->findChild<QLineEdit *>(QStringLiteral("placeLineEdit")),
                         QStringLiteral("Balai Desa"));
        QVERIFY(view->isDirty());
        QTest::keyClick(
            view->findChild<QLineEdit *>(QStringLiteral("placeLineEdit")), Qt::Key_S, Qt::ControlModifier);
        QVERIFY2(view->meetingId() != 0, qPrintable(view->messageText()));
        QVERIFY(!view->isDirty());
        QVERIFY(view->tabs()->isTabEnabled(ui::MeetingView::AgendaTab));

        auto stored = MeetingRepository(*m_db).get(view->meetingId());
        QVERIFY(stored && stored->has_value());
        const Meeting &meeting = **stored;
        QCOMPARE(meeting.kind, MeetingKind::Musdes);
        QCOMPARE(meeting.date, QDate(2026, 12, 10));
        QCOMPARE(meeting.time, QTime(9, 30));
        QCOMPARE(meeting.place, QStringLiteral("Balai Desa"));
        QCOMPARE(meeting.chair, kChair);
        QVERIFY(!meeting.number.isEmpty());
        QVERIFY(view->headerText().contains(meeting.number));

        // A change of the place is saved when going back to the list (Alt+Left), and listed there.
        auto *place = view->findChild<QLineEdit *>(QStringLiteral("placeLineEdit"));
        place->selectAll();
        QTest::keyClicks(place, QStringLiteral("Pendopo Kelurahan"));
        QTest::keyClick(place, Qt::Key_Left, Qt::AltModifier);
        QVERIFY(page->isListShown());
        QCOMPARE(MeetingRepository(*m_db).get(meeting.id)->value().place,
                 QStringLiteral("Pendopo Kelurahan"));
        QTableWidget *table = page->table();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, ui::MeetingPage::NumberColumn)->text(), meeting.number);
        QCOMPARE(table->item(0, ui::MeetingPage::PlaceColumn)->text(), QStringLiteral("Pendopo Kelurahan"));
        QCOMPARE(table->item(0, ui::MeetingPage::SealColumn)->text(), QStringLiteral("Not sealed"));
        // Enter on the row opens it again, on its agenda.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        QVERIFY(!page->isListShown());
        QCOMPARE(page->shownMeeting(), meeting.id);
        QCOMPARE(view->tabs()->currentIndex(), int(ui::MeetingView::AgendaTab));
    }

    void attendeesAndQuorum()
    {
        auto page = makePage();
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        const qint64 id =
            createThroughForm(*page, QStringLiteral("11/12/2026"), QStringLiteral("Balai Desa"));
        QVERIFY(id != 0);
        ui::MeetingView *view = page->meetingView();
        view->tabs()->setCurrentIndex(ui::MeetingView::AttendanceTab);
        ui::AttendanceEditor *attendance = view->attendanceEditor();
        auto *name = attendance->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"));
        auto *rtRw = attendance->findChild<QLineEdit *>(QStringLiteral("rtRwLineEdit"));
        auto *role = attendance->findChild<QComboBox *>(QStringLiteral("roleComboBox"));

        // Typed as an officer would: name, role, RT/RW, Enter.
        QTest::keyClicks(name, QStringLiteral("Sutrisno"));
        role->setCurrentIndex(role->findText(MeetingText::roleLabel(AttendeeRole::RtRw)));
        QTest::keyClicks(rtRw, QStringLiteral("3/2"));
        QTest::keyClick(rtRw, Qt::Key_Return);
        QCOMPARE(attendance->attendees().size(), 1);
        QCOMPARE(attendance->attendees().first().rtRw, QStringLiteral("003/002"));
        QCOMPARE(attendance->attendees().first().role, AttendeeRole::RtRw);
        QVERIFY(name->text().isEmpty());

        // A wrong RT/RW is refused and nothing is added.
        QTest::keyClicks(name, QStringLiteral("Siti Aminah"));
        QTest::keyClicks(rtRw, QStringLiteral("tiga"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(attendance->attendees().size(), 1);
        QVERIFY2(attendance->messageText().contains(QStringLiteral("RT/RW")),
                 qPrintable(attendance->messageText()));
        rtRw->clear();
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(attendance->attendees().size(), 2);
        attendance->setEntry(QStringLiteral("Bambang"), AttendeeRole::Bpd, {}, true);
        QVERIFY(attendance->submitEntry());
        attendance->setEntry(QStringLiteral("Wartini"), AttendeeRole::PendampingPkh);
        QVERIFY(attendance->submitEntry());

        // A name is needed.
        attendance->setEntry(QString(), AttendeeRole::Other);
        QVERIFY(!attendance->submitEntry());

        // Changing one: Enter on its row, a new name, Enter.
        QTableWidget *table = attendance->table();
        table->setFocus();
        table->selectRow(1);
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(name->text(), QStringLiteral("Siti Aminah"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Siti Aminah Rahayu"));
        QTest::keyClick(name, Qt::Key_Return);
        auto stored = MeetingRepository(*m_db).attendees(id);
        QVERIFY(stored);
        QCOMPARE(stored->size(), 4);
        QCOMPARE(stored->at(1).name, QStringLiteral("Siti Aminah Rahayu"));
        QVERIFY(stored->at(2).signedOnPaper);
        // Space ticks "signed on paper", straight into the vault.
        table->setFocus();
        table->selectRow(0);
        QTest::keyClick(table, Qt::Key_Space);
        QVERIFY(MeetingRepository(*m_db).attendees(id)->at(0).signedOnPaper);

        // The quorum: not configured, then reached, then not (never blocking).
        QVERIFY2(attendance->quorumText().contains(QStringLiteral("Present: 4")),
                 qPrintable(attendance->quorumText()));
        attendance->setExpected(6);
        QCOMPARE(attendance->quorumText(), QStringLiteral("Present 4 of 6 — quorum reached"));
        QVERIFY(view->summaryText().contains(QStringLiteral("quorum reached")));
        attendance->setExpected(20);
        QVERIFY2(attendance->quorumText().startsWith(QStringLiteral("Present 4 of 20 — no quorum yet")),
                 qPrintable(attendance->quorumText()));
        QCOMPARE(ui::AppSettings::meetingExpectedAttendance(), 20);

        // Delete removes the selected one.
        table->setFocus();
        table->selectRow(3);
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(MeetingRepository(*m_db).attendees(id)->size(), 3);
        QVERIFY(attendance->quorumText().startsWith(QStringLiteral("Present 3 of 20")));
        attendance->setExpected(0);
    }

    void agendaFromReadyProposals()
    {
        auto page = makePage();
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        const qint64 id =
            createThroughForm(*page, QStringLiteral("12/12/2026"), QStringLiteral("Balai Desa"));
        QVERIFY(id != 0);
        ui::MeetingView *view = page->meetingView();
        view->tabs()->setCurrentIndex(ui::MeetingView::AgendaTab);
        ui::AgendaEditor *agenda = view->agendaEditor();
        QVERIFY2(agenda->cutOffText().startsWith(QStringLiteral("Makes the cut-off of")),
                 qPrintable(agenda->cutOffText()));
        QSignalSpy changed(page.get(), &ui::MeetingPage::proposalsChanged);

        agenda->findChild<QPushButton *>(QStringLiteral("addAllReadyButton"))->click();
        QCOMPARE(changed.count(), 1);
        QList<qint64> order = storedOrder(id);
        QCOMPARE(order.size(), kReady);
        for (const qint64 proposal : std::as_const(m_ready)) {
            QCOMPARE(stateOf(proposal), ProposalState::OnAgenda);
        }
        QVERIFY(view->summaryText().contains(QStringLiteral("%1 item").arg(kReady)));

        // The items sit under their section's heading, between the opening and the closing.
        ui::AgendaTree *tree = agenda->tree();
        QCOMPARE(tree->topLevelItem(0)->text(0), MeetingText::openingLabel());
        QCOMPARE(tree->topLevelItem(tree->topLevelItemCount() - 1)->text(0), MeetingText::closingLabel());
        const AgendaSection section = sectionForType(ProposalType::MemberDeceased);
        QTreeWidgetItem *heading = sectionRow(tree, section);
        QVERIFY(heading != nullptr);
        QCOMPARE(heading->childCount(), kReady);

        // Alt+Down moves the first item one down, in the vault; Alt+Up brings it back.
        const qint64 first = ui::AgendaTree::itemIdOf(heading->child(0));
        tree->setFocus();
        QVERIFY(agenda->selectItem(first));
        QTest::keyClick(tree, Qt::Key_Down, Qt::AltModifier);
        order = storedOrder(id);
        QCOMPARE(order.indexOf(first), 1);
        QCOMPARE(agenda->selectedItem(), first);
        QTest::keyClick(tree, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(storedOrder(id).indexOf(first), 2);
        QTest::keyClick(tree, Qt::Key_Up, Qt::AltModifier);
        QTest::keyClick(tree, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(storedOrder(id).indexOf(first), 0);
        // Up from the top of a section does nothing.
        const QList<qint64> top = storedOrder(id);
        QTest::keyClick(tree, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(storedOrder(id), top);
        // The last item cannot go further down.
        const qint64 last = ui::AgendaTree::itemIdOf(sectionRow(tree, section)->child(kReady - 1));
        QVERIFY(agenda->selectItem(last));
        const QList<qint64> before = storedOrder(id);
        QTest::keyClick(tree, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(storedOrder(id), before);
        // The drop position a drag would ask for: the first item dropped below the third lands third.
        heading = sectionRow(tree, section);
        QCOMPARE(
            ui::AgendaTree::dropPosition(heading->child(0), heading->child(2), ui::AgendaTree::DropAt::Below),
            3);
        QCOMPARE(
            ui::AgendaTree::dropPosition(heading->child(2), heading->child(0), ui::AgendaTree::DropAt::Above),
            1);
        QCOMPARE(ui::AgendaTree::dropPosition(heading->child(1), heading, ui::AgendaTree::DropAt::On), 1);
        QCOMPARE(
            ui::AgendaTree::dropPosition(heading->child(1), heading->child(1), ui::AgendaTree::DropAt::Above),
            0);
        QCOMPARE(ui::AgendaTree::dropPosition(
                     heading->child(0), tree->topLevelItem(0), ui::AgendaTree::DropAt::Below),
                 0);
        Q_EMIT tree->moveRequested(first, 3);
        QCOMPARE(storedOrder(id).indexOf(first), 2);

        // Delete takes an item off; its proposal is ready again.
        QVERIFY(agenda->selectItem(first));
        auto item = MeetingRepository(*m_db).item(id, first);
        QVERIFY(item && item->has_value());
        const qint64 proposal = (*item)->proposalId.value_or(0);
        QTest::keyClick(tree, Qt::Key_Delete);
        QCOMPARE(storedOrder(id).size(), kReady - 1);
        QVERIFY(!storedOrder(id).contains(first));
        QCOMPARE(stateOf(proposal), ProposalState::Ready);
        QVERIFY(agenda->messageText().contains(QStringLiteral("ready again")));

        // Picked again from the ready proposals.
        agenda->findChild<QPushButton *>(QStringLiteral("addProposalsButton"))->click();
        auto *picker = agenda->findChild<ui::ReadyProposalPicker *>();
        QVERIFY(picker != nullptr);
        QCOMPARE(picker->proposalCount(), 1);
        QVERIFY(!picker->findChild<QPushButton *>(QStringLiteral("pickerOkButton"))->isEnabled());
        QVERIFY(picker->setTicked(proposal, true));
        picker->accept();
        QCOMPARE(storedOrder(id).size(), kReady);
        QCOMPARE(stateOf(proposal), ProposalState::OnAgenda);

        // A flagged family, in the flagged section.
        agenda->findChild<QPushButton *>(QStringLiteral("addHouseholdButton"))->click();
        auto *families = agenda->findChild<ui::FlaggedHouseholdPicker *>();
        QVERIFY(families != nullptr);
        QVERIFY(families->shownCount() > 0);
        const QString household = families->selectedHousehold();
        QVERIFY(!household.isEmpty());
        families->accept();
        QCOMPARE(storedOrder(id).size(), kReady + 1);
        QTreeWidgetItem *flagged = sectionRow(tree, AgendaSection::Flagged);
        QCOMPARE(flagged->childCount(), 1);
        QCOMPARE(flagged->child(0)->text(ui::AgendaTree::TypeColumn),
                 QStringLiteral("Family with a warning"));
        // The same family is not offered twice.
        agenda->pickHousehold();
        const auto pickers = agenda->findChildren<ui::FlaggedHouseholdPicker *>();
        ui::FlaggedHouseholdPicker *again = pickers.constLast();
        QVERIFY(!again->selectHousehold(household));
        again->reject();

        // Taking the remaining items off leaves every proposal ready for the next test.
        for (const qint64 itemId : storedOrder(id)) {
            QVERIFY(agenda->selectItem(itemId));
            agenda->removeSelected();
        }
        QCOMPARE(storedOrder(id).size(), 0);
        for (const qint64 ready : std::as_const(m_ready)) {
            QCOMPARE(stateOf(ready), ProposalState::Ready);
        }
    }

    void mnemonicsDoNotClash_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>(
            "menus"); // the main window's menus: File, Edit, Vault, Proposal, View, Help
        QTest::newRow("en") << QString() << QStringLiteral("feapvh");
        QTest::newRow("id") << QStringLiteral("id") << QStringLiteral("bskuta");
    }

    // The page lives in the main window: its Alt+letter keys are distinct on every screen it shows,
    // and none opens a menu instead, in both languages.
    void mnemonicsDoNotClash()
    {
        QFETCH(QString, language);
        QFETCH(QString, menus);
        QTranslator translator;
        if (!language.isEmpty()) {
            QVERIFY(translator.load(QStringLiteral(":/i18n/verdes_%1.qm").arg(language)));
            QVERIFY(QCoreApplication::installTranslator(&translator));
        }
        auto page = makePage();
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        QVERIFY(page->table()->rowCount() > 0);
        const auto check = [&menus](const QStringList &keys, const char *where) {
            for (const QString &key : keys) {
                QVERIFY2(keys.count(key) == 1,
                         qPrintable(QStringLiteral("%1: Alt+%2 twice").arg(QLatin1String(where), key)));
                QVERIFY2(
                    !menus.contains(key),
                    qPrintable(QStringLiteral("%1: Alt+%2 opens a menu").arg(QLatin1String(where), key)));
            }
        };
        check(mnemonics(page.get()), "list");
        // A meeting with attendees, to change one of them.
        qint64 id = 0;
        for (int row = 0; row < page->table()->rowCount(); ++row) {
            if (page->table()->item(row, ui::MeetingPage::AttendeesColumn)->text() != u"0") {
                id = page->table()
                         ->item(row, ui::MeetingPage::NumberColumn)
                         ->data(Qt::UserRole + 1)
                         .toLongLong();
            }
        }
        QVERIFY(id != 0);
        QVERIFY(page->openMeeting(id));
        for (int tab = 0; tab < page->meetingView()->tabs()->count(); ++tab) {
            page->meetingView()->tabs()->setCurrentIndex(tab);
            check(mnemonics(page.get()), "meeting view");
        }
        page->meetingView()->attendanceEditor()->table()->selectRow(0);
        page->meetingView()->attendanceEditor()->editSelected();
        page->meetingView()->tabs()->setCurrentIndex(ui::MeetingView::AttendanceTab);
        check(mnemonics(page.get()), "changing an attendee");
        QCoreApplication::removeTranslator(&translator);
    }

    void runAndDocumentsAreAskedFor()
    {
        auto page = makePage();
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        QSignalSpy run(page.get(), &ui::MeetingPage::runRequested);
        QSignalSpy documents(page.get(), &ui::MeetingPage::documentsRequested);
        QSignalSpy sheet(page.get(), &ui::MeetingPage::attendanceSheetRequested);
        page->newMeetingButton()->click();
        ui::MeetingView *view = page->meetingView();
        // Not before the meeting exists.
        QVERIFY(!view->findChild<QPushButton *>(QStringLiteral("runButton"))->isEnabled());
        const qint64 id =
            createThroughForm(*page, QStringLiteral("14/12/2026"), QStringLiteral("Balai Desa"));
        QVERIFY(id != 0);
        view->findChild<QPushButton *>(QStringLiteral("runButton"))->click();
        view->findChild<QPushButton *>(QStringLiteral("documentsButton"))->click();
        view->attendanceEditor()->findChild<QPushButton *>(QStringLiteral("printSheetButton"))->click();
        QCOMPARE(run.count(), 1);
        QCOMPARE(run.first().first().toLongLong(), id);
        QCOMPARE(documents.count(), 1);
        QCOMPARE(documents.first().first().toLongLong(), id);
        QCOMPARE(sheet.count(), 1);
        QCOMPARE(sheet.first().first().toLongLong(), id);
    }

    void viewerSeesButDoesNotChange()
    {
        auto page = makePage(Role::Viewer);
        QVERIFY(!page->newMeetingButton()->isEnabled());
        QVERIFY(page->table()->rowCount() > 0);
        const qint64 id =
            page->table()->item(0, ui::MeetingPage::NumberColumn)->data(Qt::UserRole + 1).toLongLong();
        QVERIFY(page->openMeeting(id));
        ui::MeetingView *view = page->meetingView();
        QVERIFY(view->isReadOnly());
        QVERIFY(!view->noticeText().isEmpty());
        QVERIFY(!view->findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled());
        QVERIFY(!view->findChild<QLineEdit *>(QStringLiteral("placeLineEdit"))->isEnabled());
        QVERIFY(!view->agendaEditor()
                     ->findChild<QPushButton *>(QStringLiteral("addAllReadyButton"))
                     ->isEnabled());
        QVERIFY(
            !view->attendanceEditor()->findChild<QPushButton *>(QStringLiteral("addButton"))->isEnabled());
        QVERIFY(!view->agendaEditor()->tree()->isReorderable());
        for (const qint64 ready : std::as_const(m_ready)) {
            QCOMPARE(stateOf(ready), ProposalState::Ready);
        }
    }

    void sealedMeetingIsReadOnly()
    {
        // A short meeting sealed by the chair three days ago: one attendee, nothing on the agenda.
        MeetingRepository meetings(*m_db);
        MeetingDraft draft;
        draft.date = kToday.addDays(-3);
        draft.place = QStringLiteral("Balai Desa");
        draft.chair = kChair;
        auto created = meetings.create(actorWith(Role::Operator), draft);
        QVERIFY(created);
        Attendee attendee;
        attendee.name = QStringLiteral("Siti");
        attendee.role = AttendeeRole::Bpd;
        QVERIFY(meetings.addAttendee(actorWith(Role::Operator), created->id, attendee));
        Actor chair = actorWith(Role::Chair);
        chair.name = kChair;
        auto seal = meetings.seal(chair, created->id);
        QVERIFY2(seal, seal ? "" : qPrintable(describe(seal.error())));

        auto page = makePage();
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        // The banner counts the days since, without a warning.
        QVERIFY(!page->isBannerWarning());
        QVERIFY2(page->bannerText().contains(QStringLiteral("3 day")), qPrintable(page->bannerText()));
        QTableWidget *table = page->table();
        int row = -1;
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, ui::MeetingPage::NumberColumn)->text() == created->number) {
                row = r;
            }
        }
        QVERIFY(row >= 0);
        QCOMPARE(table->item(row, ui::MeetingPage::SealColumn)->text(),
                 QStringLiteral("Sealed · %1").arg(seal->shortHash()));

        QVERIFY(page->openMeeting(created->id));
        ui::MeetingView *view = page->meetingView();
        QVERIFY(view->isReadOnly());
        QVERIFY2(view->noticeText().contains(seal->shortHash()), qPrintable(view->noticeText()));
        QVERIFY(!view->findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled());
        QVERIFY(!view->findChild<QPushButton *>(QStringLiteral("runButton"))->isEnabled());
        QVERIFY(view->findChild<QPushButton *>(QStringLiteral("documentsButton"))->isEnabled());
        QVERIFY(!view->agendaEditor()
                     ->findChild<QPushButton *>(QStringLiteral("addAllReadyButton"))
                     ->isEnabled());
        QVERIFY(
            !view->attendanceEditor()->findChild<QPushButton *>(QStringLiteral("addButton"))->isEnabled());
        QVERIFY(!view->save() || !view->isDirty());

        // A new meeting may be an addendum to it.
        page->showList();
        page->newMeetingButton()->click();
        auto *addendum = view->findChild<QComboBox *>(QStringLiteral("addendumComboBox"));
        const int index = addendum->findData(created->id);
        QVERIFY(index > 0);
        addendum->setCurrentIndex(index);
        QTest::keyClicks(view->findChild<ui::DateField *>(QStringLiteral("dateField"))->lineEdit(),
                         QStringLiteral("30/11/2026"));
        QVERIFY2(view->save(), qPrintable(view->messageText()));
        QCOMPARE(MeetingRepository(*m_db).get(view->meetingId())->value().addendumOf,
                 std::optional<qint64>(created->id));
    }

    void decisionsRecordedElsewhereShowWhenComingBack()
    {
        MeetingRepository meetings(*m_db);
        MeetingDraft draft;
        draft.date = QDate(2026, 12, 20);
        auto created = meetings.create(actorWith(Role::Operator), draft);
        QVERIFY(created);
        auto added = meetings.addProposals(actorWith(Role::Operator), created->id, {m_ready.first()});
        QVERIFY(added && added->size() == 1);
        const qint64 itemId = added->first().id;

        auto page = makePage();
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        QVERIFY(page->openMeeting(created->id));
        ui::AgendaEditor *agenda = page->meetingView()->agendaEditor();
        // After the 17th: the decisions count for the next month.
        QVERIFY2(agenda->cutOffText().startsWith(QStringLiteral("After this month's cut-off")),
                 qPrintable(agenda->cutOffText()));
        QVERIFY(agenda->selectItem(itemId));
        QVERIFY(agenda->findChild<QPushButton *>(QStringLiteral("removeItemButton"))->isEnabled());

        // The operator's window records a decision; the page shows it when it is shown again.
        auto decided = meetings.decide(actorWith(Role::Operator), created->id, itemId, DecisionInput{});
        QVERIFY2(decided, decided ? "" : qPrintable(describe(decided.error())));
        page->reload();
        QVERIFY(agenda->selectItem(itemId));
        QTreeWidgetItem *row = agenda->tree()->currentItem();
        QCOMPARE(row->text(ui::AgendaTree::DecisionColumn), MeetingText::decisionWithVotes(*decided));
        // A decided item stays on the agenda.
        QVERIFY(!agenda->findChild<QPushButton *>(QStringLiteral("removeItemButton"))->isEnabled());
        agenda->tree()->setFocus();
        QTest::keyClick(agenda->tree(), Qt::Key_Delete);
        QCOMPARE(storedOrder(created->id), QList<qint64>{itemId});
        QCOMPARE(stateOf(m_ready.first()), ProposalState::Agreed);
        QVERIFY(page->meetingView()->summaryText().contains(QStringLiteral("1 decided")));
    }
};

QTEST_MAIN(TestMeetingPage)
#include "tst_MeetingPage.moc"
