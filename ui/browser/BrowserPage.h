// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/proposals/ProposalType.h"
#include "models/quality/QualityFlag.h"
#include "models/vault/Actor.h"

#include <QVariant>
#include <QWidget>

#include <memory>

class QLabel;
class QTabWidget;
class QComboBox;
class QTimer;

namespace Ui {
class BrowserPage;
} // namespace Ui

namespace verdes {
struct Actor;
class Database;
class HouseholdSearch;
class HouseholdTableModel;
} // namespace verdes

namespace verdes::ui {

class HouseholdFlagsView;
class HouseholdMembersView;
class HouseholdProposalsView;

// The households of the open vault: instant search, filters, the table and the detail of the
// selected household.
class HouseholdHistoryView;

class BrowserPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowserPage)

public:
    BrowserPage(Database &db, bool isDemo, QWidget *parent = nullptr);
    ~BrowserPage() override;

    void focusSearch();
    void setDetailVisible(bool visible);
    // The "mask NIK and KK" setting. An officer whose role may not reveal them sees them masked
    // whatever the setting says.
    void setMasking(bool masked);
    bool isMasking() const;
    // Reloads after the vault changed (an import).
    void reload();
    // Reads the shown household again (a proposal about it changed), keeping the selected member.
    void refreshShownHousehold();

    HouseholdTableModel *model() const { return m_model.get(); }

    // Who is looking: revealing NIK and KK needs Action::RevealNik and is audited under this actor;
    // dismissing flags needs Action::DismissFlag.
    // Until set, the page acts as a viewer.
    void setActor(const Actor &actor);
    // Reveals the full NIK and KK of the shown household, as the link in the detail does: checks
    // the actor, appends "household.reveal" to the audit trail, then shows the numbers.
    void revealShownHousehold();

    HouseholdHistoryView *historyView() const { return m_history; }

    const QString &shownHousehold() const { return m_shownHousehold; }

    HouseholdFlagsView *flagsView() const { return m_flagsView; }

    QComboBox *flagsFilter() const { return m_flagsComboBox; }

    // The "Proposals" tab of the detail.
    HouseholdProposalsView *proposalsView() const { return m_proposalsView; }

    QTabWidget *detailTabs() const { return m_detailTabs; }

    // The members of the shown household, one selectable row each.
    HouseholdMembersView *membersView() const { return m_membersView; }

    // The person id of the member selected in the detail (empty when none).
    QString selectedMember() const;

    // What the officer was looking at, to come back to after a lock (issue 11 §2).
    struct ViewState
    {
        QString searchText;
        QVariant place;
        int desilIndex = 0;
        int programmeIndex = 0;
        int presenceIndex = 0;
        int flagsIndex = 0;
        bool warningsOnly = false;
        QString householdId;
        QString personId;
        int detailTab = 0;
    };

    ViewState viewState() const;
    void restoreViewState(const ViewState &state);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void errorOccurred(const QString &message);
    // The officer asked for a new proposal on a household (from its Proposals tab), with the
    // member selected in the detail (empty when none).
    void newProposalRequested(const QString &householdId, const QString &personId);
    // "Propose: …" from a member's context menu.
    void
    memberProposalRequested(const QString &householdId, const QString &personId, verdes::ProposalType type);
    // A flag's "Propose…": the suggested proposal, to open pre-filled.
    void suggestedProposalRequested(const verdes::FlagSuggestion &suggestion);
    void openProposalRequested(qint64 proposalId);

private:
    void fillFilterChoices();
    void selectHousehold(const QString &householdId);
    // Enter on a household in the list: its detail, with the focus on its members.
    void openSelectedHousehold();
    void applySearchAndFilters();
    void updateCount();
    void updateSnapshotAge();
    // `masked` false shows the full NIK and KK of this one household (the user asked; logged).
    void showHousehold(const QString &householdId, bool masked = true);

    std::unique_ptr<Ui::BrowserPage> m_ui;
    Database &m_db;
    std::unique_ptr<HouseholdTableModel> m_model;
    std::unique_ptr<HouseholdSearch> m_search;
    QTimer *m_searchTimer = nullptr;
    bool m_masked = true;
    QString m_shownHousehold;
    Actor m_actor{QStringLiteral("nobody"), QString(), Role::Viewer, false};
    QTabWidget *m_detailTabs = nullptr;
    HouseholdHistoryView *m_history = nullptr;
    QWidget *m_detailPane = nullptr;
    HouseholdFlagsView *m_flagsView = nullptr;
    QComboBox *m_flagsComboBox = nullptr;
    HouseholdProposalsView *m_proposalsView = nullptr;
    HouseholdMembersView *m_membersView = nullptr;
    QLabel *m_staleLabel = nullptr; // DOMAIN.md §9: the snapshot is older than a quarter
    QLabel *m_emptyLabel = nullptr; // why a search found nothing, and what to try
};

} // namespace verdes::ui
