// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace verdes::ui {

// A question to the officer ("Withdraw this proposal?"). The safe answer is always the default: Enter
// and Escape choose `rejectText`; only a click (or its mnemonic) chooses `acceptText`.
struct Question
{
    QString title;
    QString text;
    QString acceptText;    // the button that does it: "Withdraw", "Discard"
    QString rejectText;    // the safe one: "Keep editing", "Cancel"
    bool asksText = false; // a reason to type; accepting needs non-empty text
    QString textLabel;
};

struct Answer
{
    bool accepted = false;
    QString text; // what was typed, when the question asks for text
};

// Asks the officer questions without a nested event loop (CONVENTIONS §10): the answer arrives later
// through `answered`. The application uses DialogPrompter; tests answer from a queue (QueuedPrompter
// in tests/support), so every question a window asks can be driven and checked. QtCore only, so the
// test support library can implement it without linking the widgets.
class Prompter
{
public:
    Prompter() = default;
    Prompter(const Prompter &) = delete;
    Prompter &operator=(const Prompter &) = delete;
    Prompter(Prompter &&) = delete;
    Prompter &operator=(Prompter &&) = delete;
    virtual ~Prompter() = default;

    // `answered` is called exactly once, unless `parent` is destroyed first.
    virtual void
    ask(QWidget *parent, const Question &question, std::function<void(const Answer &)> answered) = 0;
};

} // namespace verdes::ui
