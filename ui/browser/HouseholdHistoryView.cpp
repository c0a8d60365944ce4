// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/browser/HouseholdHistoryView.h"

#include "models/audit/AuditLog.h"
#include "models/audit/AuditText.h"
#include "models/core/Error.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace verdes::ui {

namespace {

enum Column
{
    TimeColumn,
    OfficerColumn,
    WhatColumn,
};

} // namespace

HouseholdHistoryView::HouseholdHistoryView(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_tree(new QTreeWidget(this))
    , m_emptyLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("householdHistoryView"));
    m_tree->setObjectName(QStringLiteral("historyTreeWidget"));
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setWordWrap(true);
    m_tree->setHeaderLabels({tr("When"), tr("Officer"), tr("What happened")});
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(TimeColumn, 130);
    m_tree->setColumnWidth(OfficerColumn, 160);
    m_emptyLabel->setObjectName(QStringLiteral("historyEmptyLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_tree, 1);
    showHousehold(QString());
}

HouseholdHistoryView::~HouseholdHistoryView() = default;

void HouseholdHistoryView::showHousehold(const QString &householdId)
{
    m_householdId = householdId;
    reload();
}

void HouseholdHistoryView::reload()
{
    m_tree->clear();
    if (m_householdId.isEmpty()) {
        m_emptyLabel->setText(tr("Choose a household to see its history."));
        m_emptyLabel->show();
        m_tree->hide();
        return;
    }
    auto entries = AuditLog(m_db).forHousehold(m_householdId);
    if (!entries) {
        Q_EMIT errorOccurred(describe(entries.error()));
        return;
    }
    const QLocale locale;
    QList<QTreeWidgetItem *> items;
    for (auto it = entries->crbegin(); it != entries->crend(); ++it) {
        const AuditEntry &entry = *it;
        auto *item = new QTreeWidgetItem;
        item->setText(TimeColumn, locale.toString(entry.at.toLocalTime(), QLocale::ShortFormat));
        item->setText(OfficerColumn, AuditText::who(entry));
        item->setText(WhatColumn, AuditText::sentence(entry));
        item->setToolTip(WhatColumn, AuditText::sentence(entry));
        items.append(item);
    }
    m_tree->addTopLevelItems(items);
    const bool empty = items.isEmpty();
    m_emptyLabel->setText(empty ? tr("Nothing has been recorded for this household yet. Imports are recorded "
                                     "in the vault's history; revealing numbers and proposals appear here.")
                                : tr("%n change(s) recorded for this household, newest first.",
                                     nullptr,
                                     static_cast<int>(items.size())));
    m_emptyLabel->show();
    m_tree->setVisible(!empty);
}

QStringList HouseholdHistoryView::sentences() const
{
    QStringList list;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        list << m_tree->topLevelItem(i)->text(WhatColumn);
    }
    return list;
}

} // namespace verdes::ui
