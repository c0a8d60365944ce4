// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QTextBrowser;

namespace verdes {
class Database;
} // namespace verdes

namespace verdes::ui {

// The History tab of a household's detail: its audit entries in plain words (AuditText), newest
// first, with the time and the officer.
class HouseholdHistoryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HouseholdHistoryView)

public:
    explicit HouseholdHistoryView(Database &db, QWidget *parent = nullptr);
    ~HouseholdHistoryView() override;

    // Shows the entries of this household (none for an empty id).
    void showHousehold(const QString &householdId);
    // Reads the entries again (after a change to the shown household).
    void reload();

    const QString &householdId() const { return m_householdId; }

    // The sentences shown, top to bottom (for tests).
    QStringList sentences() const;

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    Database &m_db;
    QString m_householdId;
    QTextBrowser *m_browser = nullptr;
    QStringList m_sentences;
    QLabel *m_emptyLabel = nullptr;
};

} // namespace verdes::ui
