// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace verdes::app {

// The `verdes` executable's verbs (issue 3, §6). Messages go to stderr in the locale's language,
// data to stdout; exit codes are those of exitCodeFor() in models/core/Error.h.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    static int run(int argc, char *argv[]);
};

} // namespace verdes::app
