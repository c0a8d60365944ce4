// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/platform/CrashPoint.h"
#include "models/platform/Platform.h"

#include <QFile>
#include <QFileInfo>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace verdes {

namespace {

#if defined(VERDES_TESTING)
std::atomic<int> s_failNextWrite{0};
#endif

int takeInjectedFailure()
{
#if defined(VERDES_TESTING)
    return s_failNextWrite.exchange(0);
#else
    return 0;
#endif
}

QString errnoText(int errnoValue)
{
    return QString::fromLocal8Bit(std::strerror(errnoValue));
}

} // namespace

#if defined(VERDES_TESTING)
void failNextDurableWriteForTests(int errnoValue)
{
    s_failNextWrite.store(errnoValue);
}
#endif

Error fileErrorFromErrno(int errnoValue, const QString &path, const QString &what)
{
    const QString detail = what + QStringLiteral(": ") + errnoText(errnoValue);
    const QString folder = QFileInfo(path).absolutePath();
    switch (errnoValue) {
    case ENOSPC:
    case EDQUOT:
        return Error(ErrorCode::VaultDiskFull, {folder}, detail);
    case EROFS:
    case EACCES:
    case EPERM:
        return Error(ErrorCode::VaultReadOnly, {folder}, detail);
    default:
        return Error(ErrorCode::FileWriteFailed, {path}, detail);
    }
}

Result<void> syncFolder(const QString &folder)
{
    const QByteArray native = QFile::encodeName(folder);
    const int fd = ::open(native.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        return fileErrorFromErrno(errno, folder, QStringLiteral("open folder for fsync"));
    }
    const int rc = ::fsync(fd);
    const int savedErrno = errno;
    ::close(fd);
    if (rc != 0) {
        return fileErrorFromErrno(savedErrno, folder, QStringLiteral("fsync folder"));
    }
    return {};
}

Result<void> syncFile(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return fileErrorFromErrno(errno, path, QStringLiteral("open file for fsync"));
    }
    const int rc = ::fsync(fd);
    const int savedErrno = errno;
    ::close(fd);
    if (rc != 0) {
        return fileErrorFromErrno(savedErrno, path, QStringLiteral("fsync"));
    }
    return {};
}

Result<void> writeFileDurably(const QString &path, const QByteArray &bytes)
{
    const QString folder = QFileInfo(path).absolutePath();
    const QString tempPath = path + QStringLiteral(".tmp");
    const QByteArray nativeTemp = QFile::encodeName(tempPath);
    const int fd = ::open(nativeTemp.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        return fileErrorFromErrno(errno, path, QStringLiteral("create temp file"));
    }
    auto fail = [&](int errnoValue, const QString &what) {
        ::close(fd);
        ::unlink(nativeTemp.constData());
        return fileErrorFromErrno(errnoValue, path, what);
    };
    const int injected = takeInjectedFailure();
    qsizetype written = 0;
    while (written < bytes.size()) {
        if (injected != 0 && written > 0) {
            return fail(injected, QStringLiteral("write (injected by a test)"));
        }
        const qsizetype chunk = injected != 0 ? 1 : bytes.size() - written;
        const ssize_t n = ::write(fd, bytes.constData() + written, static_cast<std::size_t>(chunk));
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return fail(errno, QStringLiteral("write"));
        }
        written += static_cast<qsizetype>(n);
    }
    if (injected != 0) {
        return fail(injected, QStringLiteral("write (injected by a test)"));
    }
    if (::fsync(fd) != 0) {
        return fail(errno, QStringLiteral("fsync"));
    }
    if (::close(fd) != 0) {
        const int savedErrno = errno;
        ::unlink(nativeTemp.constData());
        return fileErrorFromErrno(savedErrno, path, QStringLiteral("close"));
    }
    VERDES_CRASH_POINT("file.before-rename");
    const QByteArray nativePath = QFile::encodeName(path);
    if (::rename(nativeTemp.constData(), nativePath.constData()) != 0) {
        const int savedErrno = errno;
        ::unlink(nativeTemp.constData());
        return fileErrorFromErrno(savedErrno, path, QStringLiteral("rename"));
    }
    return syncFolder(folder);
}

Result<void> renameDurably(const QString &from, const QString &to)
{
    const QByteArray nativeFrom = QFile::encodeName(from);
    const QByteArray nativeTo = QFile::encodeName(to);
    if (::rename(nativeFrom.constData(), nativeTo.constData()) != 0) {
        return fileErrorFromErrno(errno, to, QStringLiteral("rename"));
    }
    return syncFolder(QFileInfo(to).absolutePath());
}

Result<void> removeDurably(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    if (::unlink(native.constData()) != 0) {
        if (errno == ENOENT) {
            return {};
        }
        return fileErrorFromErrno(errno, path, QStringLiteral("unlink"));
    }
    return syncFolder(QFileInfo(path).absolutePath());
}

Result<void> makePrivateFolder(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    if (::mkdir(native.constData(), 0700) != 0) {
        const int savedErrno = errno;
        if (savedErrno == EEXIST) {
            return Error(ErrorCode::VaultExists, {path}, QStringLiteral("mkdir: ") + errnoText(savedErrno));
        }
        return fileErrorFromErrno(savedErrno, path, QStringLiteral("mkdir"));
    }
    return {};
}

bool isWritablePath(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    return ::access(native.constData(), W_OK) == 0;
}

void killThisProcess()
{
    ::kill(::getpid(), SIGKILL);
    _exit(87); // not reached
}

} // namespace verdes
