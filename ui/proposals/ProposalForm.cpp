// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/proposals/ProposalForm.h"

#include "models/domain/Household.h"
#include "models/repo/HouseholdRepository.h"
#include "ui/common/DateField.h"
#include "ui/proposals/CorrectionsEditor.h"
#include "ui/proposals/HouseholdPicker.h"
#include "ui_ProposalForm.h"

#include <QCheckBox>

namespace verdes::ui {

ProposalForm::ProposalForm(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ProposalForm>())
{
    m_ui->setupUi(this);
    for (ProposalType type : allProposalTypes()) {
        m_ui->typeComboBox->addItem(ProposalTypeText::label(type), proposalTypeCode(type));
    }
    for (Channel channel : allChannels()) {
        m_ui->channelComboBox->addItem(ProposalTypeText::channelLabel(channel), channelCode(channel));
    }
    m_ui->kkChangeComboBox->addItem(tr("New number"), int(ProposalDetails::KkChangeKind::NewNumber));
    m_ui->kkChangeComboBox->addItem(tr("Split: members to a new family"),
                                    int(ProposalDetails::KkChangeKind::Split));
    m_ui->kkChangeComboBox->addItem(tr("Merge into another family"),
                                    int(ProposalDetails::KkChangeKind::Merge));
    m_ui->ineligibleComboBox->addItem(tr("(choose)"), QString());
    for (const QString &code : ineligibleReasonCodes()) {
        m_ui->ineligibleComboBox->addItem(ProposalTypeText::ineligibleLabel(code), code);
    }
    // One check box per programme, before "Reactivation", in the tab order too.
    QWidget *previous = m_ui->otherReasonLineEdit;
    for (const QString &code : programmeCodes()) {
        auto *check = new QCheckBox(ProposalTypeText::programmeLabel(code), m_ui->programmesBox);
        check->setProperty("code", code);
        m_ui->programmesLayout->insertWidget(int(m_programmeChecks.size()), check);
        QWidget::setTabOrder(previous, check);
        previous = check;
        m_programmeChecks << check;
    }
    QWidget::setTabOrder(previous, m_ui->reactivationCheckBox);

    connect(m_ui->householdSearchButton, &QPushButton::clicked, this, [this] {
        if (m_db == nullptr) {
            return;
        }
        HouseholdPicker::openFor(*m_db, window(), [this](const QString &householdId) {
            Q_EMIT householdRequested(householdId);
        });
    });
    connect(m_ui->householdLineEdit, &QLineEdit::editingFinished, this, [this] {
        if (householdId() != m_householdShown) {
            Q_EMIT householdRequested(householdId());
        }
    });
    connect(m_ui->typeComboBox, &QComboBox::currentIndexChanged, this, &ProposalForm::typeChanged);
    connect(m_ui->reasonEdit, &QPlainTextEdit::textChanged, this, &ProposalForm::emitChanged);
    connect(m_ui->personListWidget, &QListWidget::itemChanged, this, &ProposalForm::emitChanged);
    connect(m_ui->eventDateEdit->lineEdit(), &QLineEdit::textChanged, this, &ProposalForm::emitChanged);
    connect(m_ui->ineligibleComboBox, &QComboBox::currentIndexChanged, this, &ProposalForm::emitChanged);
    connect(m_ui->birthCheckBox, &QCheckBox::toggled, this, &ProposalForm::emitChanged);
    connect(m_ui->headDiedCheckBox, &QCheckBox::toggled, this, &ProposalForm::emitChanged);
    connect(m_ui->destinationUnknownCheckBox, &QCheckBox::toggled, this, &ProposalForm::emitChanged);
    for (QCheckBox *check : std::as_const(m_programmeChecks)) {
        connect(check, &QCheckBox::toggled, this, &ProposalForm::emitChanged);
    }
    for (QLineEdit *edit : textEdits()) {
        connect(edit, &QLineEdit::textChanged, this, &ProposalForm::emitChanged);
    }
    connect(m_ui->newHeadComboBox, &QComboBox::currentIndexChanged, this, &ProposalForm::emitChanged);
    connect(m_ui->correctionsEditor, &CorrectionsEditor::changed, this, &ProposalForm::emitChanged);
}

ProposalForm::~ProposalForm() = default;

void ProposalForm::setDatabase(Database &db)
{
    m_db = &db;
    m_ui->correctionsEditor->setDatabase(db);
}

QList<QLineEdit *> ProposalForm::textEdits() const
{
    return {m_ui->destinationLineEdit,
            m_ui->countryLineEdit,
            m_ui->lastAddressLineEdit,
            m_ui->newKkLineEdit,
            m_ui->otherReasonLineEdit,
            m_ui->objectorNameLineEdit,
            m_ui->objectorAddressLineEdit,
            m_ui->otherRecordLineEdit,
            m_ui->latitudeLineEdit,
            m_ui->longitudeLineEdit};
}

void ProposalForm::emitChanged()
{
    if (!m_loadingHousehold) {
        Q_EMIT changed();
    }
}

DateField *ProposalForm::dateField() const
{
    return m_ui->eventDateEdit;
}

ProposalType ProposalForm::type() const
{
    return proposalTypeFromCode(m_ui->typeComboBox->currentData().toString())
        .value_or(ProposalType::DataUpdate);
}

QString ProposalForm::householdId() const
{
    return m_ui->householdLineEdit->text().trimmed();
}

void ProposalForm::clear(ProposalType type)
{
    m_ui->reasonEdit->clear();
    m_ui->correctionsEditor->clear();
    m_ui->eventDateEdit->setDate({});
    for (QLineEdit *edit : textEdits()) {
        edit->clear();
    }
    m_ui->typeComboBox->setCurrentIndex(qMax(0, m_ui->typeComboBox->findData(proposalTypeCode(type))));
    m_ui->ineligibleComboBox->setCurrentIndex(0);
}

void ProposalForm::load(const Proposal &proposal)
{
    const Proposal p = proposal; // the caller's copy may change while the household loads
    m_ui->typeComboBox->setCurrentIndex(qMax(0, m_ui->typeComboBox->findData(proposalTypeCode(p.type))));
    loadHousehold(p.householdId);
    setPersons(p.personIds);
    m_ui->channelComboBox->setCurrentIndex(qMax(0, m_ui->channelComboBox->findData(channelCode(p.channel))));
    m_ui->reasonEdit->setPlainText(p.reason);
    const ProposalDetails &d = p.details;
    m_ui->eventDateEdit->setDate(d.eventDate);
    m_ui->destinationLineEdit->setText(d.destination);
    m_ui->destinationUnknownCheckBox->setChecked(d.destinationUnknown);
    m_ui->countryLineEdit->setText(d.country);
    m_ui->lastAddressLineEdit->setText(d.lastKnownAddress);
    m_ui->birthCheckBox->setChecked(d.isBirth);
    m_ui->newKkLineEdit->setText(d.newKkNumber);
    m_ui->kkChangeComboBox->setCurrentIndex(qMax(0, m_ui->kkChangeComboBox->findData(int(d.kkChange))));
    m_ui->newHeadComboBox->setCurrentIndex(qMax(0, m_ui->newHeadComboBox->findData(d.newHeadPersonId)));
    m_ui->headDiedCheckBox->setChecked(d.headDied);
    m_ui->ineligibleComboBox->setCurrentIndex(
        qMax(0, m_ui->ineligibleComboBox->findData(d.ineligibleReason)));
    m_ui->otherReasonLineEdit->setText(d.otherReason);
    for (QCheckBox *check : std::as_const(m_programmeChecks)) {
        check->setChecked(d.programmes.contains(check->property("code").toString()));
    }
    m_ui->reactivationCheckBox->setChecked(d.reactivation);
    m_ui->objectorNameLineEdit->setText(d.objectorName);
    m_ui->objectorAddressLineEdit->setText(d.objectorAddress);
    m_ui->otherRecordLineEdit->setText(d.otherRecordId);
    m_ui->latitudeLineEdit->setText(d.latitude);
    m_ui->longitudeLineEdit->setText(d.longitude);
    m_ui->correctionsEditor->clear();
    if (p.type == ProposalType::DataUpdate || p.type == ProposalType::IdentityCorrection) {
        for (const FieldChange &change : p.changes) {
            m_ui->correctionsEditor->addChange(change.table, change.recordId, change.column, change.newValue);
        }
    }
}

void ProposalForm::loadHousehold(const QString &householdId)
{
    m_householdShown = householdId;
    m_ui->householdLineEdit->setText(householdId);
    m_members.clear();
    m_headName.clear();
    const bool wasLoading = m_loadingHousehold;
    m_loadingHousehold = true;
    m_ui->personListWidget->clear();
    m_ui->newHeadComboBox->clear();
    m_ui->newHeadComboBox->addItem(tr("(choose)"), QString());
    m_ui->householdInfoLabel->clear();
    if (!householdId.isEmpty() && m_db != nullptr) {
        auto household = HouseholdRepository(*m_db).household(householdId, true);
        if (!household) {
            Q_EMIT message(describe(household.error()), true);
        } else if (!household->has_value()) {
            m_ui->householdInfoLabel->setText(tr("no such household"));
        } else {
            for (const Member &member : (*household)->members) {
                QString label = member.name();
                if (member.isHead()) {
                    m_headName = member.name();
                    label = tr("%1 (head)").arg(member.name());
                }
                m_members.append({member.personId(), label});
                auto *item = new QListWidgetItem(label, m_ui->personListWidget);
                item->setData(Qt::UserRole, member.personId());
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
                m_ui->newHeadComboBox->addItem(label, member.personId());
            }
            m_ui->householdInfoLabel->setText(m_headName.isEmpty()
                                                  ? tr("%n member(s)", nullptr, int(m_members.size()))
                                                  : tr("head: %1").arg(m_headName));
        }
    }
    m_loadingHousehold = wasLoading;
    m_ui->correctionsEditor->setRecords(householdId, m_members);
    Q_EMIT householdLoaded(householdId);
}

void ProposalForm::writeTo(Proposal &p) const
{
    p.type = type();
    p.channel = channelFromCode(m_ui->channelComboBox->currentData().toString()).value_or(Channel::Operator);
    p.householdId = householdId();
    p.personIds.clear();
    for (int row = 0; row < m_ui->personListWidget->count(); ++row) {
        if (m_ui->personListWidget->item(row)->checkState() == Qt::Checked) {
            p.personIds << m_ui->personListWidget->item(row)->data(Qt::UserRole).toString();
        }
    }
    p.reason = m_ui->reasonEdit->toPlainText().trimmed();
    ProposalDetails d;
    d.eventDate = m_ui->eventDateEdit->date();
    d.destination = m_ui->destinationLineEdit->text().trimmed();
    d.destinationUnknown = m_ui->destinationUnknownCheckBox->isChecked();
    d.country = m_ui->countryLineEdit->text().trimmed();
    d.lastKnownAddress = m_ui->lastAddressLineEdit->text().trimmed();
    d.isBirth = m_ui->birthCheckBox->isChecked();
    d.newKkNumber = m_ui->newKkLineEdit->text().trimmed();
    d.kkChange = static_cast<ProposalDetails::KkChangeKind>(m_ui->kkChangeComboBox->currentData().toInt());
    d.newHeadPersonId = m_ui->newHeadComboBox->currentData().toString();
    d.headDied = m_ui->headDiedCheckBox->isChecked();
    d.ineligibleReason = m_ui->ineligibleComboBox->currentData().toString();
    d.otherReason = m_ui->otherReasonLineEdit->text().trimmed();
    for (QCheckBox *check : m_programmeChecks) {
        if (check->isChecked()) {
            d.programmes << check->property("code").toString();
        }
    }
    d.reactivation = m_ui->reactivationCheckBox->isChecked();
    d.objectorName = m_ui->objectorNameLineEdit->text().trimmed();
    d.objectorAddress = m_ui->objectorAddressLineEdit->text().trimmed();
    d.otherRecordId = m_ui->otherRecordLineEdit->text().trimmed();
    d.latitude = m_ui->latitudeLineEdit->text().trimmed();
    d.longitude = m_ui->longitudeLineEdit->text().trimmed();
    p.details = d;
    if (p.type == ProposalType::DataUpdate || p.type == ProposalType::IdentityCorrection) {
        p.changes = m_ui->correctionsEditor->changes(p.householdId);
    }
}

void ProposalForm::showRowsFor(ProposalType type)
{
    const ProposalTypeInfo &info = proposalTypeInfo(type);
    const auto has = [&info](ProposalField field) {
        return info.fields.contains(field);
    };
    const auto show = [this](QWidget *widget, bool visible) {
        m_ui->formLayout->setRowVisible(widget, visible);
    };
    const bool dated =
        has(ProposalField::EventDate) || has(ProposalField::DateOfDeath) || type == ProposalType::NewMember;
    show(m_ui->eventDateEdit, dated);
    m_ui->dateLabel->setText(has(ProposalField::DateOfDeath) ? tr("Date of death:") : tr("Date:"));
    show(m_ui->personListWidget, info.target == ProposalTarget::Member || type == ProposalType::KkChange);
    show(m_ui->destinationLineEdit,
         type == ProposalType::MemberMoved || type == ProposalType::HouseholdMoved);
    show(m_ui->destinationUnknownCheckBox, type == ProposalType::HouseholdMoved);
    show(m_ui->countryLineEdit, type == ProposalType::MemberAbroad);
    show(m_ui->lastAddressLineEdit, type == ProposalType::MemberNotFound);
    show(m_ui->birthCheckBox, type == ProposalType::NewMember);
    show(m_ui->newKkLineEdit, type == ProposalType::KkChange);
    show(m_ui->kkChangeComboBox, type == ProposalType::KkChange);
    show(m_ui->newHeadComboBox, type == ProposalType::HeadReplacement);
    show(m_ui->headDiedCheckBox, type == ProposalType::HeadReplacement);
    show(m_ui->ineligibleComboBox, type == ProposalType::Ineligible);
    show(m_ui->otherReasonLineEdit, type == ProposalType::Ineligible);
    show(m_ui->programmesBox, type == ProposalType::Programme || type == ProposalType::Withdrawal);
    m_ui->reactivationCheckBox->setVisible(type == ProposalType::Programme);
    show(m_ui->objectorNameLineEdit, type == ProposalType::Objection);
    show(m_ui->objectorAddressLineEdit, type == ProposalType::Objection);
    show(m_ui->otherRecordLineEdit, type == ProposalType::Duplicate || type == ProposalType::KkChange);
    show(m_ui->latitudeLineEdit, type == ProposalType::NewHousehold || type == ProposalType::HouseholdMoved);
    show(m_ui->longitudeLineEdit, type == ProposalType::NewHousehold || type == ProposalType::HouseholdMoved);
    show(m_ui->correctionsEditor, has(ProposalField::FieldChanges));
}

void ProposalForm::setEditable(bool editable, bool isNew)
{
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->typeComboBox),
                            static_cast<QWidget *>(m_ui->householdLineEdit),
                            static_cast<QWidget *>(m_ui->personListWidget),
                            static_cast<QWidget *>(m_ui->channelComboBox),
                            static_cast<QWidget *>(m_ui->reasonEdit),
                            static_cast<QWidget *>(m_ui->eventDateEdit),
                            static_cast<QWidget *>(m_ui->correctionsEditor),
                            static_cast<QWidget *>(m_ui->programmesBox),
                            static_cast<QWidget *>(m_ui->destinationUnknownCheckBox),
                            static_cast<QWidget *>(m_ui->birthCheckBox),
                            static_cast<QWidget *>(m_ui->kkChangeComboBox),
                            static_cast<QWidget *>(m_ui->newHeadComboBox),
                            static_cast<QWidget *>(m_ui->headDiedCheckBox),
                            static_cast<QWidget *>(m_ui->ineligibleComboBox)}) {
        widget->setEnabled(editable);
    }
    for (QLineEdit *edit : textEdits()) {
        edit->setEnabled(editable);
    }
    m_ui->householdLineEdit->setReadOnly(!isNew);
    m_ui->householdSearchButton->setEnabled(editable && isNew);
    m_ui->typeComboBox->setEnabled(editable && isNew);
}

