// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizard>

#include <memory>

namespace Ui {
class CreateVaultWizard;
} // namespace Ui

namespace verdes {
class Vault;
} // namespace verdes

namespace verdes::ui {

// Creates a vault: a village's (its code checked and named from the region table as it is typed) or
// a dinas sosial's district review vault (the 4-digit code of the regency or city and the office's
// name), the first officer, their role and passphrase, then the recovery key, shown once, which the user
// confirms by typing one group of it and may print or save as a PDF. The vault is made in a
// hidden folder beside the target and moved into place only on Finish, so cancelling at any step
// leaves nothing behind.
class CreateVaultWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateVaultWizard)

public:
    enum Page
    {
        VillagePage,
        OfficerPage,
        RecoveryPage,
    };

    explicit CreateVaultWizard(QWidget *parent = nullptr);
    ~CreateVaultWizard() override;

    // The folder of the new vault (valid after the wizard was accepted).
    const QString &createdFolder() const { return m_createdFolder; }

    const QString &officerName() const { return m_officerName; }

    bool isCreating() const { return m_creating; }

    // The recovery key shown on the last page (for tests: what the user reads off the screen).
    QString shownRecoveryKey() const;

    // Which group (1-based) the user is asked to type.
    int confirmGroup() const { return m_confirmGroup; }

    bool validateCurrentPage() override;
    void accept() override;
    void reject() override;

Q_SIGNALS:
    void vaultCreated(const QString &folder);

protected:
    void initializePage(int id) override;

private:
    bool isDistrict() const;
    // The code field, the name field and the roles follow the kind chosen.
    void updateKind();
    void updateRegionPath();
    void updateStrength();
    QString targetFolder() const;
    void startCreating();
    void discardPartial();
    void printRecoveryKey();
    void saveRecoveryKeyAsPdf();
    QString recoverySheetHtml() const;

    std::unique_ptr<Ui::CreateVaultWizard> m_ui;
    std::unique_ptr<Vault> m_vault;
    QString m_partialFolder;
    QString m_createdFolder;
    QString m_officerName;
    QString m_recoveryKey;
    int m_confirmGroup = 1;
    bool m_creating = false;
};

} // namespace verdes::ui
