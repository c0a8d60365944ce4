// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class UnlockDialog;
} // namespace Ui

namespace verdes {
class Vault;
} // namespace verdes

namespace verdes::ui {

// Unlocks a vault by officer and passphrase, or by the recovery key. The key derivation (Argon2id,
// slow on purpose) runs on a worker thread while a busy bar moves; a wrong passphrase keeps the
// dialog open with the reason and the focus in the field.
class UnlockDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnlockDialog)

public:
    // `villageTitle` is shown at the top; `demoPassphrase` (demo vault only) is filled in.
    UnlockDialog(QString folder,
                 const QString &villageTitle,
                 const QStringList &officers,
                 const QString &demoPassphrase,
                 QWidget *parent = nullptr);
    ~UnlockDialog() override;

    // The unlocked vault after the dialog was accepted (ownership passes to the caller).
    std::unique_ptr<Vault> takeVault();

    void accept() override;
    void reject() override;

    void setRecoveryMode(bool recovery);

    bool isBusy() const { return m_busy; }

private:
    void setBusy(bool busy);
    void showError(const QString &message);

    std::unique_ptr<Ui::UnlockDialog> m_ui;
    QString m_folder;
    std::unique_ptr<Vault> m_vault;
    bool m_busy = false;
    bool m_recoveryMode = false;
};

} // namespace verdes::ui
