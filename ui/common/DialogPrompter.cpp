// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/DialogPrompter.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace verdes::ui {

Prompter &DialogPrompter::instance()
{
    static DialogPrompter prompter;
    return prompter;
}

void DialogPrompter::ask(QWidget *parent,
                         const Question &question,
                         std::function<void(const Answer &)> answered)
{
    // Shared by the two buttons' handlers; whichever runs first answers, the dialog then closes.
    auto done = std::make_shared<std::function<void(const Answer &)>>(std::move(answered));
    if (!question.asksText) {
        auto *box = new QMessageBox(
            QMessageBox::Question, question.title, question.text, QMessageBox::NoButton, parent);
        box->setObjectName(QStringLiteral("promptMessageBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        QPushButton *accept = box->addButton(question.acceptText, QMessageBox::AcceptRole);
        accept->setObjectName(QStringLiteral("promptAcceptButton"));
        QPushButton *reject = box->addButton(question.rejectText, QMessageBox::RejectRole);
        reject->setObjectName(QStringLiteral("promptRejectButton"));
        box->setDefaultButton(reject);
        box->setEscapeButton(reject);
        QObject::connect(box, &QMessageBox::finished, box, [box, accept, done] {
            if (*done) {
                (*done)(Answer{box->clickedButton() == accept, {}});
                *done = nullptr;
            }
        });
        box->open();
        return;
    }
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("promptTextDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(question.title);
    auto *layout = new QVBoxLayout(dialog);
    auto *text = new QLabel(question.text, dialog);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *label = new QLabel(question.textLabel, dialog);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto *edit = new QPlainTextEdit(dialog);
    edit->setObjectName(QStringLiteral("promptTextEdit"));
    edit->setTabChangesFocus(true);
    label->setBuddy(edit);
    layout->addWidget(edit);
    auto *buttons = new QDialogButtonBox(dialog);
    QPushButton *accept = buttons->addButton(question.acceptText, QDialogButtonBox::AcceptRole);
    accept->setObjectName(QStringLiteral("promptAcceptButton"));
    accept->setAutoDefault(false);
    accept->setEnabled(false);
    QPushButton *reject = buttons->addButton(question.rejectText, QDialogButtonBox::RejectRole);
    reject->setObjectName(QStringLiteral("promptRejectButton"));
    reject->setDefault(true);
    layout->addWidget(buttons);
    QObject::connect(edit, &QPlainTextEdit::textChanged, accept, [edit, accept] {
        accept->setEnabled(!edit->toPlainText().trimmed().isEmpty());
    });
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    QObject::connect(dialog, &QDialog::finished, dialog, [edit, done](int result) {
        if (*done) {
            (*done)(Answer{result == QDialog::Accepted, edit->toPlainText().trimmed()});
            *done = nullptr;
        }
    });
    edit->setFocus();
    dialog->open();
}

} // namespace verdes::ui
