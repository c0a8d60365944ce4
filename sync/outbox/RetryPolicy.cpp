// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/outbox/RetryPolicy.h"

#include <algorithm>
#include <cmath>

namespace verdes::sync {

qint64 RetryPolicy::delaySeconds(int attempts, double unitRandom)
{
    const int doublings = std::clamp(attempts - 1, 0, 20);
    const qint64 base = std::min(kFirstDelaySeconds << doublings, kMaxDelaySeconds);
    const double jitter = 0.75 + 0.5 * std::clamp(unitRandom, 0.0, 1.0);
    return std::max<qint64>(1, std::llround(static_cast<double>(base) * jitter));
}

} // namespace verdes::sync
