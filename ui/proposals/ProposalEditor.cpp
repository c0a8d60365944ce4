// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/proposals/ProposalEditor.h"

#include "models/proposals/NewRecordCheck.h"
#include "models/proposals/ProposalRepository.h"
#include "models/proposals/ProposalStateMachine.h"
#include "models/review/DecisionRepository.h"
#include "ui/common/DateField.h"
#include "ui/common/DialogPrompter.h"
#include "ui/common/Look.h"
#include "ui/common/ScreenFit.h"
#include "ui/proposals/EvidencePanel.h"
#include "ui/proposals/NewRecordForm.h"
#include "ui/proposals/ProposalChangesView.h"
#include "ui/proposals/ProposalForm.h"
#include "ui/proposals/ProposalHistoryView.h"
#include "ui_ProposalEditor.h"

#include <QKeyEvent>
#include <QPointer>
#include <QPushButton>

#include <utility>

namespace verdes::ui {

ProposalEditor::ProposalEditor(Database &db, Actor actor, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProposalEditor>())
    , m_db(db)
    , m_actor(std::move(actor))
    , m_prompter(&DialogPrompter::instance())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("proposalEditor"));
    QFont bold = m_ui->stateLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_ui->stateLabel->setFont(bold);
    Look::setBannerStyle(m_ui->bannerLabel);
    Look::setNoticeStyle(m_ui->permissionLabel);
    m_ui->proposalForm->setDatabase(m_db);
    m_ui->evidencePanel->setDatabase(m_db);
    m_ui->newRecordForm->setDatabase(m_db);
    // The buttons are the box's own (its order on every platform); none is a default button.
    QDialogButtonBox *buttons = m_ui->buttonBox;
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
    // A returned proposal and its new draft link to each other.
    connect(m_ui->historyBrowser, &ProposalHistoryView::proposalLinkActivated, this, [this](qint64 id) {
        static_cast<void>(openProposal(id));
    });

    ProposalForm *form = m_ui->proposalForm;
    connect(form, &ProposalForm::typeChanged, this, &ProposalEditor::updateTypeRows);
    connect(form, &ProposalForm::changed, this, &ProposalEditor::updateMissing);
    connect(form, &ProposalForm::householdRequested, this, [this](const QString &householdId) {
        loadHousehold(householdId);
        updateMissing();
    });
    connect(form, &ProposalForm::householdLoaded, this, [this](const QString &householdId) {
        m_proposal.householdId = householdId;
        m_ui->newRecordForm->setHousehold(householdId);
    });
    connect(form, &ProposalForm::message, this, &ProposalEditor::showMessage);
    connect(m_ui->newRecordForm, &NewRecordForm::changed, this, &ProposalEditor::updateMissing);

    EvidencePanel *evidence = m_ui->evidencePanel;
    connect(evidence, &EvidencePanel::fileChosen, this, &ProposalEditor::addEvidence);
    connect(evidence, &EvidencePanel::replacementChosen, this, &ProposalEditor::replaceEvidence);
    connect(evidence, &EvidencePanel::removeRequested, this, &ProposalEditor::removeEvidence);
    connect(evidence, &EvidencePanel::pendingRemoved, this, &ProposalEditor::updateMissing);
    connect(evidence, &EvidencePanel::message, this, &ProposalEditor::showMessage);

    connect(m_ui->changesPage, &ProposalChangesView::reconfirmRequested, this, &ProposalEditor::reconfirm);

    noDefaultButtons();
    startNew({});
    ScreenFit::resize(this, QSize(1080, 720));
}

ProposalEditor::~ProposalEditor() = default;

QTabWidget *ProposalEditor::tabs() const
{
    return m_ui->proposalTabs;
}

NewRecordForm *ProposalEditor::newRecordForm() const
{
    return m_ui->newRecordForm;
}

QListWidget *ProposalEditor::evidenceList() const
{
    return m_ui->evidencePanel->list();
}

DateField *ProposalEditor::eventDateField() const
{
    return m_ui->proposalForm->dateField();
}

void ProposalEditor::startNew(const QString &householdId,
                              const QString &personId,
                              std::optional<ProposalType> type)
{
    m_loading = true;
    m_proposal = Proposal();
    m_proposal.type = type.value_or(ProposalType::DataUpdate);
    m_ui->evidencePanel->clearPending();
    m_ui->proposalForm->clear(m_proposal.type);
    m_ui->newRecordForm->setProposal(m_proposal.type, householdId, {});
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
    m_ui->evidencePanel->clearPending();
    fillFromProposal();
    return true;
}

