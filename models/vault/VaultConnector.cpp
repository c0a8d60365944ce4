// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/vault/VaultConnector.h"

#include "models/vault/Database.h"

namespace verdes {

VaultConnector::VaultConnector(QString databasePath, SecureBytes key)
    : m_databasePath(std::move(databasePath))
    , m_key(std::move(key))
{}

Result<std::unique_ptr<Database>> VaultConnector::open() const
{
    return Database::openEncrypted(m_databasePath, m_key, Database::Mode::Open, Database::Check::None);
}

} // namespace verdes
