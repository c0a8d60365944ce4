// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/core/CrashPoint.h"

#include <QByteArray>
#include <QtGlobal>

#include <csignal>
#include <cstring>
#include <unistd.h>

namespace verdes {

void crashPoint([[maybe_unused]] const char *name)
{
#if defined(VERDES_TESTING)
    static const QByteArray target = qgetenv("VERDES_CRASH_AT");
    if (target.isEmpty() || target != name) {
        return;
    }
    static const QByteArray mode = qgetenv("VERDES_CRASH_MODE");
    if (mode == "exit") {
        _exit(86);
    }
    ::kill(::getpid(), SIGKILL);
    _exit(87); // not reached
#endif
}

} // namespace verdes
