// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/demo/DemoRowSource.h"

#include "models/core/Log.h"
#include "models/domain/Field.h"

#include <QFileInfo>
#include <QSaveFile>

namespace verdes {

namespace {

// RFC 4180 for one field: quoted only when it holds a comma, a quote, CR or LF; inner quotes doubled.
// (A private writer: the shared CsvWriter of models/io was not available when this was written.)
void appendCsvField(QByteArray &out, const QString &field)
{
    bool quote = false;
    for (const QChar ch : field) {
        if (ch == u',' || ch == u'"' || ch == u'\r' || ch == u'\n') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out.append(field.toUtf8());
        return;
    }
    out.append('"');
    QString escaped = field;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    out.append(escaped.toUtf8());
    out.append('"');
}

void appendCsvRow(QByteArray &out, const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            out.append(',');
        }
        appendCsvField(out, fields[i]);
    }
    out.append("\r\n");
}

} // namespace

DemoRowSource::DemoRowSource(std::unique_ptr<DemoVillage> village)
    : m_village(std::move(village))
{}

Result<std::unique_ptr<DemoRowSource>> DemoRowSource::create(const DemoOptions &options)
{
    VERDES_TRY_ASSIGN(village, DemoVillage::create(options));
    return std::unique_ptr<DemoRowSource>(new DemoRowSource(std::move(village)));
}

Result<QStringList> DemoRowSource::header()
{
    return csvHeader().split(u',');
}

Result<bool> DemoRowSource::next(QStringList &fields, qint64 &line)
{
    while (m_nextMember >= m_current.members.size()) {
        if (!m_village->next(m_current)) {
            return false;
        }
        m_nextMember = 0;
    }
    fields = csvRow(m_current, m_current.members[m_nextMember]);
    ++m_nextMember;
    ++m_line;
    line = m_line;
    return true;
}

Result<void> DemoRowSource::rewind()
{
    m_village->rewind();
    m_current = Household();
    m_nextMember = 0;
    m_line = 1;
    return {};
}

qint64 DemoRowSource::position() const
{
    return m_village->produced();
}

qint64 DemoRowSource::total() const
{
    return m_village->options().households;
}

QString DemoRowSource::sourceName() const
{
    return QStringLiteral("demo");
}

Result<qint64> DemoRowSource::writeCsv(const QString &path, const DemoOptions &options)
{
    if (QFileInfo::exists(path)) {
        return Error(ErrorCode::FileExists, {path}, QStringLiteral("demo csv: target exists"));
    }
    VERDES_TRY_ASSIGN(source, create(options));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error(ErrorCode::FileWriteFailed, {path}, file.errorString());
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QByteArray buffer;
    buffer.reserve(1 << 20);
    VERDES_TRY_ASSIGN(names, source->header());
    appendCsvRow(buffer, names);
    QStringList fields;
    qint64 line = 0;
    qint64 rows = 0;
    while (true) {
        VERDES_TRY_ASSIGN(more, source->next(fields, line));
        if (!more) {
            break;
        }
        appendCsvRow(buffer, fields);
        ++rows;
        if (buffer.size() >= (1 << 20)) {
            if (file.write(buffer) != buffer.size()) {
                file.cancelWriting();
                return Error(ErrorCode::FileWriteFailed, {path}, file.errorString());
            }
            buffer.clear();
        }
    }
    if (file.write(buffer) != buffer.size() || !file.commit()) {
        file.cancelWriting();
        return Error(ErrorCode::FileWriteFailed, {path}, file.errorString());
    }
    qCInfo(lcIo) << "demo csv written:" << rows << "rows";
    return rows;
}

} // namespace verdes
