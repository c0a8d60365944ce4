// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/ReviewerPage.h"

#include "models/core/Error.h"
#include "models/core/Log.h"
#include "models/core/PublicKey.h"
#include "models/domain/RegionTable.h"
#include "models/review/ReviewQueueRepository.h"
#include "models/vault/Vault.h"
#include "sync/batch/Envelope.h"
#include "sync/outbox/OutboxRepository.h"
#include "sync/review/ReviewClaims.h"
#include "sync/review/ReviewInbox.h"
#include "sync/review/ReviewVerdicts.h"
#include "sync/review/ReviewerEnrolment.h"
#include "sync/transport/HttpTransport.h"
#include "ui/common/FileChooser.h"
#include "ui/common/Look.h"
#include "ui/review/ReviewItemView.h"
#include "ui/review/ReviewProgressView.h"
#include "ui/review/ReviewQueueView.h"
#include "ui_ReviewerPage.h"

#include <QDateTime>
#include <QDir>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QThread>

#include <memory>

namespace verdes::ui {

namespace {

// A reviewer enrolment answer is about half a kilobyte; a verdict receipt about 50 bytes a verdict.
constexpr qint64 kMaxAnswerBytes = qint64(1) << 20;
constexpr qint64 kMaxVerdictReceiptBytes = qint64(4) << 20;
// How long the window waits for the hub's answer to a claim.
constexpr int kClaimTimeoutMs = 15000;

enum Column
{
    NameColumn,
    RoleColumn,
    EnrolmentColumn,
    ColumnCount,
};

enum VillageColumn
{
    VillageCodeColumn,
    VillageNameColumn,
    BatchesColumn,
    ItemsColumn,
    OpenColumn,
    IncompleteColumn,
    OldestColumn,
    VillageColumnCount,
};

QString localTime(const QString &utc)
{
    const QDateTime at = QDateTime::fromString(utc, Qt::ISODateWithMs);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : utc;
}

} // namespace

ReviewerPage::ReviewerPage(Vault &vault, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::ReviewerPage>())
    , m_vault(vault)
    , m_queueView(new ReviewQueueView(vault, this))
    , m_itemView(new ReviewItemView(vault, this))
    , m_progressView(new ReviewProgressView(vault, this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("reviewerPage"));
    QFont title = m_ui->officeLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.5);
    title.setBold(true);
    m_ui->officeLabel->setFont(title);
    // Read aloud over a telephone: large, and in a font where 0 and O differ.
    QFont big = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    m_ui->fingerprintLabel->setFont(big);
    m_ui->fingerprintLabel->hide();
    m_ui->messageLabel->hide();
    m_ui->reviewersTableWidget->setColumnCount(ColumnCount);
    m_ui->reviewersTableWidget->setHorizontalHeaderLabels(
        {tr("Name"), tr("Role"), tr("Enrolment with the hub")});
    m_ui->reviewersTableWidget->horizontalHeader()->setSectionResizeMode(NameColumn,
                                                                         QHeaderView::ResizeToContents);
    m_ui->reviewersTableWidget->horizontalHeader()->setSectionResizeMode(RoleColumn,
                                                                         QHeaderView::ResizeToContents);

