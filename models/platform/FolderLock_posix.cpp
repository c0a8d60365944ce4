// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/platform/FolderLock.h"
#include "models/platform/Platform.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#include <utility>

namespace verdes {

FolderLock::FolderLock(int handle)
    : m_handle(handle)
{}

FolderLock::~FolderLock()
{
    release();
}

FolderLock::FolderLock(FolderLock &&other) noexcept
    : m_handle(std::exchange(other.m_handle, -1))
{}

FolderLock &FolderLock::operator=(FolderLock &&other) noexcept
{
    if (this != &other) {
        release();
        m_handle = std::exchange(other.m_handle, -1);
    }
    return *this;
}

Result<FolderLock> FolderLock::acquire(const QString &folder, const QString &fileName)
{
    const QString path = folder + u'/' + fileName;
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        const int savedErrno = errno;
        Error error = fileErrorFromErrno(savedErrno, path, QStringLiteral("open lock file"));
        if (error.code != ErrorCode::FileWriteFailed) {
            error.args = QStringList{folder};
        }
        return error;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int savedErrno = errno;
        ::close(fd);
        if (savedErrno == EWOULDBLOCK) {
            return Error(ErrorCode::VaultLockedByOther, {folder}, QStringLiteral("flock held"));
        }
        return Error(ErrorCode::FileWriteFailed,
                     {path},
                     QStringLiteral("flock: ") + QString::fromLocal8Bit(std::strerror(savedErrno)));
    }
    return FolderLock(fd);
}

void FolderLock::release()
{
    if (m_handle >= 0) {
        ::flock(m_handle, LOCK_UN);
        ::close(m_handle);
        m_handle = -1;
    }
}

} // namespace verdes
