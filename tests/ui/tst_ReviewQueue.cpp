// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The reviewer's queue and item view (issue 14 §1), on the offscreen platform. A district review vault
// is built for real: a village seals three meetings, each with one proposal, the in-process hub ingests
// the batches, a verifier and an office head enrol with the hub and the district imports the hub's
// page of batches. Then, through the widgets: the filters narrow the table; the item view shows the
// changes old → new and the evidence; the verifier verifies by keyboard; a return is not given without
// a reason code; the office head sees only approve and reject; a bulk verify lists what changes and
// what is left out; the verdicts are written to a USB file for the hub.
#include "app/verdes/Bootstrap.h"
#include "models/core/Error.h"
#include "models/itemmodels/ReviewQueueModel.h"
#include "models/proposals/Proposal.h"
#include "models/proposals/ProposalRepository.h"
#include "models/review/ReviewQueueRepository.h"
#include "models/vault/Kdf.h"
#include "models/vault/Vault.h"
#include "sync/batch/Envelope.h"
#include "sync/hub/Hub.h"
#include "sync/outbox/Enrolment.h"
#include "sync/review/ReviewInbox.h"
#include "sync/review/ReviewItemDetail.h"
#include "sync/review/ReviewVerdicts.h"
#include "sync/review/ReviewerEnrolment.h"
#include "tests/support/HubVillage.h"
#include "tests/support/TestFiles.h"
#include "tests/support/TopLevel.h"
#include "ui/proposals/EvidenceViewer.h"
#include "ui/review/ReviewItemView.h"
#include "ui/review/ReviewQueueView.h"
#include "ui/review/ReviewerPage.h"
#include "ui/review/VerdictDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/vault/UnlockDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using verdes::test::readFile;
using namespace verdes;
using namespace verdes::ui;
using verdes::test::visibleTopLevel;

namespace {

const QString kHead = QStringLiteral("Budi Santoso");
const QString kVerifier = QStringLiteral("Sri Wahyuni");
const QString kPassphrase = QStringLiteral("kata sandi dinas 123");
constexpr int kItems = 3;

// A real photo of a document, as JPEG.
QByteArray photo()
{
    QImage image(480, 320, QImage::Format_RGB32);
    image.fill(QColor(236, 228, 206));
    QPainter painter(&image);
    painter.setPen(Qt::black);
    QFont font = painter.font();
    font.setPixelSize(28);
    painter.setFont(font);
    painter.drawRect(20, 20, 440, 280);
    painter.drawText(image.rect(), Qt::AlignCenter, QStringLiteral("AKTA KEMATIAN\nNo. 3373-KM-2026"));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPG");
    return bytes;
}

// A one-page letter as PDF.
QByteArray letter()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A5));
    QPainter painter(&writer);
    painter.drawText(QRect(0, 0, writer.width(), writer.height() / 4),
                     Qt::AlignCenter,
                     QStringLiteral("Surat Keterangan RT 003 / RW 001"));
    painter.end();
    buffer.close();
    return bytes;
}

// With VERDES_REVIEW_SHOTS set (tests/screenshots/take.sh), saves the widget there as NAME.png.
void shoot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("VERDES_REVIEW_SHOTS");
    if (dir.isEmpty()) {
        return;
    }
    QTest::qWait(200);
    QVERIFY(widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

// Enrols the officer's reviewer key with the hub, as the page's two steps do.
bool enrolReviewer(const QString &folder, const QString &officer, hub::Hub &hub, const QString &fingerprint)
{
    auto vault = Vault::unlock(folder, officer, SecureBytes::fromUtf8(kPassphrase));
    if (!vault) {
        return false;
    }
    sync::ReviewerEnrolment enrolment((*vault)->database());
    auto request = enrolment.makeRequest((*vault)->actor());
    if (!request) {
        return false;
    }
    auto enrolled = hub.enrolReviewer(request->signedFile);
    return enrolled && enrolment.accept((*vault)->actor(), enrolled->answerFile, fingerprint).has_value()
           && (*vault)->lock().has_value();
}

template <typename T>
T *child(QWidget *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (found == nullptr) {
        qWarning("no child %s", name);
    }
    return found;
}

VerdictDialog *visibleVerdictDialog(QWidget *parent)
{
    const QList<VerdictDialog *> dialogs = parent->findChildren<VerdictDialog *>();
    for (VerdictDialog *dialog : dialogs) {
        if (dialog->isVisible()) {
            return dialog;
        }
    }
    return nullptr;
}

} // namespace

