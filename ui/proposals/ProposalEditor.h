// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/proposals/Proposal.h"
#include "models/quality/QualityFlag.h"
#include "models/vault/Actor.h"

#include <QDialog>

#include <memory>
#include <optional>

class QListWidget;
class QPushButton;
class QTabWidget;

namespace Ui {
class ProposalEditor;
} // namespace Ui

namespace verdes {
class Database;
} // namespace verdes

namespace verdes::ui {

class DateField;
class NewRecordForm;
class Prompter;

// Writes and shows one change proposal. The editor is the shell: its title, state, banners and
// message line, the buttons ("Save draft", "Mark ready", "Back to draft", "Withdraw…"), what is still
// missing, and the questions to the officer. Each tab is its own widget:
//   "Proposal"         ProposalForm (type, household, members, the type's own data, CorrectionsEditor)
//                      beside EvidencePanel (files, thumbnails, view/replace/remove)
//   "New … data"       NewRecordForm (NEW_HOUSEHOLD / NEW_MEMBER only)
//   "Changes"          ProposalChangesView (the diff; base / current / proposed when stale)
//   "History"          ProposalHistoryView
// The moves go through ProposalRepository; every rule lives there. Messages (refusals, what is
// missing) show in the dialog's message line.
//
// Work is never lost (issue 11 §2): Escape, Close and closing the window save what was written as a
// draft in the vault; when that is refused (no household, no right to write), the officer is asked
// before anything is dropped. The shell calls keepDraft() before it locks or quits. Enter never
// presses a button here: no button is the default, so Enter can neither open the household picker
// nor withdraw, and withdrawing asks first (through the Prompter).
class ProposalEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProposalEditor)

public:
    ProposalEditor(Database &db, Actor actor, QWidget *parent = nullptr);
    ~ProposalEditor() override;

    // A new proposal for a household (and a member), optionally of a given type.
    void startNew(const QString &householdId,
                  const QString &personId = {},
                  std::optional<ProposalType> type = std::nullopt);
    // A new proposal as a data-quality flag suggests it (type, household, person, TL code).
    void startFromSuggestion(const FlagSuggestion &suggestion);
    // Loads a stored proposal; false and a message when it cannot be read.
    bool openProposal(qint64 proposalId);
    // Fills the form with a proposal that could not be saved (kept in memory over a lock), unsaved.
    void restoreUnsaved(const Proposal &proposal);

    // Who answers the editor's questions (withdraw? discard?); DialogPrompter unless set.
    void setPrompter(Prompter &prompter);
    // Something typed that the vault does not hold yet (new evidence counts).
    bool hasUnsavedChanges() const;
    // Saves unsaved work as a draft; true when nothing is left unsaved (saved, or nothing to save).
    bool keepDraft();

    // The form, for tests and callers that fill it without the mouse.
    void setType(ProposalType type);
    void setReason(const QString &reason);
    void setChannel(Channel channel);
    void setPersons(const QStringList &personIds);
    void setEventDate(const QDate &date);
    void setIneligibleReason(const QString &tlCode);
    void addFieldChange(const QString &table,
                        const QString &recordId,
                        const QString &column,
                        const QString &newValue);

    // Adds a file as evidence of `kind`. The model checks the content (type, size, name's claim);
    // a refusal shows its message and returns false.
    bool addEvidence(EvidenceKind kind, const QString &fileName, const QByteArray &bytes);
    // Replaces stored evidence by a new version (the old one is kept).
    bool replaceEvidence(qint64 evidenceId, const QString &fileName, const QByteArray &bytes);
    // Opens the viewer of the evidence at `row` of the evidence list (non-modal); null when none.
    QDialog *viewEvidence(int row);

    bool saveDraft();
    bool markReady();
    bool backToDraft();
    bool withdraw(const QString &reason);
    bool reconfirm();

    qint64 proposalId() const { return m_proposal.id; }

    const Proposal &proposal() const { return m_proposal; }

    // The proposal as the form describes it now.
    Proposal formProposal() const;
    // The message line's text (the last refusal, or what is missing).
    QString message() const;
    QString diffText() const;
    QString historyText() const;

    QTabWidget *tabs() const;

    // The data of a NEW_HOUSEHOLD / NEW_MEMBER proposal's new records (its own tab).
    NewRecordForm *newRecordForm() const;

    QListWidget *evidenceList() const;

    DateField *eventDateField() const;

    // The one-line description of whom the proposal is about, as the title shows it ("SITI AMINAH").
    QString subjectText() const;

Q_SIGNALS:
    // A proposal was created or changed (its id).
    void proposalChanged(qint64 proposalId);

public Q_SLOTS:
    void reject() override;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void loadHousehold(const QString &householdId);
    void updateTypeRows();
    void updateMissing();
    void updateButtons();
    void rebuildEvidence();
    void rebuildDiff();
    void rebuildHistory();
    void showMessage(const QString &text, bool error = true);
    void removeEvidence(qint64 evidenceId);
    void askWithdraw();
    void fillFromProposal();
    void takeBaseline();
    void updateTitle();
    void noDefaultButtons();
    bool isReadOnly() const;

    std::unique_ptr<Ui::ProposalEditor> m_ui;
    Database &m_db;
    Actor m_actor;
    Proposal m_proposal;
    bool m_loading = false;
    Proposal m_baseline; // the form as last loaded or saved, to know what is unsaved
    Prompter *m_prompter = nullptr;
    bool m_discarding = false;

    QPushButton *m_saveButton = nullptr;
    QPushButton *m_readyButton = nullptr;
    QPushButton *m_backButton = nullptr;
    QPushButton *m_withdrawButton = nullptr;
};

} // namespace verdes::ui
