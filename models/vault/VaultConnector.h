// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/core/SecureBytes.h"

#include <memory>

namespace verdes {

class Database;

// What a job on a worker thread needs to open its own connection to an unlocked vault: the
// database path and a copy of the data key in secure memory. Made by Vault::connector(); moved into
// the job; wiped when the job ends.
class VaultConnector final
{
public:
    VaultConnector(QString databasePath, SecureBytes key);
    VaultConnector(VaultConnector &&) noexcept = default;
    VaultConnector &operator=(VaultConnector &&) noexcept = default;
    VaultConnector(const VaultConnector &) = delete;
    VaultConnector &operator=(const VaultConnector &) = delete;
    ~VaultConnector() = default;

    // A new connection with the vault's settings (no quick_check: the vault ran it at unlock).
    Result<std::unique_ptr<Database>> open() const;

    const QString &databasePath() const { return m_databasePath; }

private:
    QString m_databasePath;
    SecureBytes m_key;
};

} // namespace verdes
