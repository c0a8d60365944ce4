// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

#include <functional>
#include <memory>

class QTableWidget;

namespace Ui {
class ReadyProposalPicker;
} // namespace Ui

namespace verdes {
class Database;
} // namespace verdes

namespace verdes::ui {

// Chooses some of the ready proposals for an agenda: one row per ready proposal (type, names,
// RT/RW, reason) with a tick box; Space ticks the current row, OK adds the ticked ones.
class ReadyProposalPicker final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadyProposalPicker)

public:
    enum Column
    {
        NumberColumn,
        TypeColumn,
        NameColumn,
        PlaceColumn,
        ReasonColumn,
        ColumnCount,
    };

    explicit ReadyProposalPicker(Database &db, QWidget *parent = nullptr);
    ~ReadyProposalPicker() override;

    // Opens a picker over `parent` (window-modal, deleted on close) and calls `picked` with the
    // ticked proposals when the officer confirms.
    static ReadyProposalPicker *
    openFor(Database &db, QWidget *parent, std::function<void(const QList<qint64> &proposalIds)> picked);

    QTableWidget *table() const;
    int proposalCount() const;
    // Ticks or clears the row of one proposal; false when it is not listed.
    bool setTicked(qint64 proposalId, bool ticked);
    void tickAll(bool ticked);
    QList<qint64> tickedProposals() const;

    void accept() override;

Q_SIGNALS:
    void proposalsPicked(const QList<qint64> &proposalIds);

private:
    void load();
    void updateOkButton();

    std::unique_ptr<Ui::ReadyProposalPicker> m_ui;
    Database &m_db;
};

} // namespace verdes::ui
