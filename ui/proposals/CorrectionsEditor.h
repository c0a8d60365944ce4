// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/proposals/Proposal.h"

#include <QList>
#include <QPair>
#include <QWidget>

#include <memory>

namespace Ui {
class CorrectionsEditor;
} // namespace Ui

namespace verdes {
class Database;
} // namespace verdes

namespace verdes::ui {

// The field corrections of a DATA_UPDATE / IDENTITY_CORRECTION proposal, one row each: the record
// (the household or one of its members), the field, its value in the vault now, and the new value;
// with "Add correction" and "Remove correction".
class CorrectionsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorrectionsEditor)

public:
    explicit CorrectionsEditor(QWidget *parent = nullptr);
    ~CorrectionsEditor() override;

    // The vault the old values are read from.
    void setDatabase(Database &db);
    // The records a new row can correct: the household and its members (person id, "name (head)").
    // Rows already written keep their choices.
    void setRecords(const QString &householdId, const QList<QPair<QString, QString>> &members);

    void
    addChange(const QString &table, const QString &recordId, const QString &column, const QString &newValue);
    void clear();
    // The corrections as written; a household row names `householdId`.
    QList<FieldChange> changes(const QString &householdId) const;

Q_SIGNALS:
    void changed();

private:
    void fillColumns(int row);
    void updateOldValue(int row);

    std::unique_ptr<Ui::CorrectionsEditor> m_ui;
    Database *m_db = nullptr;
    QString m_householdId;
    QList<QPair<QString, QString>> m_members;
};

} // namespace verdes::ui