void ProposalEditor::fillFromProposal()
{
    m_loading = true;
    m_ui->proposalForm->load(m_proposal);
    m_ui->newRecordForm->setProposal(m_proposal.type, m_proposal.householdId, m_proposal.changes);
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
    m_ui->evidencePanel->clearPending();
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
    if (m_ui->evidencePanel->hasPending()) {
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
           || eventDateField()->text().trimmed()
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
        for (const auto &[id, label] : m_ui->proposalForm->members()) {
            if (id == personId) {
                names << label;
            }
        }
    }
    if (!names.isEmpty()) {
        return names.join(QStringLiteral(", "));
    }
    if (p.type == ProposalType::NewHousehold) {
        const QString head = m_ui->newRecordForm->value(kNewHeadKey, QStringLiteral("name"));
        return head.isEmpty() ? QString() : tr("new family of %1").arg(head);
    }
    const QString headName = m_ui->proposalForm->headName();
    return headName.isEmpty() ? QString() : tr("household of %1").arg(headName);
}

void ProposalEditor::updateTitle()
{
    const QString type = ProposalTypeText::label(formProposal().type);
    const QString subject = subjectText();
    if (m_proposal.id == 0) {
        setWindowTitle(subject.isEmpty() ? tr("New proposal: %1").arg(type)
                                         : tr("New proposal: %1 — %2").arg(type, subject));
        m_ui->stateLabel->setText(windowTitle());
    } else {
        setWindowTitle(subject.isEmpty() ? tr("Proposal %1: %2").arg(m_proposal.id).arg(type)
                                         : tr("Proposal %1: %2 — %3").arg(m_proposal.id).arg(type, subject));
        // The line above the tabs: who the proposal is about, then where it stands.
        m_ui->stateLabel->setText(tr("%1 · %2 · version %3")
                                      .arg(windowTitle(), DistrictVerdictText::stateLabel(m_proposal.state))
                                      .arg(m_proposal.revision));
    }
}

void ProposalEditor::loadHousehold(const QString &householdId)
{
    // The form emits householdLoaded: the proposal and the new record form follow it.
    m_ui->proposalForm->loadHousehold(householdId);
}

void ProposalEditor::setType(ProposalType type)
{
    m_ui->proposalForm->setType(type);
}

void ProposalEditor::setReason(const QString &reason)
{
    m_ui->proposalForm->setReason(reason);
}

void ProposalEditor::setChannel(Channel channel)
{
    m_ui->proposalForm->setChannel(channel);
}

void ProposalEditor::setPersons(const QStringList &personIds)
{
    m_ui->proposalForm->setPersons(personIds);
}

void ProposalEditor::setEventDate(const QDate &date)
{
    m_ui->proposalForm->setEventDate(date);
}

void ProposalEditor::setIneligibleReason(const QString &tlCode)
{
    m_ui->proposalForm->setIneligibleReason(tlCode);
}

void ProposalEditor::addFieldChange(const QString &table,
                                    const QString &recordId,
                                    const QString &column,
                                    const QString &newValue)
{
    m_ui->proposalForm->addFieldChange(table, recordId, column, newValue);
    updateMissing();
}

Proposal ProposalEditor::formProposal() const
{
    Proposal p = m_proposal;
    m_ui->proposalForm->writeTo(p);
    if (NewRecordCheck::createsRecords(p.type)) {
        p.changes = m_ui->newRecordForm->changes();
    }
    // What is attached but not stored yet counts for what is missing.
    p.evidence << m_ui->evidencePanel->pendingInfos();
    return p;
}

