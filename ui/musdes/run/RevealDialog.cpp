// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/musdes/run/RevealDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace verdes::ui {

RevealDialog::RevealDialog(const QString &subject, QWidget *parent)
    : QDialog(parent)
    , m_fieldCombo(new QComboBox(this))
    , m_whyEdit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("revealDialog"));
    setWindowTitle(tr("Show to the room"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("At the chair's request, one hidden value of %1 can be shown on the projector until the next "
           "item. It is recorded with the chair's name, your name and the reason.")
            .arg(subject),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);
    auto *form = new QFormLayout;

    m_fieldCombo->setObjectName(QStringLiteral("revealFieldCombo"));
    for (const RevealField field : {RevealField::Nik, RevealField::Kk, RevealField::BirthDate}) {
        m_fieldCombo->addItem(fieldLabel(field), static_cast<int>(field));
    }

    m_whyEdit->setObjectName(QStringLiteral("revealWhyEdit"));
    m_whyEdit->setPlaceholderText(tr("for example: two members have the same name"));
    form->addRow(tr("&Value to show:"), m_fieldCombo);
    form->addRow(tr("&Why (required):"), m_whyEdit);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_okButton = buttons->addButton(tr("&Show"), QDialogButtonBox::AcceptRole);
    m_okButton->setObjectName(QStringLiteral("revealShowButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_whyEdit, &QLineEdit::textChanged, this, &RevealDialog::updateButton);
    updateButton();
    setMinimumWidth(460);
}

RevealDialog::~RevealDialog() = default;

QString RevealDialog::fieldLabel(RevealField field)
{
    switch (field) {
    case RevealField::Nik:
        return tr("NIK");
    case RevealField::Kk:
        return tr("KK number");
    case RevealField::BirthDate:
        return tr("Date of birth");
    }
    return {};
}

RevealField RevealDialog::field() const
{
    return static_cast<RevealField>(m_fieldCombo->currentData().toInt());
}

QString RevealDialog::why() const
{
    return m_whyEdit->text().trimmed();
}

void RevealDialog::setField(RevealField field)
{
    m_fieldCombo->setCurrentIndex(m_fieldCombo->findData(static_cast<int>(field)));
}

void RevealDialog::setWhy(const QString &why)
{
    m_whyEdit->setText(why);
}

void RevealDialog::updateButton()
{
    m_okButton->setEnabled(!why().isEmpty());
}

} // namespace verdes::ui
