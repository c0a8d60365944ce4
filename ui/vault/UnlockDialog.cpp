// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/vault/UnlockDialog.h"

#include "models/core/Clock.h"
#include "models/core/Log.h"
#include "models/vault/Vault.h"
#include "ui/common/Look.h"
#include "ui_UnlockDialog.h"

#include <QPushButton>
#include <QThread>

#include <optional>

namespace verdes::ui {

UnlockDialog::UnlockDialog(QString folder,
                           const QString &villageTitle,
                           const QStringList &officers,
                           const QString &demoPassphrase,
                           QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UnlockDialog>())
    , m_folder(std::move(folder))
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->villageLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_ui->villageLabel->setFont(titleFont);
    m_ui->villageLabel->setText(villageTitle);
    m_ui->officerComboBox->addItems(officers);
    m_ui->demoLabel->setVisible(!demoPassphrase.isEmpty());
    Look::setMessageStyle(m_ui->demoLabel, true);
    Look::setErrorStyle(m_ui->errorLabel);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Unlock"));
    m_ui->passphraseLineEdit->setText(demoPassphrase);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &UnlockDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &UnlockDialog::reject);
    connect(m_ui->switchModeButton, &QPushButton::clicked, this, [this] {
        setRecoveryMode(!m_recoveryMode);
    });

    setRecoveryMode(false);
    setBusy(false);
    m_ui->errorLabel->hide();
    m_ui->passphraseLineEdit->setFocus();
}

UnlockDialog::~UnlockDialog() = default;

std::unique_ptr<Vault> UnlockDialog::takeVault()
{
    return std::move(m_vault);
}

void UnlockDialog::setRecoveryMode(bool recovery)
{
    m_recoveryMode = recovery;
    m_ui->modeStackedWidget->setCurrentWidget(recovery ? m_ui->recoveryPage : m_ui->passphrasePage);
    m_ui->switchModeButton->setText(recovery ? tr("Use an officer's passphrase instead")
                                             : tr("Forgot the passphrase? Use the recovery key"));
    m_ui->errorLabel->hide();
    (recovery ? m_ui->recoveryKeyLineEdit : m_ui->passphraseLineEdit)->setFocus();
}

void UnlockDialog::accept()
{
    if (m_busy) {
        return;
    }
    using Outcome = Result<std::unique_ptr<Vault>>;
    auto outcome = std::make_shared<std::optional<Outcome>>();
    QThread *worker = nullptr;
    if (m_recoveryMode) {
        const QString key = m_ui->recoveryKeyLineEdit->text();
        worker = QThread::create([outcome, folder = m_folder, key] {
            // The window shows the first page as soon as the key is derived; the quick_check and the
            // search warm-up follow in the background (MainWindow::startBackgroundWork).
            outcome->emplace(Vault::unlockWithRecoveryKey(
                folder, key, SystemClock::instance(), Vault::QuickCheck::Deferred));
        });
    } else {
        const QString officer = m_ui->officerComboBox->currentText();
        auto passphrase =
            std::make_shared<SecureBytes>(SecureBytes::fromUtf8(m_ui->passphraseLineEdit->text()));
        worker = QThread::create([outcome, folder = m_folder, officer, passphrase] {
            outcome->emplace(Vault::unlock(
                folder, officer, *passphrase, SystemClock::instance(), Vault::QuickCheck::Deferred));
            passphrase->clear();
        });
    }
    setBusy(true);
    connect(worker, &QThread::finished, this, [this, worker, outcome] {
        worker->deleteLater();
        setBusy(false);
        Q_ASSERT(outcome->has_value());
        Outcome &result = **outcome;
        if (!result) {
            qCInfo(lcVault) << "unlock failed:" << errorCodeName(result.error().code);
            showError(describe(result.error()));
            return;
        }
        m_vault = std::move(result).value();
        m_ui->passphraseLineEdit->clear();
        m_ui->recoveryKeyLineEdit->clear();
        QDialog::accept();
    });
    worker->start();
}

void UnlockDialog::reject()
{
    if (m_busy) {
        return; // the key derivation cannot be interrupted; it ends within a second or two
    }
    m_ui->passphraseLineEdit->clear();
    m_ui->recoveryKeyLineEdit->clear();
    QDialog::reject();
}

void UnlockDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->busyProgressBar->setVisible(busy);
    m_ui->modeStackedWidget->setEnabled(!busy);
    m_ui->buttonBox->setEnabled(!busy);
    m_ui->switchModeButton->setEnabled(!busy);
    if (busy) {
        m_ui->errorLabel->hide();
    }
}

void UnlockDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
    QLineEdit *field = m_recoveryMode ? m_ui->recoveryKeyLineEdit : m_ui->passphraseLineEdit;
    field->setFocus();
    field->selectAll();
}

} // namespace verdes::ui
