// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QByteArray>
#include <QString>

namespace verdes::sync {

// The body of an enrolment request, verdes-enrolment-request/1 (docs/batch-format.md §8): a village
// asks its district hub to enrol its device key. The request is signed by the very key it enrols, which
// proves the village holds the secret half; the hub operator checks the fingerprint read aloud or
// printed by the village before approving it.
struct EnrolmentRequest
{
    QString vaultId;
    QString villageCode; // 10 digits
    QString villageName;
    QByteArray devicePublicKey; // Ed25519, 32 bytes: the key enrolled, and the one that signs the request
    QString officer;            // who asked, by name
    QString createdAt;          // UTC, "2026-12-10T09:41:07.123Z"
    QString appVersion;

    bool operator==(const EnrolmentRequest &) const = default;

    // The body's bytes: the same request always gives the same bytes.
    QByteArray encode() const;
    // Reads a body; refuses (SyncFileMalformed, the field and what is wrong at the start of the
    // detail) anything out of bounds, inconsistent or left over. The result is not verified: use
    // open() for a signed file.
    static Result<EnrolmentRequest> decode(QByteArrayView body);
    // Reads a signed request and verifies it with the device key its own body carries: returns it only
    // when the header names that key and the signature verifies (SyncSignatureInvalid otherwise).
    static Result<EnrolmentRequest> open(QByteArrayView signedFile);

    // The device key's id to read aloud, "3BB3-1586-6BD1-D77D" (PublicKey::idText).
    QString fingerprint() const;
    // What an enrolment answer names the request by: SHA-256 of the signed file.
    static QByteArray idOf(QByteArrayView signedFile);
};

} // namespace verdes::sync
