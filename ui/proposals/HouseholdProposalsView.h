// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QListWidget;
class QLabel;
class QPushButton;

namespace verdes {
class Database;
} // namespace verdes

namespace verdes::ui {

// The "Proposals" tab of a household's detail: its proposals with their states (double-click opens
// one) and a "New proposal…" button pre-filled with the household.
class HouseholdProposalsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HouseholdProposalsView)

public:
    explicit HouseholdProposalsView(Database &db, QWidget *parent = nullptr);
    ~HouseholdProposalsView() override;

    void showHousehold(const QString &householdId);
    void reload();

    QListWidget *list() const { return m_list; }

    QPushButton *newButton() const { return m_newButton; }

Q_SIGNALS:
    void openRequested(qint64 proposalId);
    void newRequested(const QString &householdId);
    void errorOccurred(const QString &message);

private:
    Database &m_db;
    QString m_householdId;
    QLabel *m_title = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_newButton = nullptr;
};

} // namespace verdes::ui
