// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/browser/HouseholdHistoryView.h"

#include "models/audit/AuditText.h"
#include "models/core/Error.h"
#include "models/vault/AuditLog.h"
#include "ui/common/Look.h"

#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace verdes::ui {

HouseholdHistoryView::HouseholdHistoryView(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_browser(new QTextBrowser(this))
    , m_emptyLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("householdHistoryView"));
    m_browser->setObjectName(QStringLiteral("historyTextBrowser"));
    m_browser->setOpenLinks(false);
    m_emptyLabel->setObjectName(QStringLiteral("historyEmptyLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_browser, 1);
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
    m_sentences.clear();
    m_browser->clear();
    if (m_householdId.isEmpty()) {
        m_emptyLabel->setText(tr("Choose a household to see its history."));
        m_browser->hide();
        return;
    }
    auto entries = AuditLog(m_db).forHousehold(m_householdId);
    if (!entries) {
        Q_EMIT errorOccurred(describe(entries.error()));
        return;
    }
    QString html =
        QStringLiteral("<table width='100%' cellspacing='0' cellpadding='4'><tr><th align='left'>%1</th>"
                       "<th align='left'>%2</th></tr>")
            .arg(tr("When").toHtmlEscaped(), tr("What happened").toHtmlEscaped());
    // Newest first.
    QList<AuditEntry> newestFirst = std::move(entries).value();
    std::reverse(newestFirst.begin(), newestFirst.end());
    for (const AuditEntry &entry : newestFirst) {
        const QString sentence = AuditText::sentence(entry);
        m_sentences << sentence;
        html += QStringLiteral(
                    "<tr><td valign='top' style='white-space:nowrap' title='%1'>%2</td><td valign='top'>%3"
                    "</td></tr>")
                    .arg(tr("Entry %1 of the vault's history").arg(entry.seq).toHtmlEscaped(),
                         Look::shortDateTime(entry.at).toHtmlEscaped(),
                         sentence.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    const bool empty = m_sentences.isEmpty();
    m_emptyLabel->setText(empty ? tr("Nothing has been recorded for this household yet. Imports are recorded "
                                     "in the vault's history; revealing numbers and proposals appear here.")
                                : tr("%n change(s) recorded for this household, newest first.",
                                     nullptr,
                                     static_cast<int>(m_sentences.size())));
    if (!empty) {
        m_browser->setHtml(html);
    }
    m_browser->setVisible(!empty);
}

QStringList HouseholdHistoryView::sentences() const
{
    return m_sentences;
}

} // namespace verdes::ui
