// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/musdes/MeetingDocuments.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QProgressDialog;
class QWidget;

namespace verdes {
class ChangeKeyJob;
class Job;
class Vault;
struct Actor;
} // namespace verdes

namespace verdes::ui {

// Runs one long job (export, demo generation) on its worker thread behind a progress
// dialog with a Cancel button, then reports success or a translated failure. Deletes itself when
// done. The GUI thread never waits.
class JobRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobRunner)

public:
    explicit JobRunner(QWidget *parent);
    ~JobRunner() override;

    void createDemoVault(const QString &folder, const QString &passphrase);
    void exportSnapshot(Vault &vault, const QString &file);
    // Checks the audit trail (AuditLog::verify) and ends with a message: intact with the number of
    // entries checked, or which entry is broken.
    void verifyHistory(Vault &vault);
    // The data-quality checks (DOMAIN.md §9) as `actor`, then a short summary.
    void runQualityChecks(Vault &vault, const Actor &actor);
    // Changes the vault key (Vault::changeKey) on the vault itself, which the runner holds until
    // the caller takes it back with takeVault() on succeeded() or failed(), changed or not.
    void changeVaultKey(std::unique_ptr<Vault> vault);
    std::unique_ptr<Vault> takeVault();
    // Every document of a meeting into `folder` (MeetingDocumentsJob); an existing file of the same
    // name is replaced (the folder was chosen in a dialog). Ends with the list of files written.
    void writeMeetingDocuments(const MeetingDocumentData &data, Paper paper, const QString &folder);

Q_SIGNALS:
    void succeeded();
    void failed(const QString &message);
    // After verifyHistory: the entries checked and the first broken one (0 when intact).
    void historyChecked(qint64 entries, qint64 firstBroken);
    // After writeMeetingDocuments succeeded: how many files were written.
    void meetingDocumentsWritten(int count);

private:
    // Starts `job`; when it ends, `conclude` returns the failure message or an empty string and
    // may show a summary.
    void run(std::unique_ptr<Job> job, const QString &title, std::function<QString()> conclude);

    QWidget *m_parent;
    std::unique_ptr<Job> m_job;
    ChangeKeyJob *m_keyJob = nullptr; // m_job, when it is a change of the vault key
    QPointer<QProgressDialog> m_dialog;
};

} // namespace verdes::ui
