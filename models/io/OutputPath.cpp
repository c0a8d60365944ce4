// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/OutputPath.h"

#include "models/vault/VaultLocation.h"

#include <QDir>
#include <QFileInfo>

namespace verdes {

Result<QString> OutputPath::check(const QString &path, Existing existing)
{
    // First, as the user wrote it ("VAULT/" names the vault folder itself).
    VERDES_TRY(VaultLocation::refuseInsideVault(path));
    const QString given = QDir::fromNativeSeparators(path);
    const qsizetype slash = given.lastIndexOf(u'/');
    const QString name = given.mid(slash + 1);
    if (name.isEmpty() || name == u"." || name == u"..") {
        return Error(ErrorCode::FileNotRegular, {path}, QStringLiteral("output path names a folder"));
    }
    // The folder as the kernel resolves it ("link/.." is the parent of the link's target).
    const QString folder = QFileInfo(slash < 0 ? QStringLiteral(".") : given.left(qMax<qsizetype>(slash, 1)))
                               .canonicalFilePath();
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        return Error(ErrorCode::FileWriteFailed, {path}, QStringLiteral("output folder does not exist"));
    }
    QString target = QDir(folder).filePath(name);
    if (auto inside = VaultLocation::refuseInsideVault(target); !inside) {
        return Error(ErrorCode::PathInsideVault, {path, inside.error().args.value(1)}, inside.error().detail);
    }
    if (QFileInfo(target).isSymLink()) {
        // QSaveFile would follow the link and replace its target: check (and write) the target.
        const QString resolved = QFileInfo(target).canonicalFilePath();
        if (resolved.isEmpty()) {
            return Error(ErrorCode::FileNotRegular, {path}, QStringLiteral("output is a broken link"));
        }
        target = resolved;
        if (auto inside = VaultLocation::refuseInsideVault(target); !inside) {
            return Error(
                ErrorCode::PathInsideVault, {path, inside.error().args.value(1)}, inside.error().detail);
        }
    }
    const QFileInfo info(target);
    if (info.exists()) {
        if (!info.isFile()) {
            return Error(
                ErrorCode::FileNotRegular, {path}, QStringLiteral("output exists and is not a file"));
        }
        if (existing == Existing::Refuse) {
            return Error(ErrorCode::FileExists, {path}, QStringLiteral("output exists; not replaced"));
        }
    }
    return target;
}

} // namespace verdes
