// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/core/SecureBytes.h"
#include "models/vault/Database.h"
#include "models/vault/VaultConnector.h"

#include <QDate>
#include <QString>

#include <memory>
#include <utility>

namespace verdes::test {

// A bare encrypted database with the current schema in a folder the test owns: the snapshot layer
// without key slots or officers, for the tests that need only tables (import, export, checks, the
// proposal crash child). A test that needs officers, key slots or Vault::unlock uses TempVault.
class ScratchVault final
{
public:
    explicit ScratchVault(QString path);

    // Creates the file and migrates it to the latest schema.
    Result<std::unique_ptr<Database>> create();
    Result<std::unique_ptr<Database>> open() const;
    VaultConnector connector() const;

    const QString &path() const { return m_path; }

    // The key as hex, for a child process that must open the same file.
    QString keyHex() const;
    static ScratchVault fromKeyHex(QString path, const QString &hex);

private:
    QString m_path;
    SecureBytes m_key;
};

// Imports a generated demo village (`households`, `seed`, dated `today`) into `db` as the app's
// first import does, with the clock at 10:00 that day; returns the village code.
Result<QString> importDemoVillage(Database &db, int households, quint64 seed, const QDate &today);

// The first household (by id) with at least two members, and its second member: (household id,
// person id). For tests that need a member who is not the head.
Result<std::pair<QString, QString>> householdWithSecondMember(Database &db);

// The folder of the test fixtures (tests/data), from VERDES_TEST_DATA.
QString testDataPath(const QString &relative);

} // namespace verdes::test
