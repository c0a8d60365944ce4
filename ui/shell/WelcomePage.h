// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class WelcomePage;
} // namespace Ui

namespace verdes::ui {

// The first screen when no vault is open: open, create, or try the demo village, and the
// recently opened vaults.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);
    ~WelcomePage() override;

    void setRecentVaults(const QStringList &folders);

Q_SIGNALS:
    void openRequested();
    void createRequested();
    void demoRequested();
    void recentRequested(const QString &folder);

private:
    std::unique_ptr<Ui::WelcomePage> m_ui;
};

} // namespace verdes::ui
