// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <array>

namespace verdes {

// Randomness, injected. Secrets never come from here: they use SecureBytes::random().
class Rng
{
public:
    Rng() = default;
    virtual ~Rng() = default;
    Q_DISABLE_COPY_MOVE(Rng)

    virtual quint64 next() = 0;

    // Uniform in [0, bound), without modulo bias; bound > 0.
    quint64 bounded(quint64 bound);
    // Uniform in [low, high], inclusive.
    qint64 between(qint64 low, qint64 high);
    // True with the given probability (0..1).
    bool chance(double probability);
    // Uniform in [0, 1).
    double unit();
};

// The operating system's generator (libsodium's randombytes).
class SystemRng final : public Rng
{
public:
    quint64 next() override;
    static SystemRng &instance();
};

// A deterministic generator (xoshiro256**, seeded through splitmix64): the same seed gives the
// same sequence on every platform and compiler, which the demo village relies on.
class SeededRng final : public Rng
{
public:
    explicit SeededRng(quint64 seed);
    quint64 next() override;

private:
    std::array<quint64, 4> m_state{};
};

} // namespace verdes
