// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/proposals/ProposalType.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace verdes {
struct Household;
} // namespace verdes

namespace verdes::ui {

// The members of the household shown in the browser, as a table with one selectable row each
// (single selection, by mouse or keyboard). The selected member pre-fills a new proposal; the
// context menu (right click or the menu key) offers the proposals about one member.
class HouseholdMembersView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HouseholdMembersView)

public:
    enum Column
    {
        NameColumn,
        // The open proposals about the member ("Deceased (#12, draft)"), beside the name so that it
        // is seen in a narrow detail panel; hidden when no member has one.
        ProposalColumn,
        NikColumn,
        RelationshipColumn,
        AgeColumn,
        StatusColumn,
        ColumnCount,
    };

    explicit HouseholdMembersView(QWidget *parent = nullptr);
    ~HouseholdMembersView() override;

    // Shows the members (NIK masked unless `masked` is false) and, per person id, the open proposals
    // about them (so no one proposes the same death twice); keeps the selected member when the same
    // household is shown again. A null household empties the table.
    void showHousehold(const Household *household,
                       bool masked,
                       QDate today,
                       const QHash<QString, QStringList> &openProposals = {});

    // The person id of the selected member (empty when none).
    QString selectedPerson() const;
    bool selectPerson(const QString &personId);

    QTableWidget *table() const { return m_table; }

    // The proposal types the context menu offers: those about existing members.
    static QList<ProposalType> memberProposalTypes();

Q_SIGNALS:
    void selectedPersonChanged(const QString &personId);
    // "Propose: …" from the context menu of a member.
    void proposalRequested(const QString &personId, verdes::ProposalType type);

private:
    void showContextMenu(const QPoint &position);

    QLabel *m_title = nullptr;
    QTableWidget *m_table = nullptr;
    QString m_householdId;
};

} // namespace verdes::ui
