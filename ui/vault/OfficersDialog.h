// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/domain/Role.h"
#include "models/vault/Vault.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;

namespace verdes::ui {

// File ▸ Officers…: the officers who can open the vault, their roles and who manages officers.
// Adding, changing a role and removing need Action::ManageOfficers (the model checks it too); an
// officer who may not sees the list with the buttons disabled and a sentence saying why.
// Adding an officer and changing a passphrase derive a key with Argon2id (about a second): that runs
// on a worker thread (Vault::deriveSlot) while the dialog shows a busy bar with its buttons
// disabled; the slot is written back on the GUI thread (Vault::finishSlot).
class OfficersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfficersDialog)

public:
    explicit OfficersDialog(Vault &vault, QWidget *parent = nullptr);
    ~OfficersDialog() override;

    // The name of the officer on the selected row (empty when none).
    QString selectedOfficer() const;
    bool selectOfficer(const QString &name);

    // What the buttons do once their dialogs are answered (also for tests). Errors are shown in the
    // dialog and returned. addOfficer() and changePassphrase() check at once what can be checked
    // (the passphrases match and are long enough, the name is new, the permission) and then only
    // start the key derivation: the dialog is busy until it ends in the event loop, then writes the
    // slot and says so (officersChanged() after an officer was added, passphraseChanged() after a
    // passphrase change, operationFinished() in every case).
    Result<void> addOfficer(const QString &name, Role role, const QString &passphrase, const QString &again);
    Result<void> changePassphrase(const QString &name, const QString &passphrase, const QString &again);
    Result<void> changeRole(const QString &name, Role role);
    Result<void> removeOfficer(const QString &name);

    QTableWidget *table() const { return m_table; }

    QString message() const;

    // A key derivation is running: the buttons are disabled and the dialog cannot be closed.
    bool isBusy() const { return m_worker != nullptr; }

    void reject() override;

Q_SIGNALS:
    // An officer was added, removed or given another role.
    void officersChanged();
    // An officer was removed and the manager chose to change the vault key as well.
    void vaultKeyChangeRequested();
    void passphraseChanged(const QString &officerName);
    // A started addOfficer() or changePassphrase() ended (`ok` false: its error is in message()).
    void operationFinished(bool ok);

private:
    void reload();
    void updateButtons();
    void showError(const Error &error);
    void askToAdd();
    void askToChangeRole();
    void askToRemove();
    void askToChangePassphrase();
    // The checks before any derivation: both passphrases alike, none running already.
    Result<void> readyToDerive(const QString &passphrase, const QString &again);
    // Runs Vault::deriveSlot on a worker thread; `done` says what happened when the slot is written.
    Result<void>
    startDerivation(Result<Vault::PendingSlot> begun, const QString &busyText, const QString &done);
    void setBusy(bool busy, const QString &text = {});

    Vault &m_vault;
    QTableWidget *m_table = nullptr;
    QLabel *m_permissionLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_roleButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_passphraseButton = nullptr;
    QDialogButtonBox *m_closeBox = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QThread *m_worker = nullptr;
};

} // namespace verdes::ui
