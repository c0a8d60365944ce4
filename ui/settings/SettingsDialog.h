// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class SettingsDialog;
} // namespace Ui

namespace verdes::ui {

// Interface language, auto-lock minutes, NIK masking, and the musdes cut-off day and expected
// attendance. Saves on OK. With a vault open, a button leads to the templates of the meeting's
// documents.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

    // Offers the document templates (TemplateEditorDialog) when a vault is open.
    void setTemplatesAvailable(bool available);

Q_SIGNALS:
    void templatesRequested();

private:
    QPushButton *m_templates = nullptr;
    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace verdes::ui
