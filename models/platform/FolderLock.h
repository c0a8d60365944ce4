// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QString>

namespace verdes {

// An exclusive lock on a vault folder, held through a lock file inside it: one Verdes process at a
// time. The operating system releases it when the process dies (flock on POSIX), so a crash never
// leaves a vault locked. Move-only; released by release() or the destructor.
class FolderLock final
{
public:
    FolderLock() = default;
    ~FolderLock();
    FolderLock(FolderLock &&other) noexcept;
    FolderLock &operator=(FolderLock &&other) noexcept;
    FolderLock(const FolderLock &) = delete;
    FolderLock &operator=(const FolderLock &) = delete;

    // Takes the lock file `fileName` in `folder` (created 0600 if missing). VaultLockedByOther when
    // another process holds it; VaultReadOnly or VaultDiskFull when the file cannot be made.
    static Result<FolderLock> acquire(const QString &folder, const QString &fileName);

    bool isHeld() const { return m_handle >= 0; }

    void release();

private:
    explicit FolderLock(int handle);

    int m_handle = -1;
};

} // namespace verdes
