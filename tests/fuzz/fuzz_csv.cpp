// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target for the CSV reader (DOMAIN.md §13): any bytes must give records or a clean Error,
// never a crash, a hang or unbounded memory. Invariants checked on every input:
//  - rewinding reads the same records again;
//  - what the writer writes from that header and those records reads back as the same records.
#include "models/io/CsvReader.h"
#include "models/io/CsvWriter.h"

#include <QBuffer>
#include <QLoggingCategory>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace verdes;

namespace {

constexpr qint64 kCap = qint64(64) * 1024;
constexpr int kMaxRecords = 2000;

std::unique_ptr<CsvReader> readerOf(const QByteArray &bytes, qint64 cap = kCap)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    return std::make_unique<CsvReader>(std::move(buffer), QStringLiteral("fuzz.csv"), cap);
}

// The records up to the first error; `ok` says whether the end was reached cleanly.
QList<QStringList> readRecords(CsvReader &reader, bool &ok)
{
    QList<QStringList> records;
    QStringList fields;
    qint64 line = 0;
    qint64 lastLine = 0;
    ok = false;
    while (records.size() < kMaxRecords) {
        auto more = reader.next(fields, line);
        if (!more) {
            return records;
        }
        if (!*more) {
            ok = true;
            return records;
        }
        if (line <= lastLine) {
            std::abort(); // records start on strictly increasing lines
        }
        lastLine = line;
        records << fields;
    }
    ok = true;
    return records;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    QLoggingCategory::setFilterRules(QStringLiteral("verdes.*=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    auto reader = readerOf(bytes);
    const auto header = reader->header();
    if (!header) {
        return 0;
    }
    bool ok = false;
    const QList<QStringList> records = readRecords(*reader, ok);
    if (!reader->rewind()) {
        std::abort();
    }
    bool okAgain = false;
    if (readRecords(*reader, okAgain) != records || okAgain != ok) {
        std::abort();
    }
    if (!ok) {
        return 0;
    }
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(out);
        // The header as read: the reader trims blank fields past the header's width, so a record
        // only reads back the same under a header of the same width.
        if (!writer.writeRow(*header)) {
            std::abort();
        }
        for (const QStringList &record : records) {
            if (!writer.writeRow(record)) {
                std::abort();
            }
        }
        if (!writer.flush()) {
            std::abort();
        }
    }
    // Doubled quotes can make a written record up to twice as long as the one read.
    auto again = readerOf(out.data(), 4 * kCap);
    if (!again->header()) {
        std::abort();
    }
    bool okWritten = false;
    if (readRecords(*again, okWritten) != records || !okWritten) {
        std::abort();
    }
    return 0;
}
