// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/ReviewProgressView.h"

#include "models/core/Error.h"
#include "models/core/Log.h"
#include "models/proposals/ProposalType.h"
#include "models/review/ReviewCodes.h"
#include "models/vault/Vault.h"
#include "sync/review/ApprovedExport.h"
#include "ui/common/FileChooser.h"
#include "ui/common/Look.h"
#include "ui_ReviewProgressView.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QTableWidgetItem>
#include <QValueAxis>

#include <algorithm>
#include <memory>

namespace verdes::ui {

namespace {

constexpr int kVillagesCharted = 15;

// A chart that reads on paper: light theme, no animation, the legend only where sets need naming.
QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setTheme(QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    chart->setBackgroundRoundness(0);
    return chart;
}

// A count axis from 0 with whole-number ticks: up to 10 one by one, above that five steps of a round size.
QValueAxis *countAxis(qint64 most)
{
    auto *axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%d"));
    qint64 top = qMax<qint64>(1, most);
    int ticks = static_cast<int>(top) + 1;
    if (top > 10) {
        const qint64 step = (top + 4) / 5;
        top = step * 5;
        ticks = 6;
    }
    axis->setRange(0, static_cast<qreal>(top));
    axis->setTickCount(ticks);
    return axis;
}

// Bars of one set, one per category, drawn across (the labels are long). With nothing to draw, the
// title says so instead of an empty frame.
// QChartView::setChart hands the previous chart back to the caller instead of deleting it.
void replaceChart(QChartView *view, QChart *chart)
{
    std::unique_ptr<QChart> previous(view->chart());
    view->setChart(chart);
}

void fillBars(QChart *chart, const QStringList &categories, const QList<qint64> &values, const QString &none)
{
    if (categories.isEmpty()) {
        chart->setTitle(chart->title() + QStringLiteral(" — ") + none);
        return;
    }
    auto *set = new QBarSet(chart->title());
    qint64 most = 0;
    for (const qint64 value : values) {
        *set << static_cast<qreal>(value);
        most = qMax(most, value);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(categories);
    QValueAxis *counts = countAxis(most);
    chart->addAxis(names, Qt::AlignLeft);
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(names);
    series->attachAxis(counts);
}

QString typeLabel(const QString &code)
{
    const auto type = proposalTypeFromCode(code);
    return type ? ProposalTypeText::label(*type)
                : QCoreApplication::translate("ReviewProgressView", "Flagged registrant");
}

QString shortDate(const QString &utc)
{
    const QDateTime at = QDateTime::fromString(utc, Qt::ISODateWithMs);
    return at.isValid() ? QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat) : QString();
}

QTableWidgetItem *numberItem(qint64 value)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ReviewProgressView::ReviewProgressView(Vault &vault, QWidget *parent, Clock &clock)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::ReviewProgressView>())
    , m_vault(vault)
    , m_clock(clock)
{
    m_ui->setupUi(this);
    m_ui->printButton->setShortcut(QKeySequence::Print);
    m_ui->refreshButton->setShortcut(QKeySequence::Refresh);
    for (int i = 0; i < 4; ++i) {
        auto *view = new QChartView(newChart(QString()), m_ui->chartsWidget);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(220);
        m_ui->chartsLayout->addWidget(view, i / 2, i % 2);
        m_views.append(view);
    }
    m_ui->progressVillagesTableWidget->setColumnCount(10);
    m_ui->progressVillagesTableWidget->setHorizontalHeaderLabels({tr("Code"),
                                                                  tr("Village"),
                                                                  tr("Batches"),
                                                                  tr("Items"),
                                                                  tr("Open"),
                                                                  tr("Approved"),
                                                                  tr("Rejected"),
                                                                  tr("Returned"),
                                                                  tr("Oldest open (days)"),
                                                                  tr("Last meeting batch")});
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &ReviewProgressView::reload);
    connect(m_ui->printButton, &QPushButton::clicked, this, &ReviewProgressView::print);
    connect(m_ui->savePdfButton, &QPushButton::clicked, this, &ReviewProgressView::choosePdf);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ReviewProgressView::chooseExportFolder);
    m_ui->exportButton->setEnabled(m_vault.actor().may(Action::ExportData) && !m_vault.actor().isRecovery());
    reload();
}

ReviewProgressView::~ReviewProgressView() = default;

QList<QChart *> ReviewProgressView::charts() const
{
    QList<QChart *> charts;
    for (QChartView *view : m_views) {
        charts.append(view->chart());
    }
    return charts;
}

void ReviewProgressView::reload()
{
    auto read = ReviewProgressRepository(m_vault.database()).progress(m_vault.districtCode(), m_clock.now());
    if (!read) {
        qCWarning(lcRepo) << "review progress:" << read.error().detail;
        Q_EMIT errorOccurred(describe(read.error()));
        return;
    }
    m_progress = std::move(*read);
    m_ui->summaryLabel->setText(
        tr("%n batch(es) received, ", nullptr, static_cast<int>(m_progress.batches))
        + tr("%n item(s); ", nullptr, static_cast<int>(m_progress.items))
        + tr("%n of the district's %1 villages made no batch from a meeting in the last %2 days.",
             nullptr,
             static_cast<int>(m_progress.overdueVillages))
              .arg(m_progress.villages.size())
              .arg(ReviewProgressRepository::kMeetingDays));
    fillCharts();
    fillVillages();
}

