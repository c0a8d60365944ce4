// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/CsvReader.h"

#include "models/core/Log.h"

#include <QFile>
#include <QFileInfo>

namespace verdes {

namespace {

// A field's text. QString::fromUtf8 drops a byte-order mark at the start of what it converts; inside
// a file (after the first bytes, where the reader strips it) U+FEFF is data and must be kept.
QString fieldText(const QByteArray &bytes)
{
    constexpr qsizetype kBomSize = 3;
    QString text;
    qsizetype start = 0;
    while (QByteArrayView(bytes).sliced(start).startsWith("\xEF\xBB\xBF")) {
        text += QChar(0xFEFF);
        start += kBomSize;
    }
    return text + QString::fromUtf8(bytes.constData() + start, bytes.size() - start);
}

// Stores field number `index` of the record being read into `fields`, reusing the QString already
// there: most fields are short ASCII (codes, digits), and a registry row has 120 of them, so
// allocating a fresh string for each was a fifth of an import's time.
void storeField(QStringList &fields, qsizetype index, const QByteArray &bytes)
{
    if (index >= fields.size()) {
        fields.append(fieldText(bytes));
        return;
    }
    QString &target = fields[index];
    const qsizetype size = bytes.size();
    const char *data = bytes.constData();
    for (qsizetype i = 0; i < size; ++i) {
        if (static_cast<uchar>(data[i]) >= 0x80) {
            target = fieldText(bytes);
            return;
        }
    }
    if (size == 0) {
        target = QString();
        return;
    }
    target.resize(size); // keeps the buffer when it is not shared and large enough
    QChar *out = target.data();
    for (qsizetype i = 0; i < size; ++i) {
        out[i] = QLatin1Char(data[i]);
    }
}

} // namespace

namespace {

constexpr qint64 kChunkBytes = qint64(64) * 1024;

} // namespace

CsvReader::CsvReader(QString path, qint64 maxRecordBytes)
    : m_path(std::move(path))
    , m_name(QFileInfo(m_path).fileName())
    , m_maxRecordBytes(maxRecordBytes)
{}

CsvReader::CsvReader(std::unique_ptr<QIODevice> device, QString name, qint64 maxRecordBytes)
    : m_name(std::move(name))
    , m_device(std::move(device))
    , m_maxRecordBytes(maxRecordBytes)
{}

CsvReader::~CsvReader() = default;

QString CsvReader::sourceName() const
{
    return m_name;
}

QString CsvReader::sourceSha256() const
{
    return m_hashDone ? QString::fromLatin1(m_sha256.resultView().toByteArray().toHex()) : QString();
}

qint64 CsvReader::position() const
{
    return m_bufferOffset + m_pos;
}

qint64 CsvReader::total() const
{
    // Asked for at every row (progress): the size is read once, not stat()ed each time.
    if (m_totalBytes >= 0) {
        return m_totalBytes;
    }
    if (!m_device) {
        return QFileInfo(m_path).size();
    }
    m_totalBytes = m_device->size();
    return m_totalBytes;
}

const CsvColumns &CsvReader::columns() const
{
    Q_ASSERT_X(m_columns.has_value(), "CsvReader::columns", "call header() first");
    return *m_columns;
}

Error CsvReader::badEncoding(qint64 offset, const char *why) const
{
    return Error(ErrorCode::CsvBadEncoding,
                 {QString::number(offset)},
                 QStringLiteral("F01 in %1: %2 at byte %3").arg(m_name, QLatin1String(why)).arg(offset));
}

Result<void> CsvReader::validateUtf8(const char *data, qsizetype size, qint64 offset)
{
    // The UTF-8 grammar of RFC 3629 (no overlong forms, no surrogates, nothing above U+10FFFF),
    // carried across chunks. NUL is refused too: no CSV text holds it, and UTF-16 text is full of it.
    // A bad sequence is reported at its first byte, where an editor would show it.
    int need = m_utf8Need;
    unsigned char low = m_utf8Low;
    unsigned char high = m_utf8High;
    for (qsizetype i = 0; i < size; ++i) {
        const auto b = static_cast<unsigned char>(data[i]);
        if (need > 0) {
            if (b < low || b > high) {
                return badEncoding(m_utf8Start, "bad continuation byte");
            }
            low = 0x80;
            high = 0xBF;
            --need;
            continue;
        }
        if (b < 0x80) {
            if (b == 0) {
                return badEncoding(offset + i, "NUL byte (UTF-16 or binary data?)");
            }
            continue;
        }
        m_utf8Start = offset + i;
        if (b >= 0xC2 && b <= 0xDF) {
            need = 1;
        } else if (b == 0xE0) {
            need = 2;
            low = 0xA0;
        } else if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) {
            need = 2;
        } else if (b == 0xED) {
            need = 2;
            high = 0x9F;
        } else if (b == 0xF0) {
            need = 3;
            low = 0x90;
        } else if (b >= 0xF1 && b <= 0xF3) {
            need = 3;
        } else if (b == 0xF4) {
            need = 3;
            high = 0x8F;
        } else {
            return badEncoding(offset + i, "invalid lead byte");
        }
    }
    m_utf8Need = need;
    m_utf8Low = low;
    m_utf8High = high;
    return {};
}

