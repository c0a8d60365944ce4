// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/browser/BrowserPage.h"

#include "models/audit/NikReveal.h"
#include "models/core/Clock.h"
#include "models/itemmodels/HouseholdTableModel.h"
#include "models/proposals/ProposalRepository.h"
#include "models/proposals/ProposalState.h"
#include "models/quality/QualityCheck.h"
#include "models/quality/QualityText.h"
#include "models/quality/SnapshotAge.h"
#include "models/repo/HouseholdRepository.h"
#include "models/repo/RecordIssueRepository.h"
#include "models/search/HouseholdSearch.h"
#include "models/search/SearchQuery.h"
#include "ui/browser/HouseholdDetailView.h"
#include "ui/browser/HouseholdFlagsView.h"
#include "ui/browser/HouseholdHistoryView.h"
#include "ui/browser/HouseholdMembersView.h"
#include "ui/common/Look.h"
#include "ui/proposals/HouseholdProposalsView.h"
#include "ui_BrowserPage.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace verdes::ui {

namespace {

constexpr int kSearchDelayMs = 150;
constexpr int kSearchLimit = 500;

} // namespace

BrowserPage::BrowserPage(Database &db, bool isDemo, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::BrowserPage>())
    , m_db(db)
    , m_model(std::make_unique<HouseholdTableModel>(db))
    , m_search(std::make_unique<HouseholdSearch>(db))
    , m_searchTimer(new QTimer(this))
    , m_detailTabs(new QTabWidget(this))
    , m_history(new HouseholdHistoryView(db, m_detailTabs))
    , m_detailPane(new QWidget(m_detailTabs))
    , m_flagsView(new HouseholdFlagsView(db, m_detailPane))
    , m_flagsComboBox(new QComboBox(this))
    , m_proposalsView(new HouseholdProposalsView(db, m_detailTabs))
    , m_membersView(new HouseholdMembersView(m_detailPane))
    , m_staleLabel(new QLabel(this))
    , m_emptyLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    m_ui->demoBannerLabel->setVisible(isDemo);
    Look::setBannerStyle(m_ui->demoBannerLabel);
    m_staleLabel->setObjectName(QStringLiteral("staleSnapshotLabel"));
    m_staleLabel->setWordWrap(true);
    Look::setNoticeStyle(m_staleLabel);
    m_ui->mainLayout->insertWidget(1, m_staleLabel);
    // An empty result says why and what to try (issue 11 §3), above the empty table.
    m_emptyLabel->setObjectName(QStringLiteral("emptyResultLabel"));
    m_emptyLabel->setWordWrap(true);
    Look::setNoticeStyle(m_emptyLabel);
    m_emptyLabel->hide();
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->splitter), m_emptyLabel);
    updateSnapshotAge();
    m_ui->householdsTableView->setModel(m_model.get());
    m_ui->householdsTableView->sortByColumn(HouseholdTableModel::HeadNameColumn, Qt::AscendingOrder);
    m_ui->householdsTableView->verticalHeader()->hide();
    m_ui->householdsTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->householdsTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->householdsTableView->setTextElideMode(Qt::ElideRight);
    // At 1366x768 the list is about 630 px wide: the name (with the matched member) gets the room,
    // the masked KK number needs little (issue 11 §4).
    m_ui->householdsTableView->setColumnWidth(HouseholdTableModel::HeadNameColumn, 240);
    m_ui->householdsTableView->setColumnWidth(HouseholdTableModel::KkColumn, 120);
    m_ui->householdsTableView->setColumnWidth(HouseholdTableModel::PlaceColumn, 110);
    m_ui->householdsTableView->setColumnWidth(HouseholdTableModel::DusunColumn, 90);
    m_ui->householdsTableView->setColumnWidth(HouseholdTableModel::MembersColumn, 65);
    m_ui->householdsTableView->setColumnWidth(HouseholdTableModel::DesilColumn, 50);
    m_ui->householdsTableView->setColumnWidth(HouseholdTableModel::ProgrammesColumn, 130);
    m_ui->householdsTableView->setColumnWidth(HouseholdTableModel::WarningsColumn, 70);
    // The detail shows in tabs: the household itself (its text, then its data-quality flags) and
    // its history, each section its own widget.
    m_detailTabs->setObjectName(QStringLiteral("detailTabWidget"));
    m_ui->splitter->replaceWidget(m_ui->splitter->indexOf(m_ui->detailTextBrowser), m_detailTabs);
    auto *detailLayout = new QVBoxLayout(m_detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_ui->detailTextBrowser, 3);
    m_ui->detailTextBrowser->show(); // replaceWidget hid it
    // The members in their own table: one can be selected for a new proposal.
    detailLayout->addWidget(m_membersView, 2);
    connect(m_membersView,
            &HouseholdMembersView::proposalRequested,
            this,
            [this](const QString &personId, ProposalType type) {
                Q_EMIT memberProposalRequested(m_shownHousehold, personId, type);
            });
    detailLayout->addWidget(m_flagsView);
    connect(m_flagsView, &HouseholdFlagsView::errorOccurred, this, &BrowserPage::errorOccurred);
    connect(m_flagsView, &HouseholdFlagsView::flagsChanged, this, [this] {
        const QString shown = m_shownHousehold;
        applySearchAndFilters();
        selectHousehold(shown);
    });
    // The flags filter: any open flag, or one check.
    auto *flagsLabel = new QLabel(tr("Flags:"), this);
    m_flagsComboBox->setObjectName(QStringLiteral("flagsComboBox"));
    // The check names are long: the closed box stays narrow, the open list shows them whole.
    m_flagsComboBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_flagsComboBox->setMinimumContentsLength(16);
    m_flagsComboBox->addItem(tr("All"));
    m_flagsComboBox->addItem(tr("Any open flag"), QString());
    for (QualityCheck check : allQualityChecks()) {
        m_flagsComboBox->addItem(QualityText::label(check), qualityCheckCode(check));
    }
    const int warningsIndex = m_ui->filterLayout->indexOf(m_ui->warningsCheckBox);
    m_ui->filterLayout->insertWidget(warningsIndex, m_flagsComboBox);
    m_ui->filterLayout->insertWidget(warningsIndex, flagsLabel);
    connect(m_flagsComboBox, &QComboBox::currentIndexChanged, this, &BrowserPage::applySearchAndFilters);
    m_detailTabs->addTab(m_detailPane, tr("Household"));
    m_detailTabs->addTab(m_history, tr("History"));
    m_detailTabs->addTab(m_proposalsView, tr("Proposals"));
    connect(m_proposalsView, &HouseholdProposalsView::errorOccurred, this, &BrowserPage::errorOccurred);
    connect(m_proposalsView, &HouseholdProposalsView::newRequested, this, [this](const QString &householdId) {
        Q_EMIT newProposalRequested(householdId,
                                    householdId == m_shownHousehold ? selectedMember() : QString());
    });
    connect(
        m_proposalsView, &HouseholdProposalsView::openRequested, this, &BrowserPage::openProposalRequested);
    connect(
        m_flagsView, &HouseholdFlagsView::proposalRequested, this, &BrowserPage::suggestedProposalRequested);
    connect(m_history, &HouseholdHistoryView::errorOccurred, this, &BrowserPage::errorOccurred);
    // The history grows while the household is shown (a reveal, a proposal written in an editor):
    // read it again whenever its tab is opened.
    connect(m_detailTabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_detailTabs->widget(index) == m_history) {
            m_history->reload();
        }
    });
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    fillFilterChoices();

    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_ui->searchLineEdit, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        applySearchAndFilters();
    });
    connect(m_searchTimer, &QTimer::timeout, this, &BrowserPage::applySearchAndFilters);
    // Down from the search box moves into the results; Enter there opens the household (issue 11 §4).
    m_ui->searchLineEdit->installEventFilter(this);
    m_ui->householdsTableView->installEventFilter(this);
    for (QComboBox *combo :
         {m_ui->placeComboBox, m_ui->desilComboBox, m_ui->programmeComboBox, m_ui->presenceComboBox}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &BrowserPage::applySearchAndFilters);
    }
    connect(m_ui->warningsCheckBox, &QCheckBox::toggled, this, &BrowserPage::applySearchAndFilters);
    connect(m_model.get(), &HouseholdTableModel::totalCountChanged, this, &BrowserPage::updateCount);
    connect(m_ui->detailTextBrowser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"reveal") {
            revealShownHousehold();
        }
    });
    connect(m_ui->householdsTableView->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            [this](const QModelIndex &current) {
                showHousehold(m_model->householdIdAt(current.row()));
            });

    updateCount();
    m_ui->detailTextBrowser->setHtml(HouseholdDetailView::emptyHtml());
    if (m_model->rowCount() > 0) {
        m_ui->householdsTableView->selectRow(0);
    }
}

