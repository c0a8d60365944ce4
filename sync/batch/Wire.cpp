// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/batch/Wire.h"

#include "models/core/PublicKey.h"

#include <QDate>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTime>
#include <QtEndian>

#include <algorithm>
#include <limits>

namespace verdes::sync {

namespace {

constexpr qsizetype kDigestSize = 32;

template <typename T>
void appendBigEndian(QByteArray &data, T value)
{
    const T big = qToBigEndian(value);
    data.append(reinterpret_cast<const char *>(&big), sizeof big); // NOLINT
}

} // namespace

void WireWriter::u8(quint8 value)
{
    m_data.append(static_cast<char>(value));
}

void WireWriter::u32(quint32 value)
{
    appendBigEndian(m_data, value);
}

void WireWriter::u64(quint64 value)
{
    appendBigEndian(m_data, value);
}

void WireWriter::bytes(QByteArrayView value)
{
    Q_ASSERT(value.size() <= std::numeric_limits<quint32>::max());
    u32(static_cast<quint32>(value.size()));
    m_data.append(value);
}

void WireWriter::text(QStringView value)
{
    bytes(value.toUtf8());
}

void WireWriter::digest(QByteArrayView value)
{
    Q_ASSERT(value.size() == kDigestSize);
    m_data.append(value);
}

void WireWriter::keyId(QByteArrayView value)
{
    Q_ASSERT(value.size() == PublicKey::kIdSize);
    m_data.append(value);
}

void WireWriter::count(qsizetype value)
{
    Q_ASSERT(value >= 0 && value <= std::numeric_limits<quint32>::max());
    u32(static_cast<quint32>(value));
}

void WireWriter::optionalDigest(const std::optional<QByteArray> &value)
{
    u8(value ? 1 : 0);
    if (value) {
        digest(*value);
    }
}

WireReader::WireReader(QByteArrayView data, WireLimits limits)
    : m_data(data)
    , m_limits(limits)
{}

void WireReader::fail(const char *field, const QString &why)
{
    if (m_failure.isEmpty()) {
        m_failure = m_scope + QLatin1String(field) + QStringLiteral(": ") + why;
    }
}

QByteArrayView WireReader::take(const char *field, qsizetype size)
{
    if (!ok()) {
        return {};
    }
    if (size < 0 || size > m_data.size() - m_position) {
        fail(field,
             QStringLiteral("%1 bytes needed at offset %2, %3 left")
                 .arg(size)
                 .arg(m_position)
                 .arg(m_data.size() - m_position));
        return {};
    }
    const QByteArrayView part = m_data.sliced(m_position, size);
    m_position += size;
    return part;
}

quint8 WireReader::u8(const char *field)
{
    const QByteArrayView part = take(field, 1);
    return part.isEmpty() ? 0 : static_cast<quint8>(part.front());
}

quint32 WireReader::u32(const char *field)
{
    const QByteArrayView part = take(field, 4);
    return part.isEmpty() ? 0 : qFromBigEndian<quint32>(part.data());
}

quint64 WireReader::u64(const char *field)
{
    const QByteArrayView part = take(field, 8);
    return part.isEmpty() ? 0 : qFromBigEndian<quint64>(part.data());
}

QByteArray WireReader::bytes(const char *field)
{
    return bytes(field, m_limits.bytes);
}

QByteArray WireReader::bytes(const char *field, qsizetype limit)
{
    const quint32 size = u32(field);
    if (!ok()) {
        return {};
    }
    if (size > static_cast<quint64>(limit)) {
        fail(field, QStringLiteral("%1 bytes, over %2").arg(size).arg(limit));
        return {};
    }
    return take(field, static_cast<qsizetype>(size)).toByteArray();
}

QString WireReader::text(const char *field)
{
    const QByteArray utf8 = bytes(field, m_limits.text);
    if (!ok()) {
        return {};
    }
    if (utf8.contains('\0')) {
        fail(field, QStringLiteral("a zero byte in text"));
        return {};
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString value = decoder.decode(utf8);
    if (decoder.hasError()) {
        fail(field, QStringLiteral("invalid UTF-8"));
        return {};
    }
    return value;
}

QByteArray WireReader::digest(const char *field)
{
    return take(field, kDigestSize).toByteArray();
}

QByteArray WireReader::keyId(const char *field)
{
    return take(field, PublicKey::kIdSize).toByteArray();
}

qsizetype WireReader::count(const char *field, qsizetype limit)
{
    const qsizetype most = limit > 0 ? limit : m_limits.count;
    const quint32 value = u32(field);
    if (ok() && value > static_cast<quint64>(most)) {
        fail(field, QStringLiteral("%1 elements, over %2").arg(value).arg(most));
    }
    return ok() ? static_cast<qsizetype>(value) : 0;
}

std::optional<QByteArray> WireReader::optionalDigest(const char *field)
{
    const quint8 present = u8(field);
    if (!ok()) {
        return std::nullopt;
    }
    if (present > 1) {
        fail(field, QStringLiteral("option byte %1").arg(present));
        return std::nullopt;
    }
    if (present == 0) {
        return std::nullopt;
    }
    QByteArray value = digest(field);
    return ok() ? std::optional<QByteArray>(std::move(value)) : std::nullopt;
}

void WireReader::format(QStringView name)
{
    const QString value = text("format");
    if (ok() && value != name) {
        // Only the start: the text is not trusted, and the detail goes to the log.
        fail("format", QStringLiteral("\"%1\"").arg(value.left(40)));
    }
}

QString WireReader::requiredText(const char *field)
{
    QString value = text(field);
    if (ok() && value.isEmpty()) {
        fail(field, QStringLiteral("empty"));
    }
    return value;
}

QString WireReader::digits(const char *field, qsizetype length)
{
    QString value = text(field);
    return ok() ? checkDigits(field, std::move(value), length) : QString();
}

QString WireReader::digitsOrEmpty(const char *field, qsizetype length)
{
    QString value = text(field);
    return ok() && !value.isEmpty() ? checkDigits(field, std::move(value), length) : QString();
}

QString WireReader::checkDigits(const char *field, QString value, qsizetype length)
{
    const bool allDigits = std::all_of(value.cbegin(), value.cend(), [](QChar c) {
        return c >= u'0' && c <= u'9';
    });
    if (value.size() != length || !allDigits) {
        fail(field, QStringLiteral("not %1 digits").arg(length));
        return {};
    }
    return value;
}

QString WireReader::utcTime(const char *field)
{
    return checkTime(field, text(field));
}

QString WireReader::utcTimeOrEmpty(const char *field)
{
    QString value = text(field);
    return value.isEmpty() ? value : checkTime(field, std::move(value));
}

QString WireReader::checkTime(const char *field, QString value)
{
    if (!ok()) {
        return {};
    }
    static const QRegularExpression shape(
        QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})\\.([0-9]{3})Z$"));
    const QRegularExpressionMatch match = shape.match(value);
    const auto part = [&match](int n) {
        return match.capturedView(n).toInt();
    };
    if (!match.hasMatch() || !QDate::isValid(part(1), part(2), part(3))
        || !QTime::isValid(part(4), part(5), part(6), part(7))) {
        fail(field, QStringLiteral("not a UTC time like 2026-12-10T09:41:07.123Z"));
        return {};
    }
    return value;
}

QByteArray WireReader::publicKey(const char *field)
{
    QByteArray value = bytes(field, PublicKey::kSize);
    if (ok() && value.size() != PublicKey::kSize) {
        fail(field,
             QStringLiteral("%1 bytes, not a public key of %2").arg(value.size()).arg(PublicKey::kSize));
        return {};
    }
    return value;
}

bool WireReader::finish()
{
    if (ok() && m_position != m_data.size()) {
        m_scope.clear();
        fail("end", QStringLiteral("%1 bytes left over").arg(m_data.size() - m_position));
    }
    return ok();
}

} // namespace verdes::sync
