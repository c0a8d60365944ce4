// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/OutboxPage.h"

#include "models/core/Clock.h"
#include "models/core/Error.h"
#include "models/core/Log.h"
#include "models/core/PublicKey.h"
#include "models/domain/Issue.h"
#include "models/domain/Role.h"
#include "models/proposals/ProposalRepository.h"
#include "models/repo/HouseholdRepository.h"
#include "sync/batch/Envelope.h"
#include "sync/batch/Receipt.h"
#include "sync/decisions/DecisionInbox.h"
#include "sync/outbox/BatchExportJob.h"
#include "sync/outbox/CatchUpJob.h"
#include "sync/outbox/Outbox.h"
#include "sync/outbox/OutboxRepository.h"
#include "sync/outbox/SendJob.h"
#include "ui/common/FileChooser.h"
#include "ui/common/Look.h"
#include "ui/sync/EnrolmentDialog.h"
#include "ui/sync/OutboxItemTableModel.h"
#include "ui/sync/OutboxTableModel.h"
#include "ui_OutboxPage.h"

#include <QDir>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QNetworkInformation>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>

namespace verdes::ui {

namespace {

// A receipt is a few kilobytes; anything much larger is not one.
constexpr qint64 kMaxReceiptBytes = qint64(1) << 20;
// A decision list holds at most 5,000 verdicts of at most 64 KiB each.
constexpr qint64 kMaxDecisionsBytes = qint64(400) << 20;

// What a decision list brought, in words (from a USB stick or over the internet).
QString decisionsMessage(const sync::DecisionInbox::Imported &imported)
{
    QString text =
        OutboxPage::tr("%n new verdict(s) of the dinas sosial recorded.", nullptr, imported.verdicts);
    text += u' '
            + OutboxPage::tr(
                  "Approved, waiting for the next snapshot: %1. Rejected: %2. Returned to the village: "
                  "%3; %n new draft(s) to correct are in the proposals.",
                  nullptr,
                  imported.drafts)
                  .arg(imported.approved)
                  .arg(imported.rejected)
                  .arg(imported.returned);
    return text;
}

QString receiptMessage(const sync::Outbox::ReceiptImport &imported)
{
    const sync::Receipt &receipt = imported.receipt;
    const quint64 number = imported.entry.sequence;
    if (!imported.changed && imported.entry.state != sync::OutboxState::Queued
        && imported.entry.state != sync::OutboxState::Sent) {
        return OutboxPage::tr("The receipt for batch %1 was imported before; nothing changed.").arg(number);
    }
    switch (receipt.outcome) {
    case sync::ReceiptOutcome::Accepted:
        return OutboxPage::tr("Batch %1 was received by the district: all %n item(s). Receipt %2.",
                              nullptr,
                              static_cast<int>(receipt.items.size()))
            .arg(number)
            .arg(OutboxItemTableModel::shortBatchId(imported.entry.batchId));
    case sync::ReceiptOutcome::PartlyAccepted: {
        const auto refused =
            std::count_if(receipt.items.cbegin(), receipt.items.cend(), [](const sync::ReceiptItem &item) {
                return item.outcome == sync::ReceiptOutcome::Refused;
            });
        return OutboxPage::tr("Batch %1 was received by the district, but %n item(s) were refused: the list "
                              "below says why.",
                              nullptr,
                              static_cast<int>(refused))
            .arg(number);
    }
    case sync::ReceiptOutcome::Refused:
        if (receipt.reason == sync::ReceiptReason::SequenceGap) {
            return OutboxPage::tr("Batch %1 was not taken yet: the district is missing batch %2 before it. "
                                  "Write batch %2 to the USB stick first, then this one again.")
                .arg(number)
                .arg(receipt.expectedSequence);
        }
        return OutboxPage::tr("Batch %1 was refused by the district: %2.")
            .arg(number)
            .arg(sync::Receipt::reasonLabel(receipt.reason.value_or(sync::ReceiptReason::Malformed)));
    }
    Q_UNREACHABLE();
}

} // namespace

OutboxPage::OutboxPage(Database &db, ConnectorFactory connector, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OutboxPage>())
    , m_db(db)
    , m_connector(std::move(connector))
    , m_clock(&SystemClock::instance())
    , m_actor{QStringLiteral("nobody"), QString(), Role::Viewer, false}
    , m_model(new OutboxTableModel(this))
    , m_itemModel(new OutboxItemTableModel(this))
    , m_sendTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("outboxPage"));
    m_ui->batchesTableView->setModel(m_model);
    m_ui->itemsTableView->setModel(m_itemModel);
    for (QTableView *view : {m_ui->batchesTableView, m_ui->itemsTableView}) {
        view->verticalHeader()->hide();
        view->horizontalHeader()->setHighlightSections(false);
    }
    QHeaderView *header = m_ui->batchesTableView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(OutboxTableModel::StateColumn, QHeaderView::Stretch);
    QHeaderView *itemsHeader = m_ui->itemsTableView->horizontalHeader();
    itemsHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    itemsHeader->setSectionResizeMode(OutboxItemTableModel::OutcomeColumn, QHeaderView::Stretch);
    m_sendTimer->setSingleShot(true);
    connect(m_sendTimer, &QTimer::timeout, this, [this] {
        sendNow(true);
    });
    m_ui->busyLabel->hide();
    m_ui->busyProgressBar->hide();
    m_ui->cancelSendButton->hide();
    // Stopped half-way, the upload resumes from the hub's bytes at the next send.
    connect(m_ui->cancelSendButton, &QPushButton::clicked, this, [this] {
        if (m_sendJob) {
            m_sendJob->cancel();
        }
    });
    m_ui->messageLabel->hide();

    connect(m_ui->batchesTableView->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &OutboxPage::showItems);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &OutboxPage::chooseExportFile);
    connect(m_ui->importReceiptButton, &QPushButton::clicked, this, &OutboxPage::chooseReceiptFile);
    connect(m_ui->importDecisionsButton, &QPushButton::clicked, this, &OutboxPage::chooseDecisionsFile);
    connect(m_ui->enrolButton, &QPushButton::clicked, this, &OutboxPage::enrol);
    connect(m_ui->sendNowButton, &QPushButton::clicked, this, [this] {
        sendNow(false);
    });
    // The same sync: the waiting batches go first, then the verdicts come.
    connect(m_ui->fetchDecisionsButton, &QPushButton::clicked, this, [this] {
        sendNow(false);
    });
    updateActions();
}

