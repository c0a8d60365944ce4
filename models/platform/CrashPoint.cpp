// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/platform/CrashPoint.h"

#include "models/platform/Platform.h"

#include <QByteArray>
#include <QtGlobal>

#include <cstdlib>

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
        std::_Exit(86);
    }
    killThisProcess();
#endif
}

} // namespace verdes
