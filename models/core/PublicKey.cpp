// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/core/PublicKey.h"

#include "models/core/Sodium.h"

#include <QStringList>

#include <sodium.h>

namespace verdes {

namespace {

const unsigned char *bytesOf(QByteArrayView data)
{
    return reinterpret_cast<const unsigned char *>(data.data()); // NOLINT
}

static_assert(PublicKey::kSize == crypto_sign_PUBLICKEYBYTES);
static_assert(PublicKey::kSize == crypto_box_PUBLICKEYBYTES);
static_assert(PublicKey::kSignatureSize == crypto_sign_BYTES);

} // namespace

QByteArray PublicKey::idOf(QByteArrayView publicKey)
{
    ensureSodium();
    QByteArray id(kIdSize, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(id.data()), // NOLINT
                       static_cast<std::size_t>(id.size()),
                       bytesOf(publicKey),
                       static_cast<unsigned long long>(publicKey.size()),
                       nullptr,
                       0);
    return id;
}

QString PublicKey::idText(QByteArrayView keyId)
{
    const QString hex = QString::fromLatin1(keyId.toByteArray().toHex().toUpper());
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4) {
        groups.append(hex.mid(i, 4));
    }
    return groups.join(u'-');
}

bool PublicKey::sameIdText(QStringView typed, QStringView idText)
{
    const auto bare = [](QStringView text) {
        QString result = text.toString().toUpper();
        result.remove(u'-');
        result.remove(u' ');
        return result;
    };
    return bare(typed) == bare(idText);
}

bool PublicKey::verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature)
{
    ensureSodium();
    if (publicKey.size() != kSize || signature.size() != kSignatureSize) {
        return false;
    }
    return crypto_sign_verify_detached(bytesOf(signature),
                                       bytesOf(message),
                                       static_cast<unsigned long long>(message.size()),
                                       bytesOf(publicKey))
           == 0;
}

} // namespace verdes
