// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/io/ImportDialog.h"

#include "models/core/Clock.h"
#include "models/core/Log.h"
#include "models/domain/Field.h"
#include "models/domain/RegionTable.h"
#include "models/io/CsvColumns.h"
#include "models/io/CsvReader.h"
#include "models/io/CsvWriter.h"
#include "models/io/ImportText.h"
#include "models/io/OutputPath.h"
#include "models/jobs/ImportJob.h"
#include "models/vault/Actor.h"
#include "models/vault/Vault.h"
#include "sync/batch/Envelope.h"
#include "sync/snapshot/SnapshotInbox.h"
#include "ui/common/Look.h"
#include "ui_ImportDialog.h"

#include <QBuffer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QSaveFile>

namespace verdes::ui {

namespace {

constexpr int kPreviewRows = 20;

QString countsText(const ImportCounts &counts)
{
    const QLocale locale;
    return ImportDialog::tr("%1 added, %2 changed, %3 unchanged, %4 missing from this snapshot")
        .arg(locale.toString(counts.added),
             locale.toString(counts.changed),
             locale.toString(counts.unchanged),
             locale.toString(counts.missing));
}

// File errors a spreadsheet's way of saving causes: the format help says how to avoid them.
bool isFileFormatError(ErrorCode code)
{
    switch (code) {
    case ErrorCode::CsvBadEncoding:
    case ErrorCode::CsvNoHeader:
    case ErrorCode::CsvMissingColumn:
    case ErrorCode::CsvDuplicateColumn:
    case ErrorCode::CsvUnterminatedQuote:
    case ErrorCode::CsvEmpty:
    case ErrorCode::CsvLineTooLong:
        return true;
    default:
        return false;
    }
}

QString formatHelpHint()
{
    return ImportDialog::tr(
        "The File format button says how to save a correct file from Excel or LibreOffice.");
}

} // namespace

ImportDialog::ImportDialog(Vault &vault, const QString &file, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportDialog>())
    , m_vault(vault)
{
    m_ui->setupUi(this);
    m_ui->problemsTableWidget->setColumnCount(4);
    m_ui->problemsTableWidget->setHorizontalHeaderLabels(
        {tr("Line"), tr("Column"), tr("Rule"), tr("Problem")});
    m_ui->problemsTableWidget->horizontalHeader()->setStretchLastSection(true);
    m_ui->problemsTableWidget->verticalHeader()->hide();
    m_ui->previewTableWidget->verticalHeader()->hide();

    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this,
                                       tr("Import a registry snapshot"),
                                       QFileInfo(m_file).absolutePath(),
                                       tr("CSV files and DTSEN data (*.csv *.vsnp)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        dialog->setOption(QFileDialog::DontUseNativeDialog);
        connect(dialog, &QFileDialog::fileSelected, this, &ImportDialog::setFile);
        dialog->open();
    });
    connect(m_ui->formatHelpButton, &QPushButton::clicked, this, &ImportDialog::showFormatHelp);
    connect(m_ui->importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_ui->saveProblemsButton, &QPushButton::clicked, this, &ImportDialog::saveProblems);
    connect(m_ui->showConflictsButton, &QPushButton::clicked, this, [this] {
        Q_EMIT conflictsRequested();
        accept();
    });

