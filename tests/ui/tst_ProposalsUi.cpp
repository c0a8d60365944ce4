// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The proposal screens on the offscreen platform, on a real vault with demo data and quality flags:
// a MEMBER_DECEASED proposal from a flag with a PNG as evidence, its diff, "Mark ready" refused while
// something is missing, then ready and found in the list; a viewer cannot create; a wrong file is
// refused with the model's message; the household's Proposals tab; stale and target-gone views.
#include "models/demo/DemoRowSource.h"
#include "models/domain/Field.h"
#include "models/domain/RegionTable.h"
#include "models/domain/Validation.h"
#include "models/io/SnapshotImporter.h"
#include "models/itemmodels/HouseholdTableModel.h"
#include "models/itemmodels/ProposalListModel.h"
#include "models/proposals/ProposalRepository.h"
#include "models/quality/QualityChecker.h"
#include "models/quality/QualityFlagRepository.h"
#include "models/vault/Database.h"
#include "models/vault/Statement.h"
#include "tests/support/FakeClock.h"
#include "tests/support/ScratchVault.h"
#include "ui/browser/BrowserPage.h"
#include "ui/browser/HouseholdFlagsView.h"
#include "ui/browser/HouseholdMembersView.h"
#include "ui/proposals/EvidenceViewer.h"
#include "ui/proposals/HouseholdProposalsView.h"
#include "ui/proposals/ProposalEditor.h"
#include "ui/proposals/ProposalListPage.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QBuffer>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace verdes;

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

QByteArray smallPng()
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(QColor(0x20, 0x60, 0xa0));
    QPainter painter(&image);
    painter.fillRect(8, 8, 20, 20, Qt::white);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

qint64 count(Database &db, const QString &sql)
{
    auto n = db.queryInt(sql);
    return n ? *n : -1;
}

} // namespace