    m_ui->villagesTableWidget->setColumnCount(VillageColumnCount);
    m_ui->villagesTableWidget->setHorizontalHeaderLabels({tr("Code"),
                                                          tr("Village"),
                                                          tr("Batches"),
                                                          tr("Items"),
                                                          tr("Open"),
                                                          tr("Incomplete"),
                                                          tr("Oldest open since")});
    m_ui->villagesTableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->villagesTableWidget->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->feedRequestButton, &QPushButton::clicked, this, [this] {
        FileChooser::save(this,
                          QStringLiteral("feedRequestFileDialog"),
                          tr("Save the request for the hub"),
                          QStringLiteral("review-request.vrfq"),
                          tr("Requests for received batches (*.vrfq)"),
                          QStringLiteral("vrfq"),
                          [this](const QString &path) {
                              saveFeedRequest(path);
                          });
    });
    connect(m_ui->importFeedButton, &QPushButton::clicked, this, [this] {
        FileChooser::open(this,
                          QStringLiteral("feedFileDialog"),
                          tr("Open the batches from the hub"),
                          tr("Received batches (*.vrfd);;All files (*)"),
                          [this](const QString &path) {
                              importFeed(path);
                          });
    });
    connect(m_ui->saveVerdictsButton, &QPushButton::clicked, this, &ReviewerPage::chooseVerdictsFile);
    connect(m_ui->importVerdictReceiptButton, &QPushButton::clicked, this, [this] {
        FileChooser::open(this,
                          QStringLiteral("verdictReceiptFileDialog"),
                          tr("Open the hub's receipt for the verdicts"),
                          tr("Receipts for verdicts (*.vdrc);;All files (*)"),
                          [this](const QString &path) {
                              importVerdictReceipt(path);
                          });
    });

    m_ui->progressLayout->addWidget(m_progressView);
    connect(m_progressView, &ReviewProgressView::errorOccurred, this, &ReviewerPage::errorOccurred);
    // The figures are read when the tab is shown, so they follow the verdicts given meanwhile.
    connect(m_ui->reviewTabWidget, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_ui->reviewTabWidget->widget(index) == m_ui->progressTab) {
            m_progressView->reload();
        }
    });
    m_ui->queueStackedWidget->addWidget(m_queueView);
    m_ui->queueStackedWidget->addWidget(m_itemView);
    connect(m_queueView, &ReviewQueueView::openRequested, this, &ReviewerPage::showItem);
    connect(m_queueView, &ReviewQueueView::errorOccurred, this, &ReviewerPage::errorOccurred);
    connect(m_queueView, &ReviewQueueView::decided, this, [this] {
        reloadInbox();
        reloadVerdicts();
    });
    connect(m_itemView, &ReviewItemView::backRequested, this, &ReviewerPage::showQueue);
    connect(m_itemView, &ReviewItemView::errorOccurred, this, &ReviewerPage::errorOccurred);
    connect(m_itemView, &ReviewItemView::decided, this, [this] {
        m_queueView->reload();
        reloadInbox();
        reloadVerdicts();
    });
    // Claims go to the hub over HTTPS when it has an address (issue 14 §1); a USB-only hub takes none.
    if (auto hub = sync::OutboxRepository(vault.database()).hub(); hub && *hub && !(*hub)->url.isEmpty()) {
        const sync::ReviewClaims::Sender sender =
            httpsClaimSender({QUrl((*hub)->url), (*hub)->tlsPin, kClaimTimeoutMs});
        m_queueView->setClaimSender(sender);
        m_itemView->setClaimSender(sender);
    }
    connect(m_ui->requestButton, &QPushButton::clicked, this, &ReviewerPage::chooseRequestFile);
    connect(m_ui->answerButton, &QPushButton::clicked, this, &ReviewerPage::chooseAnswerFile);
    connect(m_ui->acceptButton, &QPushButton::clicked, this, [this] {
        acceptAnswer(m_ui->hubFingerprintLineEdit->text());
    });
    connect(m_ui->hubFingerprintLineEdit, &QLineEdit::returnPressed, this, [this] {
        acceptAnswer(m_ui->hubFingerprintLineEdit->text());
    });
    connect(m_ui->hubFingerprintLineEdit, &QLineEdit::textChanged, this, &ReviewerPage::updateActions);
    reload();
}

ReviewerPage::~ReviewerPage() = default;

sync::ReviewClaims::Sender ReviewerPage::httpsClaimSender(const sync::HttpTransport::Options &options)
{
    return [options](const QByteArray &request) {
        Result<QByteArray> answer = Error(ErrorCode::Internal, {}, QStringLiteral("claim not sent"));
        const std::unique_ptr<QThread> thread(QThread::create([&options, &request, &answer] {
            sync::HttpTransport transport(options);
            answer = transport.claim(request);
        }));
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        thread->start();
        thread->wait();
        QGuiApplication::restoreOverrideCursor();
        return answer;
    };
}

