// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/domain/Role.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace verdes {
class Vault;
} // namespace verdes

namespace verdes::ui {

// File ▸ Officers…: the officers who can open the vault, their roles and who manages officers.
// Adding, changing a role and removing need Action::ManageOfficers (the model checks it too); an
// officer who may not sees the list with the buttons disabled and a sentence saying why.
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
    // dialog and returned.
    Result<void> addOfficer(const QString &name, Role role, const QString &passphrase, const QString &again);
    Result<void> changeRole(const QString &name, Role role);
    Result<void> removeOfficer(const QString &name);

    QTableWidget *table() const { return m_table; }

    QString message() const;

Q_SIGNALS:
    // An officer was added, removed or given another role.
    void officersChanged();

private:
    void reload();
    void updateButtons();
    void showError(const Error &error);
    void askToAdd();
    void askToChangeRole();
    void askToRemove();

    Vault &m_vault;
    QTableWidget *m_table = nullptr;
    QLabel *m_permissionLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_roleButton = nullptr;
    QPushButton *m_removeButton = nullptr;
};

} // namespace verdes::ui
