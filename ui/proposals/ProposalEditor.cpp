// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/proposals/ProposalEditor.h"

#include "models/domain/Field.h"
#include "models/domain/Household.h"
#include "models/proposals/NewRecordCheck.h"
#include "models/proposals/ProposalRepository.h"
#include "models/proposals/ProposalStateMachine.h"
#include "models/repo/HouseholdRepository.h"
#include "ui/common/DateField.h"
#include "ui/common/DialogPrompter.h"
#include "ui/common/Look.h"
#include "ui/common/ScreenFit.h"
#include "ui/proposals/EvidenceViewer.h"
#include "ui/proposals/HouseholdPicker.h"
#include "ui/proposals/NewRecordForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <utility>

namespace verdes::ui {

namespace {

constexpr int kThumbnail = 96;
constexpr int kEvidenceIdRole = Qt::UserRole + 1;
constexpr int kPendingRole = Qt::UserRole + 2;

QString fieldLabelOf(const QString &column)
{
    if (const auto field = fieldByColumn(column)) {
        return FieldText::label(*field);
    }
    return column;
}

QIcon thumbnailFor(const QString &mime, const QByteArray &bytes, const QStyle *style)
{
    // A photo, or the first page of a PDF, on a square.
    const QImage image =
        EvidenceCheck::isImage(mime) ? QImage::fromData(bytes) : EvidenceViewer::firstPage(bytes, kThumbnail);
    if (image.isNull()) {
        return style->standardIcon(QStyle::SP_FileIcon);
    }
    QPixmap square(kThumbnail, kThumbnail);
    square.fill(Qt::transparent);
    const QImage scaled = image.scaled(kThumbnail, kThumbnail, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QPainter painter(&square);
    painter.drawImage((kThumbnail - scaled.width()) / 2, (kThumbnail - scaled.height()) / 2, scaled);
    return {square};
}

} // namespace

ProposalEditor::ProposalEditor(Database &db, Actor actor, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(std::move(actor))
    , m_prompter(&DialogPrompter::instance())
{
    setObjectName(QStringLiteral("proposalEditor"));
    buildForm();
    noDefaultButtons();
    startNew({});
    ScreenFit::resize(this, QSize(1080, 720));
}

ProposalEditor::~ProposalEditor() = default;

void ProposalEditor::buildForm()
{
    auto *layout = new QVBoxLayout(this);
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    QFont bold = m_stateLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_stateLabel->setFont(bold);
    layout->addWidget(m_stateLabel);
    m_bannerLabel = new QLabel(this);
    m_bannerLabel->setObjectName(QStringLiteral("bannerLabel"));
    m_bannerLabel->setWordWrap(true);
    Look::setBannerStyle(m_bannerLabel);
    layout->addWidget(m_bannerLabel);
    m_permissionLabel = new QLabel(this);
    m_permissionLabel->setObjectName(QStringLiteral("permissionLabel"));
    m_permissionLabel->setWordWrap(true);
    Look::setNoticeStyle(m_permissionLabel);
    layout->addWidget(m_permissionLabel);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("proposalTabs"));
    layout->addWidget(m_tabs, 1);

    // Tab 1: the proposal (form on the left, evidence and what is missing on the right).
    auto *splitter = new QSplitter(m_tabs);
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *formWidget = new QWidget(scroll);
    auto *formOuter = new QVBoxLayout(formWidget);
    m_form = new QFormLayout;
    formOuter->addLayout(m_form);
    formOuter->addStretch(1);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    scroll->setWidget(formWidget);

    m_typeCombo = new QComboBox(formWidget);
    m_typeCombo->setObjectName(QStringLiteral("typeComboBox"));
    for (ProposalType type : allProposalTypes()) {
        m_typeCombo->addItem(ProposalTypeText::label(type), proposalTypeCode(type));
    }
    m_form->addRow(tr("Type:"), m_typeCombo);

    auto *householdRow = new QWidget(formWidget);
    householdRow->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *householdLayout = new QHBoxLayout(householdRow);
    householdLayout->setContentsMargins(0, 0, 0, 0);
    m_householdEdit = new QLineEdit(householdRow);
    m_householdEdit->setObjectName(QStringLiteral("householdLineEdit"));
    m_householdEdit->setPlaceholderText(tr("household id"));
    m_householdEdit->setMaximumWidth(160);
    m_householdLabel = new QLabel(householdRow);
    householdLayout->addWidget(m_householdEdit);
    m_householdSearchButton = new QPushButton(tr("Search…"), householdRow);
    m_householdSearchButton->setObjectName(QStringLiteral("householdSearchButton"));
    householdLayout->addWidget(m_householdSearchButton);
    connect(m_householdSearchButton, &QPushButton::clicked, this, [this] {
        HouseholdPicker::openFor(m_db, this, [this](const QString &householdId) {
            loadHousehold(householdId);
            updateMissing();
        });
    });
    householdLayout->addWidget(m_householdLabel, 1);
    m_form->addRow(tr("Household:"), householdRow);

    m_personList = new QListWidget(formWidget);
    m_personList->setObjectName(QStringLiteral("personListWidget"));
    m_personList->setMaximumHeight(110);
    m_form->addRow(tr("Member(s):"), m_personList);

    m_channelCombo = new QComboBox(formWidget);
    m_channelCombo->setObjectName(QStringLiteral("channelComboBox"));
    for (Channel channel : allChannels()) {
        m_channelCombo->addItem(ProposalTypeText::channelLabel(channel), channelCode(channel));
    }
    m_form->addRow(tr("Channel:"), m_channelCombo);

    m_reasonEdit = new QPlainTextEdit(formWidget);
    m_reasonEdit->setObjectName(QStringLiteral("reasonEdit"));
    m_reasonEdit->setPlaceholderText(tr("Why this change is needed, in plain words"));
    m_reasonEdit->setMaximumHeight(70);
    m_form->addRow(tr("Reason:"), m_reasonEdit);

    m_dateEdit = new DateField(formWidget);
    m_dateEdit->setObjectName(QStringLiteral("eventDateEdit"));
    m_form->addRow(tr("Date:"), m_dateEdit);

    m_destinationEdit = new QLineEdit(formWidget);
    m_destinationEdit->setObjectName(QStringLiteral("destinationLineEdit"));
    m_form->addRow(tr("Destination:"), m_destinationEdit);
    m_destinationUnknown = new QCheckBox(tr("Not found: destination unknown"), formWidget);
    m_form->addRow(QString(), m_destinationUnknown);
    m_countryEdit = new QLineEdit(formWidget);
    m_form->addRow(tr("Country:"), m_countryEdit);
    m_lastAddressEdit = new QLineEdit(formWidget);
    m_form->addRow(tr("Last known address:"), m_lastAddressEdit);
    m_birthCheck = new QCheckBox(tr("A birth (the birth certificate is required)"), formWidget);
    m_form->addRow(QString(), m_birthCheck);
    m_newKkEdit = new QLineEdit(formWidget);
    m_newKkEdit->setMaxLength(16);
    m_form->addRow(tr("New KK number:"), m_newKkEdit);
    m_kkKindCombo = new QComboBox(formWidget);
    m_kkKindCombo->addItem(tr("New number"), int(ProposalDetails::KkChangeKind::NewNumber));
    m_kkKindCombo->addItem(tr("Split: members to a new family"), int(ProposalDetails::KkChangeKind::Split));
    m_kkKindCombo->addItem(tr("Merge into another family"), int(ProposalDetails::KkChangeKind::Merge));
    m_form->addRow(tr("KK change:"), m_kkKindCombo);
    m_newHeadCombo = new QComboBox(formWidget);
    m_newHeadCombo->setObjectName(QStringLiteral("newHeadComboBox"));
    m_form->addRow(tr("New head:"), m_newHeadCombo);
    m_headDiedCheck = new QCheckBox(tr("The old head died (the death certificate is required)"), formWidget);
    m_form->addRow(QString(), m_headDiedCheck);
    m_tlCombo = new QComboBox(formWidget);
    m_tlCombo->setObjectName(QStringLiteral("ineligibleComboBox"));
    m_tlCombo->addItem(tr("(choose)"), QString());
    for (const QString &code : ineligibleReasonCodes()) {
        m_tlCombo->addItem(ProposalTypeText::ineligibleLabel(code), code);
    }
    m_form->addRow(tr("Ineligible because:"), m_tlCombo);
    m_otherReasonEdit = new QLineEdit(formWidget);
    m_form->addRow(tr("Other reason:"), m_otherReasonEdit);
    m_programmesBox = new QWidget(formWidget);
    auto *programmesLayout = new QHBoxLayout(m_programmesBox);
    programmesLayout->setContentsMargins(0, 0, 0, 0);
    for (const QString &code : programmeCodes()) {
        auto *check = new QCheckBox(ProposalTypeText::programmeLabel(code), m_programmesBox);
        check->setProperty("code", code);
        programmesLayout->addWidget(check);
        m_programmeChecks << check;
    }
    m_reactivationCheck = new QCheckBox(tr("Reactivation"), m_programmesBox);
    programmesLayout->addWidget(m_reactivationCheck);
    programmesLayout->addStretch();
    m_form->addRow(tr("Programmes:"), m_programmesBox);
    m_objectorNameEdit = new QLineEdit(formWidget);
    m_form->addRow(tr("Objector's name:"), m_objectorNameEdit);
    m_objectorAddressEdit = new QLineEdit(formWidget);
    m_form->addRow(tr("Objector's address (RT/RW):"), m_objectorAddressEdit);
    m_otherRecordEdit = new QLineEdit(formWidget);
    m_form->addRow(tr("Other record (household id):"), m_otherRecordEdit);
    m_latitudeEdit = new QLineEdit(formWidget);
    m_form->addRow(tr("Latitude:"), m_latitudeEdit);
    m_longitudeEdit = new QLineEdit(formWidget);
    m_form->addRow(tr("Longitude:"), m_longitudeEdit);

    m_changesBox = new QWidget(formWidget);
    auto *changesLayout = new QVBoxLayout(m_changesBox);
    changesLayout->setContentsMargins(0, 0, 0, 0);
    m_changesTable = new QTableWidget(0, 4, m_changesBox);
    m_changesTable->setObjectName(QStringLiteral("changesTable"));
    m_changesTable->setHorizontalHeaderLabels({tr("Record"), tr("Field"), tr("Old value"), tr("New value")});
    m_changesTable->horizontalHeader()->setStretchLastSection(true);
    m_changesTable->verticalHeader()->hide();
    m_changesTable->setMinimumHeight(120);
    changesLayout->addWidget(m_changesTable);
    auto *changeButtons = new QHBoxLayout;
    auto *addChange = new QPushButton(tr("Add correction"), m_changesBox);
    auto *removeChange = new QPushButton(tr("Remove correction"), m_changesBox);
    changeButtons->addWidget(addChange);
    changeButtons->addWidget(removeChange);
    changeButtons->addStretch();
    changesLayout->addLayout(changeButtons);
    m_form->addRow(tr("Corrections:"), m_changesBox);
    connect(addChange, &QPushButton::clicked, this, [this] {
        addChangeRow(kHouseholdsTable, m_proposal.householdId, {}, {});
    });
    connect(removeChange, &QPushButton::clicked, this, [this] {
        if (m_changesTable->currentRow() >= 0) {
            m_changesTable->removeRow(m_changesTable->currentRow());
            updateMissing();
        }
    });
    connect(m_changesTable, &QTableWidget::itemChanged, this, [this] {
        updateMissing();
    });

    auto *side = new QWidget(splitter);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto *evidenceTitle = new QLabel(tr("<b>Evidence</b> (JPEG, PNG or PDF, at most %1)")
                                         .arg(EvidenceCheck::formatSize(EvidenceCheck::kMaxBytes)),
                                     side);
    sideLayout->addWidget(evidenceTitle);
    m_evidenceList = new QListWidget(side);
    m_evidenceList->setObjectName(QStringLiteral("evidenceListWidget"));
    m_evidenceList->setViewMode(QListView::IconMode);
    m_evidenceList->setIconSize(QSize(kThumbnail, kThumbnail));
    m_evidenceList->setGridSize(QSize(kThumbnail + 70, kThumbnail + 56));
    m_evidenceList->setResizeMode(QListView::Adjust);
    m_evidenceList->setMovement(QListView::Static);
    m_evidenceList->setWordWrap(true);
    sideLayout->addWidget(m_evidenceList, 1);
    auto *kindRow = new QHBoxLayout;
    m_evidenceKindCombo = new QComboBox(side);
    m_evidenceKindCombo->setObjectName(QStringLiteral("evidenceKindComboBox"));
    for (EvidenceKind kind : allEvidenceKinds()) {
        m_evidenceKindCombo->addItem(ProposalTypeText::evidenceLabel(kind), evidenceKindCode(kind));
    }
    m_addEvidenceButton = new QPushButton(tr("Add file…"), side);
    m_addEvidenceButton->setObjectName(QStringLiteral("addEvidenceButton"));
    kindRow->addWidget(m_evidenceKindCombo, 1);
    kindRow->addWidget(m_addEvidenceButton);
    sideLayout->addLayout(kindRow);
    auto *evidenceButtons = new QHBoxLayout;
    m_viewEvidenceButton = new QPushButton(tr("View"), side);
    m_replaceEvidenceButton = new QPushButton(tr("Replace…"), side);
    m_removeEvidenceButton = new QPushButton(tr("Remove"), side);
    evidenceButtons->addWidget(m_viewEvidenceButton);
    evidenceButtons->addWidget(m_replaceEvidenceButton);
    evidenceButtons->addWidget(m_removeEvidenceButton);
    evidenceButtons->addStretch();
    sideLayout->addLayout(evidenceButtons);
    m_missingLabel = new QLabel(side);
    m_missingLabel->setObjectName(QStringLiteral("missingLabel"));
    m_missingLabel->setWordWrap(true);
    m_missingLabel->setTextFormat(Qt::RichText);
    sideLayout->addWidget(m_missingLabel);
    splitter->addWidget(scroll);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_tabs->addTab(splitter, tr("Proposal"));
    // Tab 2 (NEW_HOUSEHOLD / NEW_MEMBER only): the data of the new records.
    auto *newRecordScroll = new QScrollArea(m_tabs);
    newRecordScroll->setWidgetResizable(true);
    m_newRecordForm = new NewRecordForm(m_db, newRecordScroll);
    newRecordScroll->setWidget(m_newRecordForm);
    m_tabs->addTab(newRecordScroll, tr("New record data"));
    connect(m_newRecordForm, &NewRecordForm::changed, this, &ProposalEditor::updateMissing);

    connect(m_addEvidenceButton, &QPushButton::clicked, this, &ProposalEditor::chooseEvidenceFile);
    connect(m_viewEvidenceButton, &QPushButton::clicked, this, [this] {
        viewEvidence(m_evidenceList->currentRow());
    });
    connect(m_evidenceList, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        viewEvidence(m_evidenceList->row(item));
    });
    connect(m_replaceEvidenceButton, &QPushButton::clicked, this, &ProposalEditor::chooseReplacement);
    connect(m_removeEvidenceButton, &QPushButton::clicked, this, [this] {
        QListWidgetItem *item = m_evidenceList->currentItem();
        if (item == nullptr) {
            return;
        }
        if (item->data(kPendingRole).toBool()) {
            m_pending.removeAt(item->data(kEvidenceIdRole).toInt());
        } else {
            auto removed =
                ProposalRepository(m_db).removeEvidence(m_actor, item->data(kEvidenceIdRole).toLongLong());
            if (!removed) {
                showMessage(describe(removed.error()));
                return;
            }
            openProposal(m_proposal.id);
        }
        rebuildEvidence();
        updateMissing();
    });
    connect(m_evidenceList, &QListWidget::currentRowChanged, this, &ProposalEditor::updateButtons);

