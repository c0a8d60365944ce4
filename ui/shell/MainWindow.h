// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/musdes/DocumentTemplate.h"
#include "models/proposals/Proposal.h"
#include "models/proposals/ProposalType.h"

#include <QList>
#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QTimer;

namespace Ui {
class MainWindow;
} // namespace Ui

namespace verdes {
class Clock;
class QuickCheckJob;
class SearchWarmUp;
class Vault;
struct Actor;
struct FlagSuggestion;
} // namespace verdes

namespace verdes::ui {

class BrowserPage;
class MeetingConsole;
class MeetingDocumentsDialog;
class MeetingPage;
class OutboxPage;
class Prompter;
class ProposalEditor;
class ProposalListPage;
class ReenrolmentPage;
class ReviewerPage;
class WelcomePage;

// The application window: the welcome page while no vault is open, the household browser while
// one is. Owns the open vault; locking (Ctrl+L or the idle timer) closes it, wipes the key and
// asks for the passphrase again.
//
// Work is never lost (issue 11 §2): before the vault closes (lock, close, quit) every open proposal
// editor keeps its work as a draft in the vault. After a lock the window comes back as it was: the
// same page, household, search and filters, and the editors reopened on their drafts (one the vault
// refused to save is kept in memory and reopened unsaved). Closing or quitting asks before it drops
// a draft the vault refused. The window starts at a size that fits the screen (ScreenFit).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // The demo vault's passphrase, documented in the README and filled in by the unlock dialog.
    static QString demoPassphrase();
    // Where the demo vault lives (created on first use).
    static QString demoFolder();

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Walks through creating a new vault, then opens it.
    void createVault();
    // Asks for the passphrase of a vault folder and shows it.
    void openVault(const QString &folder);
    // Opens the demo village, generating it first when it does not exist yet.
    void openDemo();
    void lockVault();

    bool hasOpenVault() const;
    // Whether the open vault shows the village's data (not only its re-enrolment page).
    bool isWorking() const;

    // Who answers the window's questions (DialogPrompter unless set; tests queue answers). Not owned.
    void setPrompter(Prompter &prompter);

    // The open vault, for tests that drive dialogs on it (null when none is open).
    Vault *openVaultForTests() const { return m_vault.get(); }

    BrowserPage *browser() const { return m_browser; }

    // Vault ▸ Officers… and Vault ▸ Check history… (for tests).
    QAction *officersAction() const { return m_officersAction; }

    QAction *checkHistoryAction() const { return m_checkHistoryAction; }

    ProposalListPage *proposalsPage() const { return m_proposalsPage; }

    // Proposal ▸ New proposal… and View ▸ Households / Proposals (for tests).
    QAction *newProposalAction() const { return m_newProposalAction; }

    QAction *showProposalsAction() const { return m_showProposalsAction; }

    QAction *showHouseholdsAction() const { return m_showHouseholdsAction; }

    // The village meetings (issue 12): View ▸ Musdes and Proposal ▸ New meeting… (for tests).
    MeetingPage *meetingsPage() const { return m_meetingsPage; }

    QAction *showMeetingsAction() const { return m_showMeetingsAction; }

    QAction *newMeetingAction() const { return m_newMeetingAction; }

    // Sending to the district (issue 13 §3): View ▸ Send to district (for tests).
    OutboxPage *outboxPage() const { return m_outboxPage; }

    // The page of a vault whose laptop the district revoked: the vault opens to enrol again and
    // nothing else (issue 13 §1). Null while the vault opens normally.
    ReenrolmentPage *reenrolmentPage() const { return m_reenrolmentPage; }

    // The page of a district review vault (issue 14): the office, its reviewers and their enrolment
    // with the hub. Null for a village's vault.
    ReviewerPage *reviewerPage() const { return m_reviewerPage; }

    // The clock of the offline-days banner and the outbox (the system clock unless set; tests). Not
    // owned.
    void setClock(Clock &clock);
    // Reads how long the laptop has gone without its hub again, and shows or hides the banner that
    // asks for a sync (issue 13 §1); the window does it by itself every hour and after each contact.
    void updateOfflineBanner();
    // The banner's text; empty while it is hidden.
    QString offlineBannerText() const;

    QAction *showOutboxAction() const { return m_showOutboxAction; }

