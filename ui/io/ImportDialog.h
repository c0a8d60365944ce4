// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/proposals/ReconcileRepository.h"
#include "sync/batch/Snapshot.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class ImportDialog;
} // namespace Ui

namespace verdes {
class ImportJob;
class Vault;
} // namespace verdes

namespace verdes::ui {

// Imports a CSV snapshot into the open vault: previews the first rows and the detected columns,
// validates and imports on a worker thread with a progress bar and Cancel (which rolls back),
// lists every problem with its line, column and reason (and saves the list), and ends with the
// added / changed / unchanged / missing summary, the separator found and the optional columns the
// file lacks. "File format" says how to save a correct file from Excel or LibreOffice. The DTSEN data
// the district hub signed for this laptop (a .vsnp file, known by its first bytes) is verified when it
// is chosen, says what it is ("DTSEN Desember 2026", its number) or why it is refused, and is imported
// from memory.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    ImportDialog(Vault &vault, const QString &file, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setFile(const QString &file);
    void startImport();

    bool isRunning() const { return m_job != nullptr; }

    // Whether the last run changed the vault.
    bool imported() const { return m_imported; }

    // What the last import meant for the proposals (issue 14 §2).
    const ReconcileCounts &proposalCounts() const { return m_proposalCounts; }

    void reject() override;

Q_SIGNALS:
    void vaultChanged();
    // "Resolve the conflicts": show the proposals in conflict with the snapshot just imported.
    void conflictsRequested();

private:
    void showPreview();
    // Opens the chosen file as a signed snapshot when it is one (m_signed); false, with the reason
    // shown, when it is one that cannot be trusted.
    bool openSigned();
    void finishImport();
    // How to save a correct file from Excel or LibreOffice (the "File format" button).
    void showFormatHelp();
    void saveProblems();
    void setRunning(bool running);

    std::unique_ptr<Ui::ImportDialog> m_ui;
    Vault &m_vault;
    QString m_file;
    std::unique_ptr<ImportJob> m_job;
    std::optional<sync::SignedSnapshot> m_signed; // the chosen file, when the hub signed it
    bool m_imported = false;
    ReconcileCounts m_proposalCounts;
};

} // namespace verdes::ui
