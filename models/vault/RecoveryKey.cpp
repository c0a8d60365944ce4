// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/vault/RecoveryKey.h"

#include "models/core/Sodium.h"

#include <sodium.h>

#include <array>

namespace verdes {

namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr char16_t kAlphabet16[] = u"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr qsizetype kTotalChars = RecoveryKey::kDataChars + RecoveryKey::kChecksumChars;
// Keys the checksum hash, so it is specific to this use.
constexpr char kChecksumContext[] = "verdes recovery key checksum v1";

// The value of a Crockford base32 character, with its confusable letters; -1 when not one.
int symbolValue(char16_t c)
{
    if (c >= u'a' && c <= u'z') {
        c = static_cast<char16_t>(c - u'a' + u'A');
    }
    switch (c) {
    case u'O':
        return 0;
    case u'I':
    case u'L':
        return 1;
    default:
        break;
    }
    for (int i = 0; i < 32; ++i) {
        if (kAlphabet16[i] == c) {
            return i;
        }
    }
    return -1;
}

// 20 bits of keyed BLAKE2b over the key bytes, as 4 symbol values.
std::array<int, RecoveryKey::kChecksumChars> checksum(const SecureBytes &bytes)
{
    ensureSodium();
    std::array<unsigned char, 16> hash{};
    crypto_generichash(hash.data(),
                       hash.size(),
                       bytes.data(),
                       bytes.size(),
                       reinterpret_cast<const unsigned char *>(kChecksumContext), // NOLINT
                       sizeof(kChecksumContext) - 1);
    const quint32 bits = (quint32(hash[0]) << 12) | (quint32(hash[1]) << 4) | (quint32(hash[2]) >> 4);
    std::array<int, RecoveryKey::kChecksumChars> symbols{};
    for (qsizetype i = 0; i < RecoveryKey::kChecksumChars; ++i) {
        symbols[static_cast<std::size_t>(i)] = static_cast<int>((bits >> (5 * (3 - i))) & 0x1F);
    }
    return symbols;
}

} // namespace

RecoveryKey::RecoveryKey(SecureBytes bytes)
    : m_bytes(std::move(bytes))
{}

RecoveryKey RecoveryKey::generate()
{
    ensureSodium();
    return RecoveryKey(SecureBytes::random(kByteSize));
}

RecoveryKey RecoveryKey::fromBytes(SecureBytes bytes)
{
    Q_ASSERT(bytes.size() == kByteSize);
    return RecoveryKey(std::move(bytes));
}

Result<RecoveryKey> RecoveryKey::parse(QStringView text)
{
    // The symbol values, in secure memory: they are the key.
    SecureBytes symbols(static_cast<std::size_t>(kTotalChars));
    qsizetype count = 0;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c == u'-' || ch.isSpace()) {
            continue;
        }
        const int value = symbolValue(c);
        if (value < 0) {
            return Error(
                ErrorCode::VaultRecoveryKeyFormat, {}, QStringLiteral("character outside the alphabet"));
        }
        if (count == kTotalChars) {
            return Error(ErrorCode::VaultRecoveryKeyFormat, {}, QStringLiteral("too long"));
        }
        symbols.data()[count++] = static_cast<unsigned char>(value);
    }
    if (count != kTotalChars) {
        return Error(ErrorCode::VaultRecoveryKeyFormat, {}, QStringLiteral("too short"));
    }
    // 32 symbols of 5 bits are exactly 20 bytes, most significant bit first.
    SecureBytes bytes(kByteSize);
    for (std::size_t block = 0; block < 4; ++block) {
        quint64 bits = 0;
        for (std::size_t i = 0; i < 8; ++i) {
            bits = (bits << 5) | symbols.data()[block * 8 + i];
        }
        for (std::size_t i = 0; i < 5; ++i) {
            bytes.data()[block * 5 + i] = static_cast<unsigned char>((bits >> (8 * (4 - i))) & 0xFF);
        }
        sodium_memzero(&bits, sizeof bits);
    }
    const auto expected = checksum(bytes);
    for (std::size_t i = 0; i < expected.size(); ++i) {
        if (symbols.data()[static_cast<std::size_t>(kDataChars) + i] != expected[i]) {
            return Error(ErrorCode::VaultRecoveryKeyTypo, {}, QStringLiteral("checksum mismatch"));
        }
    }
    return RecoveryKey(std::move(bytes));
}

SecureBytes RecoveryKey::formatted() const
{
    Q_ASSERT(m_bytes.size() == kByteSize);
    SecureBytes symbols(static_cast<std::size_t>(kTotalChars));
    for (std::size_t block = 0; block < 4; ++block) {
        quint64 bits = 0;
        for (std::size_t i = 0; i < 5; ++i) {
            bits = (bits << 8) | m_bytes.data()[block * 5 + i];
        }
        for (std::size_t i = 0; i < 8; ++i) {
            symbols.data()[block * 8 + i] = static_cast<unsigned char>((bits >> (5 * (7 - i))) & 0x1F);
        }
        sodium_memzero(&bits, sizeof bits);
    }
    const auto sum = checksum(m_bytes);
    for (std::size_t i = 0; i < sum.size(); ++i) {
        symbols.data()[static_cast<std::size_t>(kDataChars) + i] = static_cast<unsigned char>(sum[i]);
    }
    constexpr auto kGroups = static_cast<std::size_t>(kTotalChars / kGroupSize);
    SecureBytes text(static_cast<std::size_t>(kTotalChars) + kGroups - 1);
    std::size_t out = 0;
    for (std::size_t i = 0; i < static_cast<std::size_t>(kTotalChars); ++i) {
        if (i > 0 && i % static_cast<std::size_t>(kGroupSize) == 0) {
            text.data()[out++] = '-';
        }
        text.data()[out++] = static_cast<unsigned char>(kAlphabet[symbols.data()[i]]);
    }
    return text;
}

} // namespace verdes
