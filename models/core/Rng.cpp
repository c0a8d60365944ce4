// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/core/Rng.h"

#include "models/core/Sodium.h"

#include <sodium.h>

namespace verdes {

namespace {

constexpr quint64 rotl(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

quint64 Rng::bounded(quint64 bound)
{
    Q_ASSERT(bound > 0);
    // Rejection sampling: discard the top partial range so every value is equally likely.
    const quint64 limit = ~quint64(0) - (~quint64(0) % bound);
    quint64 x = next();
    while (x >= limit) {
        x = next();
    }
    return x % bound;
}

qint64 Rng::between(qint64 low, qint64 high)
{
    Q_ASSERT(low <= high);
    return low + static_cast<qint64>(bounded(static_cast<quint64>(high - low) + 1));
}

double Rng::unit()
{
    // 53 random bits, exactly representable: the result is deterministic across platforms.
    return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0);
}

bool Rng::chance(double probability)
{
    return unit() < probability;
}

quint64 SystemRng::next()
{
    ensureSodium();
    quint64 value = 0;
    randombytes_buf(&value, sizeof value);
    return value;
}

SystemRng &SystemRng::instance()
{
    static SystemRng rng;
    return rng;
}

SeededRng::SeededRng(quint64 seed)
{
    for (auto &word : m_state) {
        seed += 0x9E3779B97F4A7C15ULL;
        quint64 z = seed;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        word = z ^ (z >> 31);
    }
}

quint64 SeededRng::next()
{
    const quint64 result = rotl(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

} // namespace verdes
