// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRect>
#include <QSize>

class QWidget;

namespace verdes::ui {

// Window sizes that fit the screen they open on (issue 11 §4): the village offices' laptops have
// 1366×768 or 1280×720 screens, with a task bar. A window asks for its preferred size and gets the
// part of it that fits the available area, less room for the window frame, and is centred there.
class ScreenFit final
{
public:
    ScreenFit() = delete;

    // The window frame the platform adds around a window (title bar and borders), as a margin that
    // a fitted window leaves free: the frame is not known before the window is first shown.
    static constexpr int kFrameWidth = 16;
    static constexpr int kFrameHeight = 40;

    // The available area of the screen `widget` is on (or will open on: its parent's, else the
    // primary screen's).
    static QRect availableArea(const QWidget *widget);
    // `preferred`, shrunk so that the window and its frame fit `available`.
    static QSize fitted(QSize preferred, const QRect &available);
    // Resizes `window` to `preferred` as far as it fits its screen, and centres it there (over its
    // parent when it has one).
    static void resize(QWidget *window, QSize preferred);
    // Shrinks a window restored from saved geometry (another screen, a larger one) to fit; true if it
    // had to.
    static bool shrinkToFit(QWidget *window);
};

} // namespace verdes::ui