    // Tab 2: the changes (diff, and base / current / proposed when stale).
    auto *changesPage = new QWidget(m_tabs);
    changesPage->setObjectName(QStringLiteral("changesPage"));
    auto *changesPageLayout = new QVBoxLayout(changesPage);
    m_diffBrowser = new QTextBrowser(changesPage);
    m_diffBrowser->setObjectName(QStringLiteral("diffBrowser"));
    changesPageLayout->addWidget(m_diffBrowser, 1);
    m_staleTable = new QTableWidget(0, 4, changesPage);
    m_staleTable->setObjectName(QStringLiteral("staleTable"));
    m_staleTable->setHorizontalHeaderLabels(
        {tr("Field"), tr("When written (base)"), tr("In the vault now"), tr("Proposed")});
    m_staleTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_staleTable->verticalHeader()->hide();
    m_staleTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    changesPageLayout->addWidget(m_staleTable);
    m_reconfirmButton = new QPushButton(tr("Re-confirm against the current data"), changesPage);
    m_reconfirmButton->setObjectName(QStringLiteral("reconfirmButton"));
    changesPageLayout->addWidget(m_reconfirmButton, 0, Qt::AlignLeft);
    connect(m_reconfirmButton, &QPushButton::clicked, this, &ProposalEditor::reconfirm);
    m_tabs->addTab(changesPage, tr("Changes"));

