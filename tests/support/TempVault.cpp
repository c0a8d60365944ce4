// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TempVault.h"

#include "models/vault/Kdf.h"

#include <QStandardPaths>

namespace verdes::test {

TempVault::TempVault()
{
    QStandardPaths::setTestModeEnabled(true);
    Kdf::setFastForTests(true);
    auto created = Vault::create(folder(),
                                 QString::fromUtf16(kVillageCode),
                                 QString::fromUtf16(kVillageName),
                                 QString::fromUtf16(kOfficer),
                                 passphrase());
    if (!created) {
        m_error = created.error();
        return;
    }
    const SecureBytes printed = created->recoveryKey.formatted();
    m_recoveryKey = QString::fromLatin1(reinterpret_cast<const char *>(printed.data()), // NOLINT
                                        static_cast<qsizetype>(printed.size()));
    m_vault = std::move(created->vault);
}

TempVault::~TempVault() = default;

QString TempVault::errorText() const
{
    if (!m_error) {
        return {};
    }
    return errorCodeName(m_error->code) + QStringLiteral(": ") + m_error->detail;
}

Database &TempVault::database()
{
    Q_ASSERT_X(isValid(), "TempVault::database", "the vault is not open");
    return m_vault->database();
}

Vault &TempVault::vault()
{
    Q_ASSERT_X(m_vault != nullptr, "TempVault::vault", "no vault");
    return *m_vault;
}

QString TempVault::folder() const
{
    return m_dir.filePath(QStringLiteral("desa-contoh.verdes"));
}

SecureBytes TempVault::passphrase()
{
    return SecureBytes::fromUtf8(kPassphrase);
}

void TempVault::lock()
{
    if (m_vault != nullptr) {
        auto locked = m_vault->lock();
        if (!locked) {
            m_error = locked.error();
        }
    }
}

bool TempVault::reopen()
{
    lock();
    m_vault.reset();
    auto unlocked = Vault::unlock(folder(), QString::fromUtf16(kOfficer), passphrase());
    if (!unlocked) {
        m_error = unlocked.error();
        return false;
    }
    m_vault = std::move(unlocked).value();
    return true;
}

} // namespace verdes::test