class TestReviewQueue : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_folder;
    std::unique_ptr<MainWindow> m_window;
    QString m_officer;

    // The main window with the vault unlocked by `officer`, active, on the reviewers' page.
    ReviewerPage *openAs(const QString &officer)
    {
        if (m_window && m_officer == officer) {
            return m_window->reviewerPage();
        }
        m_window.reset();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();
        m_window->openVault(m_folder);
        UnlockDialog *dialog = nullptr;
        if (!QTest::qWaitFor([&] {
                return (dialog = visibleTopLevel<UnlockDialog>()) != nullptr;
            })) {
            return nullptr;
        }
        if (auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("officerComboBox"))) {
            combo->setCurrentText(officer);
        }
        dialog->findChild<QLineEdit *>(QStringLiteral("passphraseLineEdit"))->setText(kPassphrase);
        dialog->accept();
        if (!QTest::qWaitFor(
                [&] {
                    return m_window->hasOpenVault();
                },
                20000)) {
            return nullptr;
        }
        m_officer = officer;
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window.get())) {
            return nullptr;
        }
        return m_window->reviewerPage();
    }

    ProposalState stateOf(qint64 itemId)
    {
        auto item = ReviewQueueRepository(m_window->openVaultForTests()->database()).item(itemId);
        return item && *item ? (*item)->state : ProposalState::Draft;
    }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Kdf::setFastForTests(true);
        qputenv("VERDES_KDF_FAST", "1");
        const bool shots = !qEnvironmentVariableIsEmpty("VERDES_REVIEW_SHOTS");
        QVERIFY(app::Bootstrap::installTranslators(*QCoreApplication::instance(),
                                                   shots ? QStringLiteral("id") : QStringLiteral("en")));
        QVERIFY(m_dir.isValid());
        m_folder = m_dir.filePath(QStringLiteral("Dinsos Salatiga.verdes"));
        {
            auto created = Vault::createDistrict(m_folder,
                                                 QStringLiteral("3373"),
                                                 QStringLiteral("Dinas Sosial Kota Salatiga"),
                                                 kHead,
                                                 SecureBytes::fromUtf8(kPassphrase));
            QVERIFY(created.has_value());
            QVERIFY(created->vault->addOfficer(kVerifier, SecureBytes::fromUtf8(kPassphrase), Role::Verifier)
                        .has_value());
            QVERIFY(created->vault->lock().has_value());
        }
        hub::Hub::InitOptions options;
        options.name = QStringLiteral("Hub Dinsos Salatiga");
        options.districtCode = QStringLiteral("3373");
        const QString hubFolder = m_dir.filePath(QStringLiteral("hub"));
        QVERIFY(hub::Hub::init(hubFolder, options).has_value());
        auto hub = hub::Hub::open(hubFolder, {});
        QVERIFY(hub.has_value());
        const QString fingerprint = *(*hub)->fingerprint();
        QVERIFY(enrolReviewer(m_folder, kVerifier, **hub, fingerprint));
        QVERIFY(enrolReviewer(m_folder, kHead, **hub, fingerprint));

        // A village of the district seals three meetings, one proposal each (the last with a photo of
        // the death certificate and the RT's letter as a PDF); the hub receives the batches.
        test::HubVillage village;
        QVERIFY(village.setUpVillage());
        sync::Enrolment villageEnrolment(*village.db, village.clock);
        auto request = villageEnrolment.makeRequest(test::kOperator, QStringLiteral("Kelurahan Uji"));
        QVERIFY(request.has_value());
        auto enrolled = (*hub)->enrol(request->signedFile);
        QVERIFY(enrolled.has_value());
        QVERIFY(villageEnrolment.accept(test::kOperator, enrolled->answerFile, fingerprint).has_value());
        for (int i = 0; i < kItems; ++i) {
            if (i + 1 == kItems) {
                Proposal p;
                p.type = ProposalType::MemberDeceased;
                p.channel = Channel::RtRw;
                p.householdId = QStringLiteral("H0003");
                p.personIds = {QStringLiteral("P0008")};
                p.reason = QStringLiteral("Meninggal dunia, surat dari RT terlampir");
                p.details.eventDate = QDate(2026, 10, 20);
                const QList<NewEvidence> evidence{
                    {EvidenceKind::DeathCert, QStringLiteral("akta.jpg"), photo()},
                    {EvidenceKind::RtRwLetter, QStringLiteral("surat-rt.pdf"), letter()},
                };
                auto created = village.proposals().create(test::kOperator, p, evidence);
                QVERIFY2(created.has_value(),
                         qPrintable(created ? QString() : test::failureText(created.error())));
                QVERIFY(village.proposals()
                            .transition(test::kOperator, created->id, ProposalState::Ready, created->revision)
                            .has_value());
            }
            const quint64 sequence = village.sealMeeting(i + 1 < kItems);
            QVERIFY(sequence != 0);
            auto sealed = village.outbox().sealedFile(sequence);
            QVERIFY(sealed.has_value());
            QVERIFY((*hub)->ingest(*sealed).has_value());
        }

        // The district fetches them.
        auto vault = Vault::unlock(m_folder, kVerifier, SecureBytes::fromUtf8(kPassphrase));
        QVERIFY(vault.has_value());
        sync::ReviewInbox inbox((*vault)->database());
        auto feedRequest = inbox.makeRequest((*vault)->actor());
        QVERIFY(feedRequest.has_value());
        auto feed = (*hub)->reviewFeed(*feedRequest);
        QVERIFY2(feed.has_value(), qPrintable(feed ? QString() : test::failureText(feed.error())));
        auto imported = inbox.importPage((*vault)->actor(), feed->sealedFile);
        QVERIFY2(imported.has_value(),
                 qPrintable(imported ? QString() : test::failureText(imported.error())));
        QCOMPARE(imported->items, kItems);
        QVERIFY((*vault)->lock().has_value());
    }

    void cleanupTestCase() { m_window.reset(); }

    void theFiltersNarrowTheTable()
    {
        ReviewerPage *page = openAs(kVerifier);
        QVERIFY(page != nullptr);
        auto *tabs = child<QTabWidget>(page, "reviewTabWidget");
        tabs->setCurrentWidget(child<QWidget>(page, "queueTab"));
        ReviewQueueView *queue = page->queueView();
        QVERIFY(queue->isVisible());
        auto *table = child<QTableView>(queue, "queueTableView");
        QCOMPARE(table->model()->rowCount(), kItems);
        QAbstractItemModelTester tester(queue->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *counts = child<QLabel>(queue, "countsLabel");
        QVERIFY2(counts->text().contains(ProposalStateText::label(ProposalState::InReview)),
                 qPrintable(counts->text()));

        // The village filter lists the village; choosing it keeps its items.
        auto *village = child<QComboBox>(queue, "villageComboBox");
        QCOMPARE(village->count(), 2);
        village->setCurrentIndex(1);
        QCOMPARE(table->model()->rowCount(), kItems);
        // A state nothing is in yet empties the table; "in review" shows everything again.
        auto *state = child<QComboBox>(queue, "stateComboBox");
        state->setCurrentIndex(state->findData(QStringLiteral("verified")));
        QCOMPARE(table->model()->rowCount(), 0);
        state->setCurrentIndex(state->findData(QStringLiteral("in_review")));
        QCOMPARE(table->model()->rowCount(), kItems);
        // Only incomplete items: the rows left are exactly those the completeness check marked.
        auto *incomplete = child<QCheckBox>(queue, "incompleteCheckBox");
        incomplete->setChecked(true);
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            QVERIFY(
                !table->model()->index(row, 0).data(ReviewQueueModel::IncompleteRole).toString().isEmpty());
        }
        incomplete->setChecked(false);
        QCOMPARE(table->model()->rowCount(), kItems);
        // Everything arrived today: nothing waits longer than a day.
        auto *age = child<QSpinBox>(queue, "ageSpinBox");
        age->setValue(1);
        QCOMPARE(table->model()->rowCount(), 0);
        age->setValue(0);
        auto *type = child<QComboBox>(queue, "typeComboBox");
        QCOMPARE(type->count(), 2);
        type->setCurrentIndex(1);
        QCOMPARE(table->model()->rowCount(), kItems);
        type->setCurrentIndex(0);
        state->setCurrentIndex(0);
        village->setCurrentIndex(0);
        QCOMPARE(table->model()->rowCount(), kItems);
        shoot(m_window.get(), QStringLiteral("review-queue"));
    }

    void theItemViewShowsOldToNewAndTheEvidence()
    {
        ReviewerPage *page = openAs(kVerifier);
        QVERIFY(page != nullptr);
        ReviewQueueView *queue = page->queueView();
        page->showQueue();
        auto *table = child<QTableView>(queue, "queueTableView");
        table->setFocus();
        table->setCurrentIndex(table->model()->index(kItems - 1, 0));
        QTest::keyClick(table, Qt::Key_Return);
        ReviewItemView *view = page->itemView();
        QTRY_VERIFY(view->isVisible());
        const qint64 itemId = view->currentItemId();
        QCOMPARE(itemId, queue->model()->itemIdAt(kItems - 1));

        auto detail = sync::ReviewItemDetail::read(m_window->openVaultForTests()->database(), itemId);
        QVERIFY(detail.has_value());
        QVERIFY(!detail->batchItem.changes.isEmpty());
        const QString shown = child<QTextBrowser>(view, "detailsBrowser")->toPlainText();
        for (const sync::BatchChange &change : std::as_const(detail->batchItem.changes)) {
            QVERIFY2(shown.contains(change.newValue), qPrintable(change.newValue));
            if (!change.oldValue.isEmpty()) {
                QVERIFY2(shown.contains(change.oldValue), qPrintable(change.oldValue));
            }
        }
        QVERIFY2(shown.contains(detail->batchItem.reason), qPrintable(shown));
        // The death certificate's photo and the RT's letter, side by side with the fields, each with
        // its thumbnail (the letter's first page).
        auto *evidence = child<QListWidget>(view, "evidenceListWidget");
        QCOMPARE(evidence->count(), 2);
        QVERIFY(!evidence->item(0)->icon().isNull());
        QVERIFY(!evidence->item(1)->icon().isNull());
        shoot(m_window.get(), QStringLiteral("review-item"));
        evidence->setFocus();
        evidence->setCurrentRow(0);
        QTest::keyClick(evidence, Qt::Key_Return);
        EvidenceViewer *viewer = nullptr;
        QTRY_VERIFY((viewer = view->findChild<EvidenceViewer *>()) != nullptr && viewer->isVisible());
        QVERIFY(viewer->showsImage());
        viewer->close();
        EvidenceViewer *pdf = view->openEvidence(1);
        QVERIFY(pdf != nullptr);
        QTRY_VERIFY(pdf->showsPdfPage());
        pdf->close();
        // Escape goes back to the queue, on the same item.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(view, Qt::Key_Escape);
        QTRY_VERIFY(queue->isVisible());
        QCOMPARE(table->currentIndex().row(), kItems - 1);
    }

    void aVerifierVerifiesByKeyboard()
    {
        ReviewerPage *page = openAs(kVerifier);
        QVERIFY(page != nullptr);
        ReviewQueueView *queue = page->queueView();
        page->showItem(queue->model()->itemIdAt(0), queue->model()->itemIds());
        ReviewItemView *view = page->itemView();
        QVERIFY(view->isVisible());
        // A verifier's verdicts only.
        QVERIFY(child<QPushButton>(view, "verifyButton")->isVisible());
        QVERIFY(child<QPushButton>(view, "returnButton")->isVisible());
        QVERIFY(!child<QPushButton>(view, "approveButton")->isVisible());
        QVERIFY(!child<QPushButton>(view, "rejectButton")->isVisible());
        QVERIFY(child<QPushButton>(view, "verifyButton")->toolTip().contains(u'V'));
        const qint64 first = view->currentItemId();
        QCOMPARE(stateOf(first), ProposalState::InReview);

        QTest::keyClick(view, Qt::Key_V);
        VerdictDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleVerdictDialog(view)) != nullptr);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTest::keyClick(dialog, Qt::Key_Return);
        QTRY_COMPARE(stateOf(first), ProposalState::Verified);
        QCOMPARE(child<QTableWidget>(view, "historyTableWidget")->rowCount(), 1);
        // Verified: the verifier has nothing more to give but a return.
        QVERIFY(!child<QPushButton>(view, "verifyButton")->isEnabled());

        // N and P move along the queue.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(view, Qt::Key_N);
        QCOMPARE(view->currentItemId(), queue->model()->itemIdAt(1));
        QTest::keyClick(view, Qt::Key_PageUp);
        QCOMPARE(view->currentItemId(), first);
        QTest::keyClick(view, Qt::Key_PageDown);
        QCOMPARE(view->currentItemId(), queue->model()->itemIdAt(1));
    }

    void aReturnNeedsAReasonCode()
    {
        ReviewerPage *page = openAs(kVerifier);
        QVERIFY(page != nullptr);
        ReviewQueueView *queue = page->queueView();
        page->showItem(queue->model()->itemIdAt(1), queue->model()->itemIds());
        ReviewItemView *view = page->itemView();
        const qint64 itemId = view->currentItemId();
        QCOMPARE(stateOf(itemId), ProposalState::InReview);

        QTest::keyClick(view, Qt::Key_K);
        VerdictDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleVerdictDialog(view)) != nullptr);
        QCOMPARE(dialog->state(), ProposalState::Returned);
        auto *reason = child<QComboBox>(dialog, "reasonComboBox");
        // No code chosen (the completeness check found nothing to pre-fill): the dialog does not finish.
        reason->setCurrentIndex(0);
        QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(child<QLabel>(dialog, "errorLabel")->isVisible());
        QCOMPARE(stateOf(itemId), ProposalState::InReview);
        reason->setCurrentIndex(reason->findData(QStringLiteral("RT01")));
        QVERIFY(reason->currentIndex() > 0);
        child<QPlainTextEdit>(dialog, "noteTextEdit")
            ->setPlainText(QStringLiteral("Foto akta kurang jelas."));
        shoot(dialog, QStringLiteral("review-return"));
        QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
        QTRY_COMPARE(stateOf(itemId), ProposalState::Returned);
        auto history = sync::ReviewVerdicts(m_window->openVaultForTests()->database()).history(itemId);
        QVERIFY(history.has_value());
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->constFirst().reason->code(), QStringLiteral("RT01"));
        QCOMPARE(history->constFirst().note, QStringLiteral("Foto akta kurang jelas."));
        // Returned is final: no button is enabled.
        QVERIFY(!child<QPushButton>(view, "returnButton")->isEnabled());
        QCOMPARE(view->askVerdict(ProposalState::Verified), nullptr);
    }

    void aBulkVerifyListsTheItemsAndSkipsTheOthers()
    {
        ReviewerPage *page = openAs(kVerifier);
        QVERIFY(page != nullptr);
        page->showQueue();
        ReviewQueueView *queue = page->queueView();
        auto *table = child<QTableView>(queue, "queueTableView");
        table->selectAll();
        QCOMPARE(queue->selectedItemIds().size(), kItems);
        const qint64 open = queue->model()->itemIdAt(2);
        QCOMPARE(stateOf(open), ProposalState::InReview);
        QTest::mouseClick(child<QPushButton>(queue, "bulkVerifyButton"), Qt::LeftButton);
        VerdictDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleVerdictDialog(queue)) != nullptr);
        // One item changes; the verified and the returned ones are listed as left out.
        QCOMPARE(child<QListWidget>(dialog, "changesListWidget")->count(), 1);
        QCOMPARE(child<QListWidget>(dialog, "skippedListWidget")->count(), 2);
        QVERIFY(child<QListWidget>(dialog, "skippedListWidget")->isVisible());
        QCOMPARE(stateOf(open), ProposalState::InReview); // nothing before the confirmation
        QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
        QTRY_COMPARE(stateOf(open), ProposalState::Verified);
        QCOMPARE(stateOf(queue->model()->itemIdAt(1)), ProposalState::Returned);
    }

    void theOfficeHeadSeesOnlyApproveAndReject()
    {
        ReviewerPage *page = openAs(kHead);
        QVERIFY(page != nullptr);
        ReviewQueueView *queue = page->queueView();
        QVERIFY(!child<QPushButton>(queue, "bulkVerifyButton")->isVisibleTo(queue));
        QVERIFY(child<QPushButton>(queue, "bulkApproveButton")->isVisibleTo(queue));
        page->showItem(queue->model()->itemIdAt(0), queue->model()->itemIds());
        ReviewItemView *view = page->itemView();
        QVERIFY(view->isVisible());
        for (const char *name : {"verifyButton", "returnButton", "groundCheckButton", "groundResultButton"}) {
            QVERIFY2(!child<QPushButton>(view, name)->isVisible(), name);
        }
        QVERIFY(child<QPushButton>(view, "approveButton")->isVisible());
        QVERIFY(child<QPushButton>(view, "rejectButton")->isVisible());
        QVERIFY(child<QPushButton>(view, "approveButton")->isEnabled());
        // A verifier's key does nothing here.
        QTest::keyClick(view, Qt::Key_V);
        QVERIFY(visibleVerdictDialog(view) == nullptr);
        const qint64 itemId = view->currentItemId();
        QTest::keyClick(view, Qt::Key_S);
        VerdictDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleVerdictDialog(view)) != nullptr);
        QCOMPARE(dialog->state(), ProposalState::Approved);
        child<QComboBox>(dialog, "nikMatchComboBox")
            ->setCurrentIndex(
                child<QComboBox>(dialog, "nikMatchComboBox")->findData(QStringLiteral("padan")));
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTest::keyClick(dialog, Qt::Key_Return);
        QTRY_COMPARE(stateOf(itemId), ProposalState::Approved);
        auto history = sync::ReviewVerdicts(m_window->openVaultForTests()->database()).history(itemId);
        QVERIFY(history.has_value());
        QCOMPARE(history->constLast().nikMatch, NikMatch::Matched);
    }

    void theVerdictsAreWrittenForTheHub()
    {
        ReviewerPage *page = openAs(kHead);
        QVERIFY(page != nullptr);
        auto unsent = sync::ReviewVerdicts(m_window->openVaultForTests()->database()).unsentCount();
        QVERIFY(unsent.has_value());
        QCOMPARE(*unsent, qint64(4)); // verified, returned, verified by the bulk action, approved
        auto *label = child<QLabel>(page, "unsentLabel");
        QVERIFY2(label->text().contains(u'4'), qPrintable(label->text()));
        QVERIFY(child<QPushButton>(page, "saveVerdictsButton")->isEnabled());
        const QString path = m_dir.filePath(QStringLiteral("verdicts-3373-4.vdup"));
        QVERIFY(page->saveVerdicts(path));
        const QByteArray file = readFile(path);
        QVERIFY(!file.isEmpty());
        auto header = sync::Envelope::sealedHeader(file);
        QVERIFY(header.has_value());
        QCOMPARE(header->kind, sync::FileKind::VerdictUpload);
        // A file that is not a receipt changes nothing and says so.
        QVERIFY(!page->importVerdictReceipt(path));
        QVERIFY(!child<QLabel>(page, "messageLabel")->text().isEmpty());
    }
};

QTEST_MAIN(TestReviewQueue)
#include "tst_ReviewQueue.moc"
