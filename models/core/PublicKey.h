// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace verdes {

// What anyone may do with a public key, in one place for the vault's device key, the sealed minutes
// and the sync files: name it by its key id, and check an Ed25519 signature made with it.
class PublicKey final
{
public:
    static constexpr qsizetype kSize = 32;          // Ed25519 and X25519 public keys
    static constexpr qsizetype kIdSize = 8;         // BLAKE2b-64
    static constexpr qsizetype kSignatureSize = 64; // Ed25519, detached

    PublicKey() = delete;

    // The key id: BLAKE2b of the public key with an 8-byte output and no key (docs/batch-format.md
    // §3). Files carry it raw; people read it as idText.
    static QByteArray idOf(QByteArrayView publicKey);
    // "3BB3-1586-6BD1-D77D": the id in groups of four upper-case hex digits, to read aloud.
    static QString idText(QByteArrayView keyId);

    static QString idTextOf(QByteArrayView publicKey) { return idText(idOf(publicKey)); }

    // Whether a fingerprint as a person typed it is `idText`: letter case, dashes and spaces do not
    // count ("3bb3 1586 6bd1 d77d" is 3BB3-1586-6BD1-D77D).
    static bool sameIdText(QStringView typed, QStringView idText);

    // Whether `signature` is a valid Ed25519 signature of exactly `message` by `publicKey`; false
    // for a key or signature of the wrong size.
    static bool verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature);
};

} // namespace verdes
