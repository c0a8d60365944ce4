// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace verdes {

// What a vault is for (issue 14 §1). A village vault holds one village's registry and its change
// proposals; a district review vault is the same encrypted vault technology at the dinas sosial, where
// reviewers receive the villages' batches and decide on each item. The kind is fixed when the vault
// is made and decides which roles its officers may have and which pages the window shows.
enum class VaultKind : quint8
{
    Village,
    District,
};

class VaultKindText
{
    Q_DECLARE_TR_FUNCTIONS(VaultKind)

public:
    // "Village vault" / "District review vault", in the interface language.
    static QString label(VaultKind kind);
};

// The stable code stored in vault_meta ("village", "district"). A vault made before the kind was
// recorded has none, and is a village vault.
QString vaultKindCode(VaultKind kind);
std::optional<VaultKind> vaultKindFromCode(QStringView code);

} // namespace verdes
