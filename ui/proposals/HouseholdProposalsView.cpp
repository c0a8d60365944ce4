// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/proposals/HouseholdProposalsView.h"

#include "models/proposals/ProposalRepository.h"
#include "models/review/DistrictVerdict.h"
#include "ui/common/Look.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace verdes::ui {

HouseholdProposalsView::HouseholdProposalsView(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_title(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_newButton(new QPushButton(tr("New proposal…"), this))
{
    setObjectName(QStringLiteral("householdProposalsView"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    m_newButton->setObjectName(QStringLiteral("newProposalButton"));
    top->addWidget(m_newButton);
    layout->addLayout(top);
    m_list->setObjectName(QStringLiteral("householdProposalsList"));
    m_list->setWordWrap(true);
    layout->addWidget(m_list, 1);
    connect(m_newButton, &QPushButton::clicked, this, [this] {
        Q_EMIT newRequested(m_householdId);
    });
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT openRequested(item->data(Qt::UserRole).toLongLong());
    });
    reload();
}

HouseholdProposalsView::~HouseholdProposalsView() = default;

void HouseholdProposalsView::showHousehold(const QString &householdId)
{
    m_householdId = householdId;
    reload();
}

void HouseholdProposalsView::reload()
{
    m_list->clear();
    m_newButton->setEnabled(!m_householdId.isEmpty());
    if (m_householdId.isEmpty()) {
        m_title->setText(tr("No household selected."));
        return;
    }
    auto proposals = ProposalRepository(m_db).forHousehold(m_householdId);
    if (!proposals) {
        Q_EMIT errorOccurred(describe(proposals.error()));
        return;
    }
    m_title->setText(proposals->isEmpty()
                         ? tr("No proposals for this household.")
                         : tr("%n proposal(s) for this household:", nullptr, int(proposals->size())));
    for (const ProposalSummary &summary : std::as_const(*proposals)) {
        QString text = summary.personNames.isEmpty()
                           ? tr("#%1 %2 — %3")
                                 .arg(summary.id)
                                 .arg(ProposalTypeText::label(summary.type),
                                      DistrictVerdictText::stateLabel(summary.state))
                           : tr("#%1 %2: %3 — %4")
                                 .arg(summary.id)
                                 .arg(ProposalTypeText::label(summary.type),
                                      summary.personNames.join(QStringLiteral(", ")),
                                      DistrictVerdictText::stateLabel(summary.state));
        if (summary.targetGone) {
            text += tr(" — target gone");
        } else if (summary.stale) {
            text += tr(" — stale");
        }
        text += QLatin1Char('\n')
                + tr("%1 · %2").arg(Look::shortDateTime(summary.updatedAt), summary.reason.left(80));
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, summary.id);
    }
}

} // namespace verdes::ui
