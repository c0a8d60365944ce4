// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Clock.h"

#include <QDialog>
#include <QString>

#include <memory>

namespace Ui {
class SubjectAccessDialog;
} // namespace Ui

namespace verdes {
class Vault;
} // namespace verdes

namespace verdes::ui {

// File ▸ "Personal data access report (UU PDP)…" (issue 14 §3): the NIK of the person who asks, then
// a save dialog, then the report as PDF (sync::SubjectAccess, ReportPdf). The vault stays the
// window's; the dialog reads and audits through it on the GUI thread (a few queries, or one pass over
// the received batches in a district review vault).
class SubjectAccessDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubjectAccessDialog)

public:
    SubjectAccessDialog(Vault &vault, QWidget *parent = nullptr, Clock &clock = SystemClock::instance());
    ~SubjectAccessDialog() override;

    // Makes the report for the typed NIK and writes it at `path` (the save dialog's choice, which
    // asked before replacing a file); the outcome is shown in the dialog. False when nothing was written.
    bool saveTo(const QString &path);
    QString statusText() const;

Q_SIGNALS:
    void reportSaved(const QString &path);

private:
    void chooseFile();
    void updateButtons();

    std::unique_ptr<Ui::SubjectAccessDialog> m_ui;
    Vault &m_vault;
    Clock &m_clock;
    QPushButton *m_saveButton = nullptr;
};

} // namespace verdes::ui
