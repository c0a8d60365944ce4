// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/jobs/JobRunner.h"

#include "models/audit/AuditText.h"
#include "models/core/Clock.h"
#include "models/core/Log.h"
#include "models/demo/DemoVault.h"
#include "models/jobs/AuditVerifyJob.h"
#include "models/jobs/ChangeKeyJob.h"
#include "models/jobs/ExportJob.h"
#include "models/jobs/QualityCheckJob.h"
#include "models/vault/Vault.h"
#include "ui/common/Look.h"
#include "ui/musdes/MeetingDocuments.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QWidget>

namespace verdes::ui {

JobRunner::JobRunner(QWidget *parent)
    : QObject(parent)
    , m_parent(parent)
{}

JobRunner::~JobRunner() = default;

void JobRunner::run(std::unique_ptr<Job> job, const QString &title, std::function<QString()> conclude)
{
    m_job = std::move(job);
    m_dialog = new QProgressDialog(title, tr("Cancel"), 0, 0, m_parent);
    m_dialog->setWindowTitle(title);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setMinimumDuration(0);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setMinimumWidth(420);
    connect(m_dialog, &QProgressDialog::canceled, this, [this] {
        if (m_dialog) {
            m_dialog->setLabelText(tr("Cancelling… nothing will be changed."));
        }
        m_job->cancel();
    });
    connect(m_job.get(), &Job::progress, this, [this](qint64 done, qint64 total) {
        if (m_dialog && total > 0) {
            // QProgressDialog counts in int; show per-mille so any size fits.
            m_dialog->setMaximum(1000);
            m_dialog->setValue(static_cast<int>(done * 1000 / total));
        }
    });
    connect(m_job.get(), &Job::phaseChanged, this, [this](const QString &phase) {
        if (m_dialog) {
            m_dialog->setLabelText(phase);
        }
    });
    connect(m_job.get(), &Job::finished, this, [this, conclude = std::move(conclude)] {
        m_job->wait();
        if (m_dialog) {
            m_dialog->close();
        }
        const QString failure = conclude();
        if (failure.isEmpty()) {
            Q_EMIT succeeded();
        } else {
            Q_EMIT failed(failure);
        }
        deleteLater();
    });
    m_dialog->open();
    m_job->start();
}

void JobRunner::createDemoVault(const QString &folder, const QString &passphrase)
{
    DemoOptions options;
    options.today = SystemClock::instance().now().date();
    auto job = std::make_unique<DemoVaultJob>(folder, DemoVault::defaultOfficer(), passphrase, options);
    auto *demoJob = job.get();
    run(std::move(job), tr("Generating the demo village…"), [demoJob]() -> QString {
        const auto &result = demoJob->result();
        return result ? QString() : describe(result.error());
    });
}

void JobRunner::writeMeetingDocuments(const MeetingDocumentData &data, Paper paper, const QString &folder)
{
    auto job = std::make_unique<MeetingDocumentsJob>(data, paper, folder, OutputPath::Existing::Replace);
    auto *documentsJob = job.get();
    run(std::move(job), tr("Writing the meeting's documents…"), [this, documentsJob, folder]() -> QString {
        const auto &result = documentsJob->result();
        if (!result) {
            return describe(result.error());
        }
        Q_EMIT meetingDocumentsWritten(static_cast<int>(result->size()));
        QStringList names;
        for (const QString &path : *result) {
            names.append(QFileInfo(path).fileName());
        }
        auto *box = new QMessageBox(QMessageBox::Information,
                                    tr("Documents"),
                                    tr("%1 files were written to %2:\n%3")
                                        .arg(result->size())
                                        .arg(QDir::toNativeSeparators(folder), names.join(u'\n')),
                                    QMessageBox::Ok,
                                    m_parent);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return {};
    });
}

void JobRunner::exportSnapshot(Vault &vault, const QString &file)
{
    auto connector = vault.connector();
    if (!connector) {
        Q_EMIT failed(describe(connector.error()));
        deleteLater();
        return;
    }
    // The file dialog has asked before an existing file is chosen: replacing it is what the user wants.
    auto job = std::make_unique<ExportJob>(
        std::move(connector).value(), file, vault.actor(), OutputPath::Existing::Replace);
    auto *exportJob = job.get();
    run(std::move(job), tr("Exporting…"), [this, exportJob, file]() -> QString {
        const auto &result = exportJob->result();
        if (!result) {
            return describe(result.error());
        }
        auto *box = new QMessageBox(QMessageBox::Information,
                                    tr("Export"),
                                    tr("%1 households with %2 members were written to %3.")
                                        .arg(QLocale().toString(result->households),
                                             QLocale().toString(result->members),
                                             QDir::toNativeSeparators(file)),
                                    QMessageBox::Ok,
                                    m_parent);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return {};
    });
}

void JobRunner::verifyHistory(Vault &vault)
{
    auto connector = vault.connector();
    if (!connector) {
        Q_EMIT failed(describe(connector.error()));
        deleteLater();
        return;
    }
    auto job = std::make_unique<AuditVerifyJob>(std::move(connector).value());
    auto *verifyJob = job.get();
    run(std::move(job), tr("Checking the history…"), [this, verifyJob]() -> QString {
        const auto &result = verifyJob->result();
        if (!result) {
            return result.error().code == ErrorCode::Cancelled ? QString() : describe(result.error());
        }
        const AuditLog::Verification &verification = result->verification;
        QString text;
        QMessageBox::Icon icon = QMessageBox::Information;
        if (verification.intact()) {
            text = tr("The history of changes is intact and matches the content: %1 entries checked.")
                       .arg(QLocale().toString(verification.entries));
        } else if (verification.chainIntact()) {
            icon = QMessageBox::Critical;
            text = describe(
                Error(ErrorCode::AuditContentMismatch, {AuditText::contentDifferences(verification)}));
            qCWarning(lcVault) << "history check: content differs from entry" << verification.stateEntry;
        } else {
            icon = QMessageBox::Critical;
            text = describe(Error(ErrorCode::AuditChainBroken, {QString::number(verification.firstBroken)}));
            if (result->broken) {
                const AuditEntry &entry = *result->broken;
                text += QStringLiteral("\n\n")
                        + tr("Entry %1, recorded %2: %3")
                              .arg(QString::number(entry.seq),
                                   Look::shortDateTime(entry.at),
                                   AuditText::sentence(entry));
            }
            qCWarning(lcVault) << "history check: chain broken at entry" << verification.firstBroken;
        }
        auto *box = new QMessageBox(icon, tr("Check history"), text, QMessageBox::Ok, m_parent);
        box->setObjectName(QStringLiteral("historyCheckResult"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        Q_EMIT historyChecked(verification.entries, verification.firstBroken);
        return {};
    });
}

void JobRunner::changeVaultKey(std::unique_ptr<Vault> vault)
{
    auto job = std::make_unique<ChangeKeyJob>(std::move(vault));
    auto *keyJob = job.get();
    m_keyJob = keyJob;
    run(std::move(job), tr("Changing the vault key…"), [keyJob]() -> QString {
        const auto &result = keyJob->result();
        if (!result) {
            return result.error().code == ErrorCode::Cancelled ? QString() : describe(result.error());
        }
        return {};
    });
}

std::unique_ptr<Vault> JobRunner::takeVault()
{
    return m_keyJob != nullptr ? m_keyJob->takeVault() : nullptr;
}

void JobRunner::runQualityChecks(Vault &vault, const Actor &actor)
{
    auto connector = vault.connector();
    if (!connector) {
        Q_EMIT failed(describe(connector.error()));
        deleteLater();
        return;
    }
    auto job =
        std::make_unique<QualityCheckJob>(std::move(connector).value(), actor, SystemClock::instance());
    auto *checkJob = job.get();
    run(std::move(job), tr("Running the data-quality checks…"), [this, checkJob]() -> QString {
        const auto &result = checkJob->result();
        if (!result) {
            return describe(result.error());
        }
        auto *box = new QMessageBox(QMessageBox::Information,
                                    tr("Data-quality checks"),
                                    tr("%1 households checked: %2 open flags (%3 new, %4 no longer found, %5 "
                                       "dismissed).")
                                        .arg(QLocale().toString(result->households),
                                             QLocale().toString(result->open),
                                             QLocale().toString(result->added),
                                             QLocale().toString(result->closed),
                                             QLocale().toString(result->dismissed)),
                                    QMessageBox::Ok,
                                    m_parent);
        box->setObjectName(QStringLiteral("checksSummaryBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return {};
    });
}

} // namespace verdes::ui
