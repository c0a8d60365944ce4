// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/ScreenFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace verdes::ui {

QRect ScreenFit::availableArea(const QWidget *widget)
{
    const QScreen *screen = nullptr;
    for (const QWidget *w = widget; w != nullptr && screen == nullptr; w = w->parentWidget()) {
        if (w->isVisible()) {
            screen = w->screen();
        }
    }
    if (screen == nullptr) {
        screen = QGuiApplication::primaryScreen();
    }
    return screen != nullptr ? screen->availableGeometry() : QRect(0, 0, 1280, 720);
}

QSize ScreenFit::fitted(QSize preferred, const QRect &available)
{
    return {std::min(preferred.width(), available.width() - kFrameWidth),
            std::min(preferred.height(), available.height() - kFrameHeight)};
}

void ScreenFit::resize(QWidget *window, QSize preferred)
{
    const QRect available = availableArea(window);
    QSize size = fitted(preferred, available);
    // A layout's minimum still wins over the preferred size when it is larger; it must fit too.
    size = size.expandedTo(window->minimumSizeHint().boundedTo(fitted(available.size(), available)));
    window->resize(size);
    QRect frame(QPoint(), size + QSize(kFrameWidth, kFrameHeight));
    const QWidget *parent = window->parentWidget();
    frame.moveCenter(parent != nullptr && parent->isVisible() ? parent->window()->geometry().center()
                                                              : available.center());
    frame.moveLeft(std::clamp(frame.left(), available.left(), available.right() - frame.width() + 1));
    frame.moveTop(std::clamp(frame.top(), available.top(), available.bottom() - frame.height() + 1));
    window->move(frame.topLeft());
}

bool ScreenFit::shrinkToFit(QWidget *window)
{
    const QRect available = availableArea(window);
    const QSize size = fitted(window->size(), available);
    if (size == window->size() && available.contains(window->frameGeometry())) {
        return false;
    }
    resize(window, size);
    return true;
}

} // namespace verdes::ui
