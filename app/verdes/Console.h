// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QByteArray>
#include <QString>
#include <QTextStream>

namespace verdes::app {

// What the command lines of verdes and verdes-hub share: one stream each for stdout and stderr (two
// buffered streams on one file descriptor would mix their lines), and reading an input file the user
// named, refused before it is read when it is larger than the verb can take.
QTextStream &out();
QTextStream &err();

// A line for the user on stderr.
void say(const QString &message);

Error usage(const QString &text);

// The whole file, or FileNotFound / FilePermissionDenied / SyncFileTooLarge (with `limit` in MiB).
Result<QByteArray> readInputFile(const QString &path, qint64 limit);

} // namespace verdes::app
