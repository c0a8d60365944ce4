// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/privacy/SubjectAccessDialog.h"

#include "models/core/Error.h"
#include "models/vault/Vault.h"
#include "sync/privacy/SubjectAccess.h"
#include "ui/common/FileChooser.h"
#include "ui/privacy/ReportPdf.h"
#include "ui_SubjectAccessDialog.h"

#include <QDir>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>

namespace verdes::ui {

SubjectAccessDialog::SubjectAccessDialog(Vault &vault, QWidget *parent, Clock &clock)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SubjectAccessDialog>())
    , m_vault(vault)
    , m_clock(clock)
{
    m_ui->setupUi(this);
    m_saveButton = m_ui->buttonBox->addButton(tr("&Save report…"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveReportButton"));
    m_saveButton->setDefault(true);
    // Digits, and the spaces people type to group them: 16 digits are checked when saving.
    m_ui->nikLineEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9 ]{0,19}")), m_ui->nikLineEdit));

    connect(m_ui->nikLineEdit, &QLineEdit::textChanged, this, &SubjectAccessDialog::updateButtons);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SubjectAccessDialog::chooseFile);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

SubjectAccessDialog::~SubjectAccessDialog() = default;

QString SubjectAccessDialog::statusText() const
{
    return m_ui->statusLabel->text();
}

void SubjectAccessDialog::updateButtons()
{
    QString digits = m_ui->nikLineEdit->text();
    digits.remove(u' ');
    m_saveButton->setEnabled(digits.size() == 16);
}

void SubjectAccessDialog::chooseFile()
{
    if (auto nik = sync::SubjectAccess::normalizeNik(m_ui->nikLineEdit->text()); !nik) {
        m_ui->statusLabel->setText(describe(nik.error()));
        return;
    }
    // No NIK or name in the file's name (DOMAIN.md §10): the date only.
    FileChooser::save(this,
                      QStringLiteral("subjectAccessPdfDialog"),
                      tr("Save the personal data access report"),
                      tr("personal-data-report") + u'-'
                          + m_clock.now().toLocalTime().date().toString(Qt::ISODate),
                      tr("PDF documents (*.pdf)"),
                      QStringLiteral("pdf"),
                      [this](const QString &path) {
                          saveTo(path);
                      });
}

bool SubjectAccessDialog::saveTo(const QString &path)
{
    const sync::SubjectAccessVault source{m_vault.kind(), m_vault.villageCode(), m_vault.villageName()};
    auto report = sync::SubjectAccess::make(
        m_vault.database(), source, m_vault.actor(), m_ui->nikLineEdit->text(), m_clock);
    if (!report) {
        m_ui->statusLabel->setText(describe(report.error()));
        return false;
    }
    auto written = ReportPdf::write(sync::SubjectAccess::html(*report),
                                    sync::SubjectAccess::title(),
                                    sync::SubjectAccess::footer(*report),
                                    path,
                                    OutputPath::Existing::Replace);
    if (!written) {
        m_ui->statusLabel->setText(describe(written.error()));
        return false;
    }
    const QString where = QDir::toNativeSeparators(path);
    m_ui->statusLabel->setText(
        report->holdsAnything()
            ? tr("The report (%n page(s)) was saved as %1. Give it only to the person it is about.",
                 nullptr,
                 *written)
                  .arg(where)
            : tr("This vault holds nothing about a person with this NIK. The report saying so (%n page(s)) "
                 "was "
                 "saved as %1.",
                 nullptr,
                 *written)
                  .arg(where));
    m_ui->nikLineEdit->clear();
    Q_EMIT reportSaved(path);
    return true;
}

} // namespace verdes::ui
