// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Error.h"
#include "models/vault/Vault.h"

#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace verdes {
class Database;
} // namespace verdes

namespace verdes::test {

// A real, unlocked SQLCipher vault in a temporary folder, made with libsodium's minimum Argon2id
// cost (Kdf::setFastForTests) so it opens in milliseconds. Village 3310042999 "Desa Contoh",
// officer "Operator Uji", passphrase "kata sandi uji 123". Removed with its folder at the end.
//
//     TempVault tv;
//     QVERIFY2(tv.isValid(), qPrintable(tv.errorText()));
//     Statement st(tv.database(), u"SELECT ...");
class TempVault final
{
public:
    static constexpr char16_t kOfficer[] = u"Operator Uji";
    static constexpr char16_t kPassphrase[] = u"kata sandi uji 123";
    static constexpr char16_t kVillageCode[] = u"3310042999";
    static constexpr char16_t kVillageName[] = u"Desa Contoh";

    TempVault();
    ~TempVault();
    Q_DISABLE_COPY_MOVE(TempVault)

    bool isValid() const { return m_vault != nullptr && m_vault->isOpen(); }

    // Why creating or reopening failed (empty when it did not).
    QString errorText() const;

    // The open main connection; asserts isValid().
    Database &database();
    Vault &vault();
    // The vault folder (`.../desa-contoh.verdes`).
    QString folder() const;

    // The recovery key shown at creation, in its printed form.
    QString recoveryKey() const { return m_recoveryKey; }

    static SecureBytes passphrase();

    // Locks the vault (checkpoint, close) so a test can look at or damage the files.
    void lock();
    // Unlocks it again with the officer's passphrase; false (and errorText()) on failure.
    bool reopen();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Vault> m_vault;
    QString m_recoveryKey;
    std::optional<Error> m_error;
};

} // namespace verdes::test