BrowserPage::~BrowserPage() = default;

void BrowserPage::focusSearch()
{
    m_ui->searchLineEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchLineEdit->selectAll();
}

QString BrowserPage::selectedMember() const
{
    return m_membersView->selectedPerson();
}

void BrowserPage::setDetailVisible(bool visible)
{
    m_detailTabs->setVisible(visible);
}

void BrowserPage::setActor(const Actor &actor)
{
    m_actor = actor;
    m_flagsView->setActor(actor);
    setMasking(m_masked);
}

void BrowserPage::revealShownHousehold()
{
    if (m_shownHousehold.isEmpty()) {
        return;
    }
    // Checked and recorded before the numbers are shown: no entry, no numbers.
    auto recorded = NikReveal::record(m_db, m_actor, {m_shownHousehold}, NikReveal::Where::HouseholdDetail);
    if (!recorded) {
        Q_EMIT errorOccurred(describe(recorded.error()));
        return;
    }
    showHousehold(m_shownHousehold, false);
}

void BrowserPage::setMasking(bool masked)
{
    m_masked = masked;
    m_model->setMasking(isMasking());
    if (!m_shownHousehold.isEmpty()) {
        showHousehold(m_shownHousehold);
    }
}

bool BrowserPage::isMasking() const
{
    return m_masked || !m_actor.may(Action::RevealNik);
}

