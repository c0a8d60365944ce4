// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QByteArray>
#include <QString>

namespace verdes {

// The operating-system calls of the models (CONVENTIONS.md §3.8): durable file writes and renames
// with a folder fsync, private folders, and the last-resort kill of a crash test. The POSIX code is
// in Platform_posix.cpp; a Windows port adds Platform_windows.cpp and nothing else changes.
//
// Errors name what the user can act on: VaultDiskFull for ENOSPC/EDQUOT, VaultReadOnly for
// EROFS/EACCES/EPERM, FileWriteFailed otherwise (the errno text goes to `detail`, never to the user).

// Writes bytes to path atomically and durably: a temp file beside it (mode 0600), fsync, rename,
// fsync of the folder. On failure the temp file is removed and the path is as it was.
Result<void> writeFileDurably(const QString &path, const QByteArray &bytes);
// Renames a file over another (or to a new name) and fsyncs the folder.
Result<void> renameDurably(const QString &from, const QString &to);
// Removes a file if it exists and fsyncs the folder.
Result<void> removeDurably(const QString &path);
// Flushes a folder's entries (new, renamed or removed names) to the disk.
Result<void> syncFolder(const QString &folder);
// Flushes a file's content to the disk (fsync).
Result<void> syncFile(const QString &path);
// Makes a folder only its owner may enter (0700). VaultExists when the path exists.
Result<void> makePrivateFolder(const QString &path);
// Whether this process may write to a file or folder (access W_OK).
bool isWritablePath(const QString &path);
// The Error for a failed call with errno `errnoValue` on `path`; `what` names the call for the log.
Error fileErrorFromErrno(int errnoValue, const QString &path, const QString &what);

// Stops this process at once with SIGKILL, as a power cut would (crash tests only).
[[noreturn]] void killThisProcess();

#if defined(VERDES_TESTING)
// Tests: the next durable write fails with this errno after writing part of the temp file (ENOSPC
// for a full disk). 0 turns it off.
void failNextDurableWriteForTests(int errnoValue);
#endif

} // namespace verdes
