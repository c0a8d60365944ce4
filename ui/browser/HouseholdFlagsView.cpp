// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/browser/HouseholdFlagsView.h"

#include "models/proposals/ProposalType.h"
#include "models/quality/QualityFlagRepository.h"
#include "models/quality/QualityText.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace verdes::ui {

HouseholdFlagsView::HouseholdFlagsView(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_title(new QLabel(this))
    , m_list(new QVBoxLayout)
{
    setObjectName(QStringLiteral("householdFlagsView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    m_list->setSpacing(6);
    layout->addLayout(m_list);
    rebuild();
}

HouseholdFlagsView::~HouseholdFlagsView() = default;

void HouseholdFlagsView::setActor(const Actor &actor)
{
    m_actor = actor;
    rebuild();
}

void HouseholdFlagsView::showHousehold(const QString &householdId)
{
    m_householdId = householdId;
    reload();
}

void HouseholdFlagsView::reload()
{
    m_flags.clear();
    if (!m_householdId.isEmpty()) {
        auto flags = QualityFlagRepository(m_db).forHousehold(m_householdId);
        if (!flags) {
            Q_EMIT errorOccurred(describe(flags.error()));
        } else {
            m_flags = *flags;
        }
    }
    rebuild();
}

void HouseholdFlagsView::rebuild()
{
    while (QLayoutItem *item = m_list->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->deleteLater();
        }
        delete item;
    }
    m_title->setText(m_flags.isEmpty() ? tr("Flags: none open") : tr("Flags (%1)").arg(m_flags.size()));
    setVisible(!m_householdId.isEmpty());
    const bool mayDismiss = m_actor && m_actor->may(Action::DismissFlag);
    for (const QualityFlag &flag : std::as_const(m_flags)) {
        auto *frame = new QFrame(this);
        frame->setObjectName(QStringLiteral("flag-%1").arg(flag.id));
        frame->setFrameShape(QFrame::StyledPanel);
        auto *row = new QHBoxLayout(frame);
        const auto check = flag.check();
        auto *text = new QLabel(frame);
        text->setWordWrap(true);
        text->setTextFormat(Qt::RichText);
        text->setText(QStringLiteral("<b>%1</b><br>%2<br><small>%3: %4</small>")
                          .arg((check ? QualityText::label(*check) : flag.checkCode).toHtmlEscaped(),
                               flag.reasonText().toHtmlEscaped(),
                               tr("Evidence").toHtmlEscaped(),
                               flag.evidenceText().toHtmlEscaped()));
        // For support: the check's code and the rule, out of the sentence (issue 11 §3).
        text->setToolTip(flag.variant.isEmpty()
                             ? flag.checkCode
                             : QStringLiteral("%1 · %2").arg(flag.checkCode, flag.variant));
        row->addWidget(text, 1);
        auto *buttons = new QVBoxLayout;
        if (!flag.suggestedType.isEmpty()) {
            auto *propose = new QPushButton(tr("Propose…"), frame);
            propose->setObjectName(QStringLiteral("proposeButton"));
            const auto suggestedType = proposalTypeFromCode(flag.suggestedType);
            propose->setToolTip(
                tr("Suggested proposal: %1")
                    .arg(suggestedType ? ProposalTypeText::label(*suggestedType) : flag.suggestedType));
            const FlagSuggestion suggestion = flag.suggestion();
            connect(propose, &QPushButton::clicked, this, [this, suggestion] {
                Q_EMIT proposalRequested(suggestion);
            });
            buttons->addWidget(propose);
        }
        auto *dismissButton = new QPushButton(tr("Dismiss…"), frame);
        dismissButton->setObjectName(QStringLiteral("dismissButton"));
        dismissButton->setEnabled(mayDismiss);
        if (!mayDismiss) {
            dismissButton->setToolTip(tr("Your role may not dismiss flags."));
        }
        const qint64 id = flag.id;
        connect(dismissButton, &QPushButton::clicked, this, [this, id] {
            askDismiss(id);
        });
        buttons->addWidget(dismissButton);
        buttons->addStretch();
        row->addLayout(buttons);
        m_list->addWidget(frame);
    }
}

void HouseholdFlagsView::askDismiss(qint64 flagId)
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Dismiss flag"));
    dialog->setLabelText(tr("Why does this flag need no proposal? The reason is kept in the history."));
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, flagId](const QString &reason) {
        dismiss(flagId, reason);
    });
    dialog->open();
}

bool HouseholdFlagsView::dismiss(qint64 flagId, const QString &reason)
{
    if (!m_actor) {
        Q_EMIT errorOccurred(describe(
            Error(ErrorCode::PermissionDenied, {RoleText::label(Role::Viewer), tr("dismiss flags")})));
        return false;
    }
    auto dismissed = QualityFlagRepository(m_db).dismiss(*m_actor, flagId, reason);
    if (!dismissed) {
        Q_EMIT errorOccurred(describe(dismissed.error()));
        return false;
    }
    reload();
    Q_EMIT flagsChanged();
    return true;
}

} // namespace verdes::ui
