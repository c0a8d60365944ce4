// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/browser/BrowserPage.h"

#include "models/audit/NikReveal.h"
#include "models/core/Clock.h"
#include "models/itemmodels/HouseholdTableModel.h"
#include "models/quality/QualityCheck.h"
#include "models/quality/QualityText.h"
#include "models/quality/SnapshotAge.h"
#include "models/repo/HouseholdRepository.h"
#include "models/repo/RecordIssueRepository.h"
#include "models/search/HouseholdSearch.h"
#include "ui/browser/HouseholdDetailView.h"
#include "ui/browser/HouseholdFlagsView.h"
#include "ui/browser/HouseholdHistoryView.h"
#include "ui/browser/HouseholdMembersView.h"
#include "ui/proposals/HouseholdProposalsView.h"
#include "ui_BrowserPage.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
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
{
    m_ui->setupUi(this);
    m_ui->demoBannerLabel->setVisible(isDemo);
    m_ui->demoBannerLabel->setStyleSheet(
        QStringLiteral("QLabel { background: #b3261e; color: white; font-weight: bold; padding: 4px; }"));
    m_staleLabel->setObjectName(QStringLiteral("staleSnapshotLabel"));
    m_staleLabel->setWordWrap(true);
    m_staleLabel->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4ce; color: #5c4400; border: 1px solid #e0c060; padding: 4px; }"));
    m_ui->mainLayout->insertWidget(1, m_staleLabel);
    updateSnapshotAge();
    m_ui->householdsTableView->setModel(m_model.get());
    m_ui->householdsTableView->sortByColumn(HouseholdTableModel::HeadNameColumn, Qt::AscendingOrder);
    m_ui->householdsTableView->verticalHeader()->hide();
    m_ui->householdsTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->householdsTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->householdsTableView->setColumnWidth(HouseholdTableModel::HeadNameColumn, 200);
    m_ui->householdsTableView->setColumnWidth(HouseholdTableModel::KkColumn, 140);
    m_ui->householdsTableView->setColumnWidth(HouseholdTableModel::PlaceColumn, 120);
    m_ui->householdsTableView->setColumnWidth(HouseholdTableModel::DusunColumn, 100);
    m_ui->householdsTableView->setColumnWidth(HouseholdTableModel::MembersColumn, 70);
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
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->householdIdAt(row) == shown) {
                m_ui->householdsTableView->selectRow(row);
                break;
            }
        }
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
                    + tr("RW %1 / RT %2").arg(rw, 3, 10, QLatin1Char('0')).arg(rt, 3, 10, QLatin1Char('0')),
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
    } else {
        m_ui->detailTextBrowser->setHtml(HouseholdDetailView::emptyHtml());
        m_membersView->showHousehold(nullptr, true, {});
        m_flagsView->showHousehold({});
    }
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
    m_membersView->showHousehold(&**household, maskNumbers, today);
}

} // namespace verdes::ui
