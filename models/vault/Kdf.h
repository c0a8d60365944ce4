// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/core/SecureBytes.h"

#include <QByteArray>

namespace verdes {

// The cost and salt of one Argon2id derivation (libsodium crypto_pwhash, ARGON2ID13). Stored per
// key slot next to the wrapped key; the salt is not secret.
struct KdfParams
{
    quint64 opsLimit = 0;
    quint64 memLimit = 0; // bytes
    QByteArray salt;      // kSaltSize bytes

    bool operator==(const KdfParams &other) const = default;
};

// Turns a passphrase (or the raw bytes of a recovery key) into the 32-byte key that wraps the
// vault's data key (DESIGN.md "Vault parameters"). Argon2id is slow on purpose: never call derive()
// on the GUI thread.
//
// Tests: the environment variable VERDES_KDF_FAST=1, or setFastForTests(true), makes calibrate()
// return libsodium's minimum cost (opslimit 1, 8 KiB) so that a test vault unlocks in a millisecond.
// Vaults made that way are only as strong as that, so the switch exists only in builds with
// VERDES_TESTING (the debug and asan presets); elsewhere isFastForTests() is false and
// setFastForTests() does nothing.
class Kdf final
{
public:
    static constexpr std::size_t kSaltSize = 16;
    static constexpr std::size_t kKeySize = 32;
    static constexpr quint64 kDefaultOpsLimit = 3;
    static constexpr quint64 kDefaultMemLimit = quint64(256) << 20;
    static constexpr quint64 kFloorOpsLimit = 2;
    static constexpr quint64 kFloorMemLimit = quint64(64) << 20;
    // The ceiling of what a key-slot file may ask for, so that a planted slot cannot make every
    // unlock run for minutes or exhaust a 4 GB laptop: 10 passes over 1 GiB take about 6 s on these
    // 2-core machines and use 1 GiB. Verdes itself never writes more (calibrate() stays below).
    static constexpr quint64 kMaxOpsLimit = 10;
    static constexpr quint64 kMaxMemLimit = quint64(1) << 30;

    // The cost for new key slots: the default (3, 256 MiB) measured once on this machine and
    // adjusted toward 0.5–1 s, never below (2, 64 MiB); in fast test mode libsodium's minimum.
    // Comes with a fresh random salt.
    static KdfParams calibrate();
    // The same cost as `params` with a fresh salt (a new slot reuses the vault's recorded cost).
    static KdfParams withFreshSalt(const KdfParams &params);
    // libsodium's minimum cost with a fresh salt (tests only).
    static KdfParams minimum();

    // Whether a cost read from a file is one this build accepts: from the floor (2, 64 MiB) to the
    // ceiling (kMaxOpsLimit, kMaxMemLimit), with a 16-byte salt. In a test build with the fast mode
    // on, libsodium's minimum is the floor instead.
    static bool isAcceptable(const KdfParams &params);
    // isAcceptable() as a Result: VaultKdfOutOfRange naming the cost and the accepted range, before
    // any derivation is attempted.
    static Result<void> checkStored(const KdfParams &params);

    // Derives kKeySize bytes. Refuses unacceptable parameters (checkStored) without deriving; otherwise
    // fails only when memory runs out.
    static Result<SecureBytes> derive(std::span<const unsigned char> secret, const KdfParams &params);

    // How many derivations this process has run: lets a test prove that a check came before any KDF.
    static quint64 derivationCount();

    static bool isFastForTests();
    static void setFastForTests(bool fast);
};

} // namespace verdes
