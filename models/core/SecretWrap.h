// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>
#include <span>

namespace verdes {

// A secret kept where its store does not encrypt it (the hub's keys in PostgreSQL): wrapped with
// XChaCha20-Poly1305 under a 32-byte key kept elsewhere (the hub's key file). A wrap is the 24-byte
// random nonce, then the ciphertext and its 16-byte tag. The context is authenticated, not stored:
// a wrap opens only with the context it was made with, so two wrapped secrets cannot be swapped.
class SecretWrap final
{
public:
    static constexpr std::size_t kKeySize = 32;
    static constexpr qsizetype kOverhead = 24 + 16; // nonce, tag

    SecretWrap() = delete;

    // `key` must be kKeySize bytes.
    static QByteArray
    wrap(const SecureBytes &key, std::span<const unsigned char> secret, QByteArrayView context);
    // The secret, or nothing when the key or the context is not the one it was wrapped with, or the
    // wrap was changed.
    static std::optional<SecureBytes>
    unwrap(const SecureBytes &key, QByteArrayView wrapped, QByteArrayView context);
};

} // namespace verdes
