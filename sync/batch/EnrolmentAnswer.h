// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace verdes::sync {

class WireReader;

// The body of an enrolment answer, verdes-enrolment-answer/1 (docs/batch-format.md §8): the hub's
// operator approved an enrolment request, and the hub tells the village its keys, where to reach it
// and how long the device may stay offline. Signed by the hub's signing key, which the answer itself
// carries: the village trusts it on first use, after its operator compared hubFingerprint() with the
// one the hub operator read aloud or printed, and pins the keys from then on.
struct EnrolmentAnswer
{
    QString hubId;
    QString hubName;
    QString districtCode;   // 4 digits: the regency or city (DOMAIN.md §4)
    QByteArray deviceKeyId; // 8 bytes: the device enrolled
    QString vaultId;
    QString villageCode;      // 10 digits, starting with districtCode
    QByteArray hubSigningKey; // Ed25519, 32 bytes: signs this answer, receipts, revocation lists
    QByteArray hubSealingKey; // X25519, 32 bytes: batches are sealed to it
    std::optional<QByteArray> tlsCertificateSha256; // the pinned certificate; none for a USB-only hub
    QString hubUrl;                                 // "https://…", empty for a USB-only hub
    quint32 maxOfflineDays = 0;                     // 0: no limit
    QString enrolledAt;                             // UTC, "2026-12-10T09:41:07.123Z"
    QByteArray answersRequest; // SHA-256 of the request's signed file (EnrolmentRequest::idOf)

    bool operator==(const EnrolmentAnswer &) const = default;

    // The body's bytes: the same answer always gives the same bytes.
    QByteArray encode() const;
    // Reads a body; refuses (SyncFileMalformed, the field and what is wrong at the start of the
    // detail) anything out of bounds, inconsistent or left over. The result is not verified: use
    // open() for a signed file, or Envelope::openSigned with the pinned key.
    static Result<EnrolmentAnswer> decode(QByteArrayView body);
    // Reads a signed answer and verifies it with the hub signing key its own body carries: returns it
    // only when the header names that key and the signature verifies (SyncSignatureInvalid otherwise).
    // Whether the key is the right hub's is for a person to confirm with hubFingerprint().
    static Result<EnrolmentAnswer> open(QByteArrayView signedFile);

    // The hub signing key's id to compare aloud, "8B88-9FEF-D6E1-9335" (PublicKey::idText).
    QString hubFingerprint() const;
};

// The rule of docs/batch-format.md §8 on a hub's address, for every answer that gives one (the
// enrolment answer, the reviewer answer): `hub_url` is given exactly when a TLS certificate is pinned,
// and is then an https URL with a host. Fails `r` on the field hub_url.
void checkHubAddress(WireReader &r,
                     const QString &hubUrl,
                     const std::optional<QByteArray> &tlsCertificateSha256);

} // namespace verdes::sync