Result<bool> CsvReader::fill()
{
    if (m_pos < m_buffer.size()) {
        return true;
    }
    if (m_atEnd) {
        return false;
    }
    m_bufferOffset += m_buffer.size();
    m_pos = 0;
    m_buffer = m_device->read(kChunkBytes);
    if (m_bufferOffset == m_hashedTo) {
        m_sha256.addData(m_buffer);
        m_hashedTo += m_buffer.size();
    }
    if (m_buffer.isEmpty()) {
        m_atEnd = true;
        m_hashDone = m_hashDone || m_hashedTo == m_bufferOffset;
        if (!m_device->atEnd()) {
            return Error(
                ErrorCode::FileReadFailed, {m_path.isEmpty() ? m_name : m_path}, m_device->errorString());
        }
        if (m_utf8Need > 0) {
            return badEncoding(m_utf8Start, "truncated sequence at the end");
        }
        return false;
    }
    if (!m_started) {
        m_started = true;
        if (m_buffer.startsWith("\xFF\xFE") || m_buffer.startsWith("\xFE\xFF")) {
            return badEncoding(0, "UTF-16 byte order mark");
        }
        if (m_buffer.startsWith("\xEF\xBB\xBF")) {
            m_pos = 3;
        }
    }
    VERDES_TRY(validateUtf8(m_buffer.constData() + m_pos, m_buffer.size() - m_pos, m_bufferOffset + m_pos));
    return true;
}

Result<bool> CsvReader::readRecord(QStringList &fields, qint64 &line)
{
    qsizetype count = 0; // fields of this record so far; `fields` keeps its strings for reuse
    m_field.resize(0);   // keeps the allocation: one per reader, not one per field
    State state = State::FieldStart;
    bool hasContent = false;
    qint64 start = 0;
    qint64 quoteLine = 0;
    qint64 bytes = 0;
    while (true) {
        VERDES_TRY_ASSIGN(more, fill());
        if (!more) {
            if (state == State::Quoted) {
                return Error(ErrorCode::CsvUnterminatedQuote,
                             {QString::number(quoteLine)},
                             QStringLiteral("F05 in %1").arg(m_name));
            }
            if (!hasContent) {
                fields.clear();
                return false;
            }
            storeField(fields, count++, m_field);
            fields.resize(count);
            m_field.clear();
            line = start;
            return true;
        }
        const char *data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        while (m_pos < size) {
            const char c = data[m_pos++];
            const bool lfAfterCr = m_afterCr && c == '\n';
            m_afterCr = false;
            if (hasContent && ++bytes > m_maxRecordBytes) {
                return Error(ErrorCode::CsvLineTooLong,
                             {QString::number(start)},
                             QStringLiteral("record over %1 bytes in %2").arg(m_maxRecordBytes).arg(m_name));
            }
            if (state == State::Quoted) {
                if (c == '"') {
                    state = State::QuoteInQuoted;
                    continue;
                }
                m_field.append(c);
                if (c == '\r') {
                    ++m_line;
                    m_afterCr = true;
                } else if (c == '\n' && !lfAfterCr) {
                    ++m_line;
                }
                continue;
            }
            if (c == '\r' || c == '\n') {
                if (lfAfterCr) {
                    continue; // the LF of a CRLF: the line was counted at the CR
                }
                ++m_line;
                m_afterCr = c == '\r';
                if (!hasContent) {
                    continue; // an empty line
                }
                storeField(fields, count++, m_field);
                fields.resize(count);
                m_field.resize(0);
                line = start;
                return true;
            }
            if (!hasContent) {
                hasContent = true;
                start = m_line;
                bytes = 1;
            }
            if (c == ',') {
                storeField(fields, count++, m_field);
                m_field.resize(0);
                state = State::FieldStart;
                continue;
            }
            if (c == '"') {
                if (state == State::QuoteInQuoted) {
                    m_field.append('"'); // a doubled quote inside a quoted field
                    state = State::Quoted;
                    continue;
                }
                // Quotes are accepted anywhere: one opening a field (after spaces, which are
                // trimmed anyway) starts a quoted value; one inside plain text is a character.
                if (state == State::FieldStart || m_field.trimmed().isEmpty()) {
                    m_field.clear();
                    state = State::Quoted;
                    quoteLine = m_line;
                    continue;
                }
                m_field.append(c);
                continue;
            }
            // Text after a closing quote is kept as it is (`"ab"c` reads as abc).
            m_field.append(c);
            state = State::Unquoted;
        }
    }
}

