// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace verdes::test {

// What a child process did: its exit code (negative for a crash) and what it printed.
struct ChildRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// A program of the build (VERDES_BINARY_DIR + `relative`, e.g. "app/verdes-hub/verdes-hub").
QString builtProgram(const QString &relative);

// Runs `program` with `input` on standard input, in the C.UTF-8 locale (English messages) and with
// the test builds' fast key derivation; `extraEnv` adds "NAME=value" pairs. With `stdinFile`,
// standard input is that file instead of `input` (as `program … < FILE`).
ChildRun runChild(const QString &program,
                  const QStringList &arguments,
                  const QString &input = {},
                  const QStringList &extraEnv = {},
                  const QString &stdinFile = {});

} // namespace verdes::test
