// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/FakeClock.h"

namespace verdes::test {

FakeClock::FakeClock(QDateTime start)
    : m_now(std::move(start))
{}

QDateTime FakeClock::now() const
{
    return m_now;
}

void FakeClock::advanceSeconds(qint64 seconds)
{
    m_now = m_now.addSecs(seconds);
}

void FakeClock::set(QDateTime time)
{
    m_now = std::move(time);
}

} // namespace verdes::test
