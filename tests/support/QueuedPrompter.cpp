// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/QueuedPrompter.h"

#include <QString>

namespace verdes::test {

void QueuedPrompter::enqueue(const verdes::ui::Answer &answer)
{
    m_answers.append(answer);
}

void QueuedPrompter::enqueue(bool accepted, const QString &text)
{
    m_answers.append(verdes::ui::Answer{accepted, text});
}

void QueuedPrompter::ask(QWidget *parent,
                         const verdes::ui::Question &question,
                         std::function<void(const verdes::ui::Answer &)> answered)
{
    Q_UNUSED(parent)
    m_asked.append(question);
    const verdes::ui::Answer answer = m_answers.isEmpty() ? verdes::ui::Answer{} : m_answers.takeFirst();
    answered(answer);
}

} // namespace verdes::test
