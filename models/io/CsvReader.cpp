// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/CsvReader.h"

#include "models/core/Log.h"
#include "models/domain/Issue.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

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

// How many fields of a header line, split at `separator` (RFC 4180 quotes respected), name a known
// column, in any letter case and with spaces around.
int knownNames(QByteArrayView line, char separator)
{
    int known = 0;
    QByteArray field;
    bool quoted = false;
    const auto finish = [&] {
        if (fieldByColumn(QString::fromUtf8(field).trimmed().toLower())) {
            ++known;
        }
        field.clear();
    };
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                field.append('"');
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field.append(c);
            }
        } else if (c == '"' && field.trimmed().isEmpty()) {
            field.clear();
            quoted = true;
        } else if (c == separator) {
            finish();
        } else {
            field.append(c);
        }
    }
    finish();
    return known;
}

// The separator of the file: of comma, semicolon and tab, the one that splits the header line into
// the most known column names; a comma when none names any (header() then reports F02). The names
// decide, not a count of separators: a comma inside a quoted unknown column, or a semicolon in an
// address, cannot tip it.
char detectSeparator(QByteArrayView headerLine)
{
    char best = ',';
    int bestKnown = 0;
    for (const char candidate : {',', ';', '\t'}) {
        const int known = knownNames(headerLine, candidate);
        if (known > bestKnown) {
            best = candidate;
            bestKnown = known;
        }
    }
    return best;
}

bool isBlank(const QStringList &fields)
{
    return std::all_of(fields.cbegin(), fields.cend(), [](const QString &field) {
        return QStringView(field).trimmed().isEmpty();
    });
}

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

QChar CsvReader::separator() const
{
    return QLatin1Char(m_separator);
}

void CsvReader::setBadByte(qint64 offset, const char *why)
{
    if (!m_badByte) {
        m_badByte = BadByte{offset, why};
    }
}

Error CsvReader::badEncodingAt(qsizetype fieldIndex) const
{
    // F01 args: the physical line of the bad byte, its column as a spreadsheet names it ("K (nik)",
    // or "K" in the header line), and "utf16" when the file is UTF-16 text (Excel's "Unicode Text").
    Q_ASSERT(m_badByte.has_value());
    QString column = spreadsheetColumnName(fieldIndex);
    if (m_columns && fieldIndex < m_columns->header().size()) {
        const QString name = m_columns->header().at(fieldIndex).trimmed();
        if (!name.isEmpty()) {
            column = QStringLiteral("%1 (%2)").arg(column, name);
        }
    }
    const QLatin1String why(m_badByte->why);
    const bool utf16 = why.contains(QLatin1String("UTF-16"));
    return Error(ErrorCode::CsvBadEncoding,
                 {QString::number(m_line), column, utf16 ? QStringLiteral("utf16") : QString()},
                 QStringLiteral("F01 in %1: %2 at byte %3").arg(m_name, why).arg(m_badByte->offset));
}

std::optional<qint64> CsvReader::validateUtf8(const char *data, qsizetype size, qint64 offset)
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
                // Reported at the byte that broke the sequence: the parser has taken the ones before.
                setBadByte(offset + i, "bad continuation byte");
                return offset + i;
            }
            low = 0x80;
            high = 0xBF;
            --need;
            continue;
        }
        if (b < 0x80) {
            if (b == 0) {
                setBadByte(offset + i, "NUL byte (UTF-16 or binary data?)");
                return offset + i;
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
            setBadByte(offset + i, "invalid lead byte");
            return offset + i;
        }
    }
    m_utf8Need = need;
    m_utf8Low = low;
    m_utf8High = high;
    return std::nullopt;
}

Result<bool> CsvReader::fill()
{
    if (m_pos < m_limit) {
        return true;
    }
    if (m_badByte) {
        return Error(ErrorCode::CsvBadEncoding); // readRawRecord names the line and the column
    }
    if (m_atEnd) {
        return false;
    }
    m_bufferOffset += m_buffer.size();
    m_pos = 0;
    m_buffer = m_device->read(kChunkBytes);
    m_limit = m_buffer.size();
    // The file's hash, each byte once, also when the reader went back to an earlier line (resetTo) and
    // reads again what was hashed already.
    if (m_bufferOffset <= m_hashedTo && m_hashedTo < m_bufferOffset + m_buffer.size()) {
        m_sha256.addData(QByteArrayView(m_buffer).sliced(m_hashedTo - m_bufferOffset));
        m_hashedTo = m_bufferOffset + m_buffer.size();
    }
    if (m_buffer.isEmpty()) {
        m_atEnd = true;
        m_hashDone = m_hashDone || m_hashedTo == m_bufferOffset;
        if (!m_device->atEnd()) {
            return Error(
                ErrorCode::FileReadFailed, {m_path.isEmpty() ? m_name : m_path}, m_device->errorString());
        }
        if (m_utf8Need > 0) {
            setBadByte(m_utf8Start, "truncated sequence at the end");
            return Error(ErrorCode::CsvBadEncoding);
        }
        return false;
    }
    if (!m_started) {
        m_started = true;
        if (m_buffer.startsWith("\xFF\xFE") || m_buffer.startsWith("\xFE\xFF")) {
            setBadByte(0, "UTF-16 byte order mark");
            m_limit = 0;
            return Error(ErrorCode::CsvBadEncoding);
        }
        if (m_buffer.startsWith("\xEF\xBB\xBF")) {
            m_pos = 3;
        }
    }
    const auto bad =
        validateUtf8(m_buffer.constData() + m_pos, m_buffer.size() - m_pos, m_bufferOffset + m_pos);
    if (bad) {
        // The parser may still take the bytes before it (a continuation byte's lead byte may lie in
        // the chunk before, already taken).
        m_limit = qMax(m_pos, static_cast<qsizetype>(*bad - m_bufferOffset));
        if (m_limit == m_pos) {
            return Error(ErrorCode::CsvBadEncoding);
        }
    }
    return true;
}

