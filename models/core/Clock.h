// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace verdes {

// The time, injected wherever the models need it, so tests control expiry and backoff.
class Clock
{
public:
    Clock() = default;
    virtual ~Clock() = default;
    Q_DISABLE_COPY_MOVE(Clock)

    virtual QDateTime now() const = 0;

    QDate today() const { return now().date(); }
};

// The real wall clock, in UTC.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override;

    // One shared instance for production wiring.
    static SystemClock &instance();
};

} // namespace verdes
