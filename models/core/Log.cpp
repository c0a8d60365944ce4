// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/core/Log.h"

// Warnings and above by default: a village officer running the command line sees only messages
// meant for them. QT_LOGGING_RULES="verdes.*=true" turns on the rest for support.

Q_LOGGING_CATEGORY(lcVault, "verdes.vault", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDomain, "verdes.domain", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRepo, "verdes.repo", QtWarningMsg)
Q_LOGGING_CATEGORY(lcIo, "verdes.io", QtWarningMsg)
Q_LOGGING_CATEGORY(lcJobs, "verdes.jobs", QtWarningMsg)
Q_LOGGING_CATEGORY(lcQuality, "verdes.quality", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSync, "verdes.sync", QtWarningMsg)
