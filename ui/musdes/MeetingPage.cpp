// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/musdes/MeetingPage.h"

#include "models/core/Error.h"
#include "models/musdes/MeetingRepository.h"
#include "ui/common/Look.h"
#include "ui/musdes/AgendaEditor.h"
#include "ui/musdes/AgendaTree.h"
#include "ui/musdes/MeetingView.h"
#include "ui_MeetingPage.h"

#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>

namespace verdes::ui {

namespace {

constexpr int kMeetingIdRole = Qt::UserRole + 1;

QTableWidgetItem *numberItem(qint64 value)
{
    auto *item = new QTableWidgetItem(QLocale().toString(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

MeetingPage::MeetingPage(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MeetingPage>())
    , m_db(db)
    , m_view(new MeetingView(db, this))
    , m_today(QDate::currentDate())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("meetingPage"));
    m_ui->pagesStackedWidget->addWidget(m_view);
    QTableWidget *table = m_ui->meetingsTableWidget;
    table->setTabKeyNavigation(false);
    table->horizontalHeader()->setStretchLastSection(false);
    table->setColumnWidth(NumberColumn, 190);
    table->setColumnWidth(KindColumn, 170);
    table->setColumnWidth(DateColumn, 100);
    table->setColumnWidth(ChairColumn, 180);
    table->setColumnWidth(ItemsColumn, 70);
    table->setColumnWidth(DecidedColumn, 90);
    table->setColumnWidth(AttendeesColumn, 70);
    table->setColumnWidth(SealColumn, 230);
    table->horizontalHeader()->setSectionResizeMode(PlaceColumn, QHeaderView::Stretch);
    m_ui->lastMeetingLabel->setObjectName(QStringLiteral("lastMeetingLabel"));

    connect(m_ui->newMeetingButton, &QPushButton::clicked, this, &MeetingPage::newMeeting);
    connect(table, &QTableWidget::activated, this, [this](const QModelIndex &index) {
        if (const QTableWidgetItem *item = m_ui->meetingsTableWidget->item(index.row(), NumberColumn)) {
            openMeeting(item->data(kMeetingIdRole).toLongLong());
        }
    });
    connect(table, &QTableWidget::doubleClicked, this, [this](const QModelIndex &index) {
        if (const QTableWidgetItem *item = m_ui->meetingsTableWidget->item(index.row(), NumberColumn)) {
            openMeeting(item->data(kMeetingIdRole).toLongLong());
        }
    });
    connect(m_view, &MeetingView::backRequested, this, &MeetingPage::showList);
    connect(m_view, &MeetingView::meetingSaved, this, &MeetingPage::fillList);
    connect(m_view, &MeetingView::contentChanged, this, &MeetingPage::proposalsChanged);
    connect(m_view, &MeetingView::runRequested, this, &MeetingPage::runRequested);
    connect(m_view, &MeetingView::documentsRequested, this, &MeetingPage::documentsRequested);
    connect(m_view, &MeetingView::attendanceSheetRequested, this, &MeetingPage::attendanceSheetRequested);

    reload();
}

MeetingPage::~MeetingPage() = default;

QTableWidget *MeetingPage::table() const
{
    return m_ui->meetingsTableWidget;
}

QPushButton *MeetingPage::newMeetingButton() const
{
    return m_ui->newMeetingButton;
}

QString MeetingPage::bannerText() const
{
    return m_ui->lastMeetingLabel->text();
}

void MeetingPage::setActor(const Actor &actor)
{
    m_view->setActor(actor);
    const Result<void> allowed = actor.require(Action::PutOnAgenda);
    m_ui->newMeetingButton->setEnabled(allowed.has_value());
    m_ui->newMeetingButton->setToolTip(allowed ? tr("Prepare a new meeting (Ctrl+Shift+M)")
                                               : describe(allowed.error()));
}

void MeetingPage::setVillageCode(const QString &villageCode)
{
    m_view->setVillageCode(villageCode);
}

void MeetingPage::setOfficers(const QList<Vault::OfficerInfo> &officers)
{
    m_view->setOfficers(officers);
}

void MeetingPage::setToday(const QDate &today)
{
    m_today = today;
    updateBanner();
}

void MeetingPage::reload()
{
    fillList();
    if (!isListShown() && m_view->meetingId() != 0 && !m_view->isDirty()) {
        m_view->openMeeting(m_view->meetingId());
    }
}

void MeetingPage::fillList()
{
    QTableWidget *table = m_ui->meetingsTableWidget;
    qint64 keep = 0;
    if (const QTableWidgetItem *item = table->item(table->currentRow(), NumberColumn)) {
        keep = item->data(kMeetingIdRole).toLongLong();
    }
    table->setRowCount(0);
    auto meetings = MeetingRepository(m_db).list();
    if (!meetings) {
        Q_EMIT errorOccurred(describe(meetings.error()));
    } else {
        for (const MeetingSummary &summary : std::as_const(*meetings)) {
            const int row = table->rowCount();
            table->insertRow(row);
            auto *number = new QTableWidgetItem(summary.number);
            number->setData(kMeetingIdRole, summary.id);
            table->setItem(row, NumberColumn, number);
            table->setItem(row, KindColumn, new QTableWidgetItem(MeetingText::kindLabel(summary.kind)));
            table->setItem(row, DateColumn, new QTableWidgetItem(Look::shortDate(summary.date)));
            table->setItem(row, PlaceColumn, new QTableWidgetItem(summary.place));
            table->setItem(row, ChairColumn, new QTableWidgetItem(summary.chair));
            table->setItem(row, ItemsColumn, numberItem(summary.items));
            table->setItem(row, DecidedColumn, numberItem(summary.decided));
            table->setItem(row, AttendeesColumn, numberItem(summary.attendees));
            auto *seal = new QTableWidgetItem(summary.sealed ? tr("Sealed · %1").arg(summary.shortHash)
                                                             : tr("Not sealed"));
            if (summary.sealed) {
                seal->setToolTip(
                    tr("The first digits of the seal's fingerprint, as printed on the documents"));
            }
            table->setItem(row, SealColumn, seal);
        }
    }
    m_ui->emptyLabel->setVisible(table->rowCount() == 0);
    selectMeeting(keep);
    updateBanner();
}

void MeetingPage::selectMeeting(qint64 meetingId)
{
    QTableWidget *table = m_ui->meetingsTableWidget;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, NumberColumn)->data(kMeetingIdRole).toLongLong() == meetingId) {
            table->selectRow(row);
            return;
        }
    }
    if (table->rowCount() > 0) {
        table->selectRow(0);
    }
}