Result<QStringList> CsvReader::header()
{
    if (m_columns) {
        return m_columns->header();
    }
    if (m_headerError) {
        return *m_headerError;
    }
    auto fail = [this](Error error) {
        m_headerError = error;
        return error;
    };
    if (!m_device) {
        auto file = std::make_unique<QFile>(m_path);
        if (!file->exists()) {
            return fail(Error(ErrorCode::FileNotFound, {m_path}, QStringLiteral("CSV source")));
        }
        // The importer reads the file twice (check, then write): a pipe, a FIFO, a terminal or a
        // folder cannot be read again. Refused before opening, which would wait for a FIFO's writer.
        if (!QFileInfo(m_path).isFile()) {
            return fail(
                Error(ErrorCode::FileNotRegular, {m_path}, QStringLiteral("CSV source is not a file")));
        }
        if (!file->open(QIODevice::ReadOnly)) {
            return fail(Error(file->error() == QFileDevice::PermissionsError ? ErrorCode::FilePermissionDenied
                                                                             : ErrorCode::FileReadFailed,
                              {m_path},
                              file->errorString()));
        }
        if (file->isSequential()) {
            return fail(
                Error(ErrorCode::FileNotRegular, {m_path}, QStringLiteral("CSV source is sequential")));
        }
        m_device = std::move(file);
    }
    QStringList names;
    qint64 line = 0;
    auto read = readRecord(names, line);
    if (!read) {
        return fail(read.error());
    }
    if (!*read) {
        return fail(Error(ErrorCode::CsvNoHeader, {}, QStringLiteral("F02: empty file %1").arg(m_name)));
    }
    bool anyKnown = false;
    for (const QString &name : std::as_const(names)) {
        anyKnown = anyKnown || fieldByColumn(name.trimmed()).has_value();
    }
    if (!anyKnown) {
        return fail(
            Error(ErrorCode::CsvNoHeader, {}, QStringLiteral("F02: no known column on line %1").arg(line)));
    }
    auto columns = CsvColumns::fromHeader(names);
    if (!columns) {
        return fail(columns.error());
    }
    if (!columns->unknownColumns().isEmpty()) {
        qCInfo(lcIo) << "ignoring" << columns->unknownColumns().size() << "unknown columns in" << m_name;
    }
    m_columns = std::move(*columns);
    m_dataOffset = position();
    m_dataLine = m_line;
    m_dataAfterCr = m_afterCr;
    return m_columns->header();
}

Result<bool> CsvReader::next(QStringList &fields, qint64 &line)
{
    if (!m_columns) {
        VERDES_TRY(header());
    }
    return readRecord(fields, line);
}

void CsvReader::resetTo(qint64 offset, qint64 line, bool afterCr)
{
    m_buffer.clear();
    m_pos = 0;
    m_bufferOffset = offset;
    m_atEnd = false;
    m_line = line;
    m_afterCr = afterCr;
    m_started = true;
    m_utf8Need = 0;
    m_utf8Low = 0x80;
    m_utf8High = 0xBF;
}

Result<void> CsvReader::rewind()
{
    if (!m_columns) {
        VERDES_TRY(header());
        return {};
    }
    if (m_device->isSequential()) {
        // Never seek() it: Qt would print its own warning ("QFile::at: …") to the user's terminal.
        return Error(ErrorCode::FileNotRegular,
                     {m_path.isEmpty() ? m_name : m_path},
                     QStringLiteral("cannot rewind a sequential CSV source"));
    }
    if (!m_device->seek(m_dataOffset)) {
        return Error(
            ErrorCode::FileReadFailed, {m_path.isEmpty() ? m_name : m_path}, m_device->errorString());
    }
    resetTo(m_dataOffset, m_dataLine, m_dataAfterCr);
    return {};
}

} // namespace verdes
