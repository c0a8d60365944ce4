// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/io/OutputPath.h"

#include <QString>

namespace verdes::app {

// An HTML notice laid out on A4 pages for printing (`verdes-hub breach-notice --out`), with the title
// and the page number in every page's footer. The hub has no widgets library: this is QtGui only, and
// the verb runs in a QGuiApplication (main.cpp, on the offscreen platform without a display).
class NoticePdf final
{
public:
    // Returns the number of pages; the file is written whole or not at all (OutputPath checked first).
    static Result<int>
    write(const QString &html, const QString &title, const QString &path, OutputPath::Existing existing);
};

} // namespace verdes::app
