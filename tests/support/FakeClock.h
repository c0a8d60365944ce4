// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Clock.h"

namespace verdes::test {

// A clock that stands still until a test moves it.
class FakeClock final : public Clock
{
public:
    explicit FakeClock(QDateTime start = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));

    QDateTime now() const override;
    void advanceSeconds(qint64 seconds);
    void set(QDateTime time);

private:
    QDateTime m_now;
};

} // namespace verdes::test