    // Tab 3: the history of the proposal's moves.
    m_historyBrowser = new QTextBrowser(m_tabs);
    m_historyBrowser->setObjectName(QStringLiteral("historyBrowser"));
    m_tabs->addTab(m_historyBrowser, tr("History"));

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_messageLabel);

    auto *buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(tr("Save draft"), QDialogButtonBox::ActionRole);
    m_saveButton->setObjectName(QStringLiteral("saveDraftButton"));
    m_readyButton = buttons->addButton(tr("Mark ready"), QDialogButtonBox::ActionRole);
    m_readyButton->setObjectName(QStringLiteral("markReadyButton"));
    m_backButton = buttons->addButton(tr("Back to draft"), QDialogButtonBox::ActionRole);
    m_backButton->setObjectName(QStringLiteral("backToDraftButton"));
    m_withdrawButton = buttons->addButton(tr("Withdraw…"), QDialogButtonBox::ActionRole);
    m_withdrawButton->setObjectName(QStringLiteral("withdrawButton"));
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saveButton, &QPushButton::clicked, this, &ProposalEditor::saveDraft);
    connect(m_readyButton, &QPushButton::clicked, this, &ProposalEditor::markReady);
    connect(m_backButton, &QPushButton::clicked, this, &ProposalEditor::backToDraft);
    connect(m_withdrawButton, &QPushButton::clicked, this, &ProposalEditor::askWithdraw);
    layout->addWidget(buttons);

    connect(m_typeCombo, &QComboBox::currentIndexChanged, this, &ProposalEditor::updateTypeRows);
    connect(m_householdEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_householdEdit->text().trimmed() != m_proposal.householdId) {
            loadHousehold(m_householdEdit->text().trimmed());
            updateMissing();
        }
    });
    const auto changed = [this] {
        updateMissing();
    };
    connect(m_reasonEdit, &QPlainTextEdit::textChanged, this, changed);
    connect(m_personList, &QListWidget::itemChanged, this, changed);
    connect(m_dateEdit->lineEdit(), &QLineEdit::textChanged, this, changed);
    connect(m_tlCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_birthCheck, &QCheckBox::toggled, this, changed);
    connect(m_headDiedCheck, &QCheckBox::toggled, this, changed);
    connect(m_destinationUnknown, &QCheckBox::toggled, this, changed);
    for (QCheckBox *check : std::as_const(m_programmeChecks)) {
        connect(check, &QCheckBox::toggled, this, changed);
    }
    for (QLineEdit *edit : {m_destinationEdit,
                            m_countryEdit,
                            m_lastAddressEdit,
                            m_newKkEdit,
                            m_otherReasonEdit,
                            m_objectorNameEdit,
                            m_objectorAddressEdit,
                            m_otherRecordEdit,
                            m_latitudeEdit,
                            m_longitudeEdit}) {
        connect(edit, &QLineEdit::textChanged, this, changed);
    }
    connect(m_newHeadCombo, &QComboBox::currentIndexChanged, this, changed);
}

void ProposalEditor::startNew(const QString &householdId,
                              const QString &personId,
                              std::optional<ProposalType> type)
{
    m_loading = true;
    m_proposal = Proposal();
    m_proposal.type = type.value_or(ProposalType::DataUpdate);
    m_pending.clear();
    m_reasonEdit->clear();
    m_changesTable->setRowCount(0);
    m_dateEdit->setDate({});
    for (QLineEdit *edit : {m_destinationEdit,
                            m_countryEdit,
                            m_lastAddressEdit,
                            m_newKkEdit,
                            m_otherReasonEdit,
                            m_objectorNameEdit,
                            m_objectorAddressEdit,
                            m_otherRecordEdit,
                            m_latitudeEdit,
                            m_longitudeEdit}) {
        edit->clear();
    }
    m_typeCombo->setCurrentIndex(qMax(0, m_typeCombo->findData(proposalTypeCode(m_proposal.type))));
    m_tlCombo->setCurrentIndex(0);
    m_newRecordForm->setProposal(m_proposal.type, householdId, {});
    loadHousehold(householdId);
    if (!personId.isEmpty()) {
        setPersons({personId});
    }
    m_loading = false;
    showMessage({}, false);
    updateTypeRows();
    rebuildEvidence();
    rebuildDiff();
    rebuildHistory();
    takeBaseline();
}

void ProposalEditor::startFromSuggestion(const FlagSuggestion &suggestion)
{
    startNew(suggestion.householdId, suggestion.personId, proposalTypeFromCode(suggestion.proposalType));
    if (!suggestion.reasonCode.isEmpty()) {
        setIneligibleReason(suggestion.reasonCode);
    }
    // What the flag filled in is not the officer's work yet: closing it untouched keeps nothing.
    takeBaseline();
}

bool ProposalEditor::openProposal(qint64 proposalId)
{
    auto loaded = ProposalRepository(m_db).get(proposalId);
    if (!loaded || !loaded->has_value()) {
        showMessage(loaded ? tr("Proposal %1 does not exist.").arg(proposalId) : describe(loaded.error()));
        return false;
    }
    m_proposal = **loaded;
    m_pending.clear();
    fillFromProposal();
    return true;
}

void ProposalEditor::fillFromProposal()
{
    m_loading = true;
    const Proposal &p = m_proposal;
    m_typeCombo->setCurrentIndex(qMax(0, m_typeCombo->findData(proposalTypeCode(p.type))));
    const QStringList persons = p.personIds;
    loadHousehold(p.householdId);
    m_proposal.personIds = persons;
    setPersons(persons);
    m_channelCombo->setCurrentIndex(qMax(0, m_channelCombo->findData(channelCode(p.channel))));
    m_reasonEdit->setPlainText(p.reason);
    const ProposalDetails &d = p.details;
    m_dateEdit->setDate(d.eventDate);
    m_destinationEdit->setText(d.destination);
    m_destinationUnknown->setChecked(d.destinationUnknown);
    m_countryEdit->setText(d.country);
    m_lastAddressEdit->setText(d.lastKnownAddress);
    m_birthCheck->setChecked(d.isBirth);
    m_newKkEdit->setText(d.newKkNumber);
    m_kkKindCombo->setCurrentIndex(qMax(0, m_kkKindCombo->findData(int(d.kkChange))));
    m_newHeadCombo->setCurrentIndex(qMax(0, m_newHeadCombo->findData(d.newHeadPersonId)));
    m_headDiedCheck->setChecked(d.headDied);
    m_tlCombo->setCurrentIndex(qMax(0, m_tlCombo->findData(d.ineligibleReason)));
    m_otherReasonEdit->setText(d.otherReason);
    for (QCheckBox *check : std::as_const(m_programmeChecks)) {
        check->setChecked(d.programmes.contains(check->property("code").toString()));
    }
    m_reactivationCheck->setChecked(d.reactivation);
    m_objectorNameEdit->setText(d.objectorName);
    m_objectorAddressEdit->setText(d.objectorAddress);
    m_otherRecordEdit->setText(d.otherRecordId);
    m_latitudeEdit->setText(d.latitude);
    m_longitudeEdit->setText(d.longitude);
    m_changesTable->setRowCount(0);
    m_newRecordForm->setProposal(p.type, p.householdId, p.changes);
    if (p.type == ProposalType::DataUpdate || p.type == ProposalType::IdentityCorrection) {
        for (const FieldChange &change : p.changes) {
            addChangeRow(change.table, change.recordId, change.column, change.newValue);
        }
    }
    m_loading = false;
    showMessage({}, false);
    updateTypeRows();
    rebuildEvidence();
    rebuildDiff();
    rebuildHistory();
    takeBaseline();
}

void ProposalEditor::restoreUnsaved(const Proposal &proposal)
{
    m_proposal = proposal;
    m_pending.clear();
    fillFromProposal();
    m_baseline = Proposal();
    m_baseline.reason = QStringLiteral("\n"); // differs from any form: the whole proposal is unsaved
    showMessage(tr("This proposal was not saved before the vault was locked; it is shown as it was written."),
                false);
}

