// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/proposals/Evidence.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QLocale>

namespace verdes {

namespace {

const QString kJpeg = QStringLiteral("image/jpeg");
const QString kPng = QStringLiteral("image/png");
const QString kPdf = QStringLiteral("application/pdf");

QString mimeWords(const QString &mime)
{
    if (mime == kJpeg) {
        return EvidenceCheck::tr("a JPEG photo");
    }
    if (mime == kPng) {
        return EvidenceCheck::tr("a PNG image");
    }
    if (mime == kPdf) {
        return EvidenceCheck::tr("a PDF document");
    }
    return EvidenceCheck::tr("neither a photo nor a PDF");
}

} // namespace

QString EvidenceCheck::sniffMime(const QByteArray &bytes)
{
    if (bytes.size() >= 3 && static_cast<quint8>(bytes.at(0)) == 0xFF
        && static_cast<quint8>(bytes.at(1)) == 0xD8 && static_cast<quint8>(bytes.at(2)) == 0xFF) {
        return kJpeg;
    }
    static const QByteArray pngSignature("\x89PNG\r\n\x1a\n", 8);
    if (bytes.startsWith(pngSignature)) {
        return kPng;
    }
    if (bytes.startsWith("%PDF-")) {
        return kPdf;
    }
    return {};
}

QString EvidenceCheck::claimedMime(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg") || suffix == QLatin1String("jpe")
        || suffix == QLatin1String("jfif")) {
        return kJpeg;
    }
    if (suffix == QLatin1String("png")) {
        return kPng;
    }
    if (suffix == QLatin1String("pdf")) {
        return kPdf;
    }
    return {};
}

Result<QString> EvidenceCheck::check(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.isEmpty()) {
        return Error(ErrorCode::EvidenceEmpty, {fileName});
    }
    if (bytes.size() > kMaxBytes) {
        return Error(ErrorCode::EvidenceTooLarge,
                     {formatSize(bytes.size()), formatSize(kMaxBytes)},
                     QStringLiteral("%1 bytes > %2").arg(bytes.size()).arg(kMaxBytes));
    }
    const QString detected = sniffMime(bytes);
    const QString claimed = claimedMime(fileName);
    if (!claimed.isEmpty() && claimed != detected) {
        return Error(ErrorCode::EvidenceNotWhatItClaims,
                     {fileName, mimeWords(claimed), mimeWords(detected)},
                     QStringLiteral("claimed %1, detected %2").arg(claimed, detected));
    }
    if (detected.isEmpty()) {
        return Error(ErrorCode::EvidenceUnsupported, {fileName});
    }
    return detected;
}

QString EvidenceCheck::formatSize(qint64 bytes)
{
    const QLocale locale;
    constexpr qint64 kKiB = 1024;
    if (bytes >= kKiB * kKiB) {
        return tr("%1 MB").arg(locale.toString(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 1));
    }
    if (bytes >= kKiB) {
        return tr("%1 KB").arg(locale.toString(static_cast<double>(bytes) / 1024.0, 'f', 0));
    }
    return tr("%1 bytes").arg(bytes);
}

QString EvidenceCheck::sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace verdes
