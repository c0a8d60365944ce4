// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/vault/VaultLocation.h"

#include "models/vault/KeySlots.h"
#include "models/vault/Vault.h"

#include <QDir>
#include <QFileInfo>

namespace verdes {

bool VaultLocation::isVaultFolder(const QString &folder)
{
    return QFileInfo(folder).isDir()
           && (KeySlots::existsIn(folder)
               || QFileInfo::exists(QDir(folder).filePath(Vault::databaseFileName())));
}

QString VaultLocation::enclosingVault(const QString &path)
{
    // realpath(): the kernel's reading of symbolic links and "..", not a textual clean-up (where
    // "link/.." would be the folder holding the link rather than the link target's parent).
    QString start = QFileInfo(path).canonicalFilePath();
    if (!start.isEmpty() && !QFileInfo(start).isDir()) {
        start = QFileInfo(start).path(); // an existing file (or a link's target): its real folder
    } else if (start.isEmpty()) {
        // Not there (yet), or a link to nothing: the folder it would be made in.
        const QString given = QDir::fromNativeSeparators(path);
        const qsizetype slash = given.lastIndexOf(u'/');
        start = QFileInfo(slash < 0 ? QStringLiteral(".") : given.left(qMax<qsizetype>(slash, 1)))
                    .canonicalFilePath();
    }
    if (start.isEmpty()) {
        return {};
    }
    // A canonical path has no links left, so walking up textually is walking up the real folders.
    QDir dir(start);
    for (;;) {
        if (isVaultFolder(dir.path())) {
            return dir.path();
        }
        if (dir.isRoot() || !dir.cdUp()) {
            return {};
        }
    }
}

Result<void> VaultLocation::refuseInsideVault(const QString &path)
{
    const QString vault = enclosingVault(path);
    if (vault.isEmpty()) {
        return {};
    }
    return Error(ErrorCode::PathInsideVault,
                 {QDir::toNativeSeparators(path), QDir::toNativeSeparators(vault)},
                 QStringLiteral("target inside a vault folder"));
}

} // namespace verdes
