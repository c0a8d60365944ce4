// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/core/SecureBytes.h"

#include <QCoreApplication>

namespace verdes::app {

// Reads a passphrase or recovery key for the command line. Secrets never come from the arguments
// (they would show in `ps` and the shell history): when standard input is a terminal the user is
// prompted without echo; otherwise the first line of standard input is the secret.
class SecretReader final
{
    Q_DECLARE_TR_FUNCTIONS(SecretReader)

public:
    // `prompt` is shown on stderr only when stdin is a terminal. The line ending is not part of
    // the secret. An empty line or end of input gives UsageError.
    static Result<SecureBytes> read(const QString &prompt);
    // Whether `path` is the very file, pipe or terminal that standard input reads (/dev/stdin,
    // /proc/self/fd/0, or `FILE < FILE`): the secret comes from there, so nothing else may.
    static bool isStandardInput(const QString &path);
};

} // namespace verdes::app