void BrowserPage::updateSnapshotAge()
{
    auto age = SnapshotAge::of(m_db, SystemClock::instance().now().date());
    const QString warning = age && age->has_value() ? SnapshotAge::warning(**age) : QString();
    m_staleLabel->setText(warning);
    m_staleLabel->setVisible(!warning.isEmpty());
}

void BrowserPage::reload()
{
    updateSnapshotAge();
    fillFilterChoices();
    applySearchAndFilters();
}

void BrowserPage::fillFilterChoices()
{
    const QSignalBlocker blockPlace(m_ui->placeComboBox);
    const QSignalBlocker blockDesil(m_ui->desilComboBox);
    const QSignalBlocker blockProgramme(m_ui->programmeComboBox);
    const QSignalBlocker blockPresence(m_ui->presenceComboBox);
    const QVariant place = m_ui->placeComboBox->currentData();
    m_ui->placeComboBox->clear();
    m_ui->placeComboBox->addItem(tr("All RT/RW"));
    if (auto places = m_model->places()) {
        int lastRw = -1;
        for (const auto &[rw, rt] : *places) {
            if (rw != lastRw) {
                m_ui->placeComboBox->addItem(tr("RW %1 (all RT)").arg(rw, 3, 10, QLatin1Char('0')),
                                             QPoint(rw, 0));
                lastRw = rw;
            }
            m_ui->placeComboBox->addItem(
                QStringLiteral("    ")
                    + tr("RT %1 / RW %2").arg(rt, 3, 10, QLatin1Char('0')).arg(rw, 3, 10, QLatin1Char('0')),
                QPoint(rw, rt));
        }
    }
    m_ui->placeComboBox->setCurrentIndex(qMax(0, m_ui->placeComboBox->findData(place)));

    if (m_ui->desilComboBox->count() == 0) {
        m_ui->desilComboBox->addItem(tr("All"));
        for (int desil = 1; desil <= 10; ++desil) {
            m_ui->desilComboBox->addItem(QString::number(desil), desil);
        }
        m_ui->desilComboBox->addItem(tr("No desil yet"), 0);

        m_ui->programmeComboBox->addItem(tr("All"), int(HouseholdFilter::Programme::Any));
        m_ui->programmeComboBox->addItem(QStringLiteral("PKH"), int(HouseholdFilter::Programme::Pkh));
        m_ui->programmeComboBox->addItem(QStringLiteral("BPNT/Sembako"),
                                         int(HouseholdFilter::Programme::Bpnt));
        m_ui->programmeComboBox->addItem(QStringLiteral("PBI-JK"), int(HouseholdFilter::Programme::Pbi));
        m_ui->programmeComboBox->addItem(tr("None of these"), int(HouseholdFilter::Programme::None));

        m_ui->presenceComboBox->addItem(tr("All"), int(HouseholdFilter::Presence::Any));
        m_ui->presenceComboBox->addItem(tr("A member deceased"), int(HouseholdFilter::Presence::Deceased));
        m_ui->presenceComboBox->addItem(tr("A member moved"), int(HouseholdFilter::Presence::Moved));
        m_ui->presenceComboBox->addItem(tr("A member not found"), int(HouseholdFilter::Presence::NotFound));
        m_ui->presenceComboBox->addItem(tr("Missing from the latest snapshot"),
                                        int(HouseholdFilter::Presence::Missing));
    }
}

