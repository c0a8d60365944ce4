// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Progress.h"
#include "models/core/Result.h"
#include "models/io/OutputPath.h"
#include "models/jobs/Job.h"
#include "models/musdes/MeetingDocumentData.h"

#include <QCoreApplication>
#include <QHash>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QPagedPaintDevice;
class QPrinter;
class QTextDocument;
class QWidget;

namespace verdes::ui {

// The paper of the documents: A4, or F4 (215 × 330 mm, "folio"), which Indonesian offices use.
enum class Paper : quint8
{
    A4,
    F4,
};

std::optional<Paper> paperFromCode(QStringView code); // "a4", "f4"
QPageSize pageSizeOf(Paper paper);

// Turns a meeting's documents into paper and files (issue 12 §3): each document's template, filled,
// laid out by QTextDocument on the page, with a footer on every page that names the seal (its short
// hash and the signed audit head, or "BELUM DISEGEL" for a draft) and the page ("Halaman 2 dari 5").
//
// Everything here may run on a worker thread (MeetingDocumentsJob): each call creates its own
// QTextDocument and QPdfWriter on the thread that calls it and uses no QPixmap, which Qt allows for
// painting on a QPdfWriter or a QPrinter.
class MeetingDocuments final
{
    Q_DECLARE_TR_FUNCTIONS(MeetingDocuments)

public:
    // The document filled in, not yet laid out on a page.
    static Result<std::unique_ptr<QTextDocument>>
    document(const MeetingDocumentData &data, DocumentKind kind, const QHash<QString, QString> &values);
    // Lays `document` out on the pages of `device` and paints it with the footers; returns the
    // number of pages. The painter starts on the device's first page.
    static Result<int> paint(QTextDocument &document,
                             QPagedPaintDevice &device,
                             const QString &footer,
                             Progress &progress = Progress::none());
    // One document as a PDF at `path` (already checked with OutputPath); returns the pages.
    static Result<int> writePdf(const MeetingDocumentData &data,
                                DocumentKind kind,
                                Paper paper,
                                const QString &path,
                                const QHash<QString, QString> &values,
                                Progress &progress = Progress::none());
    // The BNBA as .xlsx (models/io/XlsxWriter).
    static Result<void> writeBnbaXlsx(const MeetingDocumentData &data, const QString &path);
    // Every document of the meeting into `folder` (PDFs and the BNBA's xlsx), named by
    // MeetingDocumentData::fileName; returns the paths written. All or nothing: on an error or a
    // cancel the files written so far are removed. `progress` counts documents.
    static Result<QStringList> writeAll(const MeetingDocumentData &data,
                                        Paper paper,
                                        const QString &folder,
                                        OutputPath::Existing existing,
                                        Progress &progress = Progress::none());

    // Prints one document on `printer` (set up by the caller, or by printWithDialog()).
    static Result<void> print(const MeetingDocumentData &data, DocumentKind kind, QPrinter &printer);
    // Asks with QPrintDialog where and how to print, then prints. Returns false when the user
    // cancelled; an error is shown to the user by the caller.
    static Result<bool>
    printWithDialog(QWidget *parent, const MeetingDocumentData &data, DocumentKind kind, Paper paper);
};

// Writes every document of a meeting on a worker thread with progress and cancel (CONVENTIONS.md
// §8). The data is read before (MeetingDocumentData::gather, a few queries); the job only renders.
class MeetingDocumentsJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeetingDocumentsJob)

public:
    MeetingDocumentsJob(MeetingDocumentData data,
                        Paper paper,
                        QString folder,
                        OutputPath::Existing existing,
                        QObject *parent = nullptr);
    ~MeetingDocumentsJob() override;

    const Result<QStringList> &result() const { return m_result; }

protected:
    void work() override;

private:
    MeetingDocumentData m_data;
    Paper m_paper;
    QString m_folder;
    OutputPath::Existing m_existing;
    Result<QStringList> m_result = Error(ErrorCode::Cancelled);
};

} // namespace verdes::ui