void ProposalEditor::setPrompter(Prompter &prompter)
{
    m_prompter = &prompter;
}

void ProposalEditor::takeBaseline()
{
    m_baseline = formProposal();
    m_baseline.evidence.clear();
    updateTitle();
}

bool ProposalEditor::hasUnsavedChanges() const
{
    if (m_discarding || isReadOnly()
        || !m_actor.may(m_proposal.id == 0 ? Action::CreateProposal : Action::EditProposal)) {
        return false;
    }
    if (!m_pending.isEmpty()) {
        return true;
    }
    const Proposal now = formProposal();
    const auto written = [](const QList<FieldChange> &changes) {
        QStringList out;
        for (const FieldChange &change : changes) {
            out << change.table + u'\x1f' + change.recordId + u'\x1f' + change.column + u'\x1f'
                       + change.newValue;
        }
        return out;
    };
    return now.type != m_baseline.type || now.channel != m_baseline.channel
           || now.householdId != m_baseline.householdId || now.personIds != m_baseline.personIds
           || now.reason != m_baseline.reason || !(now.details == m_baseline.details)
           || written(now.changes) != written(m_baseline.changes)
           || m_dateEdit->text().trimmed()
                  != (m_baseline.details.eventDate.isValid()
                          ? m_baseline.details.eventDate.toString(QStringLiteral("dd/MM/yyyy"))
                          : QString());
}

bool ProposalEditor::keepDraft()
{
    if (!hasUnsavedChanges()) {
        return true;
    }
    return saveDraft();
}

void ProposalEditor::reject()
{
    if (m_discarding || keepDraft()) {
        QDialog::reject();
        return;
    }
    // The vault refused the draft (the message line says why): ask before anything is dropped.
    const QPointer<ProposalEditor> self(this);
    m_prompter->ask(this,
                    Question{tr("Proposal not saved"),
                             tr("This proposal could not be kept as a draft:\n%1\n\nClose it and lose what "
                                "was written?")
                                 .arg(message()),
                             tr("&Discard"),
                             tr("&Keep editing"),
                             false,
                             {}},
                    [self](const Answer &answer) {
                        if (self != nullptr && answer.accepted) {
                            self->m_discarding = true;
                            self->QDialog::reject();
                        }
                    });
}