void ReviewProgressView::fillCharts()
{
    QStringList categories;
    QList<qint64> values;
    for (const auto &[state, count] : std::as_const(m_progress.byState)) {
        categories << ProposalStateText::label(state);
        values << count;
    }
    QChart *chart = newChart(tr("Items by state"));
    fillBars(chart, categories, values, tr("nothing received yet"));
    replaceChart(m_views[0], chart);

    categories.clear();
    values.clear();
    for (const auto &[type, count] : std::as_const(m_progress.byType)) {
        categories << typeLabel(type);
        values << count;
    }
    chart = newChart(tr("Items by type"));
    fillBars(chart, categories, values, tr("nothing received yet"));
    replaceChart(m_views[1], chart);

    // The villages with the most items, each bar split by where its items stand.
    QList<VillageProgress> villages;
    for (const VillageProgress &village : std::as_const(m_progress.villages)) {
        if (village.items > 0) {
            villages.append(village);
        }
    }
    std::stable_sort(
        villages.begin(), villages.end(), [](const VillageProgress &a, const VillageProgress &b) {
            return a.items > b.items;
        });
    villages = villages.mid(0, kVillagesCharted);
    chart = newChart(tr("Items by village"));
    auto *series = new QHorizontalStackedBarSeries;
    const QList<std::pair<QString, qint64 VillageProgress::*>> parts{
        {tr("Open"), &VillageProgress::open},
        {tr("Approved"), &VillageProgress::approved},
        {tr("Rejected"), &VillageProgress::rejected},
        {tr("Returned"), &VillageProgress::returned},
    };
    categories.clear();
    // Drawn bottom up: the largest village at the top.
    std::reverse(villages.begin(), villages.end());
    for (const VillageProgress &village : std::as_const(villages)) {
        categories << (village.name.isEmpty() ? village.villageCode : village.name);
    }
    for (const auto &[name, member] : parts) {
        auto *set = new QBarSet(name);
        for (const VillageProgress &village : std::as_const(villages)) {
            *set << static_cast<qreal>(village.*member);
        }
        series->append(set);
    }
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(categories);
    qint64 most = 0;
    for (const VillageProgress &village : std::as_const(villages)) {
        most = qMax(most, village.items);
    }
    QValueAxis *counts = countAxis(most);
    chart->addAxis(names, Qt::AlignLeft);
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(names);
    series->attachAxis(counts);
    chart->legend()->show();
    chart->legend()->setAlignment(Qt::AlignBottom);
    replaceChart(m_views[2], chart);

    categories.clear();
    values.clear();
    for (const auto &[code, count] : std::as_const(m_progress.incomplete)) {
        const auto reason = ReviewReason::fromCode(code);
        categories << (reason ? ReviewCodeText::codeAndLabel(*reason) : code);
        values << count;
    }
    chart = newChart(tr("Incomplete items by what is missing"));
    fillBars(chart, categories, values, tr("every item is complete"));
    replaceChart(m_views[3], chart);
}

void ReviewProgressView::fillVillages()
{
    QTableWidget *table = m_ui->progressVillagesTableWidget;
    table->setSortingEnabled(false);
    table->setRowCount(static_cast<int>(m_progress.villages.size()));
    const QDateTime now = m_clock.now().toUTC();
    for (int row = 0; row < table->rowCount(); ++row) {
        const VillageProgress &village = m_progress.villages.at(row);
        table->setItem(row, 0, new QTableWidgetItem(village.villageCode));
        table->setItem(row, 1, new QTableWidgetItem(village.name));
        table->setItem(row, 2, numberItem(village.batches));
        table->setItem(row, 3, numberItem(village.items));
        table->setItem(row, 4, numberItem(village.open));
        table->setItem(row, 5, numberItem(village.approved));
        table->setItem(row, 6, numberItem(village.rejected));
        table->setItem(row, 7, numberItem(village.returned));
        const QDateTime oldest = QDateTime::fromString(village.oldestOpenReceivedAt, Qt::ISODateWithMs);
        // Clocks differ between the hub and this laptop: an item is never younger than today.
        table->setItem(row,
                       8,
                       oldest.isValid() ? numberItem(qMax<qint64>(0, oldest.daysTo(now)))
                                        : new QTableWidgetItem);
        auto *last = new QTableWidgetItem(
            village.lastBatchCreatedAt.isEmpty() ? tr("Never") : shortDate(village.lastBatchCreatedAt));
        if (village.meetingOverdue) {
            last->setText(
                tr("%1 — over %2 days").arg(last->text()).arg(ReviewProgressRepository::kMeetingDays));
            last->setForeground(Look::warning());
            QFont bold = last->font();
            bold.setBold(true);
            last->setFont(bold);
        }
        table->setItem(row, 9, last);
    }
    table->setSortingEnabled(true);
    // The villages with the most items first; a click on a header sorts by another column.
    table->sortByColumn(3, Qt::DescendingOrder);
    table->resizeColumnsToContents();
}

