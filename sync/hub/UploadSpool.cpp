// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/hub/UploadSpool.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>

#include <algorithm>

namespace verdes::hub {

namespace {

constexpr int kLockWaitMs = 10000;

Error spoolError(const QString &path, const QString &detail)
{
    return {ErrorCode::FileWriteFailed, {QDir::toNativeSeparators(path)}, detail};
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

QString UploadSpool::lockPath(const QByteArray &sha256) const
{
    return QDir(m_folder).filePath(QString::fromLatin1(sha256.toHex()) + QStringLiteral(".lock"));
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
        return Error(
            ErrorCode::FileReadFailed, {sizeFile.fileName()}, QStringLiteral("spool size unreadable"));
    }
    const QFileInfo data(dataPath(sha256));
    return std::optional<State>(State{size, data.exists() ? data.size() : 0});
}

Result<UploadSpool::State> UploadSpool::begin(const QByteArray &sha256, qint64 size)
{
    if (!QDir().mkpath(m_folder)) {
        return spoolError(m_folder, QStringLiteral("cannot make the spool folder"));
    }
    QLockFile lock(lockPath(sha256));
    if (!lock.tryLock(kLockWaitMs)) {
        return spoolError(lockPath(sha256), QStringLiteral("spool lock busy"));
    }
    VERDES_TRY_ASSIGN(current, readState(sha256));
    if (current && current->size == size) {
        return *current;
    }
    // A new upload, or one announced again with another size (which cannot match the same hash, but
    // is not trusted either way): start from nothing.
    QFile::remove(dataPath(sha256));
    QSaveFile sizeFile(sizePath(sha256));
    const QByteArray text = QByteArray::number(size);
    if (!sizeFile.open(QIODevice::WriteOnly) || sizeFile.write(text) != text.size() || !sizeFile.commit()) {
        return spoolError(sizePath(sha256), sizeFile.errorString());
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
    QLockFile lock(lockPath(sha256));
    if (!lock.tryLock(kLockWaitMs)) {
        return spoolError(lockPath(sha256), QStringLiteral("spool lock busy"));
    }
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
    QLockFile lock(lockPath(sha256));
    if (!lock.tryLock(kLockWaitMs)) {
        return spoolError(lockPath(sha256), QStringLiteral("spool lock busy"));
    }
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
        lock.unlock();
        drop(sha256);
        return Error(ErrorCode::SyncFileMalformed,
                     {QStringLiteral("upload")},
                     QStringLiteral("the bytes do not have the announced hash"));
    }
    return bytes;
}

void UploadSpool::drop(const QByteArray &sha256)
{
    QLockFile lock(lockPath(sha256));
    if (!lock.tryLock(kLockWaitMs)) {
        return; // another process holds it; dropStale() takes it later
    }
    QFile::remove(dataPath(sha256));
    QFile::remove(sizePath(sha256));
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