void ProposalEditor::keyPressEvent(QKeyEvent *event)
{
    // Enter never presses a button of the editor (issue 11 §2): QDialog would press the default
    // button, and the first auto-default button in the focus chain becomes one.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void ProposalEditor::showEvent(QShowEvent *event)
{
    noDefaultButtons(); // buttons added since (the new record form's) too
    QDialog::showEvent(event);
}

void ProposalEditor::noDefaultButtons()
{
    for (QPushButton *button : findChildren<QPushButton *>()) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
}

QString ProposalEditor::subjectText() const
{
    const Proposal p = formProposal();
    QStringList names;
    for (const QString &personId : p.personIds) {
        for (const auto &[id, label] : m_members) {
            if (id == personId) {
                names << label;
            }
        }
    }
    if (!names.isEmpty()) {
        return names.join(QStringLiteral(", "));
    }
    if (p.type == ProposalType::NewHousehold) {
        const QString head = m_newRecordForm->value(kNewHeadKey, QStringLiteral("name"));
        return head.isEmpty() ? QString() : tr("new family of %1").arg(head);
    }
    return m_headName.isEmpty() ? QString() : tr("household of %1").arg(m_headName);
}

void ProposalEditor::updateTitle()
{
    const QString type = ProposalTypeText::label(formProposal().type);
    const QString subject = subjectText();
    if (m_proposal.id == 0) {
        setWindowTitle(subject.isEmpty() ? tr("New proposal: %1").arg(type)
                                         : tr("New proposal: %1 — %2").arg(type, subject));
    } else {
        setWindowTitle(subject.isEmpty() ? tr("Proposal %1: %2").arg(m_proposal.id).arg(type)
                                         : tr("Proposal %1: %2 — %3").arg(m_proposal.id).arg(type, subject));
    }
}

void ProposalEditor::loadHousehold(const QString &householdId)
{
    m_proposal.householdId = householdId;
    m_householdEdit->setText(householdId);
    m_members.clear();
    m_headName.clear();
    const bool wasLoading = m_loading;
    m_loading = true;
    m_personList->clear();
    m_newHeadCombo->clear();
    m_newHeadCombo->addItem(tr("(choose)"), QString());
    m_householdLabel->clear();
    if (!householdId.isEmpty()) {
        auto household = HouseholdRepository(m_db).household(householdId, true);
        if (!household) {
            showMessage(describe(household.error()));
        } else if (!household->has_value()) {
            m_householdLabel->setText(tr("no such household"));
        } else {
            for (const Member &member : (*household)->members) {
                QString label = member.name();
                if (member.isHead()) {
                    m_headName = member.name();
                    label = tr("%1 (head)").arg(member.name());
                }
                m_members.append({member.personId(), label});
                auto *item = new QListWidgetItem(label, m_personList);
                item->setData(Qt::UserRole, member.personId());
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
                m_newHeadCombo->addItem(label, member.personId());
            }
            m_householdLabel->setText(m_headName.isEmpty()
                                          ? tr("%n member(s)", nullptr, int(m_members.size()))
                                          : tr("head: %1").arg(m_headName));
        }
    }
    m_loading = wasLoading;
    m_newRecordForm->setHousehold(householdId);
}

void ProposalEditor::setType(ProposalType type)
{
    m_typeCombo->setCurrentIndex(m_typeCombo->findData(proposalTypeCode(type)));
}

void ProposalEditor::setReason(const QString &reason)
{
    m_reasonEdit->setPlainText(reason);
}

void ProposalEditor::setChannel(Channel channel)
{
    m_channelCombo->setCurrentIndex(m_channelCombo->findData(channelCode(channel)));
}

void ProposalEditor::setPersons(const QStringList &personIds)
{
    for (int row = 0; row < m_personList->count(); ++row) {
        QListWidgetItem *item = m_personList->item(row);
        item->setCheckState(personIds.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                    : Qt::Unchecked);
    }
}

void ProposalEditor::setEventDate(const QDate &date)
{
    m_dateEdit->setDate(date);
}

void ProposalEditor::setIneligibleReason(const QString &tlCode)
{
    m_tlCombo->setCurrentIndex(qMax(0, m_tlCombo->findData(tlCode)));
}

void ProposalEditor::addFieldChange(const QString &table,
                                    const QString &recordId,
                                    const QString &column,
                                    const QString &newValue)
{
    addChangeRow(table, recordId, column, newValue);
    updateMissing();
}

void ProposalEditor::addChangeRow(const QString &table,
                                  const QString &recordId,
                                  const QString &column,
                                  const QString &newValue)
{
    const int row = m_changesTable->rowCount();
    m_changesTable->insertRow(row);
    auto *record = new QComboBox(m_changesTable);
    record->addItem(tr("Household"), QStringList{kHouseholdsTable, m_proposal.householdId});
    for (const auto &[personId, label] : std::as_const(m_members)) {
        record->addItem(label, QStringList{kMembersTable, personId});
    }
    record->setCurrentIndex(qMax(0, record->findData(QStringList{table, recordId})));
    m_changesTable->setCellWidget(row, 0, record);
    auto *field = new QComboBox(m_changesTable);
    m_changesTable->setCellWidget(row, 1, field);
    auto *old = new QTableWidgetItem;
    old->setFlags(old->flags() & ~Qt::ItemIsEditable);
    m_changesTable->setItem(row, 2, old);
    m_changesTable->setItem(row, 3, new QTableWidgetItem(newValue));
    fillChangeColumns(row);
    field->setCurrentIndex(qMax(0, field->findData(column)));
    updateOldValue(row);
    connect(record, &QComboBox::currentIndexChanged, this, [this, record] {
        for (int r = 0; r < m_changesTable->rowCount(); ++r) {
            if (m_changesTable->cellWidget(r, 0) == record) {
                fillChangeColumns(r);
                updateOldValue(r);
            }
        }
    });
    connect(field, &QComboBox::currentIndexChanged, this, [this, field] {
        for (int r = 0; r < m_changesTable->rowCount(); ++r) {
            if (m_changesTable->cellWidget(r, 1) == field) {
                updateOldValue(r);
            }
        }
    });
}

void ProposalEditor::fillChangeColumns(int row)
{
    auto *record = qobject_cast<QComboBox *>(m_changesTable->cellWidget(row, 0));
    auto *field = qobject_cast<QComboBox *>(m_changesTable->cellWidget(row, 1));
    if (record == nullptr || field == nullptr) {
        return;
    }
    const QSignalBlocker block(field);
    const QVariant previous = field->currentData();
    field->clear();
    const bool member = record->currentData().toStringList().value(0) == kMembersTable;
    for (const FieldDef &def : member ? memberColumns() : householdColumns()) {
        const QString column = QString::fromLatin1(def.column);
        if (column == u"household_id" || column == u"person_id" || column == u"desil") {
            continue;
        }
        field->addItem(FieldText::label(def.field), column);
    }
    field->setCurrentIndex(qMax(0, field->findData(previous)));
}

void ProposalEditor::updateOldValue(int row)
{
    auto *record = qobject_cast<QComboBox *>(m_changesTable->cellWidget(row, 0));
    auto *field = qobject_cast<QComboBox *>(m_changesTable->cellWidget(row, 1));
    QTableWidgetItem *old = m_changesTable->item(row, 2);
    if (record == nullptr || field == nullptr || old == nullptr) {
        return;
    }
    const QStringList target = record->currentData().toStringList();
    QString value;
    if (target.size() == 2 && !target.at(1).isEmpty()) {
        if (auto current = ProposalRepository(m_db).currentValue(
                target.at(0), target.at(1), field->currentData().toString())) {
            value = *current;
        }
    }
    old->setText(value);
    updateMissing();
}

Proposal ProposalEditor::formProposal() const
{
    Proposal p = m_proposal;
    p.type = proposalTypeFromCode(m_typeCombo->currentData().toString()).value_or(ProposalType::DataUpdate);
    p.channel = channelFromCode(m_channelCombo->currentData().toString()).value_or(Channel::Operator);
    p.householdId = m_householdEdit->text().trimmed();
    p.personIds.clear();
    for (int row = 0; row < m_personList->count(); ++row) {
        if (m_personList->item(row)->checkState() == Qt::Checked) {
            p.personIds << m_personList->item(row)->data(Qt::UserRole).toString();
        }
    }
    p.reason = m_reasonEdit->toPlainText().trimmed();
    ProposalDetails d;
    d.eventDate = m_dateEdit->date();
    d.destination = m_destinationEdit->text().trimmed();
    d.destinationUnknown = m_destinationUnknown->isChecked();
    d.country = m_countryEdit->text().trimmed();
    d.lastKnownAddress = m_lastAddressEdit->text().trimmed();
    d.isBirth = m_birthCheck->isChecked();
    d.newKkNumber = m_newKkEdit->text().trimmed();
    d.kkChange = static_cast<ProposalDetails::KkChangeKind>(m_kkKindCombo->currentData().toInt());
    d.newHeadPersonId = m_newHeadCombo->currentData().toString();
    d.headDied = m_headDiedCheck->isChecked();
    d.ineligibleReason = m_tlCombo->currentData().toString();
    d.otherReason = m_otherReasonEdit->text().trimmed();
    for (QCheckBox *check : m_programmeChecks) {
        if (check->isChecked()) {
            d.programmes << check->property("code").toString();
        }
    }
    d.reactivation = m_reactivationCheck->isChecked();
    d.objectorName = m_objectorNameEdit->text().trimmed();
    d.objectorAddress = m_objectorAddressEdit->text().trimmed();
    d.otherRecordId = m_otherRecordEdit->text().trimmed();
    d.latitude = m_latitudeEdit->text().trimmed();
    d.longitude = m_longitudeEdit->text().trimmed();
    p.details = d;
    if (p.type == ProposalType::DataUpdate || p.type == ProposalType::IdentityCorrection) {
        p.changes.clear();
        for (int row = 0; row < m_changesTable->rowCount(); ++row) {
            auto *record = qobject_cast<QComboBox *>(m_changesTable->cellWidget(row, 0));
            auto *field = qobject_cast<QComboBox *>(m_changesTable->cellWidget(row, 1));
            const QTableWidgetItem *newItem = m_changesTable->item(row, 3);
            if (record == nullptr || field == nullptr || newItem == nullptr) {
                continue;
            }
            const QStringList target = record->currentData().toStringList();
            FieldChange change;
            change.table = target.value(0);
            change.recordId = target.value(0) == kHouseholdsTable ? p.householdId : target.value(1);
            change.column = field->currentData().toString();
            change.oldValue =
                m_changesTable->item(row, 2) != nullptr ? m_changesTable->item(row, 2)->text() : QString();
            change.newValue = newItem->text();
            p.changes << change;
        }
    }
    if (NewRecordCheck::createsRecords(p.type)) {
        p.changes = m_newRecordForm->changes();
    }
    // What is attached but not stored yet counts for what is missing.
    for (const PendingEvidence &pending : m_pending) {
        EvidenceInfo info;
        info.kind = pending.evidence.kind;
        info.fileName = pending.evidence.fileName;
        info.mime = pending.mime;
        info.size = pending.evidence.bytes.size();
        p.evidence << info;
    }
    return p;
}

void ProposalEditor::updateTypeRows()
{
    const auto type =
        proposalTypeFromCode(m_typeCombo->currentData().toString()).value_or(ProposalType::DataUpdate);
    const ProposalTypeInfo &info = proposalTypeInfo(type);
    const auto has = [&info](ProposalField field) {
        return info.fields.contains(field);
    };
    const auto show = [this](QWidget *widget, bool visible) {
        m_form->setRowVisible(widget, visible);
    };
    const bool dated =
        has(ProposalField::EventDate) || has(ProposalField::DateOfDeath) || type == ProposalType::NewMember;
    show(m_dateEdit, dated);
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_dateEdit))) {
        label->setText(has(ProposalField::DateOfDeath) ? tr("Date of death:") : tr("Date:"));
    }
    show(m_personList, info.target == ProposalTarget::Member || type == ProposalType::KkChange);
    show(m_destinationEdit, type == ProposalType::MemberMoved || type == ProposalType::HouseholdMoved);
    show(m_destinationUnknown, type == ProposalType::HouseholdMoved);
    show(m_countryEdit, type == ProposalType::MemberAbroad);
    show(m_lastAddressEdit, type == ProposalType::MemberNotFound);
    show(m_birthCheck, type == ProposalType::NewMember);
    show(m_newKkEdit, type == ProposalType::KkChange);
    show(m_kkKindCombo, type == ProposalType::KkChange);
    show(m_newHeadCombo, type == ProposalType::HeadReplacement);
    show(m_headDiedCheck, type == ProposalType::HeadReplacement);
    show(m_tlCombo, type == ProposalType::Ineligible);
    show(m_otherReasonEdit, type == ProposalType::Ineligible);
    show(m_programmesBox, type == ProposalType::Programme || type == ProposalType::Withdrawal);
    m_reactivationCheck->setVisible(type == ProposalType::Programme);
    show(m_objectorNameEdit, type == ProposalType::Objection);
    show(m_objectorAddressEdit, type == ProposalType::Objection);
    show(m_otherRecordEdit, type == ProposalType::Duplicate || type == ProposalType::KkChange);
    show(m_latitudeEdit, type == ProposalType::NewHousehold || type == ProposalType::HouseholdMoved);
    show(m_longitudeEdit, type == ProposalType::NewHousehold || type == ProposalType::HouseholdMoved);
    show(m_changesBox, has(ProposalField::FieldChanges));
    if (m_newRecordForm->type() != type || !m_newRecordForm->isActive()) {
        m_newRecordForm->setProposal(type, m_householdEdit->text().trimmed(), {});
    }
    const int recordTab = m_tabs->indexOf(m_newRecordForm->parentWidget()->parentWidget());
    m_tabs->setTabVisible(recordTab, NewRecordCheck::createsRecords(type));
    m_tabs->setTabText(recordTab,
                       type == ProposalType::NewHousehold ? tr("New household data") : tr("New member data"));
    // Suggest the first evidence kind the type asks for.
    if (!m_loading && !info.evidence.isEmpty() && !info.evidence.first().anyOf.isEmpty()) {
        m_evidenceKindCombo->setCurrentIndex(
            qMax(0, m_evidenceKindCombo->findData(evidenceKindCode(info.evidence.first().anyOf.first()))));
    }
    updateMissing();
}

