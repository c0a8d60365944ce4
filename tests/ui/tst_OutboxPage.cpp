// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The "Send to district" page and the enrolment dialog (issue 13 §1, §3) on a real encrypted vault
// with a sealed meeting, against a real district hub (sync/hub) in a temporary folder: the batch is
// listed after the catch-up with its items, written for the USB stick, ingested by the hub, and the
// hub's receipt imported back; the enrolment pins the hub only with the right fingerprint.
#include "app/verdes/Bootstrap.h"
#include "models/core/Error.h"
#include "models/core/PublicKey.h"
#include "models/domain/Issue.h"
#include "models/review/ReviewCodes.h"
#include "models/vault/AuditLog.h"
#include "models/vault/Transaction.h"
#include "sync/batch/Envelope.h"
#include "sync/batch/ReviewerEnrolment.h"
#include "sync/batch/Verdict.h"
#include "sync/crypto/Signer.h"
#include "sync/hub/Hub.h"
#include "sync/hub/HubServer.h"
#include "sync/outbox/Enrolment.h"
#include "sync/outbox/OutboxRepository.h"
#include "tests/support/MeetingFixture.h"
#include "ui/sync/EnrolmentDialog.h"
#include "ui/sync/OutboxItemTableModel.h"
#include "ui/sync/OutboxPage.h"
#include "ui/sync/OutboxTableModel.h"
#include "ui/sync/QrCode.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace verdes;
using namespace verdes::ui;

namespace {

using test::kChair;
using test::kOperator;
using test::kViewer;

const QString kHubName = QStringLiteral("Dinsos Kota Salatiga");

struct PageFixture : test::MeetingFixture
{
    QTemporaryDir hubDir;
    std::unique_ptr<hub::Hub> hub;
    qint64 agreed = 0;
    qint64 rejected = 0;

    // A vault as the application makes it, with one sealed meeting: P0007 agreed, P0008 rejected,
    // household H0002 proposed for removal.
    bool setUpSealed()
    {
        if (!setUp()) {
            return false;
        }
        Transaction tx(*db);
        AuditLog audit(*db, clock);
        if (!tx.begin()
            || !exec(u"INSERT OR REPLACE INTO vault_meta (key, value) VALUES ('vault_id', 'vault-test-1'), "
                     u"('village_code', '3373041001')")
            || !audit.append(kOperator, {QStringLiteral("test.meta"), QStringLiteral("vault"), {}, {}, {}})
            || !tx.commit()) {
            return false;
        }
        agreed = ready(QStringLiteral("H0003"), QStringLiteral("P0007"));
        rejected = ready(QStringLiteral("H0003"), QStringLiteral("P0008"));
        const qint64 id = newMeeting();
        if (!meetings().addAllReady(kOperator, id)
            || !meetings().addHousehold(kOperator, id, QStringLiteral("H0002"))) {
            return false;
        }
        auto agenda = meetings().agenda(id);
        if (!agenda) {
            return false;
        }
        for (const AgendaItem &item : *agenda) {
            DecisionInput input;
            if (item.isHouseholdItem()) {
                input.decision = Decision::ProposeRemoval;
                input.note = QStringLiteral("Sudah pindah ke kota");
            } else if (item.proposalId == rejected) {
                input.decision = Decision::Rejected;
            }
            if (!meetings().decide(kOperator, id, item.id, input)) {
                return false;
            }
        }
        Attendee a;
        a.name = QStringLiteral("Siti");
        a.role = AttendeeRole::Bpd;
        return meetings().addAttendee(kOperator, id, a) && meetings().seal(kChair, id);
    }

    std::unique_ptr<hub::HubServer> server;