    setRunning(false);
    setFile(file);
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::setFile(const QString &file)
{
    m_file = file;
    m_ui->fileLineEdit->setText(QDir::toNativeSeparators(file));
    m_ui->problemsTableWidget->setRowCount(0);
    m_ui->problemsLabel->clear();
    m_ui->saveProblemsButton->setEnabled(false);
    m_ui->progressBar->setValue(0);
    showPreview();
}

void ImportDialog::showPreview()
{
    m_ui->previewTableWidget->clear();
    m_ui->previewTableWidget->setRowCount(0);
    m_ui->previewTableWidget->setColumnCount(0);
    if (m_file.isEmpty()) {
        m_ui->columnsLabel->setText(tr("Choose the CSV file of the snapshot."));
        m_ui->importButton->setEnabled(false);
        return;
    }
    if (!openSigned()) {
        m_ui->importButton->setEnabled(false);
        return;
    }
    std::unique_ptr<CsvReader> source;
    if (m_signed) {
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(m_signed->csv);
        buffer->open(QIODevice::ReadOnly);
        source = std::make_unique<CsvReader>(std::move(buffer), m_signed->fileName);
    } else {
        source = std::make_unique<CsvReader>(m_file);
    }
    CsvReader &reader = *source;
    auto header = reader.header();
    if (!header) {
        m_ui->columnsLabel->setText(
            describe(header.error())
            + (isFileFormatError(header.error().code) ? u' ' + formatHelpHint() : QString()));
        m_ui->importButton->setEnabled(false);
        return;
    }
    const CsvColumns &columns = reader.columns();
    QString text = tr("%n column(s) found.", nullptr, static_cast<int>(header->size()));
    if (m_signed) {
        text = tr("Official DTSEN data from the district hub: %1, number %2.")
                   .arg(m_signed->label)
                   .arg(m_signed->serial)
               + u' ' + text;
    }
    if (!columns.unknownColumns().isEmpty()) {
        text += QStringLiteral(" ")
                + tr("Unknown columns, which will be ignored: %1.")
                      .arg(columns.unknownColumns().join(QStringLiteral(", ")));
    }
    // What the summary will say too: the separator found and the optional columns the file lacks.
    ImportReport found;
    found.separator = reader.separator();
    found.absentColumns = columns.absentColumns();
    for (const QString &fact : ImportText::fileFacts(found)) {
        text += u' ' + fact;
    }
    m_ui->columnsLabel->setText(text);
    m_ui->previewTableWidget->setColumnCount(static_cast<int>(header->size()));
    m_ui->previewTableWidget->setHorizontalHeaderLabels(*header);
    // The preview is on screen: identity numbers are masked like everywhere else, whatever the
    // letter case of their header.
    QList<qsizetype> masked;
    for (const Field field : {Field::Nik, Field::KkNumber, Field::MemberKkNumber}) {
        masked << columns.indexOf(field);
    }
    QStringList fields;
    qint64 line = 0;
    for (int row = 0; row < kPreviewRows; ++row) {
        auto more = reader.next(fields, line);
        if (!more || !*more) {
            if (!more) {
                m_ui->columnsLabel->setText(
                    text + u' ' + describe(more.error())
                    + (isFileFormatError(more.error().code) ? u' ' + formatHelpHint() : QString()));
            }
            break;
        }
        m_ui->previewTableWidget->insertRow(row);
        for (int column = 0; column < fields.size() && column < header->size(); ++column) {
            QString value = fields.at(column);
            if (masked.contains(column)) {
                value = maskNumber(value);
            }
            m_ui->previewTableWidget->setItem(row, column, new QTableWidgetItem(value));
        }
    }
    m_ui->previewTableWidget->resizeColumnsToContents();
    m_ui->importButton->setEnabled(true);
}

bool ImportDialog::openSigned()
{
    m_signed.reset();
    const Result<bool> isSealed = sync::SnapshotInbox::isSealedFile(m_file);
    QFile file(m_file);
    if (!isSealed || !*isSealed || !file.open(QIODevice::ReadOnly)) {
        return true; // a CSV, or a file the CSV reader reports on
    }
    if (file.size() > sync::Envelope::kMaxFileSize) {
        m_ui->columnsLabel->setText(describe(Error(ErrorCode::SyncFileTooLarge,
                                                   {sync::fileKindLabel(sync::FileKind::Snapshot),
                                                    QString::number(sync::Envelope::kMaxFileSize >> 20)})));
        return false;
    }
    auto opened = sync::SnapshotInbox(m_vault.database()).open(file.readAll());
    if (!opened) {
        qCWarning(lcSync) << "signed snapshot refused:" << errorCodeName(opened.error().code)
                          << opened.error().detail;
        m_ui->columnsLabel->setText(describe(opened.error()));
        return false;
    }
    m_signed = std::move(opened).value();
    return true;
}

void ImportDialog::startImport()
{
    if (m_job || m_file.isEmpty()) {
        return;
    }
    auto connector = m_vault.connector();
    if (!connector) {
        m_ui->problemsLabel->setText(describe(connector.error()));
        return;
    }
    ImportOptions options;
    options.skipBadRows = m_ui->skipBadRowsCheckBox->isChecked();
    options.officerId = m_vault.unlockedBy();
    options.actor = m_vault.actor();
    const ValidationContext context{
        SystemClock::instance().now().date(), &RegionTable::instance(), m_vault.villageCode()};
    if (m_signed) {
        options.signedSnapshot = sync::SnapshotInbox::record(*m_signed);
    }
    m_job = std::make_unique<ImportJob>(
        std::move(connector).value(), m_file, options, context, SystemClock::instance());
    if (m_signed) {
        m_job->setCsvBytes(m_signed->csv, m_signed->fileName);
    }
    // The data-quality checks run after every successful import (DOMAIN.md §9).
    if (!m_vault.actor().isRecovery()) {
        m_job->setRunChecksAs(m_vault.actor());
    }
    connect(m_job.get(), &Job::progress, this, [this](qint64 done, qint64 total) {
        if (total > 0) {
            m_ui->progressBar->setValue(static_cast<int>(done * 1000 / total));
        }
    });
    connect(m_job.get(), &Job::phaseChanged, m_ui->problemsLabel, &QLabel::setText);
    connect(m_job.get(), &Job::finished, this, &ImportDialog::finishImport);
    m_ui->problemsTableWidget->setRowCount(0);
    m_ui->problemsLabel->setText(tr("Checking and importing rows…"));
    setRunning(true);
    m_job->start();
}

void ImportDialog::finishImport()
{
    m_job->wait();
    const Result<ImportReport> result = m_job->result();
    m_job.reset();
    setRunning(false);
    if (!result) {
        m_ui->progressBar->setValue(0);
        m_ui->progressBar->hide();
        m_ui->problemsLabel->setText(
            describe(result.error())
            + (isFileFormatError(result.error().code) ? u' ' + formatHelpHint() : QString()));
        return;
    }
    const ImportReport &report = *result;
    m_ui->problemsTableWidget->setRowCount(static_cast<int>(report.issues.size()));
    int row = 0;
    for (const Issue &issue : report.issues) {
        auto *lineItem = new QTableWidgetItem();
        lineItem->setData(Qt::DisplayRole, issue.line);
        m_ui->problemsTableWidget->setItem(row, 0, lineItem);
        // The column's letter as the spreadsheet shows it and the field's label as the officer knows
        // it ("BX · Jenis kelamin"); the CSV column id stays in the tooltip.
        QString columnText = issue.columnText();
        if (issue.field) {
            columnText = issue.columnIndex >= 0 ? QStringLiteral("%1 · %2").arg(
                             spreadsheetColumnName(issue.columnIndex), FieldText::label(*issue.field))
                                                : FieldText::label(*issue.field);
        }
        auto *columnItem = new QTableWidgetItem(columnText);
        columnItem->setToolTip(issue.columnText());
        m_ui->problemsTableWidget->setItem(row, 1, columnItem);
        auto *ruleItem = new QTableWidgetItem(issue.rule);
        ruleItem->setToolTip(issue.isError() ? tr("Error: the row cannot be imported")
                                             : tr("Warning: imported and flagged"));
        m_ui->problemsTableWidget->setItem(row, 2, ruleItem);
        m_ui->problemsTableWidget->setItem(row, 3, new QTableWidgetItem(IssueText::reason(issue)));
        if (issue.isError()) {
            for (int column = 0; column < 4; ++column) {
                m_ui->problemsTableWidget->item(row, column)->setForeground(Look::error());
            }
        }
        ++row;
    }
    m_ui->problemsTableWidget->resizeColumnsToContents();
    m_ui->saveProblemsButton->setEnabled(!report.issues.isEmpty());
    const QStringList facts = ImportText::fileFacts(report);
    if (!report.imported) {
        const QString stopped = describe(
            Error(ErrorCode::CsvRowErrors,
                  {QLocale().toString(report.rowsWithErrors), QLocale().toString(report.errorCount)}));
        m_ui->problemsLabel->setText(
            (QStringList{stopped} + facts + QStringList{formatHelpHint()}).join(u' '));
        m_ui->progressBar->setValue(0);
        m_ui->progressBar->hide();
        return;
    }
    m_imported = true;
    QString summary = tr("Imported. Families: %1. Members: %2.")
                          .arg(countsText(report.households), countsText(report.members));
    if (report.rowsSkipped > 0) {
        summary += QStringLiteral(" ")
                   + tr("%n row(s) with errors were skipped.", nullptr, static_cast<int>(report.rowsSkipped));
    }
    if (report.warningCount > 0) {
        summary += QStringLiteral(" ")
                   + tr("%n warning(s) were recorded with the families.",
                        nullptr,
                        static_cast<int>(report.warningCount));
    }
    for (const QString &fact : facts) {
        summary += u' ' + fact;
    }
    // What the snapshot meant for the proposals, with the way to the conflicts (issue 14 §2).
    m_proposalCounts = report.proposals;
    if (const QString proposals = ImportText::proposalsSummary(report.proposals); !proposals.isEmpty()) {
        summary += u' ' + proposals;
    }
    m_ui->showConflictsButton->setVisible(report.proposals.conflicts + report.proposals.targetGone > 0);
    m_ui->problemsLabel->setText(summary);
    m_ui->importButton->setEnabled(false);
    m_ui->cancelButton->setText(tr("Close"));
    Q_EMIT vaultChanged();
}

void ImportDialog::showFormatHelp()
{
    auto *box = new QMessageBox(QMessageBox::Information,
                                ImportText::formatHelpTitle(),
                                ImportText::formatHelp(),
                                QMessageBox::Close,
                                this);
    box->setObjectName(QStringLiteral("formatHelpMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    box->open();
}

void ImportDialog::saveProblems()
{
    auto *dialog = new QFileDialog(this, tr("Save the list of problems"), QString(), tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        // The dialog asked before replacing a file; never into a vault folder, never onto a device.
        auto target = OutputPath::check(path, OutputPath::Existing::Replace);
        if (!target) {
            m_ui->problemsLabel->setText(describe(target.error()));
            return;
        }
        QSaveFile file(*target);
        if (!file.open(QIODevice::WriteOnly)) {
            m_ui->problemsLabel->setText(
                describe(Error(ErrorCode::FileWriteFailed, {QDir::toNativeSeparators(path)})));
            return;
        }
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        file.write(CsvWriter::formatRow({tr("Line"), tr("Column"), tr("Rule"), tr("Problem")}));
        for (int row = 0; row < m_ui->problemsTableWidget->rowCount(); ++row) {
            QStringList fields;
            for (int column = 0; column < 4; ++column) {
                fields << m_ui->problemsTableWidget->item(row, column)->text();
            }
            file.write(CsvWriter::formatRow(fields));
        }
        if (!file.commit()) {
            m_ui->problemsLabel->setText(
                describe(Error(ErrorCode::FileWriteFailed, {QDir::toNativeSeparators(path)})));
        }
    });
    dialog->open();
}

void ImportDialog::setRunning(bool running)
{
    m_ui->browseButton->setEnabled(!running);
    m_ui->importButton->setEnabled(!running && !m_file.isEmpty());
    m_ui->skipBadRowsCheckBox->setEnabled(!running);
    m_ui->progressBar->setVisible(running || m_ui->progressBar->value() > 0);
    m_ui->cancelButton->setText(running ? tr("Cancel") : tr("Close"));
}

void ImportDialog::reject()
{
    if (m_job) {
        // Cancel rolls the import back; the dialog stays until the job has ended.
        m_ui->problemsLabel->setText(tr("Cancelling… nothing will be changed."));
        m_job->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace verdes::ui
