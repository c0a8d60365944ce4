// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/Prompter.h"

#include <QList>

namespace verdes::test {

// Answers a window's questions from a queue, at once, and keeps what was asked. With the queue empty
// it gives the safe answer (not accepted), as Escape would. Only the interface of ui/common/Prompter.h
// is used (QtCore), so the support library stays free of the widgets.
class QueuedPrompter final : public verdes::ui::Prompter
{
public:
    void enqueue(const verdes::ui::Answer &answer);
    void enqueue(bool accepted, const QString &text = {});

    void ask(QWidget *parent,
             const verdes::ui::Question &question,
             std::function<void(const verdes::ui::Answer &)> answered) override;

    const QList<verdes::ui::Question> &asked() const { return m_asked; }

    qsizetype pending() const { return m_answers.size(); }

private:
    QList<verdes::ui::Answer> m_answers;
    QList<verdes::ui::Question> m_asked;
};

} // namespace verdes::test
