// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/core/SecretWrap.h"

#include "models/core/Sodium.h"

#include <sodium.h>

namespace verdes {

namespace {

static_assert(SecretWrap::kKeySize == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
static_assert(SecretWrap::kOverhead
              == static_cast<qsizetype>(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
                                        + crypto_aead_xchacha20poly1305_ietf_ABYTES));

constexpr auto kNonceSize = static_cast<qsizetype>(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);

const unsigned char *bytesOf(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data()); // NOLINT
}

} // namespace

QByteArray
SecretWrap::wrap(const SecureBytes &key, std::span<const unsigned char> secret, QByteArrayView context)
{
    ensureSodium();
    Q_ASSERT(key.size() == kKeySize);
    QByteArray wrapped(kOverhead + static_cast<qsizetype>(secret.size()), Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(wrapped.data()); // NOLINT
    randombytes_buf(out, static_cast<std::size_t>(kNonceSize));
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(out + kNonceSize,
                                               &length,
                                               secret.data(),
                                               secret.size(),
                                               bytesOf(context),
                                               static_cast<unsigned long long>(context.size()),
                                               nullptr,
                                               out,
                                               key.data());
    Q_ASSERT(length == static_cast<unsigned long long>(wrapped.size() - kNonceSize));
    return wrapped;
}

std::optional<SecureBytes>
SecretWrap::unwrap(const SecureBytes &key, QByteArrayView wrapped, QByteArrayView context)
{
    ensureSodium();
    if (key.size() != kKeySize || wrapped.size() < kOverhead) {
        return std::nullopt;
    }
    SecureBytes secret(static_cast<std::size_t>(wrapped.size() - kOverhead));
    unsigned long long length = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        secret.data(),
        &length,
        nullptr,
        bytesOf(wrapped) + kNonceSize,
        static_cast<unsigned long long>(wrapped.size() - kNonceSize),
        bytesOf(context),
        static_cast<unsigned long long>(context.size()),
        bytesOf(wrapped),
        key.data());
    if (rc != 0 || length != secret.size()) {
        return std::nullopt;
    }
    return secret;
}

} // namespace verdes
