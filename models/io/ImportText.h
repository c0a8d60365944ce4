// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace verdes {

struct ImportReport;
struct ReconcileCounts;

// The words of a CSV import that the command line and the import dialog share (issue 11 §1): what
// the importer found out about the file, and how to save a file it reads from Excel or LibreOffice.
class ImportText
{
    Q_DECLARE_TR_FUNCTIONS(ImportText)

public:
    // "semicolon (;)"; empty for a null separator (a source that is not a text file).
    static QString separatorName(QChar separator);
    // What the summary says about the file: the separator used and the optional columns it lacks
    // (whose values the vault keeps), one sentence each; empty when there is nothing to say.
    static QStringList fileFacts(const ImportReport &report);
    // What the snapshot meant for the proposals (issue 14 §2), one sentence: how many were reflected,
    // not reflected, rebased, in conflict, without their target; empty when it touched none.
    static QString proposalsSummary(const ReconcileCounts &counts);
    // How to save a correct file from Excel and from LibreOffice Calc, shown by `verdes import
    // --help` and by the import dialog's "File format" button: a one-line title, and plain text in
    // paragraphs separated by empty lines.
    static QString formatHelpTitle();
    static QString formatHelp();
};

} // namespace verdes
