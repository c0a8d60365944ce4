// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QByteArray>
#include <QIODevice>
#include <QStringList>

namespace verdes {

// Writes the CSV interchange format (DOMAIN.md §13): UTF-8 without BOM, comma-separated, CRLF line
// ends, a field quoted only when it holds a comma, a double quote, CR or LF (inner quotes doubled).
// It buffers and writes to a device it does not own; flush() (or the destructor's last write, whose
// failure cannot be reported, so call flush()) pushes the rest.
class CsvWriter final
{
public:
    explicit CsvWriter(QIODevice &device, QString name = {});
    ~CsvWriter();
    Q_DISABLE_COPY_MOVE(CsvWriter)

    Result<void> writeRow(const QStringList &fields);
    Result<void> flush();

    // One record as bytes with its CRLF (also used for the raw text of rejected rows).
    static QByteArray formatRow(const QStringList &fields);
    static void appendField(QByteArray &out, QStringView field);

private:
    QIODevice &m_device;
    QString m_name;
    QByteArray m_buffer;
};

} // namespace verdes
