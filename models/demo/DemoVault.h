// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/demo/DemoVillage.h"
#include "models/io/SnapshotImporter.h"
#include "models/jobs/Job.h"
#include "models/vault/Vault.h"

#include <optional>

namespace verdes {

// A vault holding a generated demo village: created with the village's code and name, then filled
// through the same importer as a real snapshot (kind "demo"). If anything fails or is cancelled,
// the folder is removed again: no half-made vault is left behind.
class DemoVault final
{
    Q_DECLARE_TR_FUNCTIONS(DemoVault)

public:
    // The officer of a demo vault unless another is named ("Operator Demo").
    static QString defaultOfficer();

    static Result<Vault::Created> create(const QString &folder,
                                         const QString &officer,
                                         const SecureBytes &passphrase,
                                         const DemoOptions &options,
                                         Progress &progress = Progress::none());
};

// DemoVault::create as a job: on a worker thread for the desktop application, with runHere() for
// `verdes demo`.
class DemoVaultJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoVaultJob)

public:
    DemoVaultJob(QString folder,
                 QString officer,
                 const QString &passphrase,
                 DemoOptions options,
                 QObject *parent = nullptr);
    // The passphrase as read by the command line, in secure memory.
    DemoVaultJob(QString folder,
                 QString officer,
                 SecureBytes passphrase,
                 DemoOptions options,
                 QObject *parent = nullptr);
    ~DemoVaultJob() override;

    // Set once finished() has been emitted; the vault in it is locked again.
    const Result<void> &result() const;

    // After a success: the vault's recovery key (`verdes demo` prints it once) and village name.
    const RecoveryKey &recoveryKey() const { return m_recoveryKey; }

    const QString &villageName() const { return m_villageName; }

protected:
    void work() override;

private:
    QString m_folder;
    QString m_officer;
    SecureBytes m_passphrase;
    DemoOptions m_options;
    std::optional<Result<void>> m_result;
    RecoveryKey m_recoveryKey;
    QString m_villageName;
};

} // namespace verdes
