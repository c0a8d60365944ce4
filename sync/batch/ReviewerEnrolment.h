// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

namespace verdes::sync {

// The reviewer's role at the district office (DOMAIN.md §6, §8): a verifier checks and verifies the
// villages' proposals, the office head approves or rejects them. Written as its stable code,
// "verifier" or "office_head" (docs/batch-format.md §11).
enum class ReviewerRole : quint8
{
    Verifier,
    OfficeHead,
};

QString reviewerRoleCode(ReviewerRole role);
// The role of a code; nothing for a code that is not one of the two (a reader never guesses).
std::optional<ReviewerRole> reviewerRoleFromCode(QStringView code);
// "Verifier", "Office head", translated, for people.
QString reviewerRoleLabel(ReviewerRole role);

// The body of a reviewer enrolment request, verdes-reviewer-request/1 (docs/batch-format.md §11): a
// reviewer of the district social office asks the district hub to enrol their own key, from the
// district review vault. Self-signed by the key it enrols, like an enrolment request (§8).
struct ReviewerRequest
{
    QString vaultId;      // the district review vault's id
    QString districtCode; // 4 digits
    QString officeName;   // "Dinas Sosial Kota Semarang", not empty
    QString reviewerName; // the officer, not empty
    ReviewerRole role = ReviewerRole::Verifier;
    QByteArray reviewerPublicKey; // Ed25519, 32 bytes: the key enrolled, and the one that signs it
    QString createdAt;            // UTC, "2026-12-10T09:41:07.123Z"
    QString appVersion;

    bool operator==(const ReviewerRequest &) const = default;

    // The body's bytes: the same request always gives the same bytes.
    QByteArray encode() const;
    // Reads a body; refuses (SyncFileMalformed, the field and what is wrong at the start of the
    // detail) anything out of bounds, inconsistent or left over. Not verified: use open().
    static Result<ReviewerRequest> decode(QByteArrayView body);
    // Reads a signed request and verifies it with the reviewer key its own body carries
    // (SyncSignatureInvalid when the header names another key or the signature does not verify).
    static Result<ReviewerRequest> open(QByteArrayView signedFile);

    // The reviewer key's id to read aloud, "3BB3-1586-6BD1-D77D" (PublicKey::idText).
    QString fingerprint() const;
    // What a reviewer answer names the request by: SHA-256 of the signed file.
    static QByteArray idOf(QByteArrayView signedFile);
};

// The body of a reviewer enrolment answer, verdes-reviewer-answer/1 (docs/batch-format.md §11): the
// hub's operator approved a reviewer request, and the hub gives the district review vault its keys and
// address. Self-signed by the hub signing key it carries, like an enrolment answer (§8).
struct ReviewerAnswer
{
    QString hubId;
    QString hubName;
    QString districtCode;     // 4 digits, equal to the request's
    QByteArray reviewerKeyId; // 8 bytes: the reviewer key enrolled
    QString vaultId;
    QString reviewerName;
    ReviewerRole role = ReviewerRole::Verifier;
    QByteArray hubSigningKey;                       // Ed25519, 32 bytes
    QByteArray hubSealingKey;                       // X25519, 32 bytes
    std::optional<QByteArray> tlsCertificateSha256; // the pinned certificate; none for a USB-only hub
    QString hubUrl;                                 // "https://…", empty for a USB-only hub (as §8)
    QString enrolledAt;                             // UTC, "2026-12-10T09:41:07.123Z"
    QByteArray answersRequest;                      // ReviewerRequest::idOf

    bool operator==(const ReviewerAnswer &) const = default;

    QByteArray encode() const;
    static Result<ReviewerAnswer> decode(QByteArrayView body);
    // Reads a signed answer and verifies it with the hub signing key its own body carries; whether
    // the key is the right hub's is for a person to confirm with hubFingerprint().
    static Result<ReviewerAnswer> open(QByteArrayView signedFile);

    // The hub signing key's id to compare aloud, "8B88-9FEF-D6E1-9335" (PublicKey::idText).
    QString hubFingerprint() const;
};

} // namespace verdes::sync
