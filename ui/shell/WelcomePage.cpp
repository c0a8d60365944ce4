// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/WelcomePage.h"

#include "ui_WelcomePage.h"

#include <QDir>
#include <QFileInfo>

namespace verdes::ui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WelcomePage>())
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    // The three choices show which one has the keyboard focus (issue 11 §4): the style draws no focus
    // frame on a command link, so the panel's style sheet gives the focused one a visible border.
    m_ui->panelWidget->setStyleSheet(
        QStringLiteral("QCommandLinkButton { border: 2px solid transparent; border-radius: 4px; }"
                       "QCommandLinkButton:focus { border: 2px solid palette(highlight);"
                       " background: palette(alternate-base); }"
                       "QCommandLinkButton:hover { border: 2px solid palette(mid); }"));

    connect(m_ui->openButton, &QAbstractButton::clicked, this, &WelcomePage::openRequested);
    connect(m_ui->createButton, &QAbstractButton::clicked, this, &WelcomePage::createRequested);
    connect(m_ui->demoButton, &QAbstractButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_ui->recentListWidget, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT recentRequested(item->data(Qt::UserRole).toString());
    });
    setRecentVaults({});
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::setRecentVaults(const QStringList &folders)
{
    m_ui->recentListWidget->clear();
    for (const QString &folder : folders) {
        const QFileInfo info(folder);
        auto *item = new QListWidgetItem(
            QStringLiteral("%1  —  %2")
                .arg(info.completeBaseName(), QDir::toNativeSeparators(info.absolutePath())),
            m_ui->recentListWidget);
        item->setData(Qt::UserRole, folder);
        item->setToolTip(QDir::toNativeSeparators(folder));
    }
    const bool hasRecent = !folders.isEmpty();
    m_ui->recentListWidget->setVisible(hasRecent);
    m_ui->recentLabel->setVisible(hasRecent);
    m_ui->noRecentLabel->setVisible(!hasRecent);
}

} // namespace verdes::ui