void ProposalEditor::updateMissing()
{
    if (m_loading) {
        return;
    }
    const Proposal p = formProposal();
    const QStringList missing = p.missingRequirements();
    QString html;
    if (missing.isEmpty()) {
        html = tr("<b>Complete:</b> nothing required is missing.");
    } else {
        html = tr("<b>Still missing before it can be marked ready:</b>") + QStringLiteral("<ul>");
        for (const QString &line : missing) {
            html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    if (NewRecordCheck::createsRecords(p.type) && !m_newRecordForm->errorTexts().isEmpty()) {
        html += QStringLiteral("<br>") + tr("<b>Errors in the new record's data</b> (see its tab):")
                + QStringLiteral("<ul>");
        for (const QString &line : m_newRecordForm->errorTexts()) {
            html += QStringLiteral("<li>%1</li>").arg(Look::errorHtml(line.toHtmlEscaped()));
        }
        html += QStringLiteral("</ul>");
    }
    const QStringList advice = p.recommendations();
    if (!advice.isEmpty()) {
        html += tr("<i>Recommended:</i> %1").arg(advice.join(QStringLiteral("; ")).toHtmlEscaped());
    }
    if (p.type == ProposalType::Objection && p.id != 0 && p.objectionDeadline().isValid()) {
        html +=
            QStringLiteral("<br>")
            + tr("Objection period ends %1.").arg(Look::longDateTime(p.objectionDeadline())).toHtmlEscaped();
    }
    if (!m_dateEdit->isAcceptable() && !m_dateEdit->isHidden()) {
        html +=
            QStringLiteral("<p>%1</p>")
                .arg(Look::errorHtml(tr("“%1” is not a date: type it as dd/mm/yyyy, for example 14/03/1975.")
                                         .arg(m_dateEdit->text().trimmed())
                                         .toHtmlEscaped(),
                                     true));
    }
    m_missingLabel->setText(html);
    updateButtons();
    updateTitle();
}

bool ProposalEditor::isReadOnly() const
{
    return m_proposal.id != 0 && !isEditableState(m_proposal.state);
}

void ProposalEditor::updateButtons()
{
    const bool isNew = m_proposal.id == 0;
    const auto allowed = m_actor.require(isNew ? Action::CreateProposal : Action::EditProposal);
    const bool editable = allowed && !isReadOnly();
    QStringList notes;
    if (!allowed) {
        notes << describe(allowed.error());
    }
    for (QWidget *widget :
         {static_cast<QWidget *>(m_typeCombo),           static_cast<QWidget *>(m_householdEdit),
          static_cast<QWidget *>(m_personList),          static_cast<QWidget *>(m_channelCombo),
          static_cast<QWidget *>(m_reasonEdit),          static_cast<QWidget *>(m_dateEdit),
          static_cast<QWidget *>(m_changesBox),          static_cast<QWidget *>(m_programmesBox),
          static_cast<QWidget *>(m_destinationEdit),     static_cast<QWidget *>(m_destinationUnknown),
          static_cast<QWidget *>(m_countryEdit),         static_cast<QWidget *>(m_lastAddressEdit),
          static_cast<QWidget *>(m_birthCheck),          static_cast<QWidget *>(m_newKkEdit),
          static_cast<QWidget *>(m_kkKindCombo),         static_cast<QWidget *>(m_newHeadCombo),
          static_cast<QWidget *>(m_headDiedCheck),       static_cast<QWidget *>(m_tlCombo),
          static_cast<QWidget *>(m_otherReasonEdit),     static_cast<QWidget *>(m_objectorNameEdit),
          static_cast<QWidget *>(m_objectorAddressEdit), static_cast<QWidget *>(m_otherRecordEdit),
          static_cast<QWidget *>(m_latitudeEdit),        static_cast<QWidget *>(m_longitudeEdit)}) {
        widget->setEnabled(editable);
    }
    m_householdEdit->setReadOnly(!isNew);
    m_newRecordForm->setReadOnly(!editable);
    m_householdSearchButton->setEnabled(editable && isNew);
    m_typeCombo->setEnabled(editable && isNew);
    m_saveButton->setVisible(isNew || isEditableState(m_proposal.state));
    m_saveButton->setEnabled(editable);
    m_addEvidenceButton->setEnabled(editable);
    m_evidenceKindCombo->setEnabled(editable);
    QListWidgetItem *current = m_evidenceList->currentItem();
    m_viewEvidenceButton->setEnabled(current != nullptr);
    m_removeEvidenceButton->setEnabled(editable && current != nullptr);
    const bool mayReplace = !isNew && current != nullptr && !current->data(kPendingRole).toBool()
                            && isOpenInVillage(m_proposal.state) && m_actor.may(Action::EditProposal);
    m_replaceEvidenceButton->setEnabled(mayReplace);

    const QList<ProposalState> targets =
        isNew ? QList<ProposalState>{} : ProposalStateMachine::availableTargets(m_actor, m_proposal.state);
    const bool draft = isNew || m_proposal.state == ProposalState::Draft;
    m_readyButton->setVisible(draft);
    const auto mayReady = m_actor.require(Action::MarkProposalReady);
    m_readyButton->setEnabled(
        mayReady.has_value()
        && (isNew ? m_actor.may(Action::CreateProposal) : targets.contains(ProposalState::Ready)));
    if (!mayReady && allowed) {
        notes << describe(mayReady.error());
    }
    m_readyButton->setToolTip(
        mayReady ? tr("Checks that nothing required is missing, then marks the proposal ready for the musdes")
                 : describe(mayReady.error()));
    m_backButton->setVisible(!isNew && m_proposal.state == ProposalState::Ready);
    m_backButton->setEnabled(targets.contains(ProposalState::Draft));
    m_withdrawButton->setVisible(
        !isNew && ProposalStateMachine::isLegal(m_proposal.state, ProposalState::Withdrawn));
    m_withdrawButton->setEnabled(targets.contains(ProposalState::Withdrawn));
    if (const auto mayWithdraw = m_actor.require(Action::WithdrawProposal); !mayWithdraw) {
        m_withdrawButton->setToolTip(describe(mayWithdraw.error()));
    }
    m_permissionLabel->setText(notes.join(QLatin1Char('\n')));
    m_permissionLabel->setVisible(!notes.isEmpty());

    const QString typeLabel = ProposalTypeText::label(formProposal().type);
    m_stateLabel->setText(isNew ? tr("New proposal: %1").arg(typeLabel)
                                : tr("Proposal %1: %2 · %3 · version %4")
                                      .arg(m_proposal.id)
                                      .arg(typeLabel, ProposalStateText::label(m_proposal.state))
                                      .arg(m_proposal.revision));
    QString banner;
    if (m_proposal.targetGone) {
        banner = tr("Target gone: this household is missing in the newest snapshot. The proposal cannot be "
                    "marked ready; withdraw it or wait for the next snapshot.");
    } else if (m_proposal.stale) {
        banner = tr("Stale: the registry changed since this proposal was written. Compare base, current and "
                    "proposed values on the Changes tab and re-confirm.");
    }
    m_bannerLabel->setText(banner);
    m_bannerLabel->setVisible(!banner.isEmpty());
    m_reconfirmButton->setVisible(m_proposal.stale && !m_proposal.targetGone);
    m_reconfirmButton->setEnabled(m_actor.may(Action::EditProposal));
    m_staleTable->setVisible(m_proposal.stale || m_proposal.targetGone);
}

void ProposalEditor::rebuildEvidence()
{
    const QSignalBlocker block(m_evidenceList);
    m_evidenceList->clear();
    ProposalRepository repository(m_db);
    for (const EvidenceInfo &info : std::as_const(m_proposal.evidence)) {
        QByteArray bytes;
        if (EvidenceCheck::isImage(info.mime)) {
            if (auto stored = repository.evidenceBytes(info.id)) {
                bytes = *stored;
            }
        }
        QString text = tr("%1\n%2 · %3")
                           .arg(ProposalTypeText::evidenceLabel(info.kind),
                                info.fileName,
                                EvidenceCheck::formatSize(info.size));
        if (info.version > 1) {
            text += QLatin1Char('\n') + tr("version %1 (older kept)").arg(info.version);
        }
        auto *item = new QListWidgetItem(thumbnailFor(info.mime, bytes, style()), text, m_evidenceList);
        item->setData(kEvidenceIdRole, info.id);
        item->setData(kPendingRole, false);
        item->setToolTip(tr("%1, added by %2").arg(info.mime, info.addedByName));
    }
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        const PendingEvidence &pending = m_pending.at(i);
        const QString text = tr("%1\n%2 · %3 (not saved yet)")
                                 .arg(ProposalTypeText::evidenceLabel(pending.evidence.kind),
                                      pending.evidence.fileName,
                                      EvidenceCheck::formatSize(pending.evidence.bytes.size()));
        auto *item = new QListWidgetItem(
            thumbnailFor(pending.mime, pending.evidence.bytes, style()), text, m_evidenceList);
        item->setData(kEvidenceIdRole, static_cast<int>(i));
        item->setData(kPendingRole, true);
        item->setToolTip(pending.mime);
    }
    updateButtons();
}

QString ProposalEditor::recordLabel(const QString &table, const QString &recordId) const
{
    if (table == kHouseholdsTable) {
        return m_headName.isEmpty() ? tr("Household") : tr("Household of %1").arg(m_headName);
    }
    for (const auto &[personId, label] : m_members) {
        if (personId == recordId) {
            return label;
        }
    }
    return recordId.isEmpty() ? tr("New record") : tr("Member %1").arg(recordId);
}

void ProposalEditor::rebuildDiff()
{
    m_staleTable->setRowCount(0);
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("Changes this proposal makes").toHtmlEscaped());
    QList<ValueComparison> comparisons;
    if (m_proposal.id != 0) {
        auto compared = ProposalRepository(m_db).compare(m_proposal.id);
        if (!compared) {
            showMessage(describe(compared.error()));
        } else {
            comparisons = *compared;
        }
    }
    const QList<FieldChange> changes = m_proposal.id != 0 ? m_proposal.changes : formProposal().changes;
    if (NewRecordCheck::createsRecords(m_proposal.id != 0 ? m_proposal.type : formProposal().type)) {
        Proposal shown = m_proposal.id != 0 ? m_proposal : formProposal();
        shown.changes = changes;
        html += NewRecordForm::summaryHtml(shown);
    } else if (changes.isEmpty()) {
        html +=
            QStringLiteral("<p>%1</p>")
                .arg(
                    tr("No field changes yet. Member types add their changes (presence and date) when saved.")
                        .toHtmlEscaped());
    } else {
        html += QStringLiteral(
                    "<table cellpadding='4' cellspacing='0' border='1' style='border-collapse: collapse'>"
                    "<tr><th align='left'>%1</th><th align='left'>%2</th><th align='left'>%3</th>"
                    "<th></th><th align='left'>%4</th></tr>")
                    .arg(tr("Record").toHtmlEscaped(),
                         tr("Field").toHtmlEscaped(),
                         tr("Old").toHtmlEscaped(),
                         tr("New").toHtmlEscaped());
        for (const FieldChange &change : changes) {
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td><span style='color:%5'>%3</span></td>"
                                   "<td>→</td><td><b style='color:%6'>%4</b></td></tr>")
                        .arg(recordLabel(change.table, change.recordId).toHtmlEscaped(),
                             fieldLabelOf(change.column).toHtmlEscaped(),
                             (change.oldValue.isEmpty()
                                  ? tr("(empty)")
                                  : NewRecordForm::displayValue(change.column, change.oldValue))
                                 .toHtmlEscaped(),
                             (change.newValue.isEmpty()
                                  ? tr("(empty)")
                                  : NewRecordForm::displayValue(change.column, change.newValue))
                                 .toHtmlEscaped(),
                             Look::css(Look::error()),
                             Look::css(Look::success()));
        }
        html += QStringLiteral("</table>");
    }
    if (!m_proposal.bases.isEmpty()) {
        QStringList bases;
        for (const BaseVersion &base : std::as_const(m_proposal.bases)) {
            bases << tr("%1: version %2").arg(recordLabel(base.table, base.recordId)).arg(base.version);
        }
        html +=
            QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(tr("Base versions:").toHtmlEscaped(), bases.join(QStringLiteral("; ")).toHtmlEscaped());
    }
    if (m_proposal.targetGone) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(Look::errorHtml(
                        tr("Target gone: the household is missing in the newest snapshot.").toHtmlEscaped(),
                        true));
    } else if (m_proposal.stale) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(Look::errorHtml(tr("Stale: compare below and re-confirm.").toHtmlEscaped(), true));
    }
    m_diffBrowser->setHtml(html);
    for (const ValueComparison &comparison : std::as_const(comparisons)) {
        if (comparison.recordId.isEmpty()) {
            continue; // a new record has no base to compare with
        }
        const int row = m_staleTable->rowCount();
        m_staleTable->insertRow(row);
        m_staleTable->setItem(
            row,
            0,
            new QTableWidgetItem(tr("%1 · %2").arg(recordLabel(comparison.table, comparison.recordId),
                                                   fieldLabelOf(comparison.column))));
        m_staleTable->setItem(
            row,
            1,
            new QTableWidgetItem(NewRecordForm::displayValue(comparison.column, comparison.baseValue)));
        auto *current = new QTableWidgetItem(
            comparison.recordGone ? tr("(record gone)")
                                  : NewRecordForm::displayValue(comparison.column, comparison.currentValue));
        if (comparison.changedSinceBase()) {
            current->setBackground(Look::changedBackground());
            QFont bold = current->font();
            bold.setBold(true);
            current->setFont(bold);
        }
        m_staleTable->setItem(row, 2, current);
        m_staleTable->setItem(
            row,
            3,
            new QTableWidgetItem(NewRecordForm::displayValue(comparison.column, comparison.proposedValue)));
    }
    int tableHeight = m_staleTable->horizontalHeader()->height() + 2 * m_staleTable->frameWidth() + 4;
    for (int row = 0; row < m_staleTable->rowCount(); ++row) {
        tableHeight += m_staleTable->rowHeight(row);
    }
    m_staleTable->setMaximumHeight(qMax(tableHeight, 80));
}

