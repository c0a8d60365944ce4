// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/transport/Announce.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace verdes::sync {

namespace {

Error malformed(const QString &detail)
{
    return {ErrorCode::SyncFileMalformed, {QStringLiteral("announce")}, detail};
}

Result<QJsonObject> objectOf(const QByteArray &bytes)
{
    if (bytes.size() > Announce::kMaxBytes * 64) {
        return malformed(QStringLiteral("too long"));
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return malformed(QStringLiteral("not a JSON object"));
    }
    return doc.object();
}

QByteArray hexField(const QJsonObject &object, const char *key, qsizetype size)
{
    const QByteArray text = object.value(QLatin1StringView(key)).toString().toLatin1();
    const QByteArray raw = QByteArray::fromHex(text);
    return text.size() == 2 * size && raw.size() == size && raw.toHex() == text.toLower() ? raw
                                                                                          : QByteArray();
}

} // namespace

qint64 countField(const QJsonObject &object, QLatin1StringView key, qint64 max)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble()) {
        return -1;
    }
    const double number = value.toDouble();
    if (!(number >= 0) || number > static_cast<double>(max) || number != std::floor(number)) {
        return -1;
    }
    return static_cast<qint64>(number);
}

QByteArray Announce::encode() const
{
    // Written by hand, not by QJsonDocument, so that the order of the keys is the documented one.
    return QByteArrayLiteral("{\"format\":\"verdes-announce/1\",\"device\":\"") + deviceKeyId.toHex()
           + QByteArrayLiteral("\",\"batch\":\"") + batchId.toHex() + QByteArrayLiteral("\",\"sequence\":")
           + QByteArray::number(sequence) + QByteArrayLiteral(",\"size\":") + QByteArray::number(size)
           + QByteArrayLiteral(",\"sha256\":\"") + sha256.toHex() + QByteArrayLiteral("\",\"at\":\"")
           + at.toLatin1() + QByteArrayLiteral("\"}");
}

Result<Announce> Announce::decode(const QByteArray &bytes)
{
    if (bytes.size() > kMaxBytes) {
        return malformed(QStringLiteral("too long"));
    }
    VERDES_TRY_ASSIGN(object, objectOf(bytes));
    if (object.value(QLatin1StringView("format")).toString() != u"verdes-announce/1") {
        return malformed(QStringLiteral("unknown format"));
    }
    Announce a;
    a.deviceKeyId = hexField(object, "device", 8);
    a.batchId = hexField(object, "batch", 32);
    a.sha256 = hexField(object, "sha256", 32);
    // Below 2^53, where every whole number is exact in a JSON double.
    constexpr qint64 kMaxCount = qint64(1) << 53;
    const qint64 sequence = countField(object, QLatin1StringView("sequence"), kMaxCount);
    a.size = countField(object, QLatin1StringView("size"), kMaxCount);
    a.at = object.value(QLatin1StringView("at")).toString();
    if (a.deviceKeyId.isEmpty() || a.batchId.isEmpty() || a.sha256.isEmpty() || sequence < 1 || a.size < 1
        || a.at.size() > 40) {
        return malformed(QStringLiteral("a field is missing or out of range"));
    }
    a.sequence = static_cast<quint64>(sequence);
    return a;
}

QByteArray AnnounceAnswer::encode() const
{
    QJsonObject object;
    switch (kind) {
    case Kind::Send:
        object.insert(QStringLiteral("answer"), QStringLiteral("send"));
        object.insert(QStringLiteral("received"), static_cast<double>(received));
        object.insert(QStringLiteral("part_size"), static_cast<double>(partSize));
        break;
    case Kind::Have:
        object.insert(QStringLiteral("answer"), QStringLiteral("have"));
        object.insert(QStringLiteral("receipt"), QString::fromLatin1(receipt.toBase64()));
        break;
    case Kind::Refused:
        object.insert(QStringLiteral("answer"), QStringLiteral("refused"));
        object.insert(QStringLiteral("reason"), reason);
        break;
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<AnnounceAnswer> AnnounceAnswer::decode(const QByteArray &bytes)
{
    VERDES_TRY_ASSIGN(object, objectOf(bytes));
    AnnounceAnswer a;
    const QString answer = object.value(QLatin1StringView("answer")).toString();
    if (answer == u"send") {
        a.kind = Kind::Send;
        a.received = countField(object, QLatin1StringView("received"), qint64(1) << 53);
        a.partSize = countField(object, QLatin1StringView("part_size"), kMaxPartSize);
        if (a.received < 0 || a.partSize < 1) {
            return malformed(QStringLiteral("send without offsets"));
        }
    } else if (answer == u"have") {
        a.kind = Kind::Have;
        a.receipt = QByteArray::fromBase64(object.value(QLatin1StringView("receipt")).toString().toLatin1());
        if (a.receipt.isEmpty()) {
            return malformed(QStringLiteral("have without a receipt"));
        }
    } else if (answer == u"refused") {
        a.kind = Kind::Refused;
        a.reason = object.value(QLatin1StringView("reason")).toString().left(64);
    } else {
        return malformed(QStringLiteral("unknown answer"));
    }
    return a;
}

} // namespace verdes::sync