    // The district's hub, and the answer to this vault's enrolment request. `url`: the hub serves over
    // HTTPS there (with tests/data/tls/hub-cert.pem); empty for a USB-only hub.
    Result<QByteArray> hubAnswer(const QString &url = {})
    {
        hub::Hub::InitOptions options;
        options.name = kHubName;
        options.districtCode = QStringLiteral("3373");
        if (!url.isEmpty()) {
            options.url = url;
            VERDES_TRY_ASSIGN(
                tls,
                hub::HubServer::tlsFromFiles(test::testDataPath(QStringLiteral("tls/hub-cert.pem")),
                                             test::testDataPath(QStringLiteral("tls/hub-key.pem"))));
            options.tlsPin = hub::HubServer::pinOf(tls);
        }
        VERDES_TRY(hub::Hub::init(hubDir.filePath(QStringLiteral("hub")), options, clock));
        VERDES_TRY_ASSIGN(opened, hub::Hub::open(hubDir.filePath(QStringLiteral("hub")), {}, clock));
        hub = std::move(opened);
        sync::Enrolment enrolment(*db, clock);
        VERDES_TRY_ASSIGN(request, enrolment.makeRequest(kOperator, QStringLiteral("Desa Contoh")));
        VERDES_TRY_ASSIGN(enrolled, hub->enrol(request.signedFile));
        return enrolled.answerFile;
    }

    // A hub serving over TLS on a free loopback port, with this vault enrolled.
    bool enrolOnline()
    {
        QTcpServer probe; // a free port, known before the hub is made (its answer names the address)
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            return false;
        }
        const quint16 port = probe.serverPort();
        probe.close();
        if (!enrol(QStringLiteral("https://127.0.0.1:%1").arg(port))) {
            return false;
        }
        auto tls = hub::HubServer::tlsFromFiles(test::testDataPath(QStringLiteral("tls/hub-cert.pem")),
                                                test::testDataPath(QStringLiteral("tls/hub-key.pem")));
        hub::HubServer::Options options;
        options.spoolFolder = hubDir.filePath(QStringLiteral("hub/spool"));
        options.tls = *tls;
        server = std::make_unique<hub::HubServer>(*hub, options);
        return server->listen(QHostAddress::LocalHost, port).has_value();
    }

    bool enrol(const QString &url = {})
    {
        auto answer = hubAnswer(url);
        if (!answer) {
            qWarning("%s", qPrintable(describe(answer.error())));
            return false;
        }
        auto fingerprint = hub->fingerprint();
        sync::Enrolment enrolment(*db, clock);
        return fingerprint && enrolment.accept(kOperator, *answer, *fingerprint);
    }

    std::unique_ptr<OutboxPage> page(const Actor &actor)
    {
        auto made = std::make_unique<OutboxPage>(*db, [this] {
            return Result<VaultConnector>(vault.connector());
        });
        made->setClock(clock);
        made->setActor(actor);
        made->setVillageName(QStringLiteral("Desa Contoh"));
        made->reload();
        return made;
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            return {};
        }
        return path;
    }
};

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

QString button(const QWidget &parent, const char *name)
{
    return parent.findChild<QPushButton *>(QString::fromLatin1(name))->text();
}

bool enabled(const QWidget &parent, const char *name)
{
    return parent.findChild<QPushButton *>(QString::fromLatin1(name))->isEnabled();
}

// The page's words in the language of the run: English (the source strings), or the one
// VERDES_SHOTS_LANGUAGE names when tests/screenshots/take.sh makes the screenshots in Indonesian.
QString words(const char *context, const char *english, int n = -1)
{
    return QCoreApplication::translate(context, english, nullptr, n);
}

bool inEnglish()
{
    const QString language = qEnvironmentVariable("VERDES_SHOTS_LANGUAGE");
    return language.isEmpty() || language == u"en";
}

// The parts of longer messages a test looks for are checked in English only.
#define VERIFY_ENGLISH_WORDS(condition, text)                                                                \
    do {                                                                                                     \
        if (inEnglish()) {                                                                                   \
            QVERIFY2(condition, qPrintable(text));                                                           \
        }                                                                                                    \
    } while (false)

QString stateWords(const char *english)
{
    return words("verdes::ui::OutboxTableModel", english);
}