    // Opens the proposal editor: a new proposal (for the shown household), a suggested one, a stored one.
    // A new proposal for a household, with a member ticked and a type chosen when given.
    ProposalEditor *newProposal(const QString &householdId,
                                const QString &personId = {},
                                std::optional<ProposalType> type = std::nullopt);
    ProposalEditor *proposeFromFlag(const FlagSuggestion &suggestion);
    ProposalEditor *openProposal(qint64 proposalId);
    // The operator's window for running a meeting (issue 12 §2), or the one already open for it.
    // A lock closes it (nothing stays on the projector) and the unlock reopens it at the first
    // undecided item.
    MeetingConsole *openMeetingConsole(qint64 meetingId);
    // The documents of a meeting: print one, or save them all (`only`: just that one, as the empty
    // attendance sheet). Closed with the vault.
    MeetingDocumentsDialog *showMeetingDocuments(qint64 meetingId, std::optional<DocumentKind> only);
    void showProposals();
    // What the newest DTSEN data means for one proposal, to settle (issue 14 §2).
    void resolveProposal(qint64 proposalId);
    // The proposals in conflict with the snapshot just imported, the first one opened to settle.
    void showConflicts();
    void showHouseholds();
    void showMeetings();
    // Shows the batches for the district, making those of newly sealed meetings first.
    void showOutbox();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct ResumeState;

    // Shows the open vault: its pages, or only the re-enrolment page when the district revoked this
    // laptop (checked at every unlock: the state is in the vault).
    void showVault(std::unique_ptr<Vault> vault);
    void showWork();
    // The district review vault's page instead of the village's pages.
    void showReview();
    void showReenrolment();
    void closeReenrolment();
    // The hub revoked this laptop while the vault was open: everything closes at once (drafts kept),
    // the vault locks, and the window says why before it asks for the passphrase again.
    void lockRevoked();
    // Closes the editors and pages that use the vault's connection, and stops the background work.
    void closePages();
    // After the first page shows: quick_check on a connection of its own, and the search warm-up on
    // the window's connection in slices between events.
    void startBackgroundWork();
    void stopBackgroundWork();
    void warmUpSlice();
    void closeVault();
    // Keeps the open editors' work as drafts: ids of the editors' proposals in `reopen`, what could not
    // be saved in `unsaved`. True when everything is in the vault.
    bool keepOpenWork(QList<qint64> *reopen, QList<Proposal> *unsaved);
    // Closes the vault, asking first (then calling `done`) if an editor's draft could not be saved.
    void closeVaultAsking(const std::function<void()> &done);
    // What to come back to once the vault is open again: page, view and editors, drafts saved.
    std::unique_ptr<ResumeState> keepWork();
    void resume();
    // Asks, then changes the vault key on a worker thread (the pages close meanwhile).
    void askToChangeVaultKey();
    void changeVaultKey();
    void chooseVaultFolder();
    void importSnapshot();
    void exportSnapshot();
    void runQualityChecks();
    void showSettings();
    // The templates of the meeting's documents (from the settings, with a vault open).
    void showTemplateEditor();
    void showOfficers();
    void showSubjectAccess();
    void checkHistory();
    void showAbout();
    void showError(const QString &message);
    Actor currentActor() const;
    void recordSettingChanges(bool maskedBefore, int autoLockBefore);
    ProposalEditor *makeEditor();
    void updateActions();
    void updateStatus();
    void restartIdleTimer();
    bool isDemoFolder(const QString &folder) const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    WelcomePage *m_welcome = nullptr;
    BrowserPage *m_browser = nullptr;
    std::unique_ptr<Vault> m_vault;
    QString m_lockedFolder; // the folder of the vault that was locked, to unlock again
    QTimer *m_idleTimer = nullptr;
    QTimer *m_warmUpTimer = nullptr;
    std::unique_ptr<SearchWarmUp> m_warmUp;
    std::unique_ptr<QuickCheckJob> m_quickCheck;
    QLabel *m_villageStatus = nullptr;
    QLabel *m_officerStatus = nullptr;
    QLabel *m_countStatus = nullptr;
    QLabel *m_demoStatus = nullptr;
    QAction *m_officersAction = nullptr;
    QAction *m_checkHistoryAction = nullptr;
    QAction *m_changeKeyAction = nullptr;
    QAction *m_runChecksAction = nullptr;
    QAction *m_subjectAccessAction = nullptr;
    ProposalListPage *m_proposalsPage = nullptr;
    QAction *m_newProposalAction = nullptr;
    QAction *m_showProposalsAction = nullptr;
    QAction *m_showHouseholdsAction = nullptr;
    MeetingPage *m_meetingsPage = nullptr;
    QAction *m_showMeetingsAction = nullptr;
    QAction *m_newMeetingAction = nullptr;
    OutboxPage *m_outboxPage = nullptr;
    QAction *m_showOutboxAction = nullptr;
    ReenrolmentPage *m_reenrolmentPage = nullptr;
    ReviewerPage *m_reviewerPage = nullptr;
    Clock *m_clock;
    QTimer *m_offlineTimer = nullptr;
    Prompter *m_prompter = nullptr;
    std::unique_ptr<ResumeState> m_resume; // what to come back to after a lock
    bool m_closing = false;                // quitting after the officer agreed to drop unsaved drafts
};

} // namespace verdes::ui