void ProposalEditor::rebuildHistory()
{
    if (m_proposal.id == 0) {
        m_historyBrowser->setHtml(QStringLiteral("<p>%1</p>").arg(tr("Not saved yet.").toHtmlEscaped()));
        return;
    }
    auto history = ProposalRepository(m_db).history(m_proposal.id);
    if (!history) {
        showMessage(describe(history.error()));
        return;
    }
    QString html = QStringLiteral("<p>%1</p><ul>")
                       .arg(tr("Written by %1 on %2.")
                                .arg(m_proposal.createdByName, Look::longDateTime(m_proposal.createdAt))
                                .toHtmlEscaped());
    for (const ProposalTransitionRecord &move : std::as_const(*history)) {
        QString line = tr("%1 — %2 → %3 by %4")
                           .arg(Look::longDateTime(move.at),
                                ProposalStateText::label(move.from),
                                ProposalStateText::label(move.to),
                                move.officerName);
        if (!move.note.isEmpty()) {
            line += tr(": “%1”").arg(move.note);
        }
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");
    m_historyBrowser->setHtml(html);
}

void ProposalEditor::showMessage(const QString &text, bool error)
{
    m_messageLabel->setText(text);
    Look::setMessageStyle(m_messageLabel, error);
    m_messageLabel->setVisible(!text.isEmpty());
}

QString ProposalEditor::message() const
{
    return m_messageLabel->text();
}

QString ProposalEditor::diffText() const
{
    QString text = m_diffBrowser->toPlainText();
    for (int row = 0; row < m_staleTable->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < m_staleTable->columnCount(); ++column) {
            cells << (m_staleTable->item(row, column) != nullptr ? m_staleTable->item(row, column)->text()
                                                                 : QString());
        }
        text += QLatin1Char('\n') + cells.join(QStringLiteral(" | "));
    }
    return text;
}

QString ProposalEditor::historyText() const
{
    return m_historyBrowser->toPlainText();
}

bool ProposalEditor::addEvidence(EvidenceKind kind, const QString &fileName, const QByteArray &bytes)
{
    auto checked = EvidenceCheck::check(bytes, fileName);
    if (!checked) {
        showMessage(describe(checked.error()));
        return false;
    }
    NewEvidence evidence{kind, fileName, bytes};
    if (m_proposal.id == 0) {
        m_pending.append({evidence, *checked});
        showMessage(tr("“%1” attached; it is stored when the draft is saved.").arg(fileName), false);
    } else {
        auto attached = ProposalRepository(m_db).attachEvidence(m_actor, m_proposal.id, evidence);
        if (!attached) {
            showMessage(describe(attached.error()));
            return false;
        }
        auto reloaded = ProposalRepository(m_db).get(m_proposal.id);
        if (reloaded && reloaded->has_value()) {
            m_proposal.evidence = (*reloaded)->evidence;
            m_proposal.revision = (*reloaded)->revision;
        }
        showMessage(tr("“%1” stored as evidence.").arg(fileName), false);
        Q_EMIT proposalChanged(m_proposal.id);
    }
    rebuildEvidence();
    updateMissing();
    return true;
}

