// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/vault/AuditHead.h"

#include "models/core/PublicKey.h"
#include "models/vault/AuditLog.h"
#include "models/vault/Database.h"
#include "models/vault/DeviceKey.h"
#include "models/vault/Statement.h"

#include <QRegularExpression>

namespace verdes {

namespace {

constexpr char kMagic[] = "verdes-audit-head-v1";
constexpr qsizetype kFingerprintBytes = 12;
constexpr qsizetype kMaxTextSize = 4096;

QString timeText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QString groupedHex(const QByteArray &bytes)
{
    const QString hex = QString::fromLatin1(bytes.toHex().toUpper());
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4) {
        groups << hex.mid(i, 4);
    }
    return groups.join(u'-');
}

} // namespace

Result<AuditHead>
AuditHead::sign(Database &db, const QString &vaultId, const QString &villageCode, Clock &clock)
{
    VERDES_TRY_ASSIGN(recent, AuditLog(db, clock).recent(1));
    if (recent.isEmpty()) {
        return Error(ErrorCode::VaultDamaged, {db.path()}, QStringLiteral("empty audit trail"));
    }
    const AuditEntry &entry = recent.constFirst();
    VERDES_TRY_ASSIGN(key, DeviceKey::load(db));
    AuditHead head;
    head.vaultId = vaultId;
    head.villageCode = villageCode;
    head.seq = entry.seq;
    head.hash = entry.hash;
    head.stateHash = entry.stateHash;
    head.entryTime = entry.at.toUTC();
    // Whole seconds: the text form is what is signed, and what is signed is what is read back.
    head.signedAt = QDateTime::fromSecsSinceEpoch(clock.now().toSecsSinceEpoch(), Qt::UTC);
    head.keyId = key.keyId();
    head.publicKey = key.publicKey();
    VERDES_TRY_ASSIGN(signature, DeviceKey::sign(db, head.signedBytes()));
    head.signature = std::move(signature);
    return head;
}

QByteArray AuditHead::signedBytes() const
{
    QByteArray bytes(kMagic);
    bytes += "\nvault: " + vaultId.toUtf8();
    bytes += "\nvillage: " + villageCode.toUtf8();
    bytes += "\nentry: " + QByteArray::number(seq);
    bytes += "\nhash: " + hash.toHex();
    bytes += "\nstate: " + stateHash.toHex();
    bytes += "\nentry-time: " + timeText(entryTime).toUtf8();
    bytes += "\nsigned-at: " + timeText(signedAt).toUtf8();
    bytes += "\nkey: " + keyId.toUtf8();
    bytes += '\n';
    return bytes;
}

bool AuditHead::verifySignature() const
{
    return keyId == PublicKey::idTextOf(publicKey) && PublicKey::verify(publicKey, signedBytes(), signature);
}

QString AuditHead::fingerprint() const
{
    return groupedHex(hash.left(kFingerprintBytes));
}

QString AuditHead::anchor() const
{
    return QString::number(seq) + u':' + fingerprint();
}

QByteArray AuditHead::toText() const
{
    return signedBytes() + "public-key: " + publicKey.toBase64() + "\nsignature: " + signature.toBase64()
           + '\n';
}

Result<AuditHead> AuditHead::fromText(const QByteArray &text)
{
    const Error malformed(ErrorCode::FileReadFailed, {}, QStringLiteral("not a signed audit head"));
    if (text.size() > kMaxTextSize || !text.startsWith(QByteArray(QByteArray(kMagic) + '\n'))) {
        return malformed;
    }
    QHash<QByteArray, QByteArray> fields;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(": ");
        if (colon > 0) {
            fields.insert(line.left(colon), line.mid(colon + 2));
        }
    }
    AuditHead head;
    head.vaultId = QString::fromUtf8(fields.value("vault"));
    head.villageCode = QString::fromUtf8(fields.value("village"));
    bool ok = false;
    head.seq = fields.value("entry").toLongLong(&ok);
    head.hash = QByteArray::fromHex(fields.value("hash"));
    head.stateHash = QByteArray::fromHex(fields.value("state"));
    head.entryTime =
        QDateTime::fromString(QString::fromLatin1(fields.value("entry-time")), Qt::ISODateWithMs);
    head.signedAt = QDateTime::fromString(QString::fromLatin1(fields.value("signed-at")), Qt::ISODateWithMs);
    head.keyId = QString::fromLatin1(fields.value("key"));
    head.publicKey = QByteArray::fromBase64(fields.value("public-key"));
    head.signature = QByteArray::fromBase64(fields.value("signature"));
    if (!ok || head.seq < 1 || head.hash.size() != 32 || !head.entryTime.isValid()
        || !head.signedAt.isValid()) {
        return malformed;
    }
    // The fields must give back exactly the bytes that were signed.
    if (!text.startsWith(head.signedBytes())) {
        return malformed;
    }
    return head;
}

Result<void> AuditHead::checkAnchor(Database &db, const QString &anchor)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*(\d{1,12})\s*:\s*((?:[0-9A-Fa-f]{4}-?){2,16})\s*$)"));
    const auto match = pattern.match(anchor);
    if (!match.hasMatch()) {
        return Error(ErrorCode::UsageError,
                     {QCoreApplication::translate(
                         "AuditHead", "an anchor looks like 1234:3F2A-91BC-0D77-E4A1-5B20-9C3D")});
    }
    const qint64 seq = match.captured(1).toLongLong();
    const QString fingerprint = match.captured(2).toUpper();
    const QByteArray prefix = QByteArray::fromHex(fingerprint.toLatin1().replace('-', QByteArray()));
    VERDES_TRY_ASSIGN(entry, AuditLog(db).entry(seq));
    if (!entry || !entry->hash.startsWith(prefix)) {
        return Error(ErrorCode::AuditAnchorMismatch,
                     {QString::number(seq), fingerprint},
                     entry ? QStringLiteral("entry hash differs") : QStringLiteral("no such entry"));
    }
    return {};
}

} // namespace verdes
