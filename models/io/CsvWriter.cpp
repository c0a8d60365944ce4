// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/CsvWriter.h"

#include <algorithm>

namespace verdes {

namespace {

constexpr qsizetype kFlushBytes = qsizetype(256) * 1024;

bool needsQuotes(QStringView field)
{
    return std::any_of(field.begin(), field.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return u == u',' || u == u'"' || u == u'\r' || u == u'\n';
    });
}

} // namespace

CsvWriter::CsvWriter(QIODevice &device, QString name)
    : m_device(device)
    , m_name(std::move(name))
{}

CsvWriter::~CsvWriter()
{
    if (!m_buffer.isEmpty()) {
        (void)flush();
    }
}

void CsvWriter::appendField(QByteArray &out, QStringView field)
{
    if (!needsQuotes(field)) {
        out += field.toUtf8();
        return;
    }
    out += '"';
    out += field.toUtf8().replace('"', "\"\"");
    out += '"';
}

QByteArray CsvWriter::formatRow(const QStringList &fields)
{
    QByteArray out;
    if (fields.size() == 1 && fields.constFirst().isEmpty()) {
        return QByteArrayLiteral("\"\"\r\n");
    }
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            out += ',';
        }
        appendField(out, fields.at(i));
    }
    out += "\r\n";
    return out;
}

Result<void> CsvWriter::writeRow(const QStringList &fields)
{
    if (fields.size() == 1 && fields.constFirst().isEmpty()) {
        // A lone empty field would be an empty line, which readers skip.
        m_buffer += "\"\"\r\n";
        return {};
    }
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            m_buffer += ',';
        }
        appendField(m_buffer, fields.at(i));
    }
    m_buffer += "\r\n";
    if (m_buffer.size() >= kFlushBytes) {
        return flush();
    }
    return {};
}

Result<void> CsvWriter::flush()
{
    if (m_buffer.isEmpty()) {
        return {};
    }
    const qint64 written = m_device.write(m_buffer);
    const qsizetype size = m_buffer.size();
    m_buffer.clear();
    if (written != size) {
        return Error(ErrorCode::FileWriteFailed, {m_name}, m_device.errorString());
    }
    return {};
}

} // namespace verdes
