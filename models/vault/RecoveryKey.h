// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/core/SecureBytes.h"

#include <QStringView>

namespace verdes {

// The recovery key, generated at vault creation and shown once (DESIGN.md "Vault parameters"):
// 20 random bytes written as 32 Crockford base32 characters in 8 groups of 4, plus a ninth group
// of 4 characters of checksum (the first 20 bits of a keyed BLAKE2b of the bytes), e.g.
// "7K2M-Q9XD-....-....-....-....-....-....-C4TW". The checksum catches a typing mistake before
// any key derivation runs. Parsing forgives what people do when typing: spaces, dashes, lower
// case, O for 0 and I or L for 1 (as Crockford base32 does).
class RecoveryKey final
{
public:
    static constexpr std::size_t kByteSize = 20;
    static constexpr qsizetype kDataChars = 32;
    static constexpr qsizetype kChecksumChars = 4;
    static constexpr qsizetype kGroupSize = 4;

    RecoveryKey() = default;
    // Fresh random bytes.
    static RecoveryKey generate();
    // Wraps existing bytes (kByteSize of them).
    static RecoveryKey fromBytes(SecureBytes bytes);
    // VaultRecoveryKeyFormat for a wrong length or a character outside the alphabet,
    // VaultRecoveryKeyTypo when the checksum does not match.
    static Result<RecoveryKey> parse(QStringView text);

    bool isEmpty() const { return m_bytes.isEmpty(); }

    // The 20 secret bytes: the input of the key derivation for the recovery slot.
    const SecureBytes &bytes() const { return m_bytes; }

    // The printable form, ASCII, groups joined by '-' (9 groups, 44 characters), in secure memory.
    SecureBytes formatted() const;

private:
    explicit RecoveryKey(SecureBytes bytes);
    SecureBytes m_bytes;
};

} // namespace verdes
