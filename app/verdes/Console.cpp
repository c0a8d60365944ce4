// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/verdes/Console.h"

#include <QDir>
#include <QFile>

namespace verdes::app {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void say(const QString &message)
{
    err() << message << Qt::endl;
}

Error usage(const QString &text)
{
    return Error(ErrorCode::UsageError, {text});
}

Result<QByteArray> readInputFile(const QString &path, qint64 limit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(file.exists() ? ErrorCode::FilePermissionDenied : ErrorCode::FileNotFound,
                     {QDir::toNativeSeparators(path)},
                     file.errorString());
    }
    if (file.size() > limit) {
        return Error(ErrorCode::SyncFileTooLarge,
                     {QDir::toNativeSeparators(path), QString::number(limit >> 20)});
    }
    return file.readAll();
}

} // namespace verdes::app
