// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/hub/UploadSpool.h"

#include "models/platform/FolderLock.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <algorithm>

namespace verdes::hub {

namespace {

constexpr int kLockWaitMs = 10000;
constexpr int kLockPollMs = 2;
const QString kLockFile = QStringLiteral("spool.lock");

Error spoolError(const QString &path, const QString &detail)
{
    return {ErrorCode::FileWriteFailed, {QDir::toNativeSeparators(path)}, detail};
}

// The spool's lock, held while an upload's files change: flock on HUBDIR/spool/spool.lock through
// FolderLock, so the kernel releases it when a hub process dies. It writes nothing: QLockFile, used
// before, wrote its lock file and synced it to the disk at every lock, four syncs per upload and most
// of the hub's time per batch (verdes-bench, issue 13 §6).
Result<FolderLock> lockSpool(const QString &folder)
{
    const QDeadlineTimer deadline(kLockWaitMs);
    while (true) {
        auto lock = FolderLock::acquire(folder, kLockFile);
        if (lock) {
            return lock;
        }
        if (lock.error().code != ErrorCode::VaultLockedByOther) {
            return spoolError(QDir(folder).filePath(kLockFile), lock.error().detail);
        }
        if (deadline.hasExpired()) {
            return spoolError(QDir(folder).filePath(kLockFile), QStringLiteral("spool lock busy"));
        }
        QThread::msleep(kLockPollMs);
    }
}

} // namespace

UploadSpool::UploadSpool(QString folder)
    : m_folder(std::move(folder))
{}

QString UploadSpool::dataPath(const QByteArray &sha256) const
{
    return QDir(m_folder).filePath(QString::fromLatin1(sha256.toHex()) + QStringLiteral(".part"));
}

QString UploadSpool::sizePath(const QByteArray &sha256) const
{
    return QDir(m_folder).filePath(QString::fromLatin1(sha256.toHex()) + QStringLiteral(".size"));
}

QString UploadSpool::newSizePath(const QByteArray &sha256) const
{
    return sizePath(sha256) + QStringLiteral(".new");
}

Result<std::optional<UploadSpool::State>> UploadSpool::readState(const QByteArray &sha256) const
{
    QFile sizeFile(sizePath(sha256));
    if (!sizeFile.open(QIODevice::ReadOnly)) {
        return std::optional<State>();
    }
    bool ok = false;
    const qint64 size = sizeFile.read(32).trimmed().toLongLong(&ok);
    if (!ok || size < 0) {
        // Not synced to the disk (below): after a power cut it may be empty. No upload then; the
        // device's next announce starts it again.
        return std::optional<State>();
    }
    const QFileInfo data(dataPath(sha256));
    return std::optional<State>(State{size, data.exists() ? data.size() : 0});
}

Result<UploadSpool::State> UploadSpool::begin(const QByteArray &sha256, qint64 size)
{
    if (!QDir().mkpath(m_folder)) {
        return spoolError(m_folder, QStringLiteral("cannot make the spool folder"));
    }
    VERDES_TRY_ASSIGN(lock, lockSpool(m_folder));
    VERDES_TRY_ASSIGN(current, readState(sha256));
    if (current && current->size == size) {
        return *current;
    }
    // A new upload, or one announced again with another size (which cannot match the same hash, but
    // is not trusted either way): start from nothing. The size file appears whole (written beside,
    // then renamed) but is not synced: a spool is worth a retry, not a sync per upload; the batch is
    // made durable once, when the hub stores it.
    QFile::remove(dataPath(sha256));
    QFile::remove(sizePath(sha256));
    QFile::remove(newSizePath(sha256));
    QFile sizeFile(newSizePath(sha256));
    const QByteArray text = QByteArray::number(size);
    if (!sizeFile.open(QIODevice::WriteOnly) || sizeFile.write(text) != text.size() || !sizeFile.flush()) {
        const QString why = sizeFile.errorString();
        sizeFile.close();
        QFile::remove(newSizePath(sha256));
        return spoolError(sizePath(sha256), why);
    }
    sizeFile.close();
    if (!QFile::rename(newSizePath(sha256), sizePath(sha256))) {
        QFile::remove(newSizePath(sha256));
        return spoolError(sizePath(sha256), QStringLiteral("cannot rename the size file"));
    }
    return State{size, 0};
}

Result<std::optional<UploadSpool::State>> UploadSpool::state(const QByteArray &sha256)
{
    return readState(sha256);
}

Result<UploadSpool::State>
UploadSpool::append(const QByteArray &sha256, qint64 offset, const QByteArray &part)
{
    VERDES_TRY_ASSIGN(lock, lockSpool(m_folder));
    VERDES_TRY_ASSIGN(current, readState(sha256));
    if (!current) {
        return Error(ErrorCode::SyncBatchNotFound, {QString::fromLatin1(sha256.toHex().left(16))});
    }
    if (offset != current->received || part.isEmpty()) {
        return *current;
    }
    if (current->received + part.size() > current->size) {
        return Error(ErrorCode::SyncFileTooLarge,
                     {QStringLiteral("upload"), QString::number(current->size >> 20)},
                     QStringLiteral("a part goes past the announced size"));
    }
    QFile data(dataPath(sha256));
    const bool opened = data.open(QIODevice::WriteOnly | QIODevice::Append);
    const qint64 written = opened ? data.write(part) : -1;
    if (written != part.size() || !data.flush()) {
        // A write cut short by a full disk sets no error of its own: say how far it got.
        const QString why = QStringLiteral("%1 of %2 bytes written: %3")
                                .arg(std::max<qint64>(written, 0))
                                .arg(part.size())
                                .arg(data.errorString());
        data.close();
        // A part written in half is cut back, so the upload resumes where it was.
        data.resize(current->received);
        return spoolError(dataPath(sha256), why);
    }
    current->received += part.size();
    return *current;
}

Result<QByteArray> UploadSpool::take(const QByteArray &sha256)
{
    VERDES_TRY_ASSIGN(lock, lockSpool(m_folder));
    VERDES_TRY_ASSIGN(current, readState(sha256));
    if (!current) {
        return Error(ErrorCode::SyncBatchNotFound, {QString::fromLatin1(sha256.toHex().left(16))});
    }
    if (current->received != current->size) {
        return Error(ErrorCode::SyncFileMalformed,
                     {QStringLiteral("upload")},
                     QStringLiteral("%1 of %2 bytes came").arg(current->received).arg(current->size));
    }
    QFile data(dataPath(sha256));
    QByteArray bytes;
    if (current->size > 0) {
        if (!data.open(QIODevice::ReadOnly)) {
            return Error(ErrorCode::FileReadFailed, {data.fileName()}, data.errorString());
        }
        bytes = data.readAll();
    }
    if (QCryptographicHash::hash(bytes, QCryptographicHash::Sha256) != sha256) {
        lock.release();
        drop(sha256);
        return Error(ErrorCode::SyncFileMalformed,
                     {QStringLiteral("upload")},
                     QStringLiteral("the bytes do not have the announced hash"));
    }
    return bytes;
}

void UploadSpool::drop(const QByteArray &sha256)
{
    auto lock = lockSpool(m_folder);
    if (!lock) {
        return; // another process holds it; dropStale() takes it later
    }
    QFile::remove(dataPath(sha256));
    QFile::remove(sizePath(sha256));
    QFile::remove(newSizePath(sha256));
}

int UploadSpool::dropStale(const QDateTime &before)
{
    int dropped = 0;
    QDirIterator it(m_folder, {QStringLiteral("*.size")}, QDir::Files);
    while (it.hasNext()) {
        it.next();
        const QFileInfo sizeInfo = it.fileInfo();
        const QFileInfo dataInfo(
            QDir(m_folder).filePath(sizeInfo.completeBaseName() + QStringLiteral(".part")));
        const QDateTime touched =
            std::max(sizeInfo.lastModified(), dataInfo.exists() ? dataInfo.lastModified() : QDateTime());
        if (touched < before) {
            drop(QByteArray::fromHex(sizeInfo.completeBaseName().toLatin1()));
            ++dropped;
        }
    }
    return dropped;
}

} // namespace verdes::hub
