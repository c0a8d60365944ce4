// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/quality/QualityFlag.h"
#include "models/vault/Actor.h"

#include <QList>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace verdes {
class Database;
} // namespace verdes

namespace verdes::ui {

// The "Flags" section of a household's detail: its open data-quality flags in plain words with the
// evidence that raised them, a "Dismiss…" button (reason required, audited) and a "Propose…" button
// that asks for the suggested proposal, pre-filled (proposalRequested; wired by the proposal editor).
class HouseholdFlagsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HouseholdFlagsView)

public:
    explicit HouseholdFlagsView(Database &db, QWidget *parent = nullptr);
    ~HouseholdFlagsView() override;

    // The officer who dismisses; without one (or without DismissFlag) the Dismiss buttons are off.
    void setActor(const Actor &actor);
    // Shows the open flags of a household (empty id: nothing).
    void showHousehold(const QString &householdId);
    void reload();

    const QList<QualityFlag> &flags() const { return m_flags; }

    // Dismisses a shown flag with a reason, as the Dismiss… dialog does; false and a message on failure.
    bool dismiss(qint64 flagId, const QString &reason);

Q_SIGNALS:
    // A flag was dismissed: the list's counts changed.
    void flagsChanged();
    void proposalRequested(const verdes::FlagSuggestion &suggestion);
    void errorOccurred(const QString &message);

private:
    void askDismiss(qint64 flagId);
    void rebuild();

    Database &m_db;
    std::optional<Actor> m_actor;
    QString m_householdId;
    QList<QualityFlag> m_flags;
    QLabel *m_title = nullptr;
    QVBoxLayout *m_list = nullptr;
};

} // namespace verdes::ui
