// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/musdes/FlaggedHouseholdPicker.h"

#include "models/core/Error.h"
#include "models/domain/Household.h"
#include "models/quality/QualityFlagRepository.h"
#include "models/quality/QualityText.h"
#include "models/repo/HouseholdRepository.h"
#include "ui/common/Look.h"
#include "ui/common/ScreenFit.h"
#include "ui_FlaggedHouseholdPicker.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>

#include <utility>

namespace verdes::ui {

namespace {

constexpr int kHouseholdIdRole = Qt::UserRole + 1;

QString padded(const QString &number)
{
    bool ok = false;
    const int value = number.toInt(&ok);
    return ok ? QStringLiteral("%1").arg(value, 3, 10, QLatin1Char('0')) : QStringLiteral("–");
}

} // namespace

FlaggedHouseholdPicker::FlaggedHouseholdPicker(Database &db, const QSet<QString> &onAgenda, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FlaggedHouseholdPicker>())
    , m_db(db)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("flaggedHouseholdPicker"));
    ScreenFit::resize(this, QSize(860, 460));
    QTableWidget *table = m_ui->householdsTableWidget;
    table->setTabKeyNavigation(false);
    table->setColumnWidth(HeadColumn, 220);
    table->setColumnWidth(HouseholdColumn, 150);
    table->setColumnWidth(PlaceColumn, 80);
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("Add to the agenda"));
    ok->setObjectName(QStringLiteral("pickerOkButton"));
    ok->setDefault(true);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FlaggedHouseholdPicker::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &FlaggedHouseholdPicker::reject);
    connect(m_ui->filterLineEdit, &QLineEdit::textChanged, this, &FlaggedHouseholdPicker::applyFilter);
    connect(table, &QTableWidget::itemSelectionChanged, this, &FlaggedHouseholdPicker::updateOkButton);
    connect(table, &QTableWidget::doubleClicked, this, &FlaggedHouseholdPicker::accept);

    load(onAgenda);
    m_ui->filterLineEdit->setFocus(Qt::OtherFocusReason);
}

FlaggedHouseholdPicker::~FlaggedHouseholdPicker() = default;

FlaggedHouseholdPicker *
FlaggedHouseholdPicker::openFor(Database &db,
                                const QSet<QString> &onAgenda,
                                QWidget *parent,
                                std::function<void(const QString &householdId)> picked)
{
    auto *picker = new FlaggedHouseholdPicker(db, onAgenda, parent);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setWindowModality(Qt::WindowModal);
    connect(picker, &FlaggedHouseholdPicker::householdPicked, parent, std::move(picked));
    picker->open();
    return picker;
}

QTableWidget *FlaggedHouseholdPicker::table() const
{
    return m_ui->householdsTableWidget;
}

void FlaggedHouseholdPicker::load(const QSet<QString> &onAgenda)
{
    QTableWidget *table = m_ui->householdsTableWidget;
    table->setRowCount(0);
    QualityFlagRepository flags(m_db);
    auto open = flags.open();
    if (!open) {
        m_ui->statusLabel->setText(describe(open.error()));
        Look::setMessageStyle(m_ui->statusLabel, true);
        updateOkButton();
        return;
    }
    // The warnings of each family, by family id.
    QMap<QString, QStringList> warnings;
    for (const QualityFlag &flag : std::as_const(*open)) {
        if (onAgenda.contains(flag.householdId)) {
            continue;
        }
        const auto check = flag.check();
        const QString label = check ? QualityText::label(*check) : flag.checkCode;
        QStringList &list = warnings[flag.householdId];
        if (!list.contains(label)) {
            list.append(label);
        }
    }
    HouseholdRepository households(m_db);
    for (auto it = warnings.cbegin(); it != warnings.cend(); ++it) {
        QString head;
        QString place;
        if (auto household = households.household(it.key(), true); household && household->has_value()) {
            if (const Member *member = (*household)->head(); member != nullptr) {
                head = member->name();
            }
            place = QStringLiteral("%1/%2").arg(padded((*household)->value(Field::Rt)),
                                                padded((*household)->value(Field::Rw)));
        }
        const int row = table->rowCount();
        table->insertRow(row);
        auto *headItem = new QTableWidgetItem(head.isEmpty() ? tr("(no head recorded)") : head);
        headItem->setData(kHouseholdIdRole, it.key());
        table->setItem(row, HeadColumn, headItem);
        table->setItem(row, HouseholdColumn, new QTableWidgetItem(it.key()));
        table->setItem(row, PlaceColumn, new QTableWidgetItem(place));
        auto *warningsItem = new QTableWidgetItem(it.value().join(QStringLiteral(", ")));
        warningsItem->setToolTip(it.value().join(QLatin1Char('\n')));
        table->setItem(row, WarningsColumn, warningsItem);
    }
    m_total = table->rowCount();
    table->sortItems(HeadColumn);
    applyFilter();
}

void FlaggedHouseholdPicker::applyFilter()
{
    QTableWidget *table = m_ui->householdsTableWidget;
    const QString text = m_ui->filterLineEdit->text().trimmed();
    int shown = 0;
    int first = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        bool match = text.isEmpty();
        for (int column = 0; !match && column < WarningsColumn; ++column) {
            match = table->item(row, column)->text().contains(text, Qt::CaseInsensitive);
        }
        table->setRowHidden(row, !match);
        if (match) {
            ++shown;
            if (first < 0) {
                first = row;
            }
        }
    }
    if (m_total == 0) {
        m_ui->statusLabel->setText(
            tr("No family has an open warning. Run the data-quality checks (File menu) to find them."));
    } else if (shown == 0) {
        m_ui->statusLabel->setText(tr("No flagged family matches “%1”.").arg(text));
    } else {
        m_ui->statusLabel->setText(tr("%n flagged family(ies) shown.", nullptr, shown));
    }
    const int selected = table->currentRow();
    if (first >= 0 && (selected < 0 || table->isRowHidden(selected))) {
        table->selectRow(first);
    } else if (first < 0) {
        table->clearSelection();
    }
    updateOkButton();
}

int FlaggedHouseholdPicker::shownCount() const
{
    const QTableWidget *table = m_ui->householdsTableWidget;
    int shown = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        shown += table->isRowHidden(row) ? 0 : 1;
    }
    return shown;
}

void FlaggedHouseholdPicker::setFilterText(const QString &text)
{
    m_ui->filterLineEdit->setText(text);
}

bool FlaggedHouseholdPicker::selectHousehold(const QString &householdId)
{
    QTableWidget *table = m_ui->householdsTableWidget;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (!table->isRowHidden(row) && table->item(row, HeadColumn)->data(kHouseholdIdRole) == householdId) {
            table->selectRow(row);
            return true;
        }
    }
    return false;
}

QString FlaggedHouseholdPicker::selectedHousehold() const
{
    const QTableWidget *table = m_ui->householdsTableWidget;
    const QList<QTableWidgetItem *> selected = table->selectedItems();
    for (const QTableWidgetItem *item : selected) {
        if (!table->isRowHidden(item->row())) {
            return table->item(item->row(), HeadColumn)->data(kHouseholdIdRole).toString();
        }
    }
    return {};
}

void FlaggedHouseholdPicker::updateOkButton()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!selectedHousehold().isEmpty());
}

void FlaggedHouseholdPicker::accept()
{
    const QString household = selectedHousehold();
    if (household.isEmpty()) {
        return;
    }
    Q_EMIT householdPicked(household);
    QDialog::accept();
}

} // namespace verdes::ui
