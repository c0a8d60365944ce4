// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace verdes::sync {

// The primitives of the files that go between a village and its hub (docs/batch-format.md §2):
// big-endian integers, length-prefixed bytes and UTF-8 text, counted lists, optional values.
// There is one way to write each value, so the same content always gives the same bytes.
class WireWriter
{
public:
    void u8(quint8 value);
    void u32(quint32 value);
    void u64(quint64 value);
    void bytes(QByteArrayView value);
    void text(QStringView value);
    // 32 raw bytes (a SHA-256), no length; anything else is a programming error.
    void digest(QByteArrayView value);
    // 8 raw bytes (PublicKey::idOf), no length; anything else is a programming error.
    void keyId(QByteArrayView value);
    // The count in front of a list's elements.
    void count(qsizetype value);
    void optionalDigest(const std::optional<QByteArray> &value);

    const QByteArray &data() const { return m_data; }

private:
    QByteArray m_data;
};

// The largest values a reader accepts (docs/batch-format.md §5); checked before anything is
// allocated for them.
struct WireLimits
{
    qsizetype text = qsizetype{1} << 20;
    qsizetype bytes = qsizetype{64} << 20;
    qsizetype count = 20000;
};

// Reads the primitives back from untrusted bytes. A read past the end, a length or count over its
// limit, invalid UTF-8 or a stray option byte makes the reader fail: it remembers the first
// failure with the field it was reading, returns empty values from then on, and ok() is false.
// Callers read every field, then ask finish(), which also refuses bytes left over.
class WireReader
{
public:
    explicit WireReader(QByteArrayView data, WireLimits limits = {});

    quint8 u8(const char *field);
    quint32 u32(const char *field);
    quint64 u64(const char *field);
    QByteArray bytes(const char *field);
    // Bytes with their own limit (an evidence's content), instead of WireLimits::bytes.
    QByteArray bytes(const char *field, qsizetype limit);
    QString text(const char *field);
    QByteArray digest(const char *field);
    QByteArray keyId(const char *field);
    // A list's count, at most `limit` (WireLimits::count when 0).
    qsizetype count(const char *field, qsizetype limit = 0);
    std::optional<QByteArray> optionalDigest(const char *field);

    // Checked values, read as their primitive and refused when they do not have the shape the format
    // gives them (docs/batch-format.md §2):
    // the text `format`, which must be exactly `name` ("verdes-receipt/1");
    void format(QStringView name);
    // a text that must not be empty (a name, an id);
    QString requiredText(const char *field);
    // a text of exactly `length` ASCII digits (a region code), or for digitsOrEmpty also nothing;
    QString digits(const char *field, qsizetype length);
    QString digitsOrEmpty(const char *field, qsizetype length);
    // a text holding a UTC time with milliseconds, "2026-12-10T09:41:07.123Z", that is a real date;
    QString utcTime(const char *field);
    // the same, or nothing (a time that may not be known: "no expiry");
    QString utcTimeOrEmpty(const char *field);
    // bytes holding exactly one 32-byte public key (Ed25519 or X25519).
    QByteArray publicKey(const char *field);

    // Fails the reader from outside, for a value that reads well but is wrong (a digest that does
    // not match its content).
    void fail(const char *field, const QString &why);

    bool ok() const { return m_failure.isEmpty(); }

    // What failed, for the log: "items[3].evidence[0].content: 20971520 bytes, over 16777216".
    const QString &failure() const { return m_failure; }

    // True when every byte was read and nothing failed; otherwise fails with the bytes left over.
    bool finish();

    // The prefix of the field names that follow ("items[3]."), for nested records.
    void setScope(const QString &scope) { m_scope = scope; }

private:
    QByteArrayView take(const char *field, qsizetype size);
    QString checkDigits(const char *field, QString value, qsizetype length);
    QString checkTime(const char *field, QString value);

    QByteArrayView m_data;
    WireLimits m_limits;
    qsizetype m_position = 0;
    QString m_scope;
    QString m_failure;
};

} // namespace verdes::sync
