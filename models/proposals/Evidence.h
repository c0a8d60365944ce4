// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/proposals/ProposalType.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace verdes {

// One piece of evidence as the vault keeps it (table evidence; the bytes live in evidence_content
// and come through ProposalRepository::evidenceBytes). Evidence is never edited: replacing makes a
// new version (`replaces` = the old id) and the old one stays, marked `replacedBy`.
struct EvidenceInfo
{
    qint64 id = 0;
    qint64 proposalId = 0;
    EvidenceKind kind = EvidenceKind::Statement;
    QString fileName; // the original name, as given (shown, never trusted)
    QString mime;     // detected from the content: image/jpeg, image/png, application/pdf
    qint64 size = 0;
    QString sha256; // hex
    int version = 1;
    qint64 replaces = 0;   // the evidence this one replaced, 0 for a first version
    qint64 replacedBy = 0; // the newer version, 0 while current
    QDateTime addedAt;     // UTC
    QString addedBy;       // officer id
    QString addedByName;

    bool isCurrent() const { return replacedBy == 0; }
};

// Evidence on its way in: what the officer picked.
struct NewEvidence
{
    EvidenceKind kind = EvidenceKind::Statement;
    QString fileName;
    QByteArray bytes;
};

// The checks evidence passes before it is stored: the type comes from the content (JPEG, PNG, PDF
// signatures), never from the name; a name that claims one type over other content is refused;
// size is limited.
class EvidenceCheck final
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceCheck)

public:
    static constexpr qint64 kMaxBytes = qint64{5} * 1024 * 1024;

    // "image/jpeg", "image/png", "application/pdf", or empty when the content is none of them.
    static QString sniffMime(const QByteArray &bytes);
    // The MIME type the file name's extension claims, or empty when it claims nothing known.
    static QString claimedMime(const QString &fileName);
    // Checks size (EvidenceTooLarge, EvidenceEmpty), content type (EvidenceUnsupported) and the
    // name's claim (EvidenceNotWhatItClaims). Returns the detected MIME type.
    static Result<QString> check(const QByteArray &bytes, const QString &fileName);
    // "4.2 MB", "512 KB", "300 bytes" for messages.
    static QString formatSize(qint64 bytes);
    // Lower-case hex SHA-256.
    static QString sha256Hex(const QByteArray &bytes);

    // Whether the MIME type is an image the UI can thumbnail.
    static bool isImage(const QString &mime) { return mime.startsWith(QLatin1String("image/")); }
};

} // namespace verdes