void ReviewerPage::reload()
{
    m_ui->officeLabel->setText(tr("%1 · district %2").arg(m_vault.officeName(), m_vault.districtCode()));
    sync::OutboxRepository repo(m_vault.database());
    const auto hub = repo.hub();
    if (!hub) {
        Q_EMIT errorOccurred(describe(hub.error()));
        return;
    }
    m_ui->hubLabel->setText(
        *hub ? tr("District hub: %1, fingerprint %2.")
                   .arg((*hub)->hubName, PublicKey::idTextOf((*hub)->signingKey))
             : tr("No district hub yet: the first reviewer whose enrolment the hub answers "
                  "connects this vault to it."));
    const auto officers = m_vault.officers();
    if (!officers) {
        Q_EMIT errorOccurred(describe(officers.error()));
        return;
    }
    sync::ReviewerEnrolment enrolment(m_vault.database());
    QTableWidget *table = m_ui->reviewersTableWidget;
    table->setRowCount(static_cast<int>(officers->size()));
    int row = 0;
    QString mine;
    for (const Vault::OfficerInfo &officer : *officers) {
        const auto status = enrolment.status(officer.officerId);
        QString where;
        if (!status) {
            where = describe(status.error());
        } else if (status->isEnrolled()) {
            where = tr("enrolled %1 (key %2)").arg(localTime(status->enrolledAt), status->keyId);
        } else if (!status->keyId.isEmpty()) {
            where = tr("request made (key %1), waiting for the hub's answer").arg(status->keyId);
        } else if (sync::ReviewerEnrolment::reviewerRoleOf(officer.role)) {
            where = tr("not enrolled yet");
        } else {
            where = tr("reviews nothing");
        }
        if (officer.officerId == m_vault.actor().officerId) {
            mine = where;
        }
        table->setItem(row, NameColumn, new QTableWidgetItem(officer.name));
        table->setItem(row, RoleColumn, new QTableWidgetItem(RoleText::label(officer.role)));
        table->setItem(row, EnrolmentColumn, new QTableWidgetItem(where));
        ++row;
    }
    reloadInbox();
    reloadVerdicts();
    // Once enrolled, the two steps are done: only where the officer stands, and the buttons to ask
    // again (a changed role, a revoked key).
    const auto myStatus = enrolment.status(m_vault.actor().officerId);
    const bool enrolled = myStatus && myStatus->isEnrolled() && m_answerFile.isEmpty() && !m_asking;
    m_ui->enrolExplanationLabel->setVisible(!enrolled);
    m_ui->hubFingerprintLabel->setVisible(!enrolled);
    m_ui->hubFingerprintLineEdit->setVisible(!enrolled);
    m_ui->acceptButton->setVisible(!enrolled);
    if (enrolled) {
        m_ui->fingerprintLabel->hide();
    }
    m_ui->myStatusLabel->setText(m_vault.actor().isRecovery()
                                     ? tr("Opened with the recovery key: no reviewer enrols.")
                                     : tr("You, %1: %2.").arg(m_vault.actor().name, mine));
    updateActions();
}

