// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QWidget>

namespace verdes::test {

// The first visible top-level window of type T (a dialog the code under test opened by itself), or
// nullptr. For the UI tests only: it needs QtWidgets.
template <typename T>
T *visibleTopLevel()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *found = qobject_cast<T *>(widget); found != nullptr && found->isVisible()) {
            return found;
        }
    }
    return nullptr;
}

} // namespace verdes::test
