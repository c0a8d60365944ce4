// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QDateTime>
#include <QString>

namespace verdes {

class Clock;

// Slows down guessing (DESIGN.md "Vault parameters"): after kFreeAttempts wrong passphrases or
// recovery keys in a row, each further attempt must wait a delay that starts at kFirstDelaySeconds
// and doubles with each failure, up to kMaxDelaySeconds. The count is kept per vault id in a small
// file under QStandardPaths::AppLocalDataLocation (`unlock-throttle/<vault id>.json`), so closing
// Verdes does not reset it; a successful unlock does. The file holds no secret and no personal data.
class UnlockThrottle final
{
public:
    static constexpr int kFreeAttempts = 5;
    static constexpr qint64 kFirstDelaySeconds = 30;
    static constexpr qint64 kMaxDelaySeconds = qint64(15) * 60;

    UnlockThrottle(QString vaultId, Clock &clock);

    // VaultThrottled (args: seconds to wait) when an attempt now is too early.
    Result<void> check() const;
    void recordFailure();
    void recordSuccess();

    int failures() const { return m_failures; }

    // Seconds to wait after `failures` failures in a row (0 for fewer than kFreeAttempts).
    static qint64 delayAfter(int failures);
    // Seconds until the next attempt is allowed (0 = now).
    qint64 secondsToWait() const;

private:
    QString filePath() const;
    void load();
    void store() const;

    QString m_vaultId;
    Clock &m_clock;
    int m_failures = 0;
    QDateTime m_lastFailure;
};

} // namespace verdes