void ReviewerPage::reloadInbox()
{
    ReviewQueueRepository queue(m_vault.database());
    const auto states = queue.countsByState();
    const auto villages = queue.byVillage();
    if (!states || !villages) {
        Q_EMIT errorOccurred(describe(states ? villages.error() : states.error()));
        return;
    }
    const QLocale locale;
    QStringList counts;
    for (const auto &[state, count] : *states) {
        counts << tr("%1: %2").arg(ProposalStateText::label(state), locale.toString(count));
    }
    m_ui->inboxSummaryLabel->setText(
        counts.isEmpty()
            ? tr("Nothing received yet. The hub's operator answers a request file with the batches "
                 "the villages sent (verdes-hub feed); import that file here.")
            : counts.join(QStringLiteral(" · ")));
    QTableWidget *table = m_ui->villagesTableWidget;
    table->setRowCount(static_cast<int>(villages->size()));
    int row = 0;
    for (const ReviewVillageCount &village : *villages) {
        const RegionTable::Region *region = RegionTable::instance().find(village.villageCode);
        table->setItem(
            row, VillageCodeColumn, new QTableWidgetItem(RegionTable::dotted(village.villageCode)));
        table->setItem(
            row, VillageNameColumn, new QTableWidgetItem(region != nullptr ? region->name : QString()));
        table->setItem(row, BatchesColumn, new QTableWidgetItem(locale.toString(village.batches)));
        table->setItem(row, ItemsColumn, new QTableWidgetItem(locale.toString(village.items)));
        table->setItem(row, OpenColumn, new QTableWidgetItem(locale.toString(village.open)));
        table->setItem(row, IncompleteColumn, new QTableWidgetItem(locale.toString(village.incomplete)));
        table->setItem(row, OldestColumn, new QTableWidgetItem(localTime(village.oldestOpenReceivedAt)));
        ++row;
    }
}

bool ReviewerPage::saveFeedRequest(const QString &path)
{
    auto request = sync::ReviewInbox(m_vault.database()).makeRequest(m_vault.actor());
    if (!request) {
        showMessage(describe(request.error()), true);
        return false;
    }
    if (auto written = FileChooser::write(path, *request); !written) {
        showMessage(describe(written.error()), true);
        return false;
    }
    showMessage(tr("The request was saved to %1. The hub's operator answers it with a file of the batches; "
                   "import that file here.")
                    .arg(QDir::toNativeSeparators(path)),
                false);
    return true;
}

bool ReviewerPage::importFeed(const QString &path)
{
    const auto read = FileChooser::read(path, sync::Envelope::kMaxFileSize);
    if (!read) {
        showMessage(describe(read.error()), true);
        return false;
    }
    auto imported = sync::ReviewInbox(m_vault.database()).importPage(m_vault.actor(), *read);
    if (!imported) {
        showMessage(describe(imported.error()), true);
        return false;
    }
    QString text = imported->batches == 0
                       ? tr("Nothing new: this vault holds every batch of the file already.")
                       : tr("%n new batch(es) received", nullptr, imported->batches) + u", "
                             + tr("%n item(s) added to the queue", nullptr, imported->items) + u'.';
    if (imported->incomplete > 0) {
        text += u' '
                + tr("%n of them lack something the completeness check looks for.",
                     nullptr,
                     imported->incomplete);
    }
    if (imported->hasMore) {
        text += u' ' + tr("The hub has more: make another request file.");
    }
    showMessage(text, false);
    reloadInbox();
    m_queueView->reload();
    return true;
}

void ReviewerPage::showQueue()
{
    m_queueView->reload();
    m_ui->reviewTabWidget->setCurrentWidget(m_ui->queueTab);
    m_ui->queueStackedWidget->setCurrentWidget(m_queueView);
    m_queueView->selectItem(m_itemView->currentItemId());
}

void ReviewerPage::showItem(qint64 itemId, const QList<qint64> &queue)
{
    m_ui->reviewTabWidget->setCurrentWidget(m_ui->queueTab);
    m_ui->queueStackedWidget->setCurrentWidget(m_itemView);
    m_itemView->setItems(queue, itemId);
    m_itemView->setFocus();
}

void ReviewerPage::reloadVerdicts()
{
    const auto unsent = sync::ReviewVerdicts(m_vault.database()).unsentCount();
    if (!unsent) {
        Q_EMIT errorOccurred(describe(unsent.error()));
        return;
    }
    m_ui->unsentLabel->setText(
        *unsent == 0 ? tr("Every verdict given in this vault has reached the hub.")
                     : tr("%n verdict(s) not yet accepted by the hub. Save them to a USB stick for the hub's "
                          "operator, then import the receipt the operator gives back.",
                          nullptr,
                          static_cast<int>(*unsent)));
    m_ui->saveVerdictsButton->setEnabled(*unsent > 0 && !m_vault.actor().isRecovery()
                                         && sync::ReviewerEnrolment::reviewerRoleOf(m_vault.actor().role));
}

