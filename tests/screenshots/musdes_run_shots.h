// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace verdes::ui {
class MainWindow;
} // namespace verdes::ui

// Saves musdes-projector and musdes-decision-vote (with `suffix`) into `dir`, on the vault open in
// `window`.
void shootMeetingRun(verdes::ui::MainWindow &window, const QString &dir, const QString &suffix);
