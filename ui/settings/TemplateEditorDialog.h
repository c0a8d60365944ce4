// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/musdes/DocumentTemplate.h"
#include "models/vault/Actor.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace verdes {
class Database;
} // namespace verdes

namespace verdes::ui {

// Where an administrator edits the templates of the meeting's documents (issue 12 §3): the
// documents on the left, the template's HTML in a plain-text editor, the placeholders on the right
// (a double click inserts one). Save refuses a template with an unknown placeholder and says which;
// "Restore default" puts the default template back. Storing needs Action::ChangeSettings.
class TemplateEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateEditorDialog)

public:
    TemplateEditorDialog(Database &db, Actor actor, QWidget *parent = nullptr);
    ~TemplateEditorDialog() override;

    // For tests.
    QPlainTextEdit *editor() const { return m_editor; }

    QListWidget *documentList() const { return m_documents; }

    QListWidget *placeholderList() const { return m_placeholders; }

    QLabel *messageLabel() const { return m_message; }

    QPushButton *saveButton() const { return m_save; }

    QPushButton *resetButton() const { return m_reset; }

    void selectDocument(DocumentKind kind);
    // Stores the shown template; false (and the message shown) when it is refused.
    bool save();
    // Stores the default template again and shows it.
    bool restoreDefault();

private:
    DocumentKind currentKind() const;
    void showDocument();
    void insertPlaceholder();
    void showMessage(const QString &text, bool isError);

    Database &m_db;
    Actor m_actor;
    QHash<DocumentKind, QString> m_edits; // unsaved text of the documents visited
    std::optional<DocumentKind> m_shown;
    QListWidget *m_documents = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QListWidget *m_placeholders = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_reset = nullptr;
};

} // namespace verdes::ui
