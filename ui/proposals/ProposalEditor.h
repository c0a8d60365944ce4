// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/proposals/Proposal.h"
#include "models/quality/QualityFlag.h"
#include "models/vault/Actor.h"

#include <QDialog>
#include <QList>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;
class QTableWidget;
class QTextBrowser;

namespace verdes {
class Database;
} // namespace verdes

namespace verdes::ui {

class DateField;
class NewRecordForm;
class Prompter;

// Writes and shows one change proposal: its type, household and members, reason and channel, the
// type's own data, field corrections (old → new), evidence with thumbnails, what is still missing,
// the changes as a diff (base / current / proposed when stale), and its history. "Save draft",
// "Mark ready", "Back to draft" and "Withdraw…" go through ProposalRepository; every rule lives
// there. Messages (refusals, what is missing) show in the dialog's message line.
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

    QTabWidget *tabs() const { return m_tabs; }

    // The data of a NEW_HOUSEHOLD / NEW_MEMBER proposal's new records (its own tab).
    NewRecordForm *newRecordForm() const { return m_newRecordForm; }

    QListWidget *evidenceList() const { return m_evidenceList; }

    DateField *eventDateField() const { return m_dateEdit; }

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
    struct PendingEvidence
    {
        NewEvidence evidence;
        QString mime;
    };

    void buildForm();
    void loadHousehold(const QString &householdId);
    void updateTypeRows();
    void updateMissing();
    void updateButtons();
    void rebuildEvidence();
    void rebuildDiff();
    void rebuildHistory();
    void showMessage(const QString &text, bool error = true);
    void chooseEvidenceFile();
    void chooseReplacement();
    void askWithdraw();
    void addChangeRow(const QString &table,
                      const QString &recordId,
                      const QString &column,
                      const QString &newValue);
    void fillChangeColumns(int row);
    void updateOldValue(int row);
    void fillFromProposal();
    void takeBaseline();
    void updateTitle();
    void noDefaultButtons();
    bool isReadOnly() const;
    QString recordLabel(const QString &table, const QString &recordId) const;

    Database &m_db;
    Actor m_actor;
    Proposal m_proposal;
    QList<PendingEvidence> m_pending;
    QList<QPair<QString, QString>> m_members; // person id, "name (head)"
    QString m_headName;
    bool m_loading = false;
    Proposal m_baseline; // the form as last loaded or saved, to know what is unsaved
    Prompter *m_prompter = nullptr;
    bool m_discarding = false;

    QTabWidget *m_tabs = nullptr;
    NewRecordForm *m_newRecordForm = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_bannerLabel = nullptr;
    QLabel *m_permissionLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QLabel *m_missingLabel = nullptr;
    QFormLayout *m_form = nullptr;
    QComboBox *m_typeCombo = nullptr;
    QLineEdit *m_householdEdit = nullptr;
    QLabel *m_householdLabel = nullptr;
    QPushButton *m_householdSearchButton = nullptr;
    QListWidget *m_personList = nullptr;
    QComboBox *m_channelCombo = nullptr;
    QPlainTextEdit *m_reasonEdit = nullptr;
    DateField *m_dateEdit = nullptr;
    QLineEdit *m_destinationEdit = nullptr;
    QCheckBox *m_destinationUnknown = nullptr;
    QLineEdit *m_countryEdit = nullptr;
    QLineEdit *m_lastAddressEdit = nullptr;
    QCheckBox *m_birthCheck = nullptr;
    QLineEdit *m_newKkEdit = nullptr;
    QComboBox *m_kkKindCombo = nullptr;
    QComboBox *m_newHeadCombo = nullptr;
    QCheckBox *m_headDiedCheck = nullptr;
    QComboBox *m_tlCombo = nullptr;
    QLineEdit *m_otherReasonEdit = nullptr;
    QWidget *m_programmesBox = nullptr;
    QList<QCheckBox *> m_programmeChecks;
    QCheckBox *m_reactivationCheck = nullptr;
    QLineEdit *m_objectorNameEdit = nullptr;
    QLineEdit *m_objectorAddressEdit = nullptr;
    QLineEdit *m_otherRecordEdit = nullptr;
    QLineEdit *m_latitudeEdit = nullptr;
    QLineEdit *m_longitudeEdit = nullptr;
    QWidget *m_changesBox = nullptr;
    QTableWidget *m_changesTable = nullptr;
    QComboBox *m_evidenceKindCombo = nullptr;
    QListWidget *m_evidenceList = nullptr;
    QPushButton *m_addEvidenceButton = nullptr;
    QPushButton *m_viewEvidenceButton = nullptr;
    QPushButton *m_replaceEvidenceButton = nullptr;
    QPushButton *m_removeEvidenceButton = nullptr;
    QTextBrowser *m_diffBrowser = nullptr;
    QTableWidget *m_staleTable = nullptr;
    QPushButton *m_reconfirmButton = nullptr;
    QTextBrowser *m_historyBrowser = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_readyButton = nullptr;
    QPushButton *m_backButton = nullptr;
    QPushButton *m_withdrawButton = nullptr;
};

} // namespace verdes::ui
