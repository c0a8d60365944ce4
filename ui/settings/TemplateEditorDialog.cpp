// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/TemplateEditorDialog.h"

#include "models/core/Error.h"
#include "models/musdes/MeetingRepository.h"
#include "ui/common/Look.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace verdes::ui {

TemplateEditorDialog::TemplateEditorDialog(Database &db, Actor actor, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(std::move(actor))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Document templates"));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("The meeting's documents are made from these templates: HTML with placeholders "
                      "such as {{tanggal}} that are filled in from the meeting. Double-click a "
                      "placeholder to insert it."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *splitter = new QSplitter(this);
    m_documents = new QListWidget(splitter);
    for (const DocumentKind kind : allDocumentKinds()) {
        auto *item = new QListWidgetItem(DocumentTemplate::title(kind), m_documents);
        item->setData(Qt::UserRole, static_cast<int>(kind));
    }
    m_documents->setAccessibleName(tr("Documents"));
    m_editor = new QPlainTextEdit(splitter);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setAccessibleName(tr("Template"));
    m_placeholders = new QListWidget(splitter);
    m_placeholders->setAccessibleName(tr("Placeholders"));
    for (const DocumentTemplate::Placeholder &placeholder : DocumentTemplate::placeholders()) {
        auto *item = new QListWidgetItem(QStringLiteral("{{%1}}").arg(placeholder.name), m_placeholders);
        item->setToolTip(placeholder.description);
        item->setData(Qt::UserRole, placeholder.name);
    }
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 1);
    layout->addWidget(splitter, 1);

    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::ApplyRole);
    m_reset = buttons->addButton(tr("&Restore default"), QDialogButtonBox::ResetRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] {
        save();
    });
    connect(m_reset, &QPushButton::clicked, this, [this] {
        restoreDefault();
    });
    connect(m_documents, &QListWidget::currentRowChanged, this, [this] {
        showDocument();
    });
    connect(m_placeholders, &QListWidget::itemActivated, this, [this] {
        insertPlaceholder();
    });

    resize(1000, 640);
    m_documents->setCurrentRow(0);
}

TemplateEditorDialog::~TemplateEditorDialog() = default;

DocumentKind TemplateEditorDialog::currentKind() const
{
    const QListWidgetItem *item = m_documents->currentItem();
    return item == nullptr ? DocumentKind::BeritaAcara
                           : static_cast<DocumentKind>(item->data(Qt::UserRole).toInt());
}

void TemplateEditorDialog::selectDocument(DocumentKind kind)
{
    for (int row = 0; row < m_documents->count(); ++row) {
        if (static_cast<DocumentKind>(m_documents->item(row)->data(Qt::UserRole).toInt()) == kind) {
            m_documents->setCurrentRow(row);
            return;
        }
    }
}

void TemplateEditorDialog::showDocument()
{
    // The text of the document left keeps its unsaved edits until the dialog closes.
    if (m_shown) {
        m_edits.insert(*m_shown, m_editor->toPlainText());
    }
    const DocumentKind kind = currentKind();
    m_shown = kind;
    m_message->hide();
    if (m_edits.contains(kind)) {
        m_editor->setPlainText(m_edits.value(kind));
        return;
    }
    MeetingRepository meetings(m_db);
    const auto body = DocumentTemplate::effectiveBody(meetings, kind);
    if (!body) {
        m_editor->setPlainText(DocumentTemplate::defaultBody(kind));
        showMessage(describe(body.error()), true);
        return;
    }
    m_editor->setPlainText(*body);
}

void TemplateEditorDialog::insertPlaceholder()
{
    const QListWidgetItem *item = m_placeholders->currentItem();
    if (item == nullptr) {
        return;
    }
    m_editor->insertPlainText(QStringLiteral("{{%1}}").arg(item->data(Qt::UserRole).toString()));
    m_editor->setFocus();
}

bool TemplateEditorDialog::save()
{
    const DocumentKind kind = currentKind();
    MeetingRepository meetings(m_db);
    if (const auto stored = DocumentTemplate::store(meetings, m_actor, kind, m_editor->toPlainText());
        !stored) {
        showMessage(describe(stored.error()), true);
        return false;
    }
    m_edits.remove(kind);
    showMessage(tr("The template \"%1\" was saved.").arg(DocumentTemplate::title(kind)), false);
    return true;
}

bool TemplateEditorDialog::restoreDefault()
{
    const DocumentKind kind = currentKind();
    MeetingRepository meetings(m_db);
    if (const auto stored = DocumentTemplate::store(meetings, m_actor, kind, QString()); !stored) {
        showMessage(describe(stored.error()), true);
        return false;
    }
    m_edits.remove(kind);
    m_editor->setPlainText(DocumentTemplate::defaultBody(kind));
    showMessage(tr("The template \"%1\" is the default again.").arg(DocumentTemplate::title(kind)), false);
    return true;
}

void TemplateEditorDialog::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, isError ? Look::error() : palette.color(QPalette::Text));
    m_message->setPalette(palette);
    m_message->show();
}

} // namespace verdes::ui
