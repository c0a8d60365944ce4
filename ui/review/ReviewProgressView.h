// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Clock.h"
#include "models/review/ReviewProgressRepository.h"

#include <QWidget>

#include <memory>

class QChart;
class QChartView;
class QPagedPaintDevice;

namespace Ui {
class ReviewProgressView;
} // namespace Ui

namespace verdes {
class Vault;
} // namespace verdes

namespace verdes::ui {

// The office's progress (issue 14 §3): per village the batches received, the items by state, the age
// of the oldest open item and whether a meeting was held in the last 90 days; charts of the items by
// state, by type and by village and of what the completeness check found missing. The charts are drawn
// in the light theme without animation, so that they print as they look: on paper (Print…) or to a PDF
// (Save as PDF…), two pages of A4 with the office's name and the date.
class ReviewProgressView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewProgressView)

public:
    explicit ReviewProgressView(Vault &vault,
                                QWidget *parent = nullptr,
                                Clock &clock = SystemClock::instance());
    ~ReviewProgressView() override;

    void reload();

    const ReviewProgress &progress() const { return m_progress; }

    // The charts, for tests: items by state, by type, by village, and the completeness codes.
    QList<QChart *> charts() const;
    // Draws the report onto `device` (a printer or a PDF writer); false when painting failed.
    bool printTo(QPagedPaintDevice &device);
    bool savePdf(const QString &path);
    // Writes the approved items for forwarding into `folder` (sync::ApprovedExport); the button asks
    // first, since the files hold personal data. Says what was written, or why not, in `message`.
    bool exportApproved(const QString &folder, QString *message = nullptr);

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    void fillCharts();
    void fillVillages();
    void print();
    void choosePdf();
    void chooseExportFolder();

    std::unique_ptr<::Ui::ReviewProgressView> m_ui;
    Vault &m_vault;
    Clock &m_clock;
    ReviewProgress m_progress;
    QList<QChartView *> m_views;
};

} // namespace verdes::ui