void BrowserPage::applySearchAndFilters()
{
    HouseholdFilter filter;
    if (const QVariant place = m_ui->placeComboBox->currentData(); place.isValid()) {
        const QPoint rwRt = place.toPoint();
        filter.rw = rwRt.x();
        if (rwRt.y() > 0) {
            filter.rt = rwRt.y();
        }
    }
    if (const QVariant desil = m_ui->desilComboBox->currentData(); desil.isValid()) {
        filter.desil = desil.toInt();
    }
    filter.programme =
        static_cast<HouseholdFilter::Programme>(m_ui->programmeComboBox->currentData().toInt());
    filter.presence = static_cast<HouseholdFilter::Presence>(m_ui->presenceComboBox->currentData().toInt());
    filter.withWarningsOnly = m_ui->warningsCheckBox->isChecked();
    if (const QVariant flag = m_flagsComboBox->currentData(); flag.isValid()) {
        filter.flagCheck = flag.toString();
    }

    QHash<QString, QStringList> matchedNames;
    const QString text = m_ui->searchLineEdit->text().trimmed();
    if (!text.isEmpty()) {
        auto hits = m_search->search(text, kSearchLimit);
        if (!hits) {
            Q_EMIT errorOccurred(describe(hits.error()));
            return;
        }
        QStringList ids;
        for (const SearchHit &hit : *hits) {
            if (!matchedNames.contains(hit.householdId)) {
                ids << hit.householdId;
                matchedNames.insert(hit.householdId, {});
            }
            if (!hit.isHead) {
                matchedNames[hit.householdId] << hit.name;
            }
        }
        filter.householdIds = ids;
    }
    if (auto applied = m_model->setFilter(filter, matchedNames); !applied) {
        Q_EMIT errorOccurred(describe(applied.error()));
    }
    if (m_model->rowCount() > 0) {
        m_ui->householdsTableView->selectRow(0);
        m_emptyLabel->hide();
        return;
    }
    m_ui->detailTextBrowser->setHtml(HouseholdDetailView::emptyHtml());
    m_membersView->showHousehold(nullptr, true, {});
    m_flagsView->showHousehold({});
    // Nothing found: say why, and what to try.
    QStringList lines;
    const bool filtered = m_ui->placeComboBox->currentIndex() > 0 || m_ui->desilComboBox->currentIndex() > 0
                          || m_ui->programmeComboBox->currentIndex() > 0
                          || m_ui->presenceComboBox->currentIndex() > 0 || m_ui->warningsCheckBox->isChecked()
                          || m_flagsComboBox->currentIndex() > 0;
    if (!text.isEmpty()) {
        lines << tr("No household matches “%1”.").arg(text);
        const SearchQuery query = SearchQuery::parse(text);
        const bool digitsOnly = query.words.isEmpty() && !query.numbers.isEmpty();
        if (digitsOnly || (!query.words.isEmpty() && query.words.first().front().isDigit())) {
            lines << tr(
                "A NIK or KK number is found by its first 4 digits or more, or by any 6 of its digits in a "
                "row (the birth date, for example 150375).");
        } else {
            lines << tr("Check the spelling, or type only the start of a name: SITI finds SITI AMINAH.");
        }
    } else {
        lines << tr("No household matches the filters.");
    }
    if (filtered) {
        lines << tr("Filters are on (area, desil, programme, status, flags): set them to “All” to search the "
                    "whole village.");
    }
    m_emptyLabel->setText(lines.join(QLatin1Char('\n')));
    m_emptyLabel->setVisible(!text.isEmpty() || filtered);
}

