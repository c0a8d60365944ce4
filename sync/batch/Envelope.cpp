// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/batch/Envelope.h"

#include "models/core/PublicKey.h"
#include "sync/batch/Wire.h"
#include "sync/crypto/Signer.h"

#include <QCoreApplication>

#include <array>

namespace verdes::sync {

namespace {

constexpr quint8 kVersion = 1;
constexpr qsizetype kMagicSize = 4;
constexpr qsizetype kSignedHeaderSize = kMagicSize + 1 + Envelope::kKeyIdSize + 4;
constexpr qsizetype kSealedHeaderSize = kMagicSize + 1 + 2 * Envelope::kKeyIdSize + kMagicSize + 4;
constexpr char kSealedMagic[] = "VSEA";

struct KindRow
{
    FileKind kind;
    const char *magic;
    const char *label;
};

constexpr std::array<KindRow, 18> kKinds{{
    {FileKind::Batch, "VBAT", QT_TRANSLATE_NOOP("Envelope", "batch")},
    {FileKind::Receipt, "VRCP", QT_TRANSLATE_NOOP("Envelope", "receipt")},
    {FileKind::EnrolmentRequest, "VENQ", QT_TRANSLATE_NOOP("Envelope", "enrolment request")},
    {FileKind::EnrolmentAnswer, "VENA", QT_TRANSLATE_NOOP("Envelope", "enrolment answer")},
    {FileKind::RevocationList, "VREV", QT_TRANSLATE_NOOP("Envelope", "revocation list")},
    {FileKind::HubKeys, "VKEY", QT_TRANSLATE_NOOP("Envelope", "hub key list")},
    {FileKind::ReviewerRequest, "VRVQ", QT_TRANSLATE_NOOP("Envelope", "reviewer enrolment request")},
    {FileKind::ReviewerAnswer, "VRVA", QT_TRANSLATE_NOOP("Envelope", "reviewer enrolment answer")},
    {FileKind::ReviewFeedRequest, "VRFQ", QT_TRANSLATE_NOOP("Envelope", "request for received batches")},
    {FileKind::ReviewFeed, "VRFD", QT_TRANSLATE_NOOP("Envelope", "received batches for review")},
    {FileKind::Verdict, "VDEC", QT_TRANSLATE_NOOP("Envelope", "verdict")},
    {FileKind::VerdictUpload, "VDUP", QT_TRANSLATE_NOOP("Envelope", "verdicts for the hub")},
    {FileKind::VerdictReceipt, "VDRC", QT_TRANSLATE_NOOP("Envelope", "receipt for verdicts")},
    {FileKind::DecisionRequest, "VDRQ", QT_TRANSLATE_NOOP("Envelope", "request for decisions")},
    {FileKind::DecisionList, "VDCL", QT_TRANSLATE_NOOP("Envelope", "decisions from the district")},
    {FileKind::Snapshot, "VSNP", QT_TRANSLATE_NOOP("Envelope", "signed snapshot")},
    {FileKind::ClaimRequest, "VCLQ", QT_TRANSLATE_NOOP("Envelope", "request to take or release items")},
    {FileKind::ClaimAnswer, "VCLA", QT_TRANSLATE_NOOP("Envelope", "answer about items taken")},
}};

QByteArrayView magicOf(FileKind kind)
{
    for (const KindRow &row : kKinds) {
        if (row.kind == kind) {
            return {row.magic, kMagicSize};
        }
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<FileKind> kindOf(QByteArrayView magic)
{
    for (const KindRow &row : kKinds) {
        if (magic == QByteArrayView(row.magic, kMagicSize)) {
            return row.kind;
        }
    }
    return std::nullopt;
}

Error malformed(const QString &what, const QString &detail)
{
    return Error(ErrorCode::SyncFileMalformed, {what}, detail);
}

// The first bytes of a file, checked for size before anything else is read.
Result<void> checkSize(QByteArrayView file, qsizetype headerSize, const QString &what)
{
    if (file.size() > Envelope::kMaxFileSize) {
        return Error(ErrorCode::SyncFileTooLarge,
                     {what, QString::number(Envelope::kMaxFileSize >> 20)},
                     QStringLiteral("%1 bytes").arg(file.size()));
    }
    if (file.size() < headerSize) {
        return malformed(what, QStringLiteral("%1 bytes, shorter than the header").arg(file.size()));
    }
    return {};
}

} // namespace

QString fileKindLabel(FileKind kind)
{
    for (const KindRow &row : kKinds) {
        if (row.kind == kind) {
            return QCoreApplication::translate("Envelope", row.label);
        }
    }
    return {};
}

Result<QByteArray> Envelope::sign(FileKind kind,
                                  const QByteArray &signerPublicKey,
                                  const QByteArray &body,
                                  const SignFunction &sign)
{
    if (body.size() > kMaxFileSize - kSignedHeaderSize - kSignatureSize) {
        return Error(ErrorCode::SyncFileTooLarge,
                     {fileKindLabel(kind), QString::number(kMaxFileSize >> 20)},
                     QStringLiteral("body of %1 bytes").arg(body.size()));
    }
    QByteArray file;
    file.reserve(kSignedHeaderSize + body.size() + kSignatureSize);
    file.append(magicOf(kind));
    file.append(static_cast<char>(kVersion));
    file.append(PublicKey::idOf(signerPublicKey));
    WireWriter length;
    length.u32(static_cast<quint32>(body.size()));
    file.append(length.data());
    file.append(body);
    VERDES_TRY_ASSIGN(signature, sign(file));
    if (signature.size() != kSignatureSize) {
        return Error(ErrorCode::Internal, {}, QStringLiteral("signature of %1 bytes").arg(signature.size()));
    }
    file.append(signature);
    return file;
}

Result<SignedHeader> Envelope::signedHeader(QByteArrayView file)
{
    const QString what = QCoreApplication::translate("Envelope", "signed file");
    VERDES_TRY(checkSize(file, kSignedHeaderSize + kSignatureSize, what));
    const std::optional<FileKind> kind = kindOf(file.first(kMagicSize));
    if (!kind) {
        return malformed(what, QStringLiteral("unknown kind"));
    }
    if (static_cast<quint8>(file.at(kMagicSize)) != kVersion) {
        return malformed(fileKindLabel(*kind),
                         QStringLiteral("format version %1").arg(static_cast<quint8>(file.at(kMagicSize))));
    }
    WireReader reader(file.sliced(kSignedHeaderSize - 4, 4));
    const quint32 bodySize = reader.u32("body length");
    if (static_cast<quint64>(bodySize) + kSignedHeaderSize + kSignatureSize
        != static_cast<quint64>(file.size())) {
        return malformed(
            fileKindLabel(*kind),
            QStringLiteral("body length %1 in a file of %2 bytes").arg(bodySize).arg(file.size()));
    }
    return SignedHeader{*kind, file.sliced(kMagicSize + 1, kKeyIdSize).toByteArray()};
}

Result<QByteArray> Envelope::openSigned(QByteArrayView file, FileKind kind, const QByteArray &publicKey)
{
    VERDES_TRY_ASSIGN(header, signedHeader(file));
    if (header.kind != kind) {
        return malformed(fileKindLabel(kind),
                         QStringLiteral("a %1 where a %2 was expected")
                             .arg(fileKindLabel(header.kind), fileKindLabel(kind)));
    }
    if (header.signerKeyId != PublicKey::idOf(publicKey)) {
        return Error(ErrorCode::SyncKeyUnknown,
                     {fileKindLabel(kind), PublicKey::idText(header.signerKeyId)},
                     QStringLiteral("expected key %1").arg(PublicKey::idTextOf(publicKey)));
    }
    const QByteArrayView signedPart = file.first(file.size() - kSignatureSize);
    const QByteArrayView signature = file.last(kSignatureSize);
    if (!PublicKey::verify(publicKey, signedPart, signature)) {
        return Error(ErrorCode::SyncSignatureInvalid, {fileKindLabel(kind)});
    }
    return signedPart.sliced(kSignedHeaderSize).toByteArray();
}

Result<QByteArray> Envelope::unverifiedBody(QByteArrayView file, FileKind kind)
{
    VERDES_TRY_ASSIGN(header, signedHeader(file));
    if (header.kind != kind) {
        return malformed(fileKindLabel(kind),
                         QStringLiteral("a %1 where a %2 was expected")
                             .arg(fileKindLabel(header.kind), fileKindLabel(kind)));
    }
    // signedHeader checked that the body length and the signature account for every byte.
    return file.sliced(kSignedHeaderSize, file.size() - kSignedHeaderSize - kSignatureSize).toByteArray();
}

Result<void> Envelope::verifySelfSigned(QByteArrayView file, FileKind kind, const QByteArray &publicKey)
{
    VERDES_TRY_ASSIGN(header, signedHeader(file));
    // The key came out of the file itself: a header naming another key is a file that does not
    // match its content, not an unknown signer.
    if (header.signerKeyId != PublicKey::idOf(publicKey)) {
        return Error(ErrorCode::SyncSignatureInvalid,
                     {fileKindLabel(kind)},
                     QStringLiteral("the header names key %1, the body carries key %2")
                         .arg(PublicKey::idText(header.signerKeyId), PublicKey::idTextOf(publicKey)));
    }
    VERDES_TRY(openSigned(file, kind, publicKey));
    return {};
}

Result<QByteArray> Envelope::seal(QByteArrayView signedFile, const QByteArray &recipientPublicKey)
{
    VERDES_TRY_ASSIGN(inner, signedHeader(signedFile));
    const qsizetype sealedSize = signedFile.size() + Sealer::kOverhead;
    if (kSealedHeaderSize + sealedSize > kMaxFileSize) {
        return Error(ErrorCode::SyncFileTooLarge,
                     {fileKindLabel(inner.kind), QString::number(kMaxFileSize >> 20)},
                     QStringLiteral("%1 bytes to seal").arg(signedFile.size()));
    }
    const QByteArray sealed = Sealer::seal(signedFile, recipientPublicKey);
    if (sealed.isEmpty()) {
        return Error(ErrorCode::Internal, {}, QStringLiteral("sealing failed (a wrong public key?)"));
    }
    QByteArray file;
    file.reserve(kSealedHeaderSize + sealedSize);
    file.append(kSealedMagic, kMagicSize);
    file.append(static_cast<char>(kVersion));
    file.append(PublicKey::idOf(recipientPublicKey));
    file.append(inner.signerKeyId);
    file.append(magicOf(inner.kind));
    WireWriter length;
    length.u32(static_cast<quint32>(sealedSize));
    file.append(length.data());
    file.append(sealed);
    return file;
}

bool Envelope::looksSealed(QByteArrayView head)
{
    return head.startsWith(QByteArrayView(kSealedMagic, kMagicSize));
}

Result<SealedHeader> Envelope::sealedHeader(QByteArrayView file)
{
    const QString what = QCoreApplication::translate("Envelope", "sealed file");
    VERDES_TRY(checkSize(file, kSealedHeaderSize + Sealer::kOverhead, what));
    if (file.first(kMagicSize) != QByteArrayView(kSealedMagic, kMagicSize)) {
        return malformed(what, QStringLiteral("not a sealed file"));
    }
    if (static_cast<quint8>(file.at(kMagicSize)) != kVersion) {
        return malformed(what,
                         QStringLiteral("format version %1").arg(static_cast<quint8>(file.at(kMagicSize))));
    }
    qsizetype at = kMagicSize + 1;
    SealedHeader header;
    header.recipientKeyId = file.sliced(at, kKeyIdSize).toByteArray();
    at += kKeyIdSize;
    header.signerKeyId = file.sliced(at, kKeyIdSize).toByteArray();
    at += kKeyIdSize;
    const std::optional<FileKind> kind = kindOf(file.sliced(at, kMagicSize));
    if (!kind) {
        return malformed(what, QStringLiteral("unknown inner kind"));
    }
    header.kind = *kind;
    at += kMagicSize;
    WireReader reader(file.sliced(at, 4));
    const quint32 sealedSize = reader.u32("sealed length");
    if (static_cast<quint64>(sealedSize) + kSealedHeaderSize != static_cast<quint64>(file.size())) {
        return malformed(
            fileKindLabel(*kind),
            QStringLiteral("sealed length %1 in a file of %2 bytes").arg(sealedSize).arg(file.size()));
    }
    return header;
}

Result<QByteArray> Envelope::unseal(QByteArrayView file, const SealingKey &key)
{
    VERDES_TRY_ASSIGN(header, sealedHeader(file));
    if (header.recipientKeyId != PublicKey::idOf(key.publicKey())) {
        return Error(
            ErrorCode::SyncNotForThisHub,
            {fileKindLabel(header.kind), PublicKey::idText(header.recipientKeyId)},
            QStringLiteral("this hub's sealing key is %1").arg(PublicKey::idTextOf(key.publicKey())));
    }
    const std::optional<QByteArray> opened = Sealer::open(file.sliced(kSealedHeaderSize), key);
    if (!opened) {
        return malformed(fileKindLabel(header.kind), QStringLiteral("the seal does not open"));
    }
    const QByteArray &inner = *opened;
    VERDES_TRY_ASSIGN(signedHeader, Envelope::signedHeader(inner));
    if (signedHeader.kind != header.kind || signedHeader.signerKeyId != header.signerKeyId) {
        return malformed(fileKindLabel(header.kind),
                         QStringLiteral("the sealed header does not name what is inside"));
    }
    return inner;
}

} // namespace verdes::sync