bool ReviewProgressView::printTo(QPagedPaintDevice &device)
{
    QPainter painter;
    if (!painter.begin(&device)) {
        return false;
    }
    const QRect page = painter.viewport();
    const int margin = page.width() / 20;
    const QRect area = page.adjusted(margin, margin, -margin, -margin);
    QFont title = painter.font();
    title.setPointSizeF(14);
    title.setBold(true);
    QFont body = painter.font();
    body.setPointSizeF(9);
    // Page 1: the heading and the figures by state and type; page 2: by village and what is missing.
    for (int sheet = 0; sheet < 2; ++sheet) {
        if (sheet > 0 && !device.newPage()) {
            return false;
        }
        painter.setFont(title);
        const int titleHeight = painter.fontMetrics().height() * 2;
        painter.drawText(
            QRect(area.left(), area.top(), area.width(), titleHeight),
            Qt::AlignLeft | Qt::AlignVCenter,
            tr("%1 — review progress, %2")
                .arg(m_vault.displayName(),
                     QLocale().toString(m_clock.now().toLocalTime().date(), QLocale::LongFormat)));
        painter.setFont(body);
        const int textHeight = painter.fontMetrics().height() * 3;
        painter.drawText(QRect(area.left(), area.top() + titleHeight, area.width(), textHeight),
                         Qt::TextWordWrap,
                         m_ui->summaryLabel->text());
        const int top = area.top() + titleHeight + textHeight;
        const int height = (area.bottom() - top) / 2;
        for (int i = 0; i < 2; ++i) {
            QChartView *view = m_views.at(sheet * 2 + i);
            view->render(&painter,
                         QRectF(area.left(), top + i * height, area.width(), height - margin / 2.0));
        }
    }
    return painter.end();
}

bool ReviewProgressView::savePdf(const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(150);
    writer.setTitle(tr("Review progress"));
    writer.setCreator(QStringLiteral("Verdes"));
    if (!printTo(writer)) {
        Q_EMIT errorOccurred(tr("The PDF could not be written to %1.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return true;
}

void ReviewProgressView::print()
{
    auto *printer = new QPrinter(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(QPageSize::A4));
    auto *dialog = new QPrintDialog(printer, this);
    dialog->setObjectName(QStringLiteral("progressPrintDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, printer](int result) {
        if (result == QDialog::Accepted && !printTo(*printer)) {
            Q_EMIT errorOccurred(tr("The report could not be printed."));
        }
        delete printer;
    });
    dialog->open();
}

void ReviewProgressView::choosePdf()
{
    FileChooser::save(this,
                      QStringLiteral("progressPdfDialog"),
                      tr("Save the review progress as PDF"),
                      FileChooser::fileNamePart(m_vault.displayName(), QStringLiteral("dinsos"))
                          + QStringLiteral("-progress-")
                          + m_clock.now().toLocalTime().date().toString(Qt::ISODate),
                      tr("PDF documents (*.pdf)"),
                      QStringLiteral("pdf"),
                      [this](const QString &path) {
                          savePdf(path);
                      });
}

bool ReviewProgressView::exportApproved(const QString &folder, QString *message)
{
    auto written =
        sync::ApprovedExport(m_vault.database(), m_clock).write(m_vault.actor(), folder, QString(), false);
    if (!written) {
        qCWarning(lcRepo) << "export of approved items:" << written.error().detail;
        const QString text = describe(written.error());
        if (message != nullptr) {
            *message = text;
        }
        Q_EMIT errorOccurred(text);
        return false;
    }
    if (message != nullptr) {
        *message =
            tr("%n approved item(s) written to %1, with the manifest and its signature. The files hold "
               "personal data: keep them safe and delete them once forwarded.",
               nullptr,
               written->items)
                .arg(QDir::toNativeSeparators(folder));
    }
    return true;
}

void ReviewProgressView::chooseExportFolder()
{
    qint64 approved = 0;
    for (const auto &[state, count] : std::as_const(m_progress.byState)) {
        approved += state == ProposalState::Approved ? count : 0;
    }
    const auto answer = QMessageBox::question(this,
                                              tr("Export approved items"),
                                              tr("The export holds the names, NIK and KK of the people in %n "
                                                 "approved item(s). It is recorded in the "
                                                 "history. Export them?",
                                                 nullptr,
                                                 static_cast<int>(approved)));
    if (answer != QMessageBox::Yes) {
        return;
    }
    auto *dialog = new QFileDialog(this, tr("Folder for the export"));
    dialog->setObjectName(QStringLiteral("exportFolderDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &folder) {
        QString message;
        if (exportApproved(folder, &message)) {
            QMessageBox::information(this, tr("Export approved items"), message);
        }
    });
    dialog->open();
}

} // namespace verdes::ui