void ProposalEditor::updateTypeRows()
{
    const ProposalType type = m_ui->proposalForm->type();
    const ProposalTypeInfo &info = proposalTypeInfo(type);
    m_ui->proposalForm->showRowsFor(type);
    NewRecordForm *newRecordForm = m_ui->newRecordForm;
    if (newRecordForm->type() != type || !newRecordForm->isActive()) {
        newRecordForm->setProposal(type, m_ui->proposalForm->householdId(), {});
    }
    const int recordTab = m_ui->proposalTabs->indexOf(m_ui->newRecordPage);
    m_ui->proposalTabs->setTabVisible(recordTab, NewRecordCheck::createsRecords(type));
    m_ui->proposalTabs->setTabText(
        recordTab, type == ProposalType::NewHousehold ? tr("New household data") : tr("New member data"));
    // Suggest the first evidence kind the type asks for.
    if (!m_loading && !info.evidence.isEmpty() && !info.evidence.first().anyOf.isEmpty()) {
        m_ui->evidencePanel->suggestKind(info.evidence.first().anyOf.first());
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
    NewRecordForm *newRecordForm = m_ui->newRecordForm;
    if (NewRecordCheck::createsRecords(p.type) && !newRecordForm->errorTexts().isEmpty()) {
        html += QStringLiteral("<br>") + tr("<b>Errors in the new record's data</b> (see its tab):")
                + QStringLiteral("<ul>");
        for (const QString &line : newRecordForm->errorTexts()) {
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
    const DateField *date = eventDateField();
    if (!date->isAcceptable() && !date->isHidden()) {
        html +=
            QStringLiteral("<p>%1</p>")
                .arg(Look::errorHtml(tr("“%1” is not a date: type it as dd/mm/yyyy, for example 14/03/1975.")
                                         .arg(date->text().trimmed())
                                         .toHtmlEscaped(),
                                     true));
    }
    m_ui->missingLabel->setText(html);
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
    m_ui->proposalForm->setEditable(editable, isNew);
    m_ui->newRecordForm->setReadOnly(!editable);
    m_saveButton->setVisible(isNew || isEditableState(m_proposal.state));
    m_saveButton->setEnabled(editable);
    m_ui->evidencePanel->setAllowed(
        editable, !isNew && isOpenInVillage(m_proposal.state) && m_actor.may(Action::EditProposal));

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
    m_ui->permissionLabel->setText(notes.join(QLatin1Char('\n')));
    m_ui->permissionLabel->setVisible(!notes.isEmpty());

    updateTitle();
    QString banner;
    if (m_proposal.targetGone) {
        banner = tr("Target gone: this household is missing in the newest snapshot. The proposal cannot be "
                    "marked ready; withdraw it or wait for the next snapshot.");
    } else if (m_proposal.stale) {
        banner = tr("Stale: the registry changed since this proposal was written. Compare base, current and "
                    "proposed values on the Changes tab and re-confirm.");
    }
    m_ui->bannerLabel->setText(banner);
    m_ui->bannerLabel->setVisible(!banner.isEmpty());
    m_ui->changesPage->setStaleState(
        m_proposal.stale, m_proposal.targetGone, m_actor.may(Action::EditProposal));
}

void ProposalEditor::rebuildEvidence()
{
    m_ui->evidencePanel->showEvidence(m_proposal.evidence);
    updateButtons();
}

void ProposalEditor::rebuildDiff()
{
    QList<ValueComparison> comparisons;
    if (m_proposal.id != 0) {
        auto compared = ProposalRepository(m_db).compare(m_proposal.id);
        if (!compared) {
            showMessage(describe(compared.error()));
        } else {
            comparisons = *compared;
        }
    }
    m_ui->changesPage->setHousehold(m_ui->proposalForm->headName(), m_ui->proposalForm->members());
    // A stored proposal shows what the vault holds; a new one what the form says.
    m_ui->changesPage->showChanges(m_proposal.id != 0 ? m_proposal : formProposal(), comparisons);
}

void ProposalEditor::rebuildHistory()
{
    if (m_proposal.id == 0) {
        m_ui->historyBrowser->showNotSaved();
        return;
    }
    auto history = ProposalRepository(m_db).history(m_proposal.id);
    if (!history) {
        showMessage(describe(history.error()));
        return;
    }
    DecisionRepository decisions(m_db);
    ProposalVerdicts verdicts;
    auto held = decisions.forProposal(m_proposal.id);
    auto into = decisions.returnOf(m_proposal.id);
    auto from = decisions.returnInto(m_proposal.id);
    if (!held || !into || !from) {
        showMessage(describe(!held ? held.error() : !into ? into.error() : from.error()));
    } else {
        verdicts.decisions = *held;
        verdicts.returnedInto = *into;
        verdicts.returnedFrom = *from;
    }
    m_ui->historyBrowser->showHistory(m_proposal, *history, verdicts);
}

void ProposalEditor::showMessage(const QString &text, bool error)
{
    m_ui->messageLabel->setText(text);
    Look::setMessageStyle(m_ui->messageLabel, error);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

QString ProposalEditor::message() const
{
    return m_ui->messageLabel->text();
}

QString ProposalEditor::diffText() const
{
    return m_ui->changesPage->text();
}

QString ProposalEditor::historyText() const
{
    return m_ui->historyBrowser->toPlainText();
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
        m_ui->evidencePanel->addPending(evidence, *checked);
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

void ProposalEditor::removeEvidence(qint64 evidenceId)
{
    auto removed = ProposalRepository(m_db).removeEvidence(m_actor, evidenceId);
    if (!removed) {
        showMessage(describe(removed.error()));
        return;
    }
    openProposal(m_proposal.id);
    rebuildEvidence();
    updateMissing();
}

QDialog *ProposalEditor::viewEvidence(int row)
{
    return m_ui->evidencePanel->viewEvidence(row);
}

bool ProposalEditor::saveDraft()
{
    ProposalRepository repository(m_db);
    Proposal draft = formProposal();
    const QList<NewEvidence> evidence = m_ui->evidencePanel->pendingEvidence();
    draft.evidence = m_proposal.evidence;
    auto saved =
        draft.id == 0 ? repository.create(m_actor, draft, evidence) : repository.updateDraft(m_actor, draft);
    if (!saved) {
        showMessage(describe(saved.error()));
        return false;
    }
    m_proposal = *saved;
    m_ui->evidencePanel->clearPending();
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
            m_ui->newRecordForm->isActive() ? m_ui->newRecordForm->errorTexts() : QStringList();
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