Result<bool> CsvReader::readRecord(QStringList &fields, qint64 &line)
{
    while (true) {
        VERDES_TRY_ASSIGN(more, readRawRecord(fields, line));
        if (!more || !isBlank(fields)) {
            return more;
        }
        // A row of separators only: a spreadsheet's used range reaching past the data.
    }
}

Result<bool> CsvReader::readRawRecord(QStringList &fields, qint64 &line)
{
    const char separator = m_separator;
    qsizetype count = 0; // fields of this record so far; `fields` keeps its strings for reuse
    m_field.resize(0);   // keeps the allocation: one per reader, not one per field
    State state = State::FieldStart;
    bool hasContent = false;
    qint64 start = 0;
    qint64 quoteLine = 0;
    qint64 bytes = 0;
    while (true) {
        auto filled = fill();
        if (!filled) {
            if (filled.error().code == ErrorCode::CsvBadEncoding) {
                return badEncodingAt(count);
            }
            return filled.error();
        }
        if (!*filled) {
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
        const qsizetype size = m_limit;
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
            if (c == separator) {
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

Result<QByteArray> CsvReader::peekHeaderLine()
{
    QByteArray line;
    bool quoted = false;
    while (true) {
        auto filled = fill();
        if (!filled || !*filled) {
            return line; // a bad byte, or the end: header() reads the line again and reports it
        }
        while (m_pos < m_limit) {
            const char c = m_buffer.at(m_pos++);
            if (!quoted && (c == '\r' || c == '\n')) {
                if (line.isEmpty()) {
                    continue; // empty lines before the header
                }
                return line;
            }
            if (c == '"') {
                quoted = !quoted; // a doubled quote flips twice
            }
            line.append(c);
            if (line.size() > m_maxRecordBytes) {
                return line;
            }
        }
    }
}

Result<void> CsvReader::restart()
{
    if (!m_device->seek(0)) {
        return Error(
            ErrorCode::FileReadFailed, {m_path.isEmpty() ? m_name : m_path}, m_device->errorString());
    }
    resetTo(0, 1, false);
    m_started = false;
    m_badByte.reset();
    m_sha256.reset();
    m_hashedTo = 0;
    m_hashDone = false;
    return {};
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
    // The separator comes from the header line's raw bytes; then the file is read from its start
    // again, with it.
    if (m_device->isSequential()) {
        // A pipe handed in cannot be read from its start again: its first line is looked at with
        // peek(), which leaves it unread.
        const QByteArray start = m_device->peek(m_maxRecordBytes);
        QByteArray first;
        for (const QByteArray &line : start.split('\n')) {
            if (!line.trimmed().isEmpty()) {
                first = line;
                break;
            }
        }
        m_separator = detectSeparator(first);
    } else {
        auto peeked = peekHeaderLine();
        if (!peeked) {
            return fail(peeked.error());
        }
        m_separator = detectSeparator(*peeked);
        if (auto restarted = restart(); !restarted) {
            return fail(restarted.error());
        }
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
    // Unnamed columns at the end of the header: a spreadsheet's used range, not columns.
    while (!names.isEmpty() && QStringView(names.constLast()).trimmed().isEmpty()) {
        names.removeLast();
    }
    bool anyKnown = false;
    for (const QString &name : std::as_const(names)) {
        anyKnown = anyKnown || fieldByColumn(name.trimmed().toLower()).has_value();
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
    if (m_separator != ',') {
        qCInfo(lcIo) << "separator" << (m_separator == ';' ? "semicolon" : "tab") << "in" << m_name;
    }
    m_columns = std::move(*columns);
    m_width = names.size();
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
    VERDES_TRY_ASSIGN(more, readRecord(fields, line));
    // The empty fields under the header's dropped unnamed columns. A value there stays, and the
    // row's field count then differs from the header's (R01).
    if (more && fields.size() > m_width) {
        const bool extraBlank = std::all_of(fields.cbegin() + m_width, fields.cend(), [](const QString &f) {
            return QStringView(f).trimmed().isEmpty();
        });
        if (extraBlank) {
            fields.resize(m_width);
        }
    }
    return more;
}

void CsvReader::resetTo(qint64 offset, qint64 line, bool afterCr)
{
    m_buffer.clear();
    m_pos = 0;
    m_limit = 0;
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
    // A bad byte past the header is met again on the way.
    m_badByte.reset();
    return {};
}

} // namespace verdes
