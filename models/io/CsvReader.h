// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/io/CsvColumns.h"
#include "models/io/RowSource.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QIODevice>

#include <memory>
#include <optional>

namespace verdes {

// A streaming reader of the CSV interchange format (DOMAIN.md §13) over a file or any seekable
// device: RFC 4180 quoting (quotes accepted anywhere, doubled quotes, quoted CR/LF spanning lines),
// CRLF, LF or CR line ends, empty lines ignored, a leading UTF-8 BOM stripped. The bytes are checked
// as UTF-8 while they are read, in chunks: the file is never loaded whole. A bad byte stops the read
// when the parser reaches it (F01 with the physical line and the spreadsheet column, "K (nik)"; a
// UTF-16 BOM or NUL bytes are F01 too). Each record comes with the physical line it starts on
// (header = 1). A record longer than the cap stops the read (CsvLineTooLong): a binary file or a
// runaway quote must not eat the memory. Rewindable, so the importer can read twice.
// A pipe, a FIFO, a terminal or a folder cannot be read twice and is refused (FileNotRegular).
//
// Files that went through a spreadsheet (issue 11): the separator is comma, semicolon (Excel and
// LibreOffice in locales whose decimal mark is a comma, Indonesian among them) or tab, chosen from
// the header line by which one splits it into the most known column names; header names match in
// any letter case and with surrounding spaces; trailing unnamed header columns and the empty fields
// under them are dropped, and rows holding only separators are skipped like empty lines (a
// spreadsheet's used range).
class CsvReader final : public RowSource
{
public:
    static constexpr qint64 kDefaultMaxRecordBytes = qint64(1) << 20;

    // Reads a file; an unreadable file is reported by header().
    explicit CsvReader(QString path, qint64 maxRecordBytes = kDefaultMaxRecordBytes);
    // Reads a seekable device that is already open (a QBuffer in tests and the fuzzer).
    CsvReader(std::unique_ptr<QIODevice> device,
              QString name,
              qint64 maxRecordBytes = kDefaultMaxRecordBytes);
    ~CsvReader() override;
    Q_DISABLE_COPY_MOVE(CsvReader)

    // Line 1, checked: F01, F02 (no header), F03 (required column missing), F04 (duplicate column).
    Result<QStringList> header() override;
    Result<bool> next(QStringList &fields, qint64 &line) override;
    Result<void> rewind() override;
    qint64 position() const override;
    qint64 total() const override;
    QString sourceName() const override;
    QString sourceSha256() const override;

    // After header(): the columns mapped onto the field table, and the unknown ones (ignored).
    const CsvColumns &columns() const;
    // After header(): ',', ';' or '\t'.
    QChar separator() const override;

private:
    enum class State : quint8
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    };

    // The next record that holds any value (rows of separators only are skipped).
    Result<bool> readRecord(QStringList &fields, qint64 &line);
    Result<bool> readRawRecord(QStringList &fields, qint64 &line);
    // Makes the next byte available; false at the end of the file. Fails with the pending bad byte
    // (CsvBadEncoding, without its place: readRawRecord adds the line and the column).
    Result<bool> fill();
    // The raw bytes of the first line that is not empty (quoted line breaks included), for the
    // separator's detection; stops early at a bad byte or the record cap.
    Result<QByteArray> peekHeaderLine();
    // Back to byte 0, as if nothing had been read.
    Result<void> restart();
    // Finds the first byte that is not UTF-8 in a chunk; sets m_badByte and returns its offset.
    std::optional<qint64> validateUtf8(const char *data, qsizetype size, qint64 offset);
    void setBadByte(qint64 offset, const char *why);
    Error badEncodingAt(qsizetype fieldIndex) const;
    void resetTo(qint64 offset, qint64 line, bool afterCr);

    QString m_path;
    QString m_name;
    std::unique_ptr<QIODevice> m_device;
    qint64 m_maxRecordBytes;

    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_limit = 0; // the bytes of m_buffer before the first bad byte (all of them if none)
    char m_separator = ',';
    qsizetype m_width = 0;     // the header's fields once trailing unnamed ones are dropped
    qint64 m_bufferOffset = 0; // file offset of m_buffer[0]
    bool m_atEnd = false;
    qint64 m_line = 1;      // physical line of the next byte
    bool m_afterCr = false; // the previous byte was a CR (a following LF ends the same line)
    bool m_started = false; // the BOM check ran

    // UTF-8 state carried across chunks.
    int m_utf8Need = 0;
    unsigned char m_utf8Low = 0x80;
    unsigned char m_utf8High = 0xBF;
    qint64 m_utf8Start = 0; // offset of the sequence's first byte

    // The first byte that is not UTF-8, once a chunk holding it was read: reported when the parser
    // reaches it, so the message can name its line and column.
    struct BadByte
    {
        qint64 offset = 0;
        const char *why = "";
    };

    std::optional<BadByte> m_badByte;

    // The file's SHA-256, fed by the first sequential read; a rewind reads bytes already counted.
    QCryptographicHash m_sha256{QCryptographicHash::Sha256};
    qint64 m_hashedTo = 0;
    bool m_hashDone = false;

    QByteArray m_field;
    std::optional<CsvColumns> m_columns;
    qint64 m_dataOffset = 0;
    qint64 m_dataLine = 2;
    bool m_dataAfterCr = false;
    mutable qint64 m_totalBytes = -1; // the file's size, read once
    std::optional<Error> m_headerError;
};

} // namespace verdes
