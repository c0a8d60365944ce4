// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace verdes {

// Initialises libsodium once per process (thread-safe); every user of <sodium.h> calls it first.
void ensureSodium();

} // namespace verdes
