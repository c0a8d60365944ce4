// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QString>

namespace verdes {

// Where vault folders are, seen from a path about to be written: nothing but the vault itself may
// write inside a vault folder. An export onto `vault.db` replaced the encrypted database by plain
// text, one onto a key-slot file rolled the slots back, and a vault made inside another's folder
// mixes two villages' files.
//
// A folder counts as a vault folder as soon as it holds a key-slot file or a `vault.db`: more than
// Vault::isVault() asks for opening, so that a half-damaged vault is protected too. Paths are
// resolved as the file system resolves them (symbolic links, "..") before they are compared.
class VaultLocation final
{
public:
    static bool isVaultFolder(const QString &folder);
    // The vault folder that `path` is, or is inside of (its nearest ancestor that is one), once
    // symbolic links and ".." are resolved; empty when there is none. `path` need not exist: then
    // its folder is what counts (and nothing when that folder does not exist either).
    static QString enclosingVault(const QString &path);
    // PathInsideVault when enclosingVault(path) is not empty.
    static Result<void> refuseInsideVault(const QString &path);
};

} // namespace verdes