OutboxPage::~OutboxPage() = default;

void OutboxPage::setActor(const Actor &actor)
{
    m_actor = actor;
    updateActions();
}

void OutboxPage::setVillageName(const QString &name)
{
    m_villageName = name;
}

void OutboxPage::setClock(Clock &clock)
{
    m_clock = &clock;
}

QTableView *OutboxPage::batchesView() const
{
    return m_ui->batchesTableView;
}

QTableView *OutboxPage::itemsView() const
{
    return m_ui->itemsTableView;
}

QString OutboxPage::hubText() const
{
    return m_ui->hubStatusLabel->text();
}

QString OutboxPage::messageText() const
{
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

bool OutboxPage::isBusy() const
{
    return m_catchUpJob != nullptr || m_exportJob != nullptr || m_sendJob != nullptr;
}

void OutboxPage::reload()
{
    const std::optional<quint64> selected = [this]() -> std::optional<quint64> {
        const QModelIndex current = m_ui->batchesTableView->currentIndex();
        if (!current.isValid()) {
            return std::nullopt;
        }
        return current.data(OutboxTableModel::SequenceRole).value<quint64>();
    }();
    updateHub();
    Q_EMIT hubUpdated();
    sync::OutboxRepository repo(m_db, *m_clock);
    auto entries = repo.list();
    if (!entries) {
        m_model->setEntries({});
        showMessage(describe(entries.error()), true);
    } else {
        m_model->setEntries(*std::move(entries));
    }
    if (!selected || !selectBatch(*selected)) {
        if (m_model->rowCount() > 0) {
            selectBatch(m_model->entries().constFirst().sequence);
        } else {
            m_itemModel->clear();
        }
    }
    updateActions();
    scheduleSend();
}

void OutboxPage::updateHub()
{
    sync::OutboxRepository repo(m_db, *m_clock);
    auto hub = repo.hub();
    m_enrolled = hub && hub->has_value();
    m_online = m_enrolled && !(*hub)->url.isEmpty() && !(*hub)->isRevoked();
    if (m_enrolled && (*hub)->isRevoked()) {
        // Learnt at a contact (a send, a receipt, a revocation list): the window locks the vault.
        Q_EMIT revoked();
    }
    if (!hub) {
        m_ui->hubStatusLabel->setText(describe(hub.error()));
        Look::setErrorStyle(m_ui->hubStatusLabel);
        return;
    }
    if (!hub->has_value()) {
        m_ui->hubStatusLabel->setText(
            tr("This laptop is not enrolled with the district hub yet. Enrol it first: only then can batches "
               "be sealed for the district."));
        m_ui->hubStatusLabel->setStyleSheet({});
        m_ui->enrolButton->setText(tr("&Enrol this laptop…"));
        return;
    }
    const sync::HubLink &link = **hub;
    QString text = tr("%1 (district %2)\nFingerprint: %3\nEnrolled on %4")
                       .arg(link.hubName,
                            link.districtCode,
                            PublicKey::idTextOf(link.signingKey),
                            Look::longDate(link.enrolledAt.toLocalTime().date()));
    text += u'\n'
            + (link.url.isEmpty() ? tr("Batches go on a USB stick: this hub has no internet address.")
                                  : tr("Batches go by themselves over the internet to %1.").arg(link.url));
    const QDateTime now = m_clock->now();
    if (link.keysExpireAt.isValid()) {
        text +=
            u'\n'
            + (!link.keysExpired(now) ? tr("The district hub's keys are valid until %1.")
               : link.url.isEmpty()   ? tr("The district hub's keys expired on %1: ask the district for its "
                                           "new key list on a USB stick and import it here.")
                                      : tr("The district hub's keys expired on %1: connect and press Send "
                                           "now, or import its new key list from a USB stick."))
                  .arg(Look::longDate(link.keysExpireAt.toLocalTime().date()));
    }
    if (link.revokedAt.isValid()) {
        text += u'\n'
                + tr("The district revoked this laptop on %1. Ask the district to enrol it again.")
                      .arg(Look::longDate(link.revokedAt.toLocalTime().date()));
        Look::setErrorStyle(m_ui->hubStatusLabel);
    } else if (link.keysExpired(now)) {
        Look::setErrorStyle(m_ui->hubStatusLabel);
    } else {
        m_ui->hubStatusLabel->setStyleSheet({});
    }
    m_ui->hubStatusLabel->setText(text);
    m_ui->enrolButton->setText(tr("&Enrol again…"));
}

void OutboxPage::updateActions()
{
    const Result<void> send = m_actor.require(Action::SendBatches);
    const Result<void> enrol = m_actor.require(Action::EnrolWithHub);
    const bool busy = isBusy();
    bool waiting = false;
    for (const sync::OutboxEntry &entry : m_model->entries()) {
        waiting = waiting || !OutboxTableModel::isAnswered(entry);
    }
    m_ui->exportButton->setEnabled(send && m_enrolled && waiting && !busy);
    m_ui->exportButton->setToolTip(!send         ? describe(send.error())
                                   : !m_enrolled ? tr("Enrol this laptop with the district hub first.")
                                   : !waiting    ? tr("Every batch has been answered by the district.")
                                                 : QString());
    m_ui->importReceiptButton->setEnabled(send && m_enrolled && !busy);
    m_ui->importReceiptButton->setToolTip(!send ? describe(send.error()) : QString());
    m_ui->importDecisionsButton->setEnabled(send && m_enrolled && !busy);
    m_ui->importDecisionsButton->setToolTip(
        !send ? describe(send.error())
              : tr("Read the verdicts of the dinas sosial on this village's proposals from the file the "
                   "district gave you"));
    m_ui->sendNowButton->setEnabled(send && m_online && waiting && !busy);
    m_ui->sendNowButton->setToolTip(
        !send         ? describe(send.error())
        : !m_enrolled ? tr("Enrol this laptop with the district hub first.")
        : !m_online ? tr("The district hub takes batches on a USB stick only: write the batch to a USB stick "
                         "and take it to the district.")
        : !waiting
            ? tr("Every batch has been answered by the district.")
            : tr("Send the waiting batches to the district hub now, without waiting for the next try."));
    m_ui->fetchDecisionsButton->setEnabled(send && m_enrolled && m_online && !busy);
    m_ui->fetchDecisionsButton->setToolTip(
        !send         ? describe(send.error())
        : !m_enrolled ? tr("Enrol this laptop with the district hub first.")
        : !m_online
            ? tr("The district hub is reached by USB stick only: import its verdicts from the file it "
                 "gives you.")
            : tr("Fetch the new verdicts of the dinas sosial on this village's proposals from the "
                 "district hub now (waiting batches are sent first)."));
    m_ui->enrolButton->setEnabled(enrol.has_value() && !busy);
    m_ui->enrolButton->setToolTip(!enrol ? describe(enrol.error()) : QString());
}

bool OutboxPage::selectBatch(quint64 sequence)
{
    const int row = m_model->rowOf(sequence);
    if (row < 0) {
        return false;
    }
    m_ui->batchesTableView->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showItems();
    return true;
}

void OutboxPage::showItems()
{
    const QModelIndex current = m_ui->batchesTableView->currentIndex();
    if (!current.isValid()) {
        m_itemModel->clear();
        return;
    }
    const sync::OutboxEntry &entry = m_model->entries().at(current.row());
    sync::OutboxRepository repo(m_db, *m_clock);
    auto items = repo.items(entry.sequence);
    if (!items) {
        m_itemModel->clear();
        showMessage(describe(items.error()), true);
        return;
    }
    QList<OutboxItemTableModel::Row> rows;
    rows.reserve(items->size());
    for (const sync::OutboxItem &item : std::as_const(*items)) {
        rows.append({item, itemSubject(item.proposalId, item.householdId)});
    }
    m_itemModel->setItems(entry, std::move(rows));
}

QString OutboxPage::itemSubject(const std::optional<qint64> &proposalId, const QString &householdId)
{
    if (proposalId) {
        ProposalRepository proposals(m_db, *m_clock);
        auto proposal = proposals.get(*proposalId);
        if (proposal && proposal->has_value()) {
            return tr("Proposal %1: %2").arg(*proposalId).arg(ProposalTypeText::label((*proposal)->type));
        }
        return tr("Proposal %1").arg(*proposalId);
    }
    // A household the meeting proposed to remove (FLAGGED_REMOVAL): named by its head, with the KK
    // number masked as every list shows it.
    HouseholdRepository households(m_db);
    auto household = households.household(householdId, true);
    if (household && household->has_value()) {
        const Household &h = **household;
        const Member *head = h.head();
        return tr("Household of %1 (KK %2): proposed for removal")
            .arg(head != nullptr ? head->value(Field::Name) : tr("unknown head"), maskNumber(h.kkNumber()));
    }
    return tr("Household proposed for removal");
}

void OutboxPage::showMessage(const QString &text, bool error)
{
    m_messageError = error;
    m_ui->messageLabel->setText(text);
    Look::setMessageStyle(m_ui->messageLabel, error);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void OutboxPage::setBusy(const QString &text)
{
    m_ui->busyLabel->setText(text);
    m_ui->busyLabel->setVisible(!text.isEmpty());
    m_ui->busyProgressBar->setVisible(!text.isEmpty());
    m_ui->busyProgressBar->setRange(0, 0);
    m_ui->cancelSendButton->setVisible(!text.isEmpty() && m_sendJob != nullptr);
    updateActions();
}

void OutboxPage::catchUp()
{
    if (isBusy() || !m_actor.may(Action::SendBatches)) {
        return;
    }
    auto connector = m_connector();
    if (!connector) {
        showMessage(describe(connector.error()), true);
        return;
    }
    m_catchUpJob = std::make_unique<sync::CatchUpJob>(std::move(connector).value(), m_actor, *m_clock);
    sync::CatchUpJob *job = m_catchUpJob.get();
    connect(job, &Job::progress, this, [this](qint64 done, qint64 total) {
        if (total > 0) {
            m_ui->busyProgressBar->setRange(0, 1000);
            m_ui->busyProgressBar->setValue(static_cast<int>(done * 1000 / total));
        }
    });
    // The job is the context: a result still queued when the page goes is dropped with it.
    connect(job, &Job::finished, job, [this, job] {
        job->wait();
        const Result<int> made = job->result();
        // Not deleted inside its own signal: after the event.
        m_catchUpJob.release()->deleteLater();
        setBusy({});
        if (!made) {
            qCWarning(lcSync) << "catch-up failed:" << errorCodeName(made.error().code);
            showMessage(describe(made.error()), true);
        } else if (*made > 0) {
            qCInfo(lcSync) << "catch-up made" << *made << "batches";
            showMessage(tr("%n new batch(es) made from sealed meetings.", nullptr, *made), false);
            Q_EMIT outboxChanged();
        }
        reload();
    });
    setBusy(tr("Preparing the batches of the sealed meetings…"));
    job->start();
}

std::optional<quint64> OutboxPage::batchToExport()
{
    const QModelIndex current = m_ui->batchesTableView->currentIndex();
    if (current.isValid() && !current.data(OutboxTableModel::AnsweredRole).toBool()) {
        return current.data(OutboxTableModel::SequenceRole).value<quint64>();
    }
    sync::Outbox outbox(m_db, *m_clock);
    auto oldest = outbox.oldestUnanswered();
    if (!oldest) {
        showMessage(describe(oldest.error()), true);
        return std::nullopt;
    }
    if (!oldest->has_value()) {
        return std::nullopt;
    }
    return (*oldest)->sequence;
}

QString OutboxPage::defaultExportName(quint64 sequence) const
{
    // The village's name as a file name anywhere: letters and digits, words joined by dashes.
    static const QRegularExpression other(QStringLiteral("[^a-z0-9]+"));
    QString village = m_villageName.toLower().replace(other, QStringLiteral("-"));
    while (village.startsWith(u'-')) {
        village.remove(0, 1);
    }
    while (village.endsWith(u'-')) {
        village.chop(1);
    }
    if (village.isEmpty()) {
        village = QStringLiteral("desa");
    }
    return QStringLiteral("batch-%1-%2.vbatch").arg(village).arg(sequence);
}

void OutboxPage::chooseExportFile()
{
    const std::optional<quint64> sequence = batchToExport();
    if (!sequence) {
        showMessage(tr("There is no batch waiting for the district."), false);
        return;
    }
    // The dialog asks before an existing file is chosen: replacing it is what the officer wants.
    FileChooser::save(this,
                      QStringLiteral("exportFileDialog"),
                      tr("Write batch %1 to the USB stick").arg(*sequence),
                      defaultExportName(*sequence),
                      tr("Verdes batches (*.vbatch)"),
                      QStringLiteral("vbatch"),
                      [this](const QString &path) {
                          exportTo(path, true);
                      });
}

void OutboxPage::exportTo(const QString &path, bool replace)
{
    if (isBusy()) {
        return;
    }
    const std::optional<quint64> sequence = batchToExport();
    if (!sequence) {
        showMessage(tr("There is no batch waiting for the district."), false);
        return;
    }
    auto connector = m_connector();
    if (!connector) {
        showMessage(describe(connector.error()), true);
        return;
    }
    m_exportJob = std::make_unique<sync::BatchExportJob>(
        std::move(connector).value(), m_actor, *sequence, path, replace, *m_clock);
    sync::BatchExportJob *job = m_exportJob.get();
    connect(job, &Job::finished, job, [this, job, path] {
        job->wait();
        const Result<sync::OutboxEntry> written = job->result();
        m_exportJob.release()->deleteLater();
        setBusy({});
        if (!written) {
            showMessage(describe(written.error()), true);
        } else {
            showMessage(
                tr("Batch %1 (meeting %2, %n item(s)) was written to %3, sealed for the district hub. "
                   "Take the file to the district social office and bring back the receipt they give "
                   "you; then import it here with \"Import receipt\".",
                   nullptr,
                   written->itemCount)
                    .arg(written->sequence)
                    .arg(written->meetingNumber, QDir::toNativeSeparators(path)),
                false);
            Q_EMIT outboxChanged();
        }
        reload();
    });
    setBusy(tr("Writing batch %1 for the USB stick…").arg(*sequence));
    job->start();
}

bool OutboxPage::canSendOnline() const
{
    return m_online && m_actor.may(Action::SendBatches);
}

void OutboxPage::scheduleSend()
{
    m_nextSend = {};
    if (!canSendOnline() || isBusy()) {
        m_sendTimer->stop();
        return;
    }
    // The earliest next try of a waiting batch; a batch never tried goes now.
    QDateTime due;
    for (const sync::OutboxEntry &entry : m_model->entries()) {
        if (OutboxTableModel::isAnswered(entry)) {
            continue;
        }
        const QDateTime at =
            entry.attempts > 0 && entry.nextAttemptAt.isValid() ? entry.nextAttemptAt : m_clock->now();
        due = due.isValid() ? std::min(due, at) : at;
    }
    if (!due.isValid()) {
        m_sendTimer->stop();
        return;
    }
    watchNetwork();
    m_nextSend = due;
    constexpr qint64 kLongestWaitMs = qint64(15) * 60 * 1000; // and again a quarter of an hour later at most
    m_sendTimer->start(static_cast<int>(std::clamp<qint64>(m_clock->now().msecsTo(due), 0, kLongestWaitMs)));
}

void OutboxPage::watchNetwork()
{
    static bool loaded =
        QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability);
    QNetworkInformation *info = loaded ? QNetworkInformation::instance() : nullptr;
    if (info == nullptr || property("watchingNetwork").toBool()) {
        return;
    }
    setProperty("watchingNetwork", true);
    // When the connection comes back, whatever waits goes at once, not at its next try.
    connect(
        info, &QNetworkInformation::reachabilityChanged, this, [this](QNetworkInformation::Reachability r) {
            if (r == QNetworkInformation::Reachability::Online && m_nextSend.isValid()) {
                qCInfo(lcSync) << "the network is back: sending";
                sendNow(true);
            }
        });
}

void OutboxPage::sendNow(bool automatic)
{
    if (isBusy() || !canSendOnline()) {
        return;
    }
    auto connector = m_connector();
    if (!connector) {
        showMessage(describe(connector.error()), true);
        return;
    }
    m_sendTimer->stop();
    m_sendJob = std::make_unique<sync::SendJob>(std::move(connector).value(), m_actor, *m_clock);
    sync::SendJob *job = m_sendJob.get();
    connect(job, &Job::progress, this, [this](qint64 done, qint64 total) {
        if (total > 0) {
            m_ui->busyProgressBar->setRange(0, 1000);
            m_ui->busyProgressBar->setValue(static_cast<int>(done * 1000 / total));
        }
    });
    connect(job, &Job::phaseChanged, this, [this](const QString &phase) {
        m_ui->busyLabel->setText(phase);
    });
    connect(job, &Job::finished, job, [this, job, automatic] {
        job->wait();
        const Result<sync::Outbox::SendReport> sent = job->result();
        const std::optional<Result<sync::DecisionInbox::Imported>> fetched = job->decisions();
        m_sendJob.release()->deleteLater();
        setBusy({});
        QStringList said;
        bool failed = false;
        if (!sent) {
            qCInfo(lcSync) << "send failed:" << errorCodeName(sent.error().code);
            // A send the page started by itself fails quietly: the batch's row says when it tries again.
            if (!automatic || sent.error().code == ErrorCode::SyncDeviceRevoked
                || sent.error().code == ErrorCode::SyncTlsPinMismatch) {
                said << describe(sent.error());
                failed = true;
            }
        } else {
            for (const sync::Outbox::ReceiptImport &imported : sent->receipts) {
                said << receiptMessage(imported);
            }
        }
        const bool newVerdicts = fetched && *fetched && (*fetched)->verdicts > 0;
        if (fetched && !*fetched) {
            qCInfo(lcSync) << "fetching the verdicts failed:" << errorCodeName((*fetched).error().code);
            if (!automatic) {
                said << describe((*fetched).error());
                failed = true;
            }
        } else if (newVerdicts) {
            said << decisionsMessage(**fetched);
        }
        if (!said.isEmpty()) {
            showMessage(said.join(u'\n'), failed);
        } else if (!automatic && sent) {
            showMessage(tr("Nothing new: no batch was waiting for the district, and it has no new verdicts "
                           "for this village."),
                        false);
        }
        if ((sent && !sent->receipts.isEmpty()) || newVerdicts) {
            Q_EMIT outboxChanged();
        }
        reload();
    });
    setBusy(tr("Sending to the district hub…"));
    job->start();
}

void OutboxPage::chooseReceiptFile()
{
    FileChooser::open(this,
                      QStringLiteral("receiptFileDialog"),
                      tr("Import the district's receipt"),
                      tr("Receipts and revocation lists (*.vreceipt *.receipt *.vrev);;All files (*)"),
                      [this](const QString &path) {
                          importReceipt(path);
                      });
}

void OutboxPage::importReceipt(const QString &path)
{
    const auto read = FileChooser::read(path, kMaxReceiptBytes);
    if (!read) {
        showMessage(describe(read.error()), true);
        return;
    }
    const QByteArray &bytes = *read;
    sync::Outbox outbox(m_db, *m_clock);
    // The same button reads what else the district hands over on the stick: its key list (after it
    // rotated its keys) and its revocation list.
    const auto header = sync::Envelope::signedHeader(bytes);
    const auto kind = header ? std::optional(header->kind) : std::nullopt;
    if (kind == sync::FileKind::HubKeys) {
        auto followed = outbox.applyHubKeys(m_actor, bytes);
        if (!followed) {
            showMessage(describe(followed.error()), true);
            return;
        }
        const QString until =
            followed->expiresAt.isValid()
                ? tr("valid until %1").arg(Look::longDate(followed->expiresAt.toLocalTime().date()))
                : tr("with no expiry");
        showMessage(followed->changed
                        ? tr("The district hub has new keys: this laptop now trusts key %1, %2. Batches are "
                             "sealed for the new key from now on.")
                              .arg(followed->fingerprint, until)
                        : tr("The district hub's keys are the ones this laptop trusts already (%1), %2.")
                              .arg(followed->fingerprint, until),
                    false);
        reload();
        return;
    }
    if (kind == sync::FileKind::RevocationList) {
        auto revoked = outbox.applyRevocationList(m_actor, bytes);
        if (!revoked) {
            showMessage(describe(revoked.error()), true);
            return;
        }
        if (!*revoked) {
            showMessage(tr("The district's revocation list does not name this laptop; nothing changes."),
                        false);
        }
        reload(); // a list that names it: the window locks the vault (revoked())
        return;
    }
    auto imported = outbox.importReceipt(m_actor, bytes);
    if (!imported) {
        showMessage(describe(imported.error()), true);
        reload(); // a receipt that says this laptop is revoked: the window locks the vault (revoked())
        return;
    }
    const bool refused = imported->receipt.outcome == sync::ReceiptOutcome::Refused;
    showMessage(receiptMessage(*imported), refused);
    reload();
    selectBatch(imported->entry.sequence);
    if (imported->changed) {
        Q_EMIT outboxChanged();
    }
}

void OutboxPage::chooseDecisionsFile()
{
    FileChooser::open(this,
                      QStringLiteral("decisionsFileDialog"),
                      tr("Import the district's verdicts"),
                      tr("The district's verdicts (*.vdcl);;All files (*)"),
                      [this](const QString &path) {
                          importDecisions(path);
                      });
}

void OutboxPage::importDecisions(const QString &path)
{
    const auto read = FileChooser::read(path, kMaxDecisionsBytes);
    if (!read) {
        showMessage(describe(read.error()), true);
        return;
    }
    auto imported = sync::DecisionInbox(m_db, *m_clock).importList(m_actor, *read);
    if (!imported) {
        showMessage(describe(imported.error()), true);
        return;
    }
    if (imported->verdicts == 0) {
        showMessage(tr("This file holds no new verdicts: it was imported before. Nothing changed."), false);
        return;
    }
    QString text = decisionsMessage(*imported);
    if (imported->hasMore) {
        text += u' ' + tr("The district holds more verdicts than this file: ask for the next file.");
    }
    showMessage(text, false);
    reload();
    Q_EMIT outboxChanged();
}

void OutboxPage::enrol()
{
    auto *dialog = new EnrolmentDialog(m_db, m_actor, m_villageName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EnrolmentDialog::enrolled, this, [this] {
        reload();
        showMessage(tr("This laptop is now enrolled with the district hub: batches are sealed for it."),
                    false);
    });
    dialog->open();
}

} // namespace verdes::ui