class TestProposalsUi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::ScratchVault> m_vault;
    std::unique_ptr<Database> m_db;

    // An open flag suggesting MEMBER_DECEASED with a person.
    FlagSuggestion deceasedSuggestion()
    {
        Statement st(
            *m_db,
            u"SELECT household_id, person_id FROM quality_flags WHERE status = 'open' AND suggestion = "
            u"'MEMBER_DECEASED' AND person_id <> '' ORDER BY household_id LIMIT 1");
        auto row = st.step();
        if (!row || !*row) {
            return {};
        }
        return FlagSuggestion{QStringLiteral("MEMBER_DECEASED"), QString(), st.text(0), st.text(1)};
    }

    QString anyHousehold(int offset = 0)
    {
        Statement st(*m_db, u"SELECT household_id FROM households ORDER BY household_id LIMIT 1 OFFSET ?1");
        st.bindAt(1, qint64(offset));
        auto row = st.step();
        return row && *row ? st.text(0) : QString();
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
        auto village = test::importDemoVillage(*m_db, 120, 7, kToday);
        QVERIFY2(village, village ? "" : qPrintable(village.error().detail));
        test::FakeClock clock(QDateTime(kToday, QTime(10, 0), Qt::UTC));
        QVERIFY(QualityChecker(*m_db, clock).run(actorWith(Role::Operator)));
    }

    void deceasedFromFlagWithPhoto()
    {
        const FlagSuggestion suggestion = deceasedSuggestion();
        QVERIFY2(!suggestion.isEmpty(), "the demo village has a deceased-member flag");

        // The flag's Propose… button in the browser reaches the editor through this signal.
        ui::BrowserPage page(*m_db, true);
        page.setActor(actorWith(Role::Operator));
        QSignalSpy asked(&page, &ui::BrowserPage::suggestedProposalRequested);
        Q_EMIT page.flagsView()->proposalRequested(suggestion);
        QCOMPARE(asked.count(), 1);

        ui::ProposalEditor editor(*m_db, actorWith(Role::Operator));
        editor.startFromSuggestion(asked.first().first().value<FlagSuggestion>());
        Proposal form = editor.formProposal();
        QCOMPARE(form.type, ProposalType::MemberDeceased);
        QCOMPARE(form.householdId, suggestion.householdId);
        QCOMPARE(form.personIds, QStringList{suggestion.personId});
        QCOMPARE(editor.findChild<QComboBox *>(QStringLiteral("typeComboBox"))->currentText(),
                 ProposalTypeText::label(ProposalType::MemberDeceased));

        // Mark ready with reason, date and evidence missing: refused, the message lists them.
        QVERIFY(!editor.markReady());
        const QString message = editor.message();
        QVERIFY2(message.contains(ProposalTypeText::fieldLabel(ProposalField::DateOfDeath)),
                 qPrintable(message));
        QVERIFY2(message.contains(ProposalTypeText::evidenceLabel(EvidenceKind::DeathCert)),
                 qPrintable(message));
        for (const QString &line : form.missingRequirements()) {
            QVERIFY2(message.contains(line), qPrintable(line));
        }
        QCOMPARE(editor.proposalId(), 0); // nothing stored
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM proposals")), 0);

        // The evidence: a real PNG, thumbnailed before it is stored.
        QVERIFY(
            editor.addEvidence(EvidenceKind::DeathCert, QStringLiteral("surat-kematian.png"), smallPng()));
        QCOMPARE(editor.evidenceList()->count(), 1);
        QVERIFY(!editor.evidenceList()->item(0)->icon().isNull());
        editor.setReason(QStringLiteral("Meninggal menurut surat keterangan desa"));
        editor.setEventDate(QDate(2026, 10, 2));
        QVERIFY(editor.saveDraft());
        const qint64 id = editor.proposalId();
        QVERIFY(id > 0);
        QCOMPARE(editor.proposal().state, ProposalState::Draft);
        QCOMPARE(editor.proposal().evidence.size(), 1);
        QCOMPARE(editor.proposal().evidence.first().mime, QStringLiteral("image/png"));

        // The diff: the presence change old → new with its field label, and the base version.
        const QString diff = editor.diffText();
        QVERIFY2(diff.contains(QStringLiteral("→")), qPrintable(diff));
        QVERIFY2(diff.contains(QStringLiteral("Base versions")), qPrintable(diff));
        QVERIFY(!editor.proposal().changes.isEmpty());

        // The viewer shows the stored image.
        QDialog *viewer = editor.viewEvidence(0);
        QVERIFY(viewer);
        QVERIFY(qobject_cast<ui::EvidenceViewer *>(viewer)->showsImage());
        viewer->close();

        QVERIFY2(editor.markReady(), qPrintable(editor.message()));
        QCOMPARE(editor.proposal().state, ProposalState::Ready);
        QVERIFY(editor.historyText().contains(ProposalStateText::label(ProposalState::Ready)));
        QCOMPARE(count(*m_db,
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'proposal.transition'")),
                 1);

        // Replacing evidence of a ready proposal makes a new version; both are kept.
        const qint64 firstEvidence = editor.proposal().evidence.first().id;
        QVERIFY2(
            editor.replaceEvidence(firstEvidence, QStringLiteral("surat-kematian-jelas.png"), smallPng()),
            qPrintable(editor.message()));
        QCOMPARE(editor.proposal().evidence.size(), 1);
        QCOMPARE(editor.proposal().evidence.first().version, 2);
        QVERIFY(editor.evidenceList()->item(0)->text().contains(QStringLiteral("surat-kematian-jelas.png")));
        auto versions = ProposalRepository(*m_db).evidence(id, true);
        QVERIFY(versions);
        QCOMPARE(versions->size(), 2);
        // A wrong file as replacement: the model's message, nothing stored.
        QVERIFY(!editor.replaceEvidence(
            editor.proposal().evidence.first().id, QStringLiteral("x.png"), QByteArray("not an image")));
        QVERIFY(!editor.message().isEmpty());
        QCOMPARE(ProposalRepository(*m_db).evidence(id, true)->size(), 2);

        // In the list, filtered by state.
        ui::ProposalListPage list(*m_db);
        QComboBox *state = list.stateFilter();
        state->setCurrentIndex(state->findData(QStringLiteral("ready")));
        QCOMPARE(list.model()->totalCount(), 1);
        QCOMPARE(list.model()->proposalIdAt(0), id);
        QVERIFY2(list.countsText().contains(ProposalStateText::label(ProposalState::Ready)),
                 qPrintable(list.countsText()));
        state->setCurrentIndex(state->findData(QStringLiteral("draft")));
        QCOMPARE(list.model()->totalCount(), 0);
        list.typeFilter()->setCurrentIndex(0);
        state->setCurrentIndex(0);
        QCOMPARE(list.model()->totalCount(), 1);
        QSignalSpy open(&list, &ui::ProposalListPage::openRequested);
        Q_EMIT list.table()->doubleClicked(list.model()->index(0, 0));
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toLongLong(), id);

        // The household's Proposals tab lists it.
        ui::HouseholdProposalsView tab(*m_db);
        tab.showHousehold(suggestion.householdId);
        QCOMPARE(tab.list()->count(), 1);
        QVERIFY(tab.list()->item(0)->text().contains(ProposalStateText::label(ProposalState::Ready)));

        // Back to draft, then withdraw (reason required by the model).
        ui::ProposalEditor again(*m_db, actorWith(Role::Operator));
        QVERIFY(again.openProposal(id));
        QVERIFY(again.findChild<QPushButton *>(QStringLiteral("backToDraftButton"))->isEnabled());
        QVERIFY(again.backToDraft());
        QCOMPARE(again.proposal().state, ProposalState::Draft);
        QVERIFY(!again.withdraw(QStringLiteral("  ")));
        QVERIFY(!again.message().isEmpty());
        QVERIFY(again.withdraw(QStringLiteral("Keluarga sudah mengurus sendiri")));
        QCOMPARE(again.proposal().state, ProposalState::Withdrawn);
        QVERIFY(!again.findChild<QPushButton *>(QStringLiteral("saveDraftButton"))->isVisibleTo(&again));
    }

    void viewerCannotCreate()
    {
        ui::ProposalEditor editor(*m_db, actorWith(Role::Viewer));
        editor.startNew(anyHousehold(), {}, ProposalType::DataUpdate);
        QVERIFY(!editor.findChild<QPushButton *>(QStringLiteral("saveDraftButton"))->isEnabled());
        QVERIFY(!editor.findChild<QPushButton *>(QStringLiteral("markReadyButton"))->isEnabled());
        QVERIFY(!editor.findChild<QPushButton *>(QStringLiteral("addEvidenceButton"))->isEnabled());
        QVERIFY(!editor.findChild<QLabel *>(QStringLiteral("permissionLabel"))->text().isEmpty());
        const qint64 before = count(*m_db, QStringLiteral("SELECT count(*) FROM proposals"));
        editor.setReason(QStringLiteral("coba"));
        QVERIFY(!editor.saveDraft());
        QVERIFY(!editor.message().isEmpty());
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM proposals")), before);
    }

    void wrongFileShowsTheModelsMessage_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        QTest::newRow("text") << QStringLiteral("notes.txt") << QByteArray("just some text")
                              << int(ErrorCode::EvidenceUnsupported);
        QTest::newRow("png named pdf")
            << QStringLiteral("scan.pdf") << smallPng() << int(ErrorCode::EvidenceNotWhatItClaims);
        QTest::newRow("too large") << QStringLiteral("big.png")
                                   << (smallPng() + QByteArray(EvidenceCheck::kMaxBytes, 'x'))
                                   << int(ErrorCode::EvidenceTooLarge);
        QTest::newRow("empty") << QStringLiteral("empty.png") << QByteArray()
                               << int(ErrorCode::EvidenceEmpty);
    }

    void wrongFileShowsTheModelsMessage()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        ui::ProposalEditor editor(*m_db, actorWith(Role::Operator));
        editor.startNew(anyHousehold(), {}, ProposalType::DataUpdate);
        QVERIFY(!editor.addEvidence(EvidenceKind::Ktp, name, bytes));
        auto checked = EvidenceCheck::check(bytes, name);
        QVERIFY(!checked);
        QCOMPARE(int(checked.error().code), code);
        QCOMPARE(editor.message(), describe(checked.error()));
        QCOMPARE(editor.evidenceList()->count(), 0);
    }

    void dataUpdateDiffAndStaleView()
    {
        const QString hid = anyHousehold(3);
        ui::ProposalEditor editor(*m_db, actorWith(Role::Operator));
        editor.startNew(hid, {}, ProposalType::DataUpdate);
        QVERIFY(!editor.markReady());
        QVERIFY(editor.message().contains(ProposalTypeText::fieldLabel(ProposalField::FieldChanges)));
        editor.addFieldChange(kHouseholdsTable, hid, QStringLiteral("floor_area_m2"), QStringLiteral("77"));
        editor.setReason(QStringLiteral("Luas lantai diukur ulang"));
        QVERIFY2(editor.saveDraft(), qPrintable(editor.message()));
        QVERIFY(editor.diffText().contains(FieldText::label(Field::FloorAreaM2)));
        QVERIFY(editor.diffText().contains(QStringLiteral("77")));
        // Housing changes need house photos: refused, then attached to the stored draft.
        QVERIFY(!editor.markReady());
        QVERIFY(editor.message().contains(ProposalTypeText::evidenceLabel(EvidenceKind::HousePhotos)));
        const QString added = QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'evidence.add'");
        const qint64 addedBefore = count(*m_db, added);
        QVERIFY(editor.addEvidence(EvidenceKind::HousePhotos, QStringLiteral("rumah.png"), smallPng()));
        QCOMPARE(editor.proposal().evidence.size(), 1);
        QCOMPARE(count(*m_db, added), addedBefore + 1);
        QVERIFY2(editor.markReady(), qPrintable(editor.message()));

        // The registry changes under it: stale, base / current / proposed, Re-confirm.
        QVERIFY(m_db->execute(
            QStringLiteral("UPDATE households SET floor_area_m2 = 12, version = version + 1 WHERE "
                           "household_id = '%1'")
                .arg(hid)));
        QVERIFY(ProposalRepository(*m_db).refreshStale());
        ui::ProposalListPage list(*m_db);
        list.stateFilter()->setCurrentIndex(list.stateFilter()->findData(QStringLiteral("*stale")));
        QCOMPARE(list.model()->totalCount(), 1);
        QCOMPARE(list.model()->proposalIdAt(0), editor.proposalId());
        ui::ProposalEditor stale(*m_db, actorWith(Role::Operator));
        QVERIFY(stale.openProposal(editor.proposalId()));
        QVERIFY(stale.proposal().stale);
        QVERIFY(stale.findChild<QLabel *>(QStringLiteral("bannerLabel"))->isVisibleTo(&stale));
        QVERIFY(!stale.findChild<QPushButton *>(QStringLiteral("reconfirmButton"))->isHidden());
        QVERIFY2(stale.diffText().contains(QStringLiteral("12")), qPrintable(stale.diffText()));
        QVERIFY(stale.reconfirm());
        QVERIFY(!stale.proposal().stale);
        QVERIFY(stale.findChild<QPushButton *>(QStringLiteral("reconfirmButton"))->isHidden());
    }

    void targetGoneIsShownAndBlocksReady()
    {
        const QString hid = anyHousehold(7);
        ui::ProposalEditor editor(*m_db, actorWith(Role::Operator));
        editor.startNew(hid, {}, ProposalType::DataUpdate);
        editor.addFieldChange(
            kHouseholdsTable, hid, QStringLiteral("address"), QStringLiteral("Jl. Melati 7"));
        editor.setReason(QStringLiteral("Alamat diperbaiki"));
        QVERIFY2(editor.saveDraft(), qPrintable(editor.message()));
        QVERIFY(m_db->execute(
            QStringLiteral("UPDATE households SET status = 'missing' WHERE household_id = '%1'").arg(hid)));
        QVERIFY(ProposalRepository(*m_db).refreshStale());
        ui::ProposalEditor gone(*m_db, actorWith(Role::Operator));
        QVERIFY(gone.openProposal(editor.proposalId()));
        QVERIFY(gone.proposal().targetGone);
        auto *banner = gone.findChild<QLabel *>(QStringLiteral("bannerLabel"));
        QVERIFY(!banner->isHidden());
        QVERIFY(banner->text().contains(QStringLiteral("Target gone")));
        QVERIFY(gone.diffText().contains(QStringLiteral("Target gone")));
        QVERIFY(gone.findChild<QPushButton *>(QStringLiteral("reconfirmButton"))->isHidden());
        QVERIFY(!gone.markReady());
        QVERIFY(!gone.message().isEmpty());
        QCOMPARE(ProposalRepository(*m_db).get(editor.proposalId())->value().state, ProposalState::Draft);
        QVERIFY(m_db->execute(
            QStringLiteral("UPDATE households SET status = 'present' WHERE household_id = '%1'").arg(hid)));
    }

    void changedMeanwhileIsRefused()
    {
        const QString hid = anyHousehold(9);
        ui::ProposalEditor first(*m_db, actorWith(Role::Operator));
        first.startNew(hid, {}, ProposalType::DataUpdate);
        first.addFieldChange(
            kHouseholdsTable, hid, QStringLiteral("address"), QStringLiteral("Jl. Kenanga 1"));
        first.setReason(QStringLiteral("Alamat lama salah"));
        QVERIFY2(first.saveDraft(), qPrintable(first.message()));
        ui::ProposalEditor second(*m_db, actorWith(Role::Operator));
        QVERIFY(second.openProposal(first.proposalId()));
        first.setReason(QStringLiteral("Alamat lama salah ketik"));
        QVERIFY(first.saveDraft());
        second.setReason(QStringLiteral("Alamat diganti"));
        QVERIFY(!second.saveDraft());
        QVERIFY(!second.message().isEmpty());
        QCOMPARE(ProposalRepository(*m_db).get(first.proposalId())->value().reason,
                 QStringLiteral("Alamat lama salah ketik"));
    }

    void pdfEvidenceIsNotWrittenOut()
    {
        ui::ProposalEditor editor(*m_db, actorWith(Role::Operator));
        editor.startNew(anyHousehold(1), {}, ProposalType::DataUpdate);
        const QByteArray pdf(
            "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        QVERIFY2(editor.addEvidence(EvidenceKind::Statement, QStringLiteral("pernyataan.pdf"), pdf),
                 qPrintable(editor.message()));
        QCOMPARE(editor.evidenceList()->count(), 1);
        QVERIFY(editor.evidenceList()->item(0)->text().contains(QStringLiteral("pernyataan.pdf")));
        QDialog *viewer = editor.viewEvidence(0);
        QVERIFY(viewer);
        auto *evidenceViewer = qobject_cast<ui::EvidenceViewer *>(viewer);
        QVERIFY(!evidenceViewer->showsImage());
        QVERIFY(evidenceViewer->infoText().contains(QStringLiteral("application/pdf")));
        // This tiny PDF has no page: the viewer says so instead of showing one.
        QTRY_VERIFY(evidenceViewer->infoText().contains(QStringLiteral("could not be read"))
                    || evidenceViewer->infoText().contains(QStringLiteral("no page")));
        QVERIFY(!evidenceViewer->showsPdfPage());
        viewer->close();
        QVERIFY(!editor.viewEvidence(5));
    }

    void mainWindowMenus()
    {
        ui::MainWindow window;
        QVERIFY(window.newProposalAction());
        QCOMPARE(window.newProposalAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+N")));
        QCOMPARE(window.showProposalsAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+3")));
        QCOMPARE(window.showHouseholdsAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+2")));
        // No vault open: nothing to propose on.
        QVERIFY(!window.newProposalAction()->isEnabled());
        QVERIFY(!window.showProposalsAction()->isEnabled());
        QVERIFY(!window.proposalsPage());
        QVERIFY(!window.newProposal(QString()));
    }

    void householdTabOffersNewProposal()
    {
        ui::BrowserPage page(*m_db, true);
        page.setActor(actorWith(Role::Operator));
        QVERIFY(!page.shownHousehold().isEmpty());
        QTabWidget *tabs = page.detailTabs();
        QCOMPARE(tabs->tabText(2), QStringLiteral("Proposals"));
        QSignalSpy asked(&page, &ui::BrowserPage::newProposalRequested);
        page.proposalsView()->newButton()->click();
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.first().first().toString(), page.shownHousehold());
    }

    // The members of the shown household are selectable; the selected one goes with "New
    // proposal…" and is ticked in the editor; the context menu offers the member proposals.
    void selectedMemberGoesWithNewProposal()
    {
        ui::BrowserPage page(*m_db, true);
        page.setActor(actorWith(Role::Operator));
        page.show();
        auto *households = page.findChild<QTableView *>(QStringLiteral("householdsTableView"));
        QTableWidget *members = page.membersView()->table();
        for (int row = 0; row < page.model()->rowCount() && members->rowCount() < 2; ++row) {
            households->selectRow(row);
        }
        QVERIFY(members->rowCount() >= 2);
        QCOMPARE(members->selectionMode(), QAbstractItemView::SingleSelection);
        const QString household = page.shownHousehold();
        QVERIFY(page.selectedMember().isEmpty());
        members->selectRow(1);
        const QString person = members->item(1, 0)->data(Qt::UserRole).toString();
        QCOMPARE(page.selectedMember(), person);

        QSignalSpy asked(&page, &ui::BrowserPage::newProposalRequested);
        page.proposalsView()->newButton()->click();
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.first().at(0).toString(), household);
        QCOMPARE(asked.first().at(1).toString(), person);
        ui::ProposalEditor editor(*m_db, actorWith(Role::Operator));
        editor.startNew(asked.first().at(0).toString(), asked.first().at(1).toString());
        for (ProposalType type : ui::HouseholdMembersView::memberProposalTypes()) {
            editor.setType(type);
            QCOMPARE(editor.formProposal().personIds, QStringList{person});
        }
        // The title and the line above the tabs name the member (issue 11 §3).
        const QString name = members->item(1, 0)->text();
        QVERIFY(!name.isEmpty());
        QVERIFY2(editor.windowTitle().contains(name), qPrintable(editor.windowTitle()));
        auto *stateLine = editor.findChild<QLabel *>(QStringLiteral("stateLabel"));
        QVERIFY(stateLine != nullptr);
        QVERIFY2(stateLine->text().contains(name), qPrintable(stateLine->text()));

        // The context menu on the first member: each entry asks for that proposal type.
        QSignalSpy proposed(&page, &ui::BrowserPage::memberProposalRequested);
        const QRect cell = members->visualItemRect(members->item(0, 0));
        Q_EMIT members->customContextMenuRequested(cell.center());
        QCOMPARE(page.selectedMember(), members->item(0, 0)->data(Qt::UserRole).toString());
        auto *menu = page.findChild<QMenu *>(QStringLiteral("memberProposalMenu"));
        QVERIFY(menu != nullptr);
        QCOMPARE(menu->actions().size(), ui::HouseholdMembersView::memberProposalTypes().size());
        menu->actions().first()->trigger();
        menu->close();
        QCOMPARE(proposed.count(), 1);
        QCOMPARE(proposed.first().at(0).toString(), household);
        QCOMPARE(proposed.first().at(1).toString(), members->item(0, 0)->data(Qt::UserRole).toString());
        QCOMPARE(proposed.first().at(2).value<ProposalType>(), ProposalType::MemberDeceased);

        // Another household: no member selected, a new proposal comes without one.
        for (int row = 0; row < page.model()->rowCount(); ++row) {
            if (page.model()->householdIdAt(row) != household) {
                households->selectRow(row);
                break;
            }
        }
        QVERIFY(page.shownHousehold() != household);
        QVERIFY(page.selectedMember().isEmpty());
        page.proposalsView()->newButton()->click();
        QCOMPARE(asked.count(), 2);
        QVERIFY(asked.last().at(1).toString().isEmpty());
    }

    // The member list names an open proposal beside the member it is about (issue 11 §3), so that no
    // one proposes the same death twice; the column is there only when some member has one.
    void memberListShowsTheOpenProposal()
    {
        ui::BrowserPage page(*m_db, true);
        page.setActor(actorWith(Role::Operator));
        page.show();
        auto *households = page.findChild<QTableView *>(QStringLiteral("householdsTableView"));
        QTableWidget *members = page.membersView()->table();
        QString household;
        for (int row = 0; row < page.model()->rowCount(); ++row) {
            households->selectRow(row);
            auto proposals = ProposalRepository(*m_db).forHousehold(page.shownHousehold());
            QVERIFY(proposals.has_value());
            if (members->rowCount() >= 2 && proposals->isEmpty()) {
                household = page.shownHousehold();
                break;
            }
        }
        QVERIFY(!household.isEmpty());
        const int column = ui::HouseholdMembersView::ProposalColumn;
        QVERIFY(members->isColumnHidden(column));
        const QString person = members->item(1, 0)->data(Qt::UserRole).toString();

        ui::ProposalEditor editor(*m_db, actorWith(Role::Operator));
        editor.startNew(household, person);
        editor.setType(ProposalType::MemberDeceased);
        editor.setReason(QStringLiteral("Meninggal menurut tetangga"));
        editor.setEventDate(QDate(2026, 10, 2));
        QVERIFY2(editor.saveDraft(), qPrintable(editor.message()));
        page.refreshShownHousehold();

        QVERIFY(!members->isColumnHidden(column));
        QCOMPARE(members->horizontalHeaderItem(column)->text(), QStringLiteral("Pending proposal"));
        const QString shown = members->item(1, column)->text();
        QVERIFY2(shown.contains(QStringLiteral("#%1").arg(editor.proposalId())), qPrintable(shown));
        QVERIFY2(shown.contains(ProposalTypeText::label(ProposalType::MemberDeceased)), qPrintable(shown));
        QVERIFY(members->item(0, column)->text().isEmpty());
        // Beside the name, in view without scrolling.
        QVERIFY(members->columnViewportPosition(column) < members->viewport()->width());
        QVERIFY(members->columnViewportPosition(column)
                < members->columnViewportPosition(ui::HouseholdMembersView::NikColumn));
    }
};

QTEST_MAIN(TestProposalsUi)
#include "tst_ProposalsUi.moc"
