// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/core/Log.h"

Q_LOGGING_CATEGORY(lcVault, "verdes.vault", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDomain, "verdes.domain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRepo, "verdes.repo", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIo, "verdes.io", QtInfoMsg)
Q_LOGGING_CATEGORY(lcJobs, "verdes.jobs", QtInfoMsg)
Q_LOGGING_CATEGORY(lcQuality, "verdes.quality", QtInfoMsg)
