// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/proposals/HouseholdPicker.h"

#include "models/core/Error.h"
#include "models/domain/Household.h"
#include "models/repo/HouseholdRepository.h"
#include "models/search/HouseholdSearch.h"
#include "ui/common/Look.h"
#include "ui/common/ScreenFit.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace verdes::ui {

namespace {

constexpr int kSearchDelayMs = 150;
// Hits are members: several may belong to one household, so ask for more than the rows shown.
constexpr int kHitLimit = HouseholdPicker::kHouseholdLimit * 4;
constexpr int kHouseholdIdRole = Qt::UserRole;

QString placeText(const SearchHit &hit)
{
    const auto part = [](const std::optional<int> &number) {
        return number ? QStringLiteral("%1").arg(*number, 3, 10, QLatin1Char('0')) : QStringLiteral("–");
    };
    return QStringLiteral("%1/%2").arg(part(hit.rt), part(hit.rw));
}

} // namespace

HouseholdPicker::HouseholdPicker(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_searchEdit(new QLineEdit(this))
    , m_statusLabel(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("householdPicker"));
    setWindowTitle(tr("Find a household"));
    ScreenFit::resize(this, QSize(860, 460));

    m_searchEdit->setObjectName(QStringLiteral("pickerSearchLineEdit"));
    m_searchEdit->setPlaceholderText(tr("Name, NIK, KK number or address"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->installEventFilter(this);
    m_statusLabel->setObjectName(QStringLiteral("pickerStatusLabel"));
    m_statusLabel->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("pickerTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Head of family"), tr("Member found"), tr("NIK"), tr("KK"), tr("RT/RW"), tr("Address")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(HeadColumn, 180);
    m_table->setColumnWidth(FoundColumn, 175);
    m_table->setColumnWidth(NikColumn, 130);
    m_table->setColumnWidth(KkColumn, 130);
    m_table->setColumnWidth(PlaceColumn, 70);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("pickerOkButton"));
    m_okButton->setText(tr("&Choose"));
    m_okButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Search:"), this);
    label->setBuddy(m_searchEdit);
    auto *top = new QHBoxLayout;
    top->addWidget(label);
    top->addWidget(m_searchEdit, 1);
    layout->addLayout(top);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    setTabOrder(m_searchEdit, m_table);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &HouseholdPicker::search);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &HouseholdPicker::updateOkButton);
    connect(m_table, &QTableWidget::doubleClicked, this, &HouseholdPicker::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &HouseholdPicker::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &HouseholdPicker::reject);

    search();
    m_searchEdit->setFocus(Qt::OtherFocusReason);
}

HouseholdPicker::~HouseholdPicker() = default;

HouseholdPicker *HouseholdPicker::openFor(Database &db,
                                          QWidget *parent,
                                          std::function<void(const QString &householdId)> picked)
{
    auto *picker = new HouseholdPicker(db, parent);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &HouseholdPicker::householdPicked, parent, std::move(picked));
    picker->open();
    return picker;
}

void HouseholdPicker::setSearchText(const QString &text)
{
    m_searchEdit->setText(text);
    m_searchTimer->stop();
    search();
}

void HouseholdPicker::search()
{
    m_searchTimer->stop();
    m_table->setRowCount(0);
    const QString text = m_searchEdit->text().trimmed();
    if (SearchQuery::parse(text).isEmpty()) {
        m_statusLabel->setText(tr("Type a name, the first digits of a NIK, a KK number or an address."));
        updateOkButton();
        return;
    }
    auto hits = HouseholdSearch(m_db).search(text, kHitLimit);
    if (!hits) {
        m_statusLabel->setText(describe(hits.error()));
        Q_EMIT errorOccurred(describe(hits.error()));
        updateOkButton();
        return;
    }
    HouseholdRepository households(m_db);
    QSet<QString> seen;
    for (const SearchHit &hit : std::as_const(*hits)) {
        if (seen.contains(hit.householdId)) {
            continue;
        }
        if (seen.size() >= kHouseholdLimit) {
            break;
        }
        seen.insert(hit.householdId);
        QString head = hit.isHead ? hit.name : QString();
        if (!hit.isHead) {
            if (auto household = households.household(hit.householdId, true);
                household && household->has_value()) {
                if (const Member *member = (*household)->head(); member != nullptr) {
                    head = member->name();
                }
            }
        }
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *headItem = new QTableWidgetItem(head.isEmpty() ? tr("(no head of family)") : head);
        headItem->setData(kHouseholdIdRole, hit.householdId);
        if (hit.isMissing) {
            headItem->setToolTip(tr("Missing from the latest snapshot"));
            headItem->setForeground(Look::warning());
        }
        m_table->setItem(row, HeadColumn, headItem);
        m_table->setItem(row, FoundColumn, new QTableWidgetItem(hit.isHead ? QString() : hit.name));
        m_table->setItem(row, NikColumn, new QTableWidgetItem(hit.maskedNik()));
        m_table->setItem(row, KkColumn, new QTableWidgetItem(hit.maskedKk()));
        m_table->setItem(row, PlaceColumn, new QTableWidgetItem(placeText(hit)));
        m_table->setItem(row, AddressColumn, new QTableWidgetItem(hit.address));
    }
    if (m_table->rowCount() == 0) {
        m_statusLabel->setText(tr("No household found for “%1”. Try part of a name, or the first digits "
                                  "of a NIK or KK number.")
                                   .arg(text));
    } else {
        m_statusLabel->setText(
            m_table->rowCount() >= kHouseholdLimit
                ? tr("The first %1 households found; type more to narrow the search.").arg(kHouseholdLimit)
                : tr("%n household(s) found.", nullptr, m_table->rowCount()));
        m_table->selectRow(0);
    }
    updateOkButton();
}

QString HouseholdPicker::selectedHousehold() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return {};
    }
    return m_table->item(rows.first().row(), HeadColumn)->data(kHouseholdIdRole).toString();
}

int HouseholdPicker::resultCount() const
{
    return m_table->rowCount();
}

QString HouseholdPicker::statusText() const
{
    return m_statusLabel->text();
}

void HouseholdPicker::accept()
{
    if (m_searchTimer->isActive()) {
        search();
    }
    const QString householdId = selectedHousehold();
    // Enter in the table may reach both the view and the default button: pick once.
    if (householdId.isEmpty() || !m_picked.isEmpty()) {
        return;
    }
    m_picked = householdId;
    Q_EMIT householdPicked(householdId);
    QDialog::accept();
}

bool HouseholdPicker::eventFilter(QObject *watched, QEvent *event)
{
    // Up and down in the search box move through the results, as in a completer.
    if (watched == m_searchEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) && m_table->rowCount() > 0) {
            const int current = m_table->currentRow();
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            m_table->selectRow(qBound(0, current + step, m_table->rowCount() - 1));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void HouseholdPicker::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_picked.clear();
    m_searchEdit->setFocus(Qt::OtherFocusReason);
    m_searchEdit->selectAll();
}

void HouseholdPicker::updateOkButton()
{
    m_okButton->setEnabled(!selectedHousehold().isEmpty());
}

} // namespace verdes::ui
