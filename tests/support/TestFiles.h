// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace verdes::test {

// The bytes of the file at `path`; empty when it cannot be read.
QByteArray readFile(const QString &path);
// Writes `bytes` to `path`, replacing what was there. Whether every byte was written.
bool writeFile(const QString &path, const QByteArray &bytes);

} // namespace verdes::test
