// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/io/OutputPath.h"

#include <QString>

namespace verdes::ui {

// A report made of HTML (the UU PDP subject-access report) laid out on A4 pages by QTextDocument, as
// the meeting's documents are (MeetingDocuments::paint: the same font, margins and page footer).
class ReportPdf final
{
public:
    // Writes the PDF at `path` (checked with OutputPath first; all or nothing); returns the pages.
    static Result<int> write(const QString &html,
                             const QString &title,
                             const QString &footer,
                             const QString &path,
                             OutputPath::Existing existing);
};

} // namespace verdes::ui
