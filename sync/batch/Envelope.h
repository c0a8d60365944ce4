// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/PublicKey.h"
#include "models/core/Result.h"
#include "sync/crypto/Sealer.h"
#include "sync/crypto/Signer.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace verdes::sync {

// What a signed file holds (docs/batch-format.md §3); its first four bytes say it.
enum class FileKind : quint8
{
    Batch,
    Receipt,
    EnrolmentRequest,
    EnrolmentAnswer,
    RevocationList,
    HubKeys,
    ReviewerRequest,
    ReviewerAnswer,
    ReviewFeedRequest,
    ReviewFeed,
    Verdict,
    VerdictUpload,
    VerdictReceipt,
    DecisionRequest,
    DecisionList,
    Snapshot,
    ClaimRequest,
    ClaimAnswer,
};

// "batch", "receipt"… translated, for messages.
QString fileKindLabel(FileKind kind);

struct SignedHeader
{
    FileKind kind = FileKind::Batch;
    QByteArray signerKeyId; // 8 bytes
};

struct SealedHeader
{
    QByteArray recipientKeyId; // 8 bytes: the sealing key it was sealed to
    QByteArray signerKeyId;    // 8 bytes: the signing key inside
    FileKind kind = FileKind::Batch;
};

// The signed and the sealed envelope of every file between a village and its hub
// (docs/batch-format.md §3). Readers refuse before they trust: a signed file's body is returned only
// after its signature verified, a sealed file is opened only with the key it names.
class Envelope
{
public:
    static constexpr qsizetype kKeyIdSize = PublicKey::kIdSize;
    static constexpr qsizetype kSignatureSize = Signer::kSignatureSize;
    static constexpr qsizetype kMaxFileSize = qsizetype{1} << 30;

    // Signs with a key held elsewhere (the vault's device key, a hub's key): gets the exact bytes
    // and returns the 64-byte Ed25519 signature.
    using SignFunction = std::function<Result<QByteArray>(const QByteArray &)>;

    // The signed file of `body`: header naming the signer, body, signature.
    static Result<QByteArray>
    sign(FileKind kind, const QByteArray &signerPublicKey, const QByteArray &body, const SignFunction &sign);
    // The header of a signed file, to find the key that verifies it; nothing of the body is read.
    static Result<SignedHeader> signedHeader(QByteArrayView file);
    // The body of a signed file of `kind`, once its signature by `publicKey` verified.
    static Result<QByteArray> openSigned(QByteArrayView file, FileKind kind, const QByteArray &publicKey);

    // The self-signed kinds, the enrolment and reviewer requests and answers, carry the key that
    // verifies them inside their own body (docs/batch-format.md §8): their reader must read the body
    // before it can verify. unverifiedBody gives the body of a well-formed file of `kind` without
    // checking anything of it; the reader decodes it (bounded, as every body) only to find the key,
    // then calls verifySelfSigned and uses nothing of the body unless that succeeds. It fails with
    // SyncSignatureInvalid when the header names another key than `publicKey` or the signature does not
    // verify.
    static Result<QByteArray> unverifiedBody(QByteArrayView file, FileKind kind);
    static Result<void> verifySelfSigned(QByteArrayView file, FileKind kind, const QByteArray &publicKey);

    // The three steps above for a body type T (T::decode) whose key `keyOf(T)` gives: the one reader
    // of every self-signed file (enrolment and reviewer requests and answers).
    template <typename T, typename KeyOf>
    static Result<T> openSelfSigned(QByteArrayView file, FileKind kind, KeyOf keyOf)
    {
        VERDES_TRY_ASSIGN(body, unverifiedBody(file, kind));
        VERDES_TRY_ASSIGN(value, T::decode(body));
        VERDES_TRY(verifySelfSigned(file, kind, keyOf(value)));
        return value;
    }

    // Seals a signed file to a hub's sealing key; each call gives other bytes (ephemeral key).
    static Result<QByteArray> seal(QByteArrayView signedFile, const QByteArray &recipientPublicKey);
    static Result<SealedHeader> sealedHeader(QByteArrayView file);
    // Whether a file begins as a sealed file does (its magic): to tell one from a CSV by its first bytes.
    static bool looksSealed(QByteArrayView head);
    // The signed file inside, checked against the sealed header. SyncNotForThisHub when the file
    // was sealed to another key.
    static Result<QByteArray> unseal(QByteArrayView file, const SealingKey &key);
};

} // namespace verdes::sync