QString MeetingPage::bannerSentence(const std::optional<QDate> &last, const QDate &today, bool *warning)
{
    const auto warn = [warning](bool value) {
        if (warning != nullptr) {
            *warning = value;
        }
    };
    if (!last || !last->isValid()) {
        warn(true);
        return tr(
            "No musdes has been sealed yet. Kepmensos 73/2024: a meeting every three months, or an SPTJM.");
    }
    const qint64 days = last->daysTo(today);
    if (days > kMeetingWarnDays) {
        warn(true);
        return tr("The last musdes was %n day(s) ago; Kepmensos 73/2024: every three months, or an SPTJM.",
                  nullptr,
                  int(days));
    }
    warn(false);
    return tr("The last musdes was sealed on %1 (%n day(s) ago).", nullptr, int(qMax<qint64>(0, days)))
        .arg(Look::longDate(*last));
}

void MeetingPage::updateBanner()
{
    auto last = MeetingRepository(m_db).lastSealedDate();
    if (!last) {
        m_ui->lastMeetingLabel->setText(describe(last.error()));
        m_bannerWarning = false;
        Look::setMessageStyle(m_ui->lastMeetingLabel, true);
        return;
    }
    bool warning = false;
    m_ui->lastMeetingLabel->setText(bannerSentence(*last, m_today, &warning));
    m_bannerWarning = warning;
    if (warning) {
        Look::setNoticeStyle(m_ui->lastMeetingLabel);
    } else {
        m_ui->lastMeetingLabel->setStyleSheet(QString());
    }
}

void MeetingPage::newMeeting()
{
    if (!m_view->keepWork() && m_view->meetingId() != 0 && !isListShown()) {
        return;
    }
    m_view->startNew();
    m_ui->pagesStackedWidget->setCurrentWidget(m_view);
    m_view->tabs()->setCurrentIndex(MeetingView::DetailsTab);
    m_view->findChild<QWidget *>(QStringLiteral("dateField"))->setFocus();
}

bool MeetingPage::openMeeting(qint64 meetingId)
{
    if (!isListShown() && m_view->meetingId() != meetingId && !m_view->keepWork()) {
        return false;
    }
    if (!m_view->openMeeting(meetingId)) {
        Q_EMIT errorOccurred(m_view->messageText());
        return false;
    }
    m_ui->pagesStackedWidget->setCurrentWidget(m_view);
    m_view->tabs()->setCurrentIndex(MeetingView::AgendaTab);
    m_view->agendaEditor()->tree()->setFocus();
    return true;
}

void MeetingPage::showList()
{
    const qint64 shown = m_view->meetingId();
    fillList();
    selectMeeting(shown);
    m_ui->pagesStackedWidget->setCurrentWidget(m_ui->listPage);
    m_ui->meetingsTableWidget->setFocus();
}

qint64 MeetingPage::shownMeeting() const
{
    return isListShown() ? 0 : m_view->meetingId();
}

bool MeetingPage::isListShown() const
{
    return m_ui->pagesStackedWidget->currentWidget() == m_ui->listPage;
}

bool MeetingPage::keepWork()
{
    return isListShown() || m_view->keepWork();
}

} // namespace verdes::ui
