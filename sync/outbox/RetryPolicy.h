// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace verdes::sync {

// When the outbox tries again after a failed send (issue 13 §3): exponential backoff from 30 seconds,
// doubling with each failure up to one hour, spread by ±25 % jitter so that the laptops of a district
// that all lost the connection at once do not all come back at the same second.
class RetryPolicy final
{
public:
    static constexpr qint64 kFirstDelaySeconds = 30;
    static constexpr qint64 kMaxDelaySeconds = 3600;

    RetryPolicy() = delete;

    // The wait after the `attempts`-th failure in a row (from 1); `unitRandom` in [0, 1).
    static qint64 delaySeconds(int attempts, double unitRandom);
};

} // namespace verdes::sync