void ReviewerPage::chooseVerdictsFile()
{
    const auto unsent = sync::ReviewVerdicts(m_vault.database()).unsentCount();
    const qint64 count = unsent ? *unsent : 0;
    FileChooser::save(this,
                      QStringLiteral("verdictsFileDialog"),
                      tr("Save the verdicts for the hub"),
                      QStringLiteral("verdicts-%1-%2.vdup").arg(m_vault.districtCode()).arg(count),
                      tr("Verdicts for the hub (*.vdup)"),
                      QStringLiteral("vdup"),
                      [this](const QString &path) {
                          saveVerdicts(path);
                      });
}

bool ReviewerPage::saveVerdicts(const QString &path)
{
    sync::ReviewVerdicts verdicts(m_vault.database());
    auto upload = verdicts.makeUpload(m_vault.actor());
    if (!upload) {
        showMessage(describe(upload.error()), true);
        return false;
    }
    if (!*upload) {
        showMessage(tr("There is no verdict to send: the hub has every one."), false);
        return false;
    }
    if (auto written = FileChooser::write(path, **upload); !written) {
        showMessage(describe(written.error()), true);
        return false;
    }
    const auto unsent = verdicts.unsentCount();
    showMessage(
        tr("%n verdict(s) saved to %1. The hub's operator stores them (verdes-hub verdicts) and gives "
           "you a receipt; import it here.",
           nullptr,
           static_cast<int>(unsent ? *unsent : 0))
            .arg(QDir::toNativeSeparators(path)),
        false);
    reloadVerdicts();
    return true;
}

bool ReviewerPage::importVerdictReceipt(const QString &path)
{
    const auto read = FileChooser::read(path, kMaxVerdictReceiptBytes);
    if (!read) {
        showMessage(describe(read.error()), true);
        return false;
    }
    auto summary = sync::ReviewVerdicts(m_vault.database()).importReceipt(m_vault.actor(), *read);
    if (!summary) {
        showMessage(describe(summary.error()), true);
        return false;
    }
    QString text = tr("The hub accepted %n verdict(s).", nullptr, summary->accepted);
    if (summary->refused > 0) {
        text += u' '
                + tr("It refused %n: another reviewer may have decided first, or a key or role is no longer "
                     "valid. Open the items to see why.",
                     nullptr,
                     summary->refused);
    }
    showMessage(text, summary->refused > 0);
    reloadVerdicts();
    m_queueView->reload();
    return true;
}

void ReviewerPage::updateActions()
{
    const bool reviewer =
        !m_vault.actor().isRecovery() && sync::ReviewerEnrolment::reviewerRoleOf(m_vault.actor().role);
    m_ui->feedRequestButton->setEnabled(reviewer);
    m_ui->importFeedButton->setEnabled(reviewer);
    m_ui->requestButton->setEnabled(reviewer);
    m_ui->answerButton->setEnabled(reviewer);
    m_ui->hubFingerprintLineEdit->setEnabled(reviewer && !m_answerFile.isEmpty());
    m_ui->acceptButton->setEnabled(reviewer && !m_answerFile.isEmpty()
                                   && !m_ui->hubFingerprintLineEdit->text().trimmed().isEmpty());
}

void ReviewerPage::showMessage(const QString &text, bool error)
{
    m_ui->messageLabel->setText(text);
    if (error) {
        Look::setErrorStyle(m_ui->messageLabel);
    } else {
        m_ui->messageLabel->setStyleSheet(QString());
    }
    m_ui->messageLabel->show();
}