void BrowserPage::selectHousehold(const QString &householdId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->householdIdAt(row) == householdId) {
            m_ui->householdsTableView->selectRow(row);
            m_ui->householdsTableView->scrollTo(m_model->index(row, 0));
            return;
        }
    }
}

void BrowserPage::openSelectedHousehold()
{
    const QModelIndex current = m_ui->householdsTableView->currentIndex();
    if (!current.isValid()) {
        return;
    }
    if (m_model->householdIdAt(current.row()) != m_shownHousehold) {
        showHousehold(m_model->householdIdAt(current.row()));
    }
    m_detailTabs->setVisible(true);
    m_detailTabs->setCurrentWidget(m_detailPane);
    QTableWidget *members = m_membersView->table();
    members->setFocus(Qt::OtherFocusReason);
    if (members->rowCount() > 0 && m_membersView->selectedPerson().isEmpty()) {
        members->selectRow(0);
    }
}

bool BrowserPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        QTableView *table = m_ui->householdsTableView;
        if (watched == m_ui->searchLineEdit && key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            if (m_searchTimer->isActive()) {
                // Typed faster than the delay: the results of the whole text first.
                m_searchTimer->stop();
                applySearchAndFilters();
            }
            if (!table->currentIndex().isValid() && m_model->rowCount() > 0) {
                table->selectRow(0);
            }
            table->setFocus(Qt::TabFocusReason);
            return true;
        }
        if (watched == table && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            openSelectedHousehold();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

BrowserPage::ViewState BrowserPage::viewState() const
{
    ViewState state;
    state.searchText = m_ui->searchLineEdit->text();
    state.place = m_ui->placeComboBox->currentData();
    state.desilIndex = m_ui->desilComboBox->currentIndex();
    state.programmeIndex = m_ui->programmeComboBox->currentIndex();
    state.presenceIndex = m_ui->presenceComboBox->currentIndex();
    state.flagsIndex = m_flagsComboBox->currentIndex();
    state.warningsOnly = m_ui->warningsCheckBox->isChecked();
    state.householdId = m_shownHousehold;
    state.personId = selectedMember();
    state.detailTab = m_detailTabs->currentIndex();
    return state;
}

void BrowserPage::restoreViewState(const ViewState &state)
{
    {
        const QSignalBlocker blockSearch(m_ui->searchLineEdit);
        const QSignalBlocker blockPlace(m_ui->placeComboBox);
        const QSignalBlocker blockDesil(m_ui->desilComboBox);
        const QSignalBlocker blockProgramme(m_ui->programmeComboBox);
        const QSignalBlocker blockPresence(m_ui->presenceComboBox);
        const QSignalBlocker blockFlags(m_flagsComboBox);
        const QSignalBlocker blockWarnings(m_ui->warningsCheckBox);
        m_ui->searchLineEdit->setText(state.searchText);
        m_ui->placeComboBox->setCurrentIndex(qMax(0, m_ui->placeComboBox->findData(state.place)));
        m_ui->desilComboBox->setCurrentIndex(state.desilIndex);
        m_ui->programmeComboBox->setCurrentIndex(state.programmeIndex);
        m_ui->presenceComboBox->setCurrentIndex(state.presenceIndex);
        m_flagsComboBox->setCurrentIndex(state.flagsIndex);
        m_ui->warningsCheckBox->setChecked(state.warningsOnly);
    }
    m_searchTimer->stop();
    applySearchAndFilters();
    if (!state.householdId.isEmpty()) {
        selectHousehold(state.householdId);
    }
    if (!state.personId.isEmpty()) {
        m_membersView->selectPerson(state.personId);
    }
    m_detailTabs->setCurrentIndex(state.detailTab);
}

void BrowserPage::updateCount()
{
    const QLocale locale;
    m_ui->countLabel->setText(
        tr("%n household(s)", nullptr, static_cast<int>(m_model->totalCount()))
            .replace(QString::number(m_model->totalCount()), locale.toString(m_model->totalCount())));
}

void BrowserPage::showHousehold(const QString &householdId, bool masked)
{
    m_shownHousehold = householdId;
    m_history->showHousehold(householdId);
    m_proposalsView->showHousehold(householdId);
    m_flagsView->showHousehold(householdId);
    if (householdId.isEmpty()) {
        m_ui->detailTextBrowser->setHtml(HouseholdDetailView::emptyHtml());
        m_membersView->showHousehold(nullptr, true, {});
        return;
    }
    HouseholdRepository repository(m_db);
    auto household = repository.household(householdId, true);
    auto issues = RecordIssueRepository(m_db).forHousehold(householdId);
    if (!household || !issues) {
        Q_EMIT errorOccurred(describe(!household ? household.error() : issues.error()));
        return;
    }
    if (!household->has_value()) {
        m_ui->detailTextBrowser->setHtml(HouseholdDetailView::emptyHtml());
        m_membersView->showHousehold(nullptr, true, {});
        return;
    }
    const QDate today = SystemClock::instance().now().date();
    const bool maskNumbers = masked && isMasking();
    m_ui->detailTextBrowser->setHtml(
        HouseholdDetailView::html(**household, *issues, maskNumbers, today, false));
    QHash<QString, QStringList> openProposals;
    if (auto proposals = ProposalRepository(m_db).forHousehold(householdId)) {
        for (const ProposalSummary &summary : std::as_const(*proposals)) {
            if (!isOpenInVillage(summary.state)) {
                continue;
            }
            const QString text = tr("%1 (#%2, %3)")
                                     .arg(ProposalTypeText::label(summary.type))
                                     .arg(summary.id)
                                     .arg(ProposalStateText::label(summary.state));
            for (const QString &personId : summary.personIds) {
                openProposals[personId] << text;
            }
        }
    } else {
        Q_EMIT errorOccurred(describe(proposals.error()));
    }
    m_membersView->showHousehold(&**household, maskNumbers, today, openProposals);
}

void BrowserPage::refreshShownHousehold()
{
    if (!m_shownHousehold.isEmpty()) {
        showHousehold(m_shownHousehold);
    }
}

} // namespace verdes::ui
