// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/core/Sodium.h"

#include <sodium.h>

#include <cstdlib>

namespace verdes {

void ensureSodium()
{
    // sodium_init() is itself thread-safe and idempotent; a static makes later calls free.
    static const int status = sodium_init();
    if (status < 0) {
        std::abort(); // no entropy source: nothing secret can be made safely
    }
}

} // namespace verdes