void ReviewerPage::chooseRequestFile()
{
    const QString name = FileChooser::fileNamePart(m_vault.actor().name, QStringLiteral("reviewer"));
    FileChooser::save(this,
                      QStringLiteral("requestFileDialog"),
                      tr("Save the reviewer enrolment request"),
                      QStringLiteral("reviewer-%1.vrvq").arg(name),
                      tr("Reviewer enrolment requests (*.vrvq)"),
                      QStringLiteral("vrvq"),
                      [this](const QString &path) {
                          saveRequest(path);
                      });
}

bool ReviewerPage::saveRequest(const QString &path)
{
    sync::ReviewerEnrolment enrolment(m_vault.database());
    auto made = enrolment.makeRequest(m_vault.actor());
    if (!made) {
        showMessage(describe(made.error()), true);
        return false;
    }
    // The file dialog asked before an existing file was chosen.
    if (auto written = FileChooser::write(path, made->signedFile); !written) {
        showMessage(describe(written.error()), true);
        return false;
    }
    m_asking = true;
    m_ui->fingerprintLabel->setText(made->request.fingerprint());
    m_ui->fingerprintLabel->setAccessibleName(tr("Fingerprint of your reviewer key"));
    m_ui->fingerprintLabel->show();
    showMessage(
        tr("Your request was saved to %1. Take it to the hub's operator and read them the fingerprint "
           "%2.")
            .arg(QDir::toNativeSeparators(path), made->request.fingerprint()),
        false);
    reload();
    return true;
}

void ReviewerPage::chooseAnswerFile()
{
    FileChooser::open(this,
                      QStringLiteral("answerFileDialog"),
                      tr("Open the hub's answer"),
                      tr("Reviewer enrolment answers (*.vrva);;All files (*)"),
                      [this](const QString &path) {
                          openAnswer(path);
                      });
}

bool ReviewerPage::openAnswer(const QString &path)
{
    m_answerFile.clear();
    updateActions();
    const auto read = FileChooser::read(path, kMaxAnswerBytes);
    if (!read) {
        showMessage(describe(read.error()), true);
        return false;
    }
    const QByteArray &bytes = *read;
    auto answer = sync::ReviewerEnrolment(m_vault.database()).read(m_vault.actor(), bytes);
    if (!answer) {
        showMessage(describe(answer.error()), true);
        return false;
    }
    m_answerFile = bytes;
    showMessage(
        tr("The answer of %1 enrols you as %2. Now type the hub's fingerprint the operator told you; it "
           "must be %3.")
            .arg(answer->hubName, sync::reviewerRoleLabel(answer->role), answer->hubFingerprint()),
        false);
    updateActions();
    m_ui->hubFingerprintLineEdit->setFocus();
    return true;
}

bool ReviewerPage::acceptAnswer(const QString &fingerprint)
{
    if (m_answerFile.isEmpty() || fingerprint.trimmed().isEmpty()) {
        return false;
    }
    auto accepted = sync::ReviewerEnrolment(m_vault.database())
                        .accept(m_vault.actor(), m_answerFile, fingerprint.trimmed());
    if (!accepted) {
        qCInfo(lcSync) << "reviewer answer not accepted:" << errorCodeName(accepted.error().code);
        showMessage(accepted.error().code == ErrorCode::SyncFingerprintMismatch ? tr(
                        "The fingerprint you typed is not the one of this answer, so nothing was changed. "
                        "Check the fingerprint with the hub's operator, or ask them for a new answer.")
                                                                                : describe(accepted.error()),
                    true);
        m_ui->hubFingerprintLineEdit->selectAll();
        m_ui->hubFingerprintLineEdit->setFocus();
        return false;
    }
    m_answerFile.clear();
    m_asking = false;
    m_ui->hubFingerprintLineEdit->clear();
    showMessage(tr("You are now enrolled with %1 as %2: the hub accepts what your key signs.")
                    .arg(accepted->hubName, sync::reviewerRoleLabel(accepted->role)),
                false);
    reload();
    return true;
}

} // namespace verdes::ui