void ProposalForm::setType(ProposalType type)
{
    m_ui->typeComboBox->setCurrentIndex(m_ui->typeComboBox->findData(proposalTypeCode(type)));
}

void ProposalForm::setReason(const QString &reason)
{
    m_ui->reasonEdit->setPlainText(reason);
}

void ProposalForm::setChannel(Channel channel)
{
    m_ui->channelComboBox->setCurrentIndex(m_ui->channelComboBox->findData(channelCode(channel)));
}

void ProposalForm::setPersons(const QStringList &personIds)
{
    for (int row = 0; row < m_ui->personListWidget->count(); ++row) {
        QListWidgetItem *item = m_ui->personListWidget->item(row);
        item->setCheckState(personIds.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                    : Qt::Unchecked);
    }
}

void ProposalForm::setEventDate(const QDate &date)
{
    m_ui->eventDateEdit->setDate(date);
}

void ProposalForm::setIneligibleReason(const QString &tlCode)
{
    m_ui->ineligibleComboBox->setCurrentIndex(qMax(0, m_ui->ineligibleComboBox->findData(tlCode)));
}

void ProposalForm::addFieldChange(const QString &table,
                                  const QString &recordId,
                                  const QString &column,
                                  const QString &newValue)
{
    m_ui->correctionsEditor->addChange(table, recordId, column, newValue);
}

} // namespace verdes::ui