// With VERDES_OUTBOX_SHOTS set (tests/screenshots/take.sh), saves the widget there as NAME.png.
void shoot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("VERDES_OUTBOX_SHOTS");
    if (dir.isEmpty()) {
        return;
    }
    QTest::qWait(100);
    QVERIFY(widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

// A verifier of the district, enrolled at `hub`, returns the proposal `proposalId` of batch 1 (RT01):
// the verdict is signed, sealed to the hub and stored there, as `verdes review sync` leaves it.
bool returnAtTheHub(PageFixture &f, qint64 proposalId)
{
    const sync::Signer key = sync::Signer::generate();
    const auto sign = [&key](sync::FileKind kind, const QByteArray &body) {
        auto file = sync::Envelope::sign(kind, key.publicKey(), body, [&key](const QByteArray &bytes) {
            return Result<QByteArray>(key.sign(bytes));
        });
        return file ? *file : QByteArray();
    };
    sync::ReviewerRequest request;
    request.vaultId = QStringLiteral("district-3373-a1b2");
    request.districtCode = QStringLiteral("3373");
    request.officeName = QStringLiteral("Dinas Sosial Kota Salatiga");
    request.reviewerName = QStringLiteral("Sri Wahyuni");
    request.role = sync::ReviewerRole::Verifier;
    request.reviewerPublicKey = key.publicKey();
    request.createdAt = QStringLiteral("2026-12-01T08:00:00.000Z");
    request.appVersion = QStringLiteral("0.1.0");
    if (!f.hub->enrolReviewer(sign(sync::FileKind::ReviewerRequest, request.encode()))) {
        return false;
    }
    sync::OutboxRepository repo(*f.db, f.clock);
    auto entry = repo.get(1);
    auto items = repo.items(1);
    auto link = repo.hub();
    if (!entry || !*entry || !items || !link || !*link) {
        return false;
    }
    sync::Verdict v;
    v.districtCode = QStringLiteral("3373");
    v.villageCode = QStringLiteral("3373041001");
    v.batchId = (*entry)->batchId;
    for (const sync::OutboxItem &item : std::as_const(*items)) {
        if (item.proposalId == proposalId) {
            v.position = static_cast<quint32>(item.position);
        }
    }
    v.proposalId = static_cast<quint64>(proposalId);
    v.role = sync::ReviewerRole::Verifier;
    v.reviewerKeyId = PublicKey::idOf(key.publicKey());
    v.state = ProposalState::Returned;
    v.reason = ReviewReason{ReviewReason::Kind::Return, 1};
    v.note = QStringLiteral("Akta kematian tidak terbaca");
    v.decidedAt = QStringLiteral("2026-12-02T09:00:00.000Z");
    sync::VerdictUpload upload;
    upload.vaultId = request.vaultId;
    upload.reviewerKeyId = v.reviewerKeyId;
    upload.createdAt = QStringLiteral("2026-12-02T09:30:00.000Z");
    upload.verdicts = {sign(sync::FileKind::Verdict, v.encode())};
    auto sealed =
        sync::Envelope::seal(sign(sync::FileKind::VerdictUpload, upload.encode()), (*link)->sealingKey);
    if (!sealed) {
        return false;
    }
    auto ingested = f.hub->ingestVerdicts(*sealed);
    return ingested && ingested->receipt.entries.size() == 1
           && ingested->receipt.entries.constFirst().outcome == sync::VerdictOutcome::Accepted;
}

} // namespace

class TestOutboxPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!inEnglish()) {
            QVERIFY(app::Bootstrap::installTranslators(*QCoreApplication::instance(),
                                                       qEnvironmentVariable("VERDES_SHOTS_LANGUAGE")));
        }
    }

    // The page opens before the batch is made; the catch-up makes it off the GUI thread, and the
    // batch and its items are listed.
    void listsTheBatchAfterCatchUp()
    {
        PageFixture f;
        QVERIFY(f.setUpSealed());
        auto page = f.page(kOperator);
        QAbstractItemModelTester tester(page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester itemTester(page->itemModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        QCOMPARE(page->model()->rowCount(), 0);
        QVERIFY(page->hubText().contains(u"not enrolled"));
        QVERIFY(!enabled(*page, "exportButton")); // nothing to write, and no hub to seal it to
        QVERIFY(!enabled(*page, "sendNowButton"));
        QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("sendNowButton"))->toolTip().isEmpty());

        QSignalSpy changed(page.get(), &OutboxPage::outboxChanged);
        page->catchUp();
        QVERIFY(page->isBusy());
        QTRY_VERIFY(!page->isBusy());
        QCOMPARE(changed.count(), 1);
        QVERIFY2(!page->isMessageError(), qPrintable(page->messageText()));
        QCOMPARE(page->model()->rowCount(), 1);
        const QAbstractItemModel *batches = page->batchesView()->model();
        QCOMPARE(cell(batches, 0, OutboxTableModel::NumberColumn), QStringLiteral("1"));
        QCOMPARE(cell(batches, 0, OutboxTableModel::ItemsColumn), QStringLiteral("2"));
        QCOMPARE(cell(batches, 0, OutboxTableModel::StateColumn), stateWords("waiting to be sent"));
        QVERIFY(!cell(batches, 0, OutboxTableModel::MeetingColumn).isEmpty());

        // The first batch is selected and its items shown: the agreed proposal, and the household
        // the meeting proposed to remove, its KK number masked.
        const QAbstractItemModel *items = page->itemsView()->model();
        QCOMPARE(items->rowCount(), 2);
        QStringList subjects{cell(items, 0, OutboxItemTableModel::SubjectColumn),
                             cell(items, 1, OutboxItemTableModel::SubjectColumn)};
        QVERIFY2(subjects.filter(QStringLiteral("Proposal %1").arg(f.agreed)).size() == 1,
                 qPrintable(subjects.join(u'|')));
        QVERIFY2(subjects.filter(u"proposed for removal").size() == 1, qPrintable(subjects.join(u'|')));
        QVERIFY(subjects.filter(QStringLiteral("Proposal %1").arg(f.rejected)).isEmpty());
        QVERIFY(subjects.join(u'|').contains(u'•'));
        QCOMPARE(cell(items, 0, OutboxItemTableModel::PositionColumn), QStringLiteral("1"));
        QCOMPARE(cell(items, 0, OutboxItemTableModel::OutcomeColumn),
                 words("verdes::ui::OutboxItemTableModel", "waiting to be sent"));

        // Once only.
        page->catchUp();
        QTRY_VERIFY(!page->isBusy());
        QCOMPARE(page->model()->rowCount(), 1);
        QCOMPARE(changed.count(), 1);
    }

    // An officer whose role may not send batches sees them, but makes and writes nothing.
    void aViewerOnlyLooks()
    {
        PageFixture f;
        QVERIFY(f.setUpSealed());
        QVERIFY(f.enrol());
        auto page = f.page(kViewer);
        page->catchUp();
        QVERIFY(!page->isBusy());
        QCOMPARE(page->model()->rowCount(), 0);
        QVERIFY(!enabled(*page, "exportButton"));
        QVERIFY(!enabled(*page, "importReceiptButton"));
        QVERIFY(!enabled(*page, "enrolButton"));
        QVERIFY(page->hubText().contains(kHubName));
    }

    // Write to the USB stick, the hub ingests the file, and its receipt comes back.
    void exportAndImportTheReceipt()
    {
        PageFixture f;
        QVERIFY(f.setUpSealed());
        QVERIFY(f.enrol());
        auto page = f.page(kOperator);
        QVERIFY(page->hubText().contains(kHubName));
        QVERIFY(page->hubText().contains(f.hub->fingerprint().value()));
        QCOMPARE(button(*page, "enrolButton"), words("verdes::ui::OutboxPage", "&Enrol again…"));
        page->catchUp();
        QTRY_VERIFY(!page->isBusy());
        QVERIFY(enabled(*page, "exportButton"));
        QCOMPARE(page->batchToExport(), std::optional<quint64>(1));
        QCOMPARE(page->defaultExportName(1), QStringLiteral("batch-desa-contoh-1.vbatch"));

        const QString out = f.dir.filePath(QStringLiteral("batch-desa-contoh-1.vbatch"));
        page->exportTo(out, false);
        QVERIFY(page->isBusy());
        QTRY_VERIFY(!page->isBusy());
        QVERIFY2(!page->isMessageError(), qPrintable(page->messageText()));
        VERIFY_ENGLISH_WORDS(page->messageText().contains(u"receipt"), page->messageText());
        QVERIFY(QFile::exists(out));
        const QAbstractItemModel *batches = page->batchesView()->model();
        QCOMPARE(cell(batches, 0, OutboxTableModel::StateColumn),
                 stateWords("written to the USB stick, waiting for the receipt"));

        // The file is there: written again only when the officer agreed to replace it.
        page->exportTo(out, false);
        QTRY_VERIFY(!page->isBusy());
        QVERIFY(page->isMessageError());

        // At the district.
        QFile sealed(out);
        QVERIFY(sealed.open(QIODevice::ReadOnly));
        auto ingested = f.hub->ingest(sealed.readAll());
        QVERIFY2(ingested, ingested ? "" : qPrintable(describe(ingested.error())));
        QCOMPARE(ingested->receipt.outcome, sync::ReceiptOutcome::Accepted);
        const QString receipt = f.writeFile(QStringLiteral("receipt-1.vreceipt"), ingested->receiptFile);
        QVERIFY(!receipt.isEmpty());

        QSignalSpy changed(page.get(), &OutboxPage::outboxChanged);
        page->importReceipt(receipt);
        QVERIFY2(!page->isMessageError(), qPrintable(page->messageText()));
        VERIFY_ENGLISH_WORDS(page->messageText().contains(u"received by the district"), page->messageText());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(cell(batches, 0, OutboxTableModel::StateColumn), stateWords("received by the district"));
        const QString shortId = OutboxItemTableModel::shortBatchId(page->model()->entries().at(0).batchId);
        QCOMPARE(shortId.size(), 8);
        const QAbstractItemModel *items = page->itemsView()->model();
        QCOMPARE(items->rowCount(), 2);
        for (int row = 0; row < items->rowCount(); ++row) {
            QCOMPARE(cell(items, row, OutboxItemTableModel::OutcomeColumn),
                     words("verdes::ui::OutboxItemTableModel", "received by the district, receipt %1")
                         .arg(shortId));
        }
        // Every batch is answered: nothing left to write.
        QVERIFY(!enabled(*page, "exportButton"));
        QCOMPARE(page->batchToExport(), std::nullopt);

        page->resize(1100, 560);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        shoot(page.get(), QStringLiteral("outbox-receipt"));

        // The same receipt again changes nothing, and says so.
        page->importReceipt(receipt);
        VERIFY_ENGLISH_WORDS(page->messageText().contains(u"nothing changed"), page->messageText());
        QCOMPARE(changed.count(), 1);

        // Not a receipt: refused with words, nothing changed.
        page->importReceipt(f.writeFile(QStringLiteral("junk.vreceipt"), QByteArray(300, 'x')));
        QVERIFY(page->isMessageError());
        QVERIFY(!page->messageText().isEmpty());
        page->importReceipt(f.dir.filePath(QStringLiteral("missing.vreceipt")));
        QVERIFY(page->isMessageError());
        QCOMPARE(cell(batches, 0, OutboxTableModel::StateColumn), stateWords("received by the district"));
    }

    // The district rotated its keys and gives the key list on the stick: the same import button reads
    // it, the page shows the new fingerprint and how long the keys are valid; once they expired, it
    // says so in red and nothing is written for the stick.
    void theHubsNewKeysComeOnTheStick()
    {
        PageFixture f;
        QVERIFY(f.setUpSealed());
        QVERIFY(f.enrol());
        const QString oldFingerprint = f.hub->fingerprint().value();
        auto rotated = f.hub->rotateKeys(30);
        QVERIFY(rotated);
        auto page = f.page(kOperator);
        page->catchUp();
        QTRY_VERIFY(!page->isBusy());
        QVERIFY(page->hubText().contains(oldFingerprint));

        page->importReceipt(f.writeFile(QStringLiteral("kunci-dinas.vkey"), rotated->chainFile));
        QVERIFY2(!page->isMessageError(), qPrintable(page->messageText()));
        QVERIFY(page->messageText().contains(rotated->fingerprint));
        QVERIFY(page->hubText().contains(rotated->fingerprint));
        QVERIFY(!page->hubText().contains(oldFingerprint));
        VERIFY_ENGLISH_WORDS(page->hubText().contains(u"valid until"), page->hubText());
        // The same list again: nothing new, and the page says so.
        page->importReceipt(f.writeFile(QStringLiteral("kunci-dinas-2.vkey"), rotated->chainFile));
        QVERIFY(!page->isMessageError());
        VERIFY_ENGLISH_WORDS(page->messageText().contains(u"already"), page->messageText());

        f.clock.advanceSeconds(qint64{31} * 86400);
        auto later = f.page(kOperator);
        VERIFY_ENGLISH_WORDS(later->hubText().contains(u"expired"), later->hubText());
        later->exportTo(f.dir.filePath(QStringLiteral("batch-1.vbatch")), false);
        QTRY_VERIFY(!later->isBusy());
        QVERIFY(later->isMessageError());
        QVERIFY2(later->messageText().contains(kHubName), qPrintable(later->messageText()));
        QVERIFY(!QFile::exists(f.dir.filePath(QStringLiteral("batch-1.vbatch"))));
        later->resize(1100, 560);
        later->show();
        QVERIFY(QTest::qWaitForWindowExposed(later.get()));
        shoot(later.get(), QStringLiteral("outbox-hub-keys-expired"));
    }

    // With a hub that serves over HTTPS, the batch goes by itself once it is made, and "Send now" sends
    // what waits at once; a hub that is down leaves the batch waiting, with its next try in its row.
    void theBatchGoesOverTheInternet()
    {
        PageFixture f;
        QVERIFY(f.setUpSealed());
        QVERIFY(f.enrolOnline());
        auto page = f.page(kOperator);
        QVERIFY(!enabled(*page, "sendNowButton")); // nothing waits yet
        QVERIFY(page->canSendOnline());
        page->catchUp();
        // The batch is made, then sent by the page itself, and the receipt recorded.
        QTRY_COMPARE_WITH_TIMEOUT(cell(page->batchesView()->model(), 0, OutboxTableModel::StateColumn),
                                  stateWords("received by the district"),
                                  10000);
        QTRY_VERIFY(!page->isBusy());
        QVERIFY2(!page->isMessageError(), qPrintable(page->messageText()));
        VERIFY_ENGLISH_WORDS(page->messageText().contains(u"received by the district"), page->messageText());
        QCOMPARE(f.hub->storage().counts()->batches, 1);
        QCOMPARE(f.state(f.agreed), ProposalState::Received);
        QVERIFY(!enabled(*page, "sendNowButton"));
        QVERIFY(!page->nextAutomaticSend().isValid());
        page->resize(1100, 560);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        shoot(page.get(), QStringLiteral("outbox-sent-online"));

        // A second meeting while the hub is down: the batch waits, and says when it tries again.
        f.server.reset();
        QVERIFY(f.ready(QStringLiteral("H0003"), QStringLiteral("P0006")) > 0);
        const qint64 meeting = f.newMeeting();
        QVERIFY(f.meetings().addAllReady(kOperator, meeting));
        const auto agenda = f.meetings().agenda(meeting);
        QVERIFY(agenda);
        for (const AgendaItem &item : *agenda) {
            QVERIFY(f.meetings().decide(kOperator, meeting, item.id, DecisionInput{}));
        }
        Attendee a;
        a.name = QStringLiteral("Siti");
        a.role = AttendeeRole::Bpd;
        QVERIFY(f.meetings().addAttendee(kOperator, meeting, a) && f.meetings().seal(kChair, meeting));
        page->catchUp();
        // The newest batch is listed first; its state starts with the number of tries.
        QString nextTryPrefix =
            words("verdes::ui::OutboxTableModel", "not sent yet (tried %n time(s)); next try at %1", 1);
        nextTryPrefix.truncate(nextTryPrefix.indexOf(u"%1"));
        QTRY_VERIFY_WITH_TIMEOUT(
            cell(page->batchesView()->model(), 0, OutboxTableModel::StateColumn).startsWith(nextTryPrefix),
            10000);
        QTRY_VERIFY(!page->isBusy());
        QVERIFY(!page->isMessageError()); // a send the page started itself fails quietly
        QVERIFY(page->nextAutomaticSend() > f.clock.now());
        QVERIFY(!page->batchesView()
                     ->model()
                     ->index(0, OutboxTableModel::StateColumn)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .isEmpty());
        QCOMPARE(page->batchesView()->model()->rowCount(), 2);
        shoot(page.get(), QStringLiteral("outbox-next-try"));
        // The officer presses "Send now": the failure is said.
        QVERIFY(enabled(*page, "sendNowButton"));
        page->sendNow();
        QTRY_VERIFY(!page->isBusy());
        QVERIFY(page->isMessageError());
        VERIFY_ENGLISH_WORDS(page->messageText().contains(u"cannot be reached"), page->messageText());
    }

    // Issue 14 §2: the district's verdicts come down at the village's next sync over the internet, or
    // when the officer asks for them; the proposal then says what became of it.
    void theVerdictsComeOverTheInternet()
    {
        PageFixture f;
        QVERIFY(f.setUpSealed());
        QVERIFY(f.enrolOnline());
        auto page = f.page(kOperator);
        QVERIFY(enabled(*page, "fetchDecisionsButton"));
        page->catchUp();
        QTRY_COMPARE_WITH_TIMEOUT(cell(page->batchesView()->model(), 0, OutboxTableModel::StateColumn),
                                  stateWords("received by the district"),
                                  10000);
        QTRY_VERIFY(!page->isBusy());
        QCOMPARE(f.state(f.agreed), ProposalState::Received);

        // Nothing decided yet: asking says so, and changes nothing.
        QPushButton *fetch = page->findChild<QPushButton *>(QStringLiteral("fetchDecisionsButton"));
        QTest::mouseClick(fetch, Qt::LeftButton);
        QTRY_VERIFY(!page->isBusy());
        QVERIFY2(!page->isMessageError(), qPrintable(page->messageText()));
        VERIFY_ENGLISH_WORDS(page->messageText().contains(u"no new verdicts"), page->messageText());
        QCOMPARE(f.state(f.agreed), ProposalState::Received);

        // The verifier returns the proposal; the officer asks again.
        QVERIFY(returnAtTheHub(f, f.agreed));
        QSignalSpy changed(page.get(), &OutboxPage::outboxChanged);
        QTest::mouseClick(fetch, Qt::LeftButton);
        QVERIFY(page->isBusy());
        QVERIFY(!fetch->isEnabled()); // one sync at a time
        QTRY_VERIFY(!page->isBusy());
        QVERIFY2(!page->isMessageError(), qPrintable(page->messageText()));
        VERIFY_ENGLISH_WORDS(page->messageText().startsWith(u"1 new verdict"), page->messageText());
        VERIFY_ENGLISH_WORDS(page->messageText().contains(u"Returned to the village: 1"),
                             page->messageText());
        QCOMPARE(f.state(f.agreed), ProposalState::Returned);
        QCOMPARE(changed.count(), 1);
        page->resize(1100, 560);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        shoot(page.get(), QStringLiteral("outbox-verdicts-online"));

        // The hub out of reach: the officer who asked is told, and the vault keeps what it has.
        f.server.reset();
        QTest::mouseClick(fetch, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 20000);
        QVERIFY(page->isMessageError());
        VERIFY_ENGLISH_WORDS(page->messageText().contains(u"cannot be reached"), page->messageText());
        QCOMPARE(f.state(f.agreed), ProposalState::Returned);
        // A viewer may not fetch.
        auto viewer = f.page(kViewer);
        QVERIFY(!enabled(*viewer, "fetchDecisionsButton"));
    }

    // The request as a QR code: a square image with a white quiet zone and dark modules.
    void theRequestIsAQrCode()
    {
        PageFixture f;
        QVERIFY(f.setUpSealed());
        EnrolmentDialog dialog(*f.db, kOperator, QStringLiteral("Desa Contoh"));
        QVERIFY(!dialog.requestFile().isEmpty());
        QVERIFY(dialog.requestFile().size() > 100);
        QCOMPARE(dialog.requestFingerprint().size(), 19); // XXXX-XXXX-XXXX-XXXX
        const QImage &image = dialog.qrImage();
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), image.height());
        // 4 pixels a module, a quiet zone of 4 modules, and a symbol of version 1 (21 modules) or more.
        QCOMPARE(image.width() % 4, 0);
        const int modules = image.width() / 4 - 2 * QrCode::kQuietZone;
        QVERIFY(modules >= 21);
        QCOMPARE((modules - 17) % 4, 0);
        QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white));
        QCOMPARE(image.pixelColor(image.width() - 1, image.height() - 1), QColor(Qt::white));
        // The finder pattern's corner, just inside the quiet zone, is dark.
        QCOMPARE(image.pixelColor(QrCode::kQuietZone * 4, QrCode::kQuietZone * 4), QColor(Qt::black));
        // Too much for any QR code: no image, and the dialog offers only the file.
        QVERIFY(QrCode::image(QByteArray(4000, 'x')).isNull());

        const QString path = f.dir.filePath(QStringLiteral("request.venq"));
        QVERIFY(dialog.saveRequest(path));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), dialog.requestFile());
        QVERIFY(hub::Hub::readRequest(dialog.requestFile()));
    }

    // Step 2: the answer shows the hub; a wrong fingerprint changes nothing; the right one, typed
    // in lower case without dashes, pins the hub.
    void theAnswerNeedsTheRightFingerprint()
    {
        PageFixture f;
        QVERIFY(f.setUpSealed());
        auto answer = f.hubAnswer();
        QVERIFY2(answer, answer ? "" : qPrintable(describe(answer.error())));
        const QString fingerprint = f.hub->fingerprint().value();
        const QString answerPath = f.writeFile(QStringLiteral("answer.vena"), *answer);

        EnrolmentDialog dialog(*f.db, kOperator, QStringLiteral("Desa Contoh"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!enabled(dialog, "acceptButton"));
        QVERIFY(!dialog.openAnswer(f.writeFile(QStringLiteral("junk.vena"), QByteArray(200, 'y'))));
        QVERIFY(!dialog.messageText().isEmpty());
        QVERIFY(dialog.openAnswer(answerPath));
        QVERIFY(dialog.answerText().contains(kHubName));
        QVERIFY(dialog.answerText().contains(u"3373"));
        QVERIFY(dialog.answerText().contains(fingerprint));
        shoot(&dialog, QStringLiteral("enrolment-answer"));

        QSignalSpy enrolled(&dialog, &EnrolmentDialog::enrolled);
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("fingerprintLineEdit"));
        QVERIFY(edit->isEnabled());
        QString wrong = fingerprint;
        wrong[0] = wrong.at(0) == u'A' ? u'B' : u'A';
        QTest::keyClicks(edit, wrong);
        QVERIFY(enabled(dialog, "acceptButton"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(enrolled.count(), 0);
        VERIFY_ENGLISH_WORDS(dialog.messageText().contains(u"nothing was changed"), dialog.messageText());
        sync::OutboxRepository repo(*f.db, f.clock);
        QVERIFY(!repo.hub().value().has_value());

        edit->clear();
        QTest::keyClicks(edit, fingerprint.toLower().remove(u'-'));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("acceptButton")), Qt::LeftButton);
        QCOMPARE(enrolled.count(), 1);
        QVERIFY(dialog.messageText().contains(kHubName));
        auto link = repo.hub();
        QVERIFY(link && link->has_value());
        QCOMPARE((*link)->hubName, kHubName);
        QCOMPARE(PublicKey::idTextOf((*link)->signingKey), fingerprint);
    }

    // A laptop that pins the hub's keys from before a rotation (enrolling again after a revocation)
    // opens the hub's key list with the same button first: it follows it, and asks for the answer.
    void theEnrolmentDialogTakesTheHubsKeyList()
    {
        PageFixture f;
        QVERIFY(f.setUpSealed());
        QVERIFY(f.enrol());
        auto rotated = f.hub->rotateKeys(0);
        QVERIFY(rotated);
        EnrolmentDialog dialog(*f.db, kOperator, QStringLiteral("Desa Contoh"));
        QVERIFY(!dialog.openAnswer(f.writeFile(QStringLiteral("keys.vkey"), rotated->chainFile)));
        QVERIFY2(dialog.messageText().contains(rotated->fingerprint), qPrintable(dialog.messageText()));
        sync::OutboxRepository repo(*f.db, f.clock);
        QCOMPARE(PublicKey::idTextOf(repo.hub().value()->signingKey), rotated->fingerprint);
        // A key list of a hub this laptop never pinned: refused, nothing changed.
        PageFixture other;
        QVERIFY(other.setUpSealed());
        QVERIFY(other.enrol());
        auto foreign = other.hub->keyChain();
        QVERIFY(foreign);
        QVERIFY(!dialog.openAnswer(f.writeFile(QStringLiteral("foreign.vkey"), *foreign)));
        QCOMPARE(PublicKey::idTextOf(repo.hub().value()->signingKey), rotated->fingerprint);
    }
};

QTEST_MAIN(TestOutboxPage)
#include "tst_OutboxPage.moc"
