// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QStringList>

namespace verdes {

// A stream of CSV-shaped records: a header of column names, then rows of raw text fields. The CSV
// reader is one; the demo village generator is another, so demo data goes through exactly the same
// validation and writing as a real snapshot. An import reads its source twice (validate, then write),
// so a source can rewind.
class RowSource
{
public:
    RowSource() = default;
    virtual ~RowSource() = default;
    Q_DISABLE_COPY_MOVE(RowSource)

    // The column names of line 1 (F01–F05 errors when the file cannot be read as CSV).
    virtual Result<QStringList> header() = 0;
    // The next record into `fields`, with the physical line where it starts (header = 1).
    // Returns false at the end. File errors (F01 bad UTF-8, F05 unterminated quote) stop the read.
    virtual Result<bool> next(QStringList &fields, qint64 &line) = 0;
    // Back to the first record after the header.
    virtual Result<void> rewind() = 0;
    // Progress: how far the source has been read, out of its total (bytes or rows).
    virtual qint64 position() const = 0;
    virtual qint64 total() const = 0;
    // A name for the import log: the file's name without its folder, or "demo".
    virtual QString sourceName() const = 0;

    // The SHA-256 of the source's bytes in hex, once it has been read to the end; empty for sources
    // that are not files (the imports table records it to say which file was imported).
    virtual QString sourceSha256() const { return {}; }

    // The field separator of a text source, once header() has read it (the import summary names
    // it); null for sources that are not text files.
    virtual QChar separator() const { return {}; }
};

} // namespace verdes