bool ProposalEditor::replaceEvidence(qint64 evidenceId, const QString &fileName, const QByteArray &bytes)
{
    auto checked = EvidenceCheck::check(bytes, fileName);
    if (!checked) {
        showMessage(describe(checked.error()));
        return false;
    }
    const EvidenceKind kind = [this, evidenceId] {
        for (const EvidenceInfo &info : std::as_const(m_proposal.evidence)) {
            if (info.id == evidenceId) {
                return info.kind;
            }
        }
        return EvidenceKind::Statement;
    }();
    auto replaced =
        ProposalRepository(m_db).replaceEvidence(m_actor, evidenceId, NewEvidence{kind, fileName, bytes});
    if (!replaced) {
        showMessage(describe(replaced.error()));
        return false;
    }
    const qint64 id = m_proposal.id;
    openProposal(id);
    showMessage(
        tr("Replaced by “%1” (version %2); the older version is kept.").arg(fileName).arg(replaced->version),
        false);
    Q_EMIT proposalChanged(id);
    return true;
}

QDialog *ProposalEditor::viewEvidence(int row)
{
    QListWidgetItem *item = m_evidenceList->item(row);
    if (item == nullptr) {
        return nullptr;
    }
    QString name;
    QString mime;
    QByteArray bytes;
    if (item->data(kPendingRole).toBool()) {
        const PendingEvidence &pending = m_pending.at(item->data(kEvidenceIdRole).toInt());
        name = pending.evidence.fileName;
        mime = pending.mime;
        bytes = pending.evidence.bytes;
    } else {
        const qint64 id = item->data(kEvidenceIdRole).toLongLong();
        for (const EvidenceInfo &info : std::as_const(m_proposal.evidence)) {
            if (info.id == id) {
                name = info.fileName;
                mime = info.mime;
            }
        }
        auto stored = ProposalRepository(m_db).evidenceBytes(id);
        if (!stored) {
            showMessage(describe(stored.error()));
            return nullptr;
        }
        bytes = *stored;
    }
    auto *viewer = new EvidenceViewer(name, mime, bytes, this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->show();
    return viewer;
}

void ProposalEditor::chooseEvidenceFile()
{
    auto *dialog =
        new QFileDialog(this, tr("Add evidence"), QString(), tr("Evidence (*.jpg *.jpeg *.png *.pdf)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QFile file(path);
        if (file.size() > EvidenceCheck::kMaxBytes * 2) {
            // Do not read a huge file into memory only to refuse it: the model's message is the same.
            addEvidence(EvidenceKind::Statement,
                        QFileInfo(path).fileName(),
                        QByteArray(EvidenceCheck::kMaxBytes + 1, '\0'));
            return;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            showMessage(tr("“%1” could not be read.").arg(QFileInfo(path).fileName()));
            return;
        }
        const auto kind = evidenceKindFromCode(m_evidenceKindCombo->currentData().toString())
                              .value_or(EvidenceKind::Statement);
        addEvidence(kind, QFileInfo(path).fileName(), file.readAll());
    });
    dialog->open();
}

void ProposalEditor::chooseReplacement()
{
    QListWidgetItem *item = m_evidenceList->currentItem();
    if (item == nullptr || item->data(kPendingRole).toBool()) {
        return;
    }
    const qint64 id = item->data(kEvidenceIdRole).toLongLong();
    auto *dialog =
        new QFileDialog(this, tr("Replace evidence"), QString(), tr("Evidence (*.jpg *.jpeg *.png *.pdf)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    connect(dialog, &QFileDialog::fileSelected, this, [this, id](const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            showMessage(tr("“%1” could not be read.").arg(QFileInfo(path).fileName()));
            return;
        }
        replaceEvidence(id, QFileInfo(path).fileName(), file.read(EvidenceCheck::kMaxBytes + 1));
    });
    dialog->open();
}

bool ProposalEditor::saveDraft()
{
    ProposalRepository repository(m_db);
    Proposal draft = formProposal();
    QList<NewEvidence> evidence;
    for (const PendingEvidence &pending : std::as_const(m_pending)) {
        evidence << pending.evidence;
    }
    draft.evidence = m_proposal.evidence;
    auto saved =
        draft.id == 0 ? repository.create(m_actor, draft, evidence) : repository.updateDraft(m_actor, draft);
    if (!saved) {
        showMessage(describe(saved.error()));
        return false;
    }
    m_proposal = *saved;
    m_pending.clear();
    openProposal(m_proposal.id);
    showMessage(tr("Draft saved."), false);
    Q_EMIT proposalChanged(m_proposal.id);
    return true;
}

bool ProposalEditor::markReady()
{
    if (auto allowed = m_actor.require(Action::MarkProposalReady); !allowed) {
        showMessage(describe(allowed.error()));
        return false;
    }
    const QStringList missing = formProposal().missingRequirements();
    if (!missing.isEmpty()) {
        showMessage(tr("Cannot mark ready; still missing:\n• %1").arg(missing.join(QStringLiteral("\n• "))));
        return false;
    }
    if (const QStringList errors =
            m_newRecordForm->isActive() ? m_newRecordForm->errorTexts() : QStringList();
        !errors.isEmpty()) {
        showMessage(tr("Cannot mark ready; the new record's data has errors:\n• %1")
                        .arg(errors.join(QStringLiteral("\n• "))));
        return false;
    }
    if (m_proposal.id == 0 || isEditableState(m_proposal.state)) {
        if (!saveDraft()) {
            return false;
        }
    }
    auto moved = ProposalRepository(m_db).transition(
        m_actor, m_proposal.id, ProposalState::Ready, m_proposal.revision);
    if (!moved) {
        openProposal(m_proposal.id);
        showMessage(describe(moved.error()));
        return false;
    }
    openProposal(moved->id);
    showMessage(tr("Marked ready for the musdes."), false);
    Q_EMIT proposalChanged(m_proposal.id);
    return true;
}

bool ProposalEditor::backToDraft()
{
    auto moved = ProposalRepository(m_db).transition(
        m_actor, m_proposal.id, ProposalState::Draft, m_proposal.revision);
    if (!moved) {
        showMessage(describe(moved.error()));
        return false;
    }
    openProposal(moved->id);
    showMessage(tr("Back to draft: it can be edited again."), false);
    Q_EMIT proposalChanged(m_proposal.id);
    return true;
}

bool ProposalEditor::withdraw(const QString &reason)
{
    auto moved = ProposalRepository(m_db).transition(
        m_actor, m_proposal.id, ProposalState::Withdrawn, m_proposal.revision, reason.trimmed());
    if (!moved) {
        showMessage(describe(moved.error()));
        return false;
    }
    openProposal(moved->id);
    showMessage(tr("Withdrawn."), false);
    Q_EMIT proposalChanged(m_proposal.id);
    return true;
}

void ProposalEditor::askWithdraw()
{
    const QString subject = subjectText();
    const QPointer<ProposalEditor> self(this);
    m_prompter->ask(
        this,
        Question{
            tr("Withdraw proposal"),
            subject.isEmpty()
                ? tr("Withdraw proposal %1 (%2)? It cannot be taken up again; it stays in the history.")
                      .arg(m_proposal.id)
                      .arg(ProposalTypeText::label(m_proposal.type))
                : tr("Withdraw proposal %1 (%2, %3)? It cannot be taken up again; it stays in the history.")
                      .arg(m_proposal.id)
                      .arg(ProposalTypeText::label(m_proposal.type), subject),
            tr("&Withdraw"),
            tr("&Keep the proposal"),
            true,
            tr("Why is this proposal withdrawn? The reason is kept in its history.")},
        [self](const Answer &answer) {
            if (self != nullptr && answer.accepted && !answer.text.trimmed().isEmpty()) {
                self->withdraw(answer.text);
            }
        });
}

bool ProposalEditor::reconfirm()
{
    auto confirmed = ProposalRepository(m_db).reconfirm(m_actor, m_proposal.id, m_proposal.revision);
    if (!confirmed) {
        showMessage(describe(confirmed.error()));
        return false;
    }
    openProposal(confirmed->id);
    showMessage(tr("Re-confirmed: the current data is the new base."), false);
    Q_EMIT proposalChanged(m_proposal.id);
    return true;
}

} // namespace verdes::ui
