// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/Prompter.h"

namespace verdes::ui {

// The Prompter of the application: a message box (or a text input dialog when the question asks for
// a reason), opened with open(), the safe answer as its default button.
class DialogPrompter final : public Prompter
{
public:
    void
    ask(QWidget *parent, const Question &question, std::function<void(const Answer &)> answered) override;

    // The one the application uses when a window is given none.
    static Prompter &instance();
};

} // namespace verdes::ui
