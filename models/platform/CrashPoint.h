// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace verdes {

// Crash tests (tests/crash/) start a child process that stops itself at a named point, then check
// that the vault holds all or nothing of the interrupted work. The points exist only in builds with
// VERDES_TESTING; elsewhere the macro compiles to nothing and crashPoint() does nothing.
//
// VERDES_CRASH_AT=<name> picks the point; VERDES_CRASH_MODE=kill (default: SIGKILL) or exit (_exit(86)).
void crashPoint(const char *name);

} // namespace verdes

#if defined(VERDES_TESTING)
#define VERDES_CRASH_POINT(name) ::verdes::crashPoint(name)
#else
#define VERDES_CRASH_POINT(name)                                                                             \
    do {                                                                                                     \
    } while (false)
#endif
