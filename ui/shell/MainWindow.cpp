// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/MainWindow.h"

#include "models/core/Clock.h"
#include "models/core/Log.h"
#include "models/domain/RegionTable.h"
#include "models/domain/Role.h"
#include "models/itemmodels/HouseholdTableModel.h"
#include "models/itemmodels/ProposalListModel.h"
#include "models/jobs/QuickCheckJob.h"
#include "models/musdes/MeetingDocumentData.h"
#include "models/musdes/MeetingRepository.h"
#include "models/quality/QualityFlag.h"
#include "models/repo/HouseholdRepository.h"
#include "models/search/SearchWarmUp.h"
#include "models/vault/Actor.h"
#include "models/vault/AuditLog.h"
#include "models/vault/Vault.h"
#include "sync/outbox/OfflineDays.h"
#include "sync/outbox/OutboxRepository.h"
#include "ui/browser/BrowserPage.h"
#include "ui/common/DialogPrompter.h"
#include "ui/common/Look.h"
#include "ui/common/ScreenFit.h"
#include "ui/io/ImportDialog.h"
#include "ui/jobs/JobRunner.h"
#include "ui/musdes/MeetingDocumentsDialog.h"
#include "ui/musdes/MeetingPage.h"
#include "ui/musdes/run/MeetingConsole.h"
#include "ui/privacy/SubjectAccessDialog.h"
#include "ui/proposals/HouseholdProposalsView.h"
#include "ui/proposals/ProposalEditor.h"
#include "ui/proposals/ProposalListPage.h"
#include "ui/proposals/SnapshotConflictDialog.h"
#include "ui/review/ReviewerPage.h"
#include "ui/settings/AppSettings.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/TemplateEditorDialog.h"
#include "ui/shell/WelcomePage.h"
#include "ui/sync/OutboxPage.h"
#include "ui/sync/ReenrolmentPage.h"
#include "ui/vault/CreateVaultWizard.h"
#include "ui/vault/OfficersDialog.h"
#include "ui/vault/UnlockDialog.h"
#include "ui_MainWindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

namespace verdes::ui {

struct MainWindow::ResumeState
{
    QString folder;
    bool onProposals = false;
    bool onMeetings = false;
    bool onOutbox = false;
    qint64 meetingId = 0; // the meeting open in the musdes page
    BrowserPage::ViewState view;
    QList<qint64> editors;   // proposals whose editors were open, their work saved as drafts
    QList<Proposal> unsaved; // editors whose draft the vault refused, kept in memory over the lock
    QList<qint64> meetings;  // meetings whose console was open (every decision is stored on save)
};

QString MainWindow::demoPassphrase()
{
    return QStringLiteral("desa contoh 2026");
}

QString MainWindow::demoFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("demo/Desa Contoh.verdes"));
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_welcome(new WelcomePage(this))
    , m_idleTimer(new QTimer(this))
    , m_warmUpTimer(new QTimer(this))
    , m_villageStatus(new QLabel(this))
    , m_officerStatus(new QLabel(this))
    , m_countStatus(new QLabel(this))
    , m_demoStatus(new QLabel(this))
    , m_clock(&SystemClock::instance())
    , m_offlineTimer(new QTimer(this))
    , m_prompter(&DialogPrompter::instance())
{
    m_ui->setupUi(this);
    m_ui->pagesStackedWidget->addWidget(m_welcome);
    m_ui->offlineBannerFrame->hide();
    // The days without the hub grow while the window is open.
    m_offlineTimer->setInterval(std::chrono::hours(1));
    connect(m_offlineTimer, &QTimer::timeout, this, &MainWindow::updateOfflineBanner);
    connect(m_ui->offlineButton, &QPushButton::clicked, this, &MainWindow::showOutbox);
    // Vault ▸ the officers and the history of changes (issue 5).
    // Mnemonics are distinct per menu bar in both languages (Berkas, Sunting, Brankas, Usulan,
    // Tampilan, Bantuan): the test of the shell walks them.
    auto *vaultMenu = new QMenu(tr("V&ault"), this);
    vaultMenu->setObjectName(QStringLiteral("vaultMenu"));
    m_officersAction = vaultMenu->addAction(tr("&Officers…"));
    m_officersAction->setObjectName(QStringLiteral("officersAction"));
    m_changeKeyAction = vaultMenu->addAction(tr("Change vault &key…"));
    m_changeKeyAction->setObjectName(QStringLiteral("changeKeyAction"));
    m_changeKeyAction->setStatusTip(
        tr("Re-encrypt the vault with a new key, so that a copy made earlier (for example by a removed "
           "officer) can no longer be opened"));
    m_checkHistoryAction = vaultMenu->addAction(tr("Check &history…"));
    m_checkHistoryAction->setObjectName(QStringLiteral("checkHistoryAction"));
    m_checkHistoryAction->setStatusTip(tr("Check that the history of changes in this vault was not altered"));
    menuBar()->insertMenu(m_ui->viewMenu->menuAction(), vaultMenu);
    connect(m_officersAction, &QAction::triggered, this, &MainWindow::showOfficers);
    connect(m_checkHistoryAction, &QAction::triggered, this, &MainWindow::checkHistory);
    connect(m_changeKeyAction, &QAction::triggered, this, &MainWindow::askToChangeVaultKey);
    // Proposal ▸ new proposal and the list of proposals; View ▸ which page (issue 5).
    auto *proposalMenu = new QMenu(tr("&Proposal"), this);
    proposalMenu->setObjectName(QStringLiteral("proposalMenu"));
    m_newProposalAction = proposalMenu->addAction(tr("&New proposal…"));
    m_newProposalAction->setObjectName(QStringLiteral("newProposalAction"));
    // Ctrl+N is New village vault.
    m_newProposalAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+N")));
    m_showHouseholdsAction = new QAction(tr("&Households"), this);
    m_showHouseholdsAction->setObjectName(QStringLiteral("showHouseholdsAction"));
    m_showHouseholdsAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+2")));
    m_showProposalsAction = new QAction(tr("&Proposals"), this);
    m_showProposalsAction->setObjectName(QStringLiteral("showProposalsAction"));
    m_showProposalsAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+3")));
    proposalMenu->addAction(m_showProposalsAction);
    // The village meetings (issue 12): the page, and a new meeting from anywhere in the window.
    m_showMeetingsAction = new QAction(tr("&Musdes"), this);
    m_showMeetingsAction->setObjectName(QStringLiteral("showMeetingsAction"));
    m_showMeetingsAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+4")));
    m_newMeetingAction = new QAction(tr("New &meeting…"), this);
    m_newMeetingAction->setObjectName(QStringLiteral("newMeetingAction"));
    m_newMeetingAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+M")));
    // The batches for the district (issue 13 §3), after the meetings they come from.
    m_showOutboxAction = new QAction(tr("&Send to district"), this);
    m_showOutboxAction->setObjectName(QStringLiteral("showOutboxAction"));
    m_showOutboxAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+5")));
    proposalMenu->addSeparator();
    proposalMenu->addAction(m_newMeetingAction);
    menuBar()->insertMenu(m_ui->viewMenu->menuAction(), proposalMenu);
    m_ui->viewMenu->insertAction(m_ui->showDetailAction, m_showHouseholdsAction);
    m_ui->viewMenu->insertAction(m_ui->showDetailAction, m_showProposalsAction);
    m_ui->viewMenu->insertAction(m_ui->showDetailAction, m_showMeetingsAction);
    m_ui->viewMenu->insertAction(m_ui->showDetailAction, m_showOutboxAction);
    m_ui->viewMenu->insertSeparator(m_ui->showDetailAction);
    connect(m_newProposalAction, &QAction::triggered, this, [this] {
        newProposal(m_browser != nullptr ? m_browser->shownHousehold() : QString(),
                    m_browser != nullptr ? m_browser->selectedMember() : QString());
    });
    connect(m_showProposalsAction, &QAction::triggered, this, &MainWindow::showProposals);
    connect(m_showHouseholdsAction, &QAction::triggered, this, &MainWindow::showHouseholds);
    connect(m_showMeetingsAction, &QAction::triggered, this, &MainWindow::showMeetings);
    connect(m_showOutboxAction, &QAction::triggered, this, &MainWindow::showOutbox);
    connect(m_newMeetingAction, &QAction::triggered, this, [this] {
        if (m_meetingsPage != nullptr) {
            showMeetings();
            m_meetingsPage->newMeeting();
        }
    });
    m_ui->findAction->setShortcut(QKeySequence::Find);
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    m_ui->openVaultAction->setShortcut(QKeySequence::Open);
    m_demoStatus->setText(tr("DEMO DATA"));
    Look::setBannerStyle(m_demoStatus, true);
    statusBar()->addWidget(m_villageStatus);
    statusBar()->addWidget(m_officerStatus);
    statusBar()->addWidget(m_countStatus);
    statusBar()->addPermanentWidget(m_demoStatus);
    m_idleTimer->setSingleShot(true);
    m_idleTimer->setObjectName(QStringLiteral("idleTimer"));

    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::chooseVaultFolder);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomePage::recentRequested, this, &MainWindow::openVault);
    connect(m_welcome, &WelcomePage::createRequested, this, &MainWindow::createVault);
    connect(m_ui->newVaultAction, &QAction::triggered, this, &MainWindow::createVault);
    connect(m_ui->openVaultAction, &QAction::triggered, this, &MainWindow::chooseVaultFolder);
    connect(m_ui->openDemoAction, &QAction::triggered, this, &MainWindow::openDemo);
    connect(m_ui->importAction, &QAction::triggered, this, &MainWindow::importSnapshot);
    connect(m_ui->exportAction, &QAction::triggered, this, &MainWindow::exportSnapshot);
    m_runChecksAction = new QAction(tr("&Run data-quality checks"), this);
    m_runChecksAction->setObjectName(QStringLiteral("runChecksAction"));
    m_ui->fileMenu->insertAction(m_ui->exportAction, m_runChecksAction);
    connect(m_runChecksAction, &QAction::triggered, this, &MainWindow::runQualityChecks);
    // UU PDP subject access (issue 14 §3), in a village vault and a district review vault alike.
    m_subjectAccessAction = new QAction(tr("Personal data &access report (UU PDP)…"), this);
    m_subjectAccessAction->setObjectName(QStringLiteral("subjectAccessAction"));
    m_ui->fileMenu->insertAction(m_ui->lockAction, m_subjectAccessAction);
    m_ui->fileMenu->insertSeparator(m_ui->lockAction);
    connect(m_subjectAccessAction, &QAction::triggered, this, &MainWindow::showSubjectAccess);
    connect(m_ui->lockAction, &QAction::triggered, this, &MainWindow::lockVault);
    connect(m_ui->closeVaultAction, &QAction::triggered, this, [this] {
        closeVaultAsking([] {});
    });
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->findAction, &QAction::triggered, this, [this] {
        if (m_browser != nullptr) {
            showHouseholds();
            m_browser->focusSearch();
        }
    });
    connect(m_ui->settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->showDetailAction, &QAction::toggled, this, [this](bool visible) {
        if (m_browser != nullptr) {
            m_browser->setDetailVisible(visible);
        }
    });
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_warmUpTimer, &QTimer::timeout, this, &MainWindow::warmUpSlice);
    connect(m_idleTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcVault) << "locking after" << AppSettings::autoLockMinutes() << "idle minutes";
        lockVault();
    });
    qApp->installEventFilter(this);

    // 1200×760 where there is room; a 1366×768 or 1280×720 laptop gets what fits, status bar included.
    if (!restoreGeometry(AppSettings::windowGeometry())) {
        ScreenFit::resize(this, QSize(1200, 760));
    } else {
        ScreenFit::shrinkToFit(this);
    }
    m_welcome->setRecentVaults(AppSettings::recentVaults());
    updateActions();
    updateStatus();
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
    stopBackgroundWork();
    delete m_proposalsPage;
    m_proposalsPage = nullptr;
    delete m_browser;
    m_browser = nullptr;
    if (m_vault) {
        (void)m_vault->lock();
    }
}

bool MainWindow::hasOpenVault() const
{
    return m_vault != nullptr;
}

bool MainWindow::isWorking() const
{
    return m_vault != nullptr && m_reenrolmentPage == nullptr;
}

void MainWindow::setPrompter(Prompter &prompter)
{
    m_prompter = &prompter;
}

void MainWindow::chooseVaultFolder()
{
    auto *dialog = new QFileDialog(this, tr("Open village vault"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::openVault);
    dialog->open();
}

void MainWindow::createVault()
{
    auto *wizard = new CreateVaultWizard(this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &CreateVaultWizard::vaultCreated, this, &MainWindow::openVault);
    wizard->open();
}

void MainWindow::openVault(const QString &folder)
{
    if (!Vault::isVault(folder)) {
        showError(describe(Error(ErrorCode::VaultNotAVault, {QDir::toNativeSeparators(folder)})));
        return;
    }
    auto officers = Vault::officerNames(folder);
    if (!officers) {
        showError(describe(officers.error()));
        return;
    }
    if (m_vault) {
        closeVault();
    }
    if (m_resume && m_resume->folder != folder) {
        m_resume.reset(); // another vault: what was open belongs to the locked one
    }
    const bool demo = isDemoFolder(folder);
    auto *dialog = new UnlockDialog(
        folder, QFileInfo(folder).completeBaseName(), *officers, demo ? demoPassphrase() : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, folder] {
        AppSettings::addRecentVault(folder);
        showVault(dialog->takeVault());
    });
    dialog->open();
}

void MainWindow::openDemo()
{
    const QString folder = demoFolder();
    if (Vault::isVault(folder)) {
        // The demo village is generated, never typed in: one made by an earlier development version
        // that this one cannot open is simply made again.
        auto names = Vault::officerNames(folder);
        if (names || names.error().code != ErrorCode::VaultKeySlotsOldFormat) {
            openVault(folder);
            return;
        }
        qCInfo(lcVault) << "regenerating a demo village of an older format";
        if (!QDir(folder).removeRecursively()) {
            showError(describe(Error(ErrorCode::FileWriteFailed, {QDir::toNativeSeparators(folder)})));
            return;
        }
    }
    QDir().mkpath(QFileInfo(folder).absolutePath());
    auto *runner = new JobRunner(this);
    connect(runner, &JobRunner::succeeded, this, [this, folder] {
        openVault(folder);
    });
    connect(runner, &JobRunner::failed, this, &MainWindow::showError);
    runner->createDemoVault(folder, demoPassphrase());
}

void MainWindow::setClock(Clock &clock)
{
    m_clock = &clock;
    if (m_outboxPage != nullptr) {
        m_outboxPage->setClock(clock);
    }
}

void MainWindow::showVault(std::unique_ptr<Vault> vault)
{
    Q_ASSERT(vault);
    m_vault = std::move(vault);
    m_lockedFolder.clear();
    auto open = sync::OutboxRepository(m_vault->database(), *m_clock).requireNotRevoked();
    if (!open && open.error().code == ErrorCode::SyncDeviceRevoked) {
        qCInfo(lcVault) << "the district revoked this laptop: the vault opens to enrol again only";
        m_resume.reset();
        showReenrolment();
        return;
    }
    if (!open) {
        closeVault();
        showError(describe(open.error()));
        return;
    }
    if (m_vault->isDistrict()) {
        showReview();
        return;
    }
    showWork();
}

void MainWindow::showReview()
{
    // A district review vault holds no village registry: its page instead of the village's pages.
    m_resume.reset();
    m_reviewerPage = new ReviewerPage(*m_vault, this);
    connect(m_reviewerPage, &ReviewerPage::errorOccurred, this, &MainWindow::showError);
    m_ui->pagesStackedWidget->addWidget(m_reviewerPage);
    m_ui->pagesStackedWidget->setCurrentWidget(m_reviewerPage);
    restartIdleTimer();
    updateActions();
    updateStatus();
    startBackgroundWork();
    updateOfflineBanner();
}

void MainWindow::showReenrolment()
{
    Q_ASSERT(m_vault);
    m_reenrolmentPage =
        new ReenrolmentPage(m_vault->database(), m_vault->actor(), m_vault->villageName(), this);
    // Queued: the page is deleted in reply, and the signal comes from inside its dialog.
    connect(
        m_reenrolmentPage,
        &ReenrolmentPage::reenrolled,
        this,
        [this] {
            closeReenrolment();
            showWork();
            statusBar()->showMessage(tr("This laptop is enrolled again: the vault is open as before."),
                                     15000);
        },
        Qt::QueuedConnection);
    m_ui->pagesStackedWidget->addWidget(m_reenrolmentPage);
    m_ui->pagesStackedWidget->setCurrentWidget(m_reenrolmentPage);
    restartIdleTimer();
    updateActions();
    updateStatus();
    updateOfflineBanner();
}

void MainWindow::closeReenrolment()
{
    if (m_reenrolmentPage != nullptr) {
        m_ui->pagesStackedWidget->removeWidget(m_reenrolmentPage);
        delete m_reenrolmentPage;
        m_reenrolmentPage = nullptr;
    }
}

void MainWindow::lockRevoked()
{
    if (!m_vault || m_reenrolmentPage != nullptr) {
        return;
    }
    auto hub = sync::OutboxRepository(m_vault->database(), *m_clock).hub();
    const QString hubName = hub && *hub ? (*hub)->hubName : QString();
    const QString folder = m_vault->folder();
    qCWarning(lcVault) << "the district revoked this laptop: locking the vault";
    // Open editors keep their work as drafts; the pages, the meeting's projector and every key go.
    closeVault();
    m_resume.reset();
    m_lockedFolder = folder;
    auto *box = new QMessageBox(QMessageBox::Warning,
                                tr("Enrolment revoked"),
                                describe(Error(ErrorCode::SyncDeviceRevoked, {hubName})),
                                QMessageBox::Ok,
                                this);
    box->setObjectName(QStringLiteral("revokedBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QDialog::finished, this, [this, folder] {
        openVault(folder);
    });
    box->open();
}

void MainWindow::showWork()
{
    Q_ASSERT(m_vault);
    m_browser = new BrowserPage(m_vault->database(), isDemoFolder(m_vault->folder()), this);
    m_browser->setDetailVisible(m_ui->showDetailAction->isChecked());
    m_browser->setMasking(AppSettings::maskNik());
    m_browser->setActor(m_vault->actor());
    connect(m_browser, &BrowserPage::errorOccurred, this, &MainWindow::showError);
    connect(m_browser->model(), &HouseholdTableModel::totalCountChanged, this, &MainWindow::updateStatus);
    connect(m_browser,
            &BrowserPage::newProposalRequested,
            this,
            [this](const QString &household, const QString &person) {
                newProposal(household, person);
            });
    connect(m_browser,
            &BrowserPage::memberProposalRequested,
            this,
            [this](const QString &household, const QString &person, ProposalType type) {
                newProposal(household, person, type);
            });
    connect(m_browser, &BrowserPage::suggestedProposalRequested, this, &MainWindow::proposeFromFlag);
    connect(m_browser, &BrowserPage::openProposalRequested, this, &MainWindow::openProposal);
    m_ui->pagesStackedWidget->addWidget(m_browser);
    m_proposalsPage = new ProposalListPage(m_vault->database(), this);
    connect(m_proposalsPage, &ProposalListPage::errorOccurred, this, &MainWindow::showError);
    connect(m_proposalsPage, &ProposalListPage::openRequested, this, &MainWindow::openProposal);
    connect(m_proposalsPage, &ProposalListPage::resolveRequested, this, &MainWindow::resolveProposal);
    connect(m_proposalsPage, &ProposalListPage::newRequested, this, [this] {
        newProposal(m_browser != nullptr ? m_browser->shownHousehold() : QString(),
                    m_browser != nullptr ? m_browser->selectedMember() : QString());
    });
    m_ui->pagesStackedWidget->addWidget(m_proposalsPage);
    m_meetingsPage = new MeetingPage(m_vault->database(), this);
    m_meetingsPage->setActor(m_vault->actor());
    m_meetingsPage->setVillageCode(m_vault->villageCode());
    if (auto officers = m_vault->officers()) {
        m_meetingsPage->setOfficers(*officers);
    }
    connect(m_meetingsPage, &MeetingPage::errorOccurred, this, &MainWindow::showError);
    connect(m_meetingsPage, &MeetingPage::runRequested, this, [this](qint64 meetingId) {
        openMeetingConsole(meetingId);
    });
    connect(m_meetingsPage, &MeetingPage::documentsRequested, this, [this](qint64 meetingId) {
        showMeetingDocuments(meetingId, std::nullopt);
    });
    connect(m_meetingsPage, &MeetingPage::attendanceSheetRequested, this, [this](qint64 meetingId) {
        showMeetingDocuments(meetingId, DocumentKind::LembarHadir);
    });
    connect(m_meetingsPage, &MeetingPage::proposalsChanged, this, [this] {
        if (m_proposalsPage != nullptr) {
            m_proposalsPage->reload();
        }
        if (m_browser != nullptr) {
            m_browser->proposalsView()->reload();
        }
    });
    m_ui->pagesStackedWidget->addWidget(m_meetingsPage);
    Vault *vaultForJobs = m_vault.get();
    m_outboxPage = new OutboxPage(
        m_vault->database(),
        [vaultForJobs] {
            return vaultForJobs->connector();
        },
        this);
    m_outboxPage->setActor(m_vault->actor());
    m_outboxPage->setVillageName(m_vault->villageName());
    m_outboxPage->setClock(*m_clock);
    connect(m_outboxPage, &OutboxPage::revoked, this, &MainWindow::lockRevoked, Qt::QueuedConnection);
    connect(m_outboxPage, &OutboxPage::hubUpdated, this, &MainWindow::updateOfflineBanner);
    connect(m_outboxPage, &OutboxPage::outboxChanged, this, [this] {
        if (m_proposalsPage != nullptr) {
            m_proposalsPage->reload();
        }
        if (m_browser != nullptr) {
            m_browser->proposalsView()->reload();
        }
    });
    m_ui->pagesStackedWidget->addWidget(m_outboxPage);
    m_ui->pagesStackedWidget->setCurrentWidget(m_browser);
    m_browser->focusSearch();
    restartIdleTimer();
    updateActions();
    updateStatus();
    startBackgroundWork();
    updateOfflineBanner();
    // A meeting sealed just before the vault closed (or a crash) gets its batch now, off this thread.
    m_outboxPage->reload();
    m_outboxPage->catchUp();
    resume();
}

void MainWindow::resume()
{
    if (!m_resume || !m_vault || m_resume->folder != m_vault->folder()) {
        m_resume.reset();
        return;
    }
    const std::unique_ptr<ResumeState> state = std::move(m_resume);
    m_browser->restoreViewState(state->view);
    if (state->onProposals) {
        showProposals();
    }
    if (state->onMeetings) {
        showMeetings();
        if (state->meetingId != 0) {
            m_meetingsPage->openMeeting(state->meetingId);
        }
    }
    if (state->onOutbox) {
        showOutbox();
    }
    for (const qint64 id : state->editors) {
        openProposal(id);
    }
    for (const qint64 id : state->meetings) {
        openMeetingConsole(id);
    }
    for (const Proposal &proposal : state->unsaved) {
        if (ProposalEditor *editor = makeEditor()) {
            editor->restoreUnsaved(proposal);
            editor->show();
        }
    }
    qCInfo(lcVault) << "resumed after unlocking:" << state->editors.size() << "editors,"
                    << state->unsaved.size() << "unsaved";
}

bool MainWindow::keepOpenWork(QList<qint64> *reopen, QList<Proposal> *unsaved)
{
    bool allKept = true;
    for (ProposalEditor *editor : findChildren<ProposalEditor *>()) {
        if (!editor->isVisible()) {
            continue;
        }
        if (editor->keepDraft()) {
            if (editor->proposalId() != 0 && reopen != nullptr) {
                reopen->append(editor->proposalId());
            }
        } else {
            allKept = false;
            if (unsaved != nullptr) {
                unsaved->append(editor->formProposal());
            }
        }
    }
    return allKept;
}

void MainWindow::closeVaultAsking(const std::function<void()> &done)
{
    QList<Proposal> unsaved;
    if (!m_vault || keepOpenWork(nullptr, &unsaved)) {
        closeVault();
        done();
        return;
    }
    m_prompter->ask(
        this,
        Question{tr("Proposals not saved"),
                 tr("%n open proposal(s) could not be kept as drafts (the editor says why). Close "
                    "the vault and lose what was written there?",
                    nullptr,
                    int(unsaved.size())),
                 tr("&Close and discard"),
                 tr("&Keep working"),
                 false,
                 {}},
        [this, done](const Answer &answer) {
            if (answer.accepted) {
                closeVault();
                done();
            }
        });
}

void MainWindow::startBackgroundWork()
{
    stopBackgroundWork();
    if (auto connector = m_vault->connector()) {
        m_quickCheck = std::make_unique<QuickCheckJob>(std::move(connector).value());
        QuickCheckJob *job = m_quickCheck.get();
        // The job is the context: a result still queued when the job is stopped is dropped with it.
        connect(job, &Job::finished, job, [this, job] {
            job->wait();
            const Result<void> checked = job->result();
            // Not deleted inside its own signal: after the event.
            m_quickCheck.release()->deleteLater();
            if (!checked && checked.error().code != ErrorCode::Cancelled) {
                // A page SQLCipher cannot read, or a damaged tree: stop working on it, and say so.
                closeVault();
                showError(describe(checked.error()));
            }
        });
        m_quickCheck->start();
    }
    m_warmUp = std::make_unique<SearchWarmUp>(m_vault->database());
    m_warmUpTimer->start(0);
}

void MainWindow::stopBackgroundWork()
{
    m_warmUpTimer->stop();
    m_warmUp.reset();
    m_quickCheck.reset(); // cancels and waits: quick_check stops within milliseconds
}

void MainWindow::warmUpSlice()
{
    // About 10 ms of reading at a time keeps typing and scrolling smooth meanwhile.
    constexpr qint64 kSliceMs = 10;
    constexpr qint64 kRowsPerStep = 500;
    QElapsedTimer slice;
    slice.start();
    while (m_warmUp && slice.elapsed() < kSliceMs) {
        auto done = m_warmUp->step(kRowsPerStep);
        if (!done || *done) {
            if (!done) {
                qCWarning(lcVault) << "search warm-up stopped:" << errorCodeName(done.error().code);
            }
            m_warmUpTimer->stop();
            m_warmUp.reset();
        }
    }
}

void MainWindow::closePages()
{
    stopBackgroundWork();
    // Open proposal editors work on the vault's connection: keep their work, then close them first.
    if (m_vault) {
        keepOpenWork(nullptr, nullptr);
    }
    for (ProposalEditor *editor : findChildren<ProposalEditor *>()) {
        delete editor;
    }
    for (MeetingDocumentsDialog *dialog : findChildren<MeetingDocumentsDialog *>()) {
        delete dialog;
    }
    // A meeting's console and its projector: blank and closed, before the connection goes.
    for (MeetingConsole *console : findChildren<MeetingConsole *>()) {
        console->closeForLock();
        delete console;
    }
    if (m_outboxPage != nullptr) {
        // Its jobs work on connections of their own: deleting the page cancels and waits for them.
        m_ui->pagesStackedWidget->removeWidget(m_outboxPage);
        delete m_outboxPage;
        m_outboxPage = nullptr;
    }
    if (m_meetingsPage != nullptr) {
        // The meeting's data is saved as it changes; the form's own fields are saved here.
        if (m_vault) {
            m_meetingsPage->keepWork();
        }
        m_ui->pagesStackedWidget->removeWidget(m_meetingsPage);
        delete m_meetingsPage;
        m_meetingsPage = nullptr;
    }
    if (m_proposalsPage != nullptr) {
        m_ui->pagesStackedWidget->removeWidget(m_proposalsPage);
        delete m_proposalsPage;
        m_proposalsPage = nullptr;
    }
    if (m_browser != nullptr) {
        m_ui->pagesStackedWidget->removeWidget(m_browser);
        delete m_browser;
        m_browser = nullptr;
    }
    if (m_reviewerPage != nullptr) {
        m_ui->pagesStackedWidget->removeWidget(m_reviewerPage);
        delete m_reviewerPage;
        m_reviewerPage = nullptr;
    }
    closeReenrolment();
}

void MainWindow::closeVault()
{
    closePages();
    if (m_vault) {
        if (auto locked = m_vault->lock(); !locked) {
            qCWarning(lcVault) << "lock reported" << errorCodeName(locked.error().code);
        }
        m_vault.reset();
    }
    m_idleTimer->stop();
    m_welcome->setRecentVaults(AppSettings::recentVaults());
    m_ui->pagesStackedWidget->setCurrentWidget(m_welcome);
    updateActions();
    updateStatus();
    updateOfflineBanner();
}

void MainWindow::lockVault()
{
    if (!m_vault) {
        return;
    }
    // A lock may come from the idle timer: nobody to ask, so keepWork() holds what the vault refused.
    auto state = keepWork();
    const QString folder = state->folder;
    closeVault();
    m_resume = std::move(state);
    m_lockedFolder = folder;
    openVault(folder);
}

std::unique_ptr<MainWindow::ResumeState> MainWindow::keepWork()
{
    Q_ASSERT(m_vault);
    // The officer comes back to this when the vault opens again; drafts go into the vault before it
    // closes, and one the vault refused stays in memory.
    auto state = std::make_unique<ResumeState>();
    state->folder = m_vault->folder();
    state->onProposals =
        m_proposalsPage != nullptr && m_ui->pagesStackedWidget->currentWidget() == m_proposalsPage;
    state->onMeetings =
        m_meetingsPage != nullptr && m_ui->pagesStackedWidget->currentWidget() == m_meetingsPage;
    if (state->onMeetings) {
        m_meetingsPage->keepWork();
        state->meetingId = m_meetingsPage->shownMeeting();
    }
    state->onOutbox = m_outboxPage != nullptr && m_ui->pagesStackedWidget->currentWidget() == m_outboxPage;
    if (m_browser != nullptr) {
        state->view = m_browser->viewState();
    }
    keepOpenWork(&state->editors, &state->unsaved);
    for (MeetingConsole *console : findChildren<MeetingConsole *>()) {
        if (console->isVisible()) {
            state->meetings.append(console->meetingId());
        }
    }
    return state;
}

void MainWindow::importSnapshot()
{
    if (!isWorking()) {
        return;
    }
    auto *dialog = new ImportDialog(*m_vault, QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::vaultChanged, this, [this] {
        if (m_browser != nullptr) {
            m_browser->reload();
        }
    });
    connect(dialog, &ImportDialog::conflictsRequested, this, &MainWindow::showConflicts);
    dialog->open();
}

void MainWindow::runQualityChecks()
{
    if (!isWorking()) {
        return;
    }
    const Actor actor = m_vault->actor();
    if (auto allowed = actor.require(Action::RunChecks); !allowed) {
        showError(describe(allowed.error()));
        return;
    }
    auto *runner = new JobRunner(this);
    connect(runner, &JobRunner::succeeded, this, [this] {
        if (m_browser != nullptr) {
            m_browser->reload();
        }
    });
    connect(runner, &JobRunner::failed, this, &MainWindow::showError);
    runner->runQualityChecks(*m_vault, actor);
}

void MainWindow::exportSnapshot()
{
    if (!isWorking()) {
        return;
    }
    auto *warning =
        new QMessageBox(QMessageBox::Warning,
                        tr("Export personal data"),
                        tr("The CSV file will hold the personal data of every household in plain "
                           "text. Keep it only on this computer or an encrypted drive, and delete it "
                           "when it is no longer needed."),
                        QMessageBox::Cancel,
                        this);
    warning->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *proceed = warning->addButton(tr("Choose where to save…"), QMessageBox::AcceptRole);
    connect(proceed, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Export to CSV"), QString(), tr("CSV files (*.csv)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(QStringLiteral("csv"));
        dialog->setOption(QFileDialog::DontUseNativeDialog);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
            auto *runner = new JobRunner(this);
            connect(runner, &JobRunner::failed, this, &MainWindow::showError);
            runner->exportSnapshot(*m_vault, file);
        });
        dialog->open();
    });
    warning->open();
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTemplatesAvailable(m_vault != nullptr && m_reenrolmentPage == nullptr);
    connect(dialog, &SettingsDialog::templatesRequested, this, &MainWindow::showTemplateEditor);
    const bool maskedBefore = AppSettings::maskNik();
    const int autoLockBefore = AppSettings::autoLockMinutes();
    connect(dialog, &QDialog::accepted, this, [this, maskedBefore, autoLockBefore] {
        recordSettingChanges(maskedBefore, autoLockBefore);
        if (m_browser != nullptr) {
            m_browser->setMasking(AppSettings::maskNik());
        }
        restartIdleTimer();
    });
    dialog->open();
}

void MainWindow::showTemplateEditor()
{
    if (m_vault == nullptr || m_reenrolmentPage != nullptr) {
        return;
    }
    auto *editor = new TemplateEditorDialog(m_vault->database(), m_vault->actor(), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->open();
}

void MainWindow::recordSettingChanges(bool maskedBefore, int autoLockBefore)
{
    if (!m_vault) {
        return;
    }
    // The settings that guard the data (masking, automatic lock) are recorded in the open vault's
    // audit trail; the language and the window's layout are not.
    const Actor actor = currentActor();
    const auto onOff = [](bool on) {
        return on ? QStringLiteral("on") : QStringLiteral("off");
    };
    QList<AuditRecord> records;
    const bool masked = AppSettings::maskNik();
    if (masked != maskedBefore) {
        records.append({QStringLiteral("settings.change"),
                        QStringLiteral("setting"),
                        QStringLiteral("mask_nik"),
                        {},
                        {QStringLiteral("mask_nik"), onOff(maskedBefore), onOff(masked)}});
    }
    const int autoLock = AppSettings::autoLockMinutes();
    if (autoLock != autoLockBefore) {
        records.append({QStringLiteral("settings.change"),
                        QStringLiteral("setting"),
                        QStringLiteral("auto_lock_minutes"),
                        {},
                        {QStringLiteral("auto_lock_minutes"),
                         QString::number(autoLockBefore),
                         QString::number(autoLock)}});
    }
    for (const AuditRecord &record : records) {
        if (auto appended = AuditLog(m_vault->database()).appendAlone(actor, record); !appended) {
            showError(describe(appended.error()));
            return;
        }
    }
    if (!masked && !actor.may(Action::RevealNik)) {
        auto *box = new QMessageBox(QMessageBox::Information,
                                    tr("Settings"),
                                    tr("Your role may not see full NIK and KK numbers, so they stay masked "
                                       "for you. Officers whose role allows it will see them in full."),
                                    QMessageBox::Ok,
                                    this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void MainWindow::showSubjectAccess()
{
    if (!isWorking()) {
        return;
    }
    auto *dialog = new SubjectAccessDialog(*m_vault, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showOfficers()
{
    if (!isWorking()) {
        return;
    }
    auto *dialog = new OfficersDialog(*m_vault, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OfficersDialog::vaultKeyChangeRequested, this, [this, dialog] {
        dialog->close();
        changeVaultKey();
    });
    connect(dialog, &OfficersDialog::officersChanged, this, [this] {
        // The actor's own role may have changed.
        if (m_browser != nullptr && m_vault) {
            m_browser->setActor(m_vault->actor());
        }
        if (m_outboxPage != nullptr && m_vault) {
            m_outboxPage->setActor(m_vault->actor());
        }
        if (m_reviewerPage != nullptr) {
            m_reviewerPage->reload();
        }
        if (m_meetingsPage != nullptr && m_vault) {
            m_meetingsPage->setActor(m_vault->actor());
            if (auto officers = m_vault->officers()) {
                m_meetingsPage->setOfficers(*officers);
            }
        }
        updateActions();
        updateStatus();
    });
    dialog->open();
}

void MainWindow::askToChangeVaultKey()
{
    if (!isWorking()) {
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question,
                                tr("Change vault key"),
                                tr("The whole vault is encrypted again with a new key. Copies of the vault "
                                   "folder made before, for example by an officer who was removed, can then "
                                   "no longer be opened. Officers keep their passphrases. For a big village "
                                   "this takes a minute; the vault is closed meanwhile."),
                                QMessageBox::Cancel,
                                this);
    box->setObjectName(QStringLiteral("changeKeyBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *change = box->addButton(tr("Change the key"), QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(change, &QPushButton::clicked, this, &MainWindow::changeVaultKey);
    box->open();
}

void MainWindow::changeVaultKey()
{
    if (!isWorking()) {
        return;
    }
    if (auto allowed = m_vault->actor().require(Action::ManageOfficers); !allowed) {
        showError(describe(allowed.error()));
        return;
    }
    // The vault goes to the job's thread: nothing here may use it until it comes back. The officer
    // returns to the same page and editors on the re-keyed vault, as after a lock.
    m_resume = keepWork();
    closePages();
    m_idleTimer->stop();
    auto *runner = new JobRunner(this);
    runner->changeVaultKey(std::move(m_vault));
    updateActions();
    auto back = [this, runner] {
        if (auto vault = runner->takeVault(); vault && vault->isOpen()) {
            showVault(std::move(vault));
        } else {
            closeVault();
        }
    };
    connect(runner, &JobRunner::succeeded, this, [this, back] {
        back();
        statusBar()->showMessage(tr("The vault key was changed."), 10000);
    });
    connect(runner, &JobRunner::failed, this, [this, back](const QString &message) {
        back();
        showError(message);
    });
}

void MainWindow::checkHistory()
{
    if (!isWorking()) {
        return;
    }
    auto *runner = new JobRunner(this);
    connect(runner, &JobRunner::failed, this, &MainWindow::showError);
    runner->verifyHistory(*m_vault);
}

void MainWindow::showAbout()
{
    auto *box =
        new QMessageBox(QMessageBox::Information,
                        tr("About Verdes"),
                        tr("<h3>Verdes %1</h3>"
                           "<p>Village verification of the social-assistance registry (DTSEN): an "
                           "encrypted registry of the village's households, corrections decided in the "
                           "musdes, and signed batches for the district social office.</p>"
                           "<p>Region codes: Kemendagri lists 2016–2025, from the cahyadsn/wilayah "
                           "repository (MIT licence, © Cahya DSN).</p>"
                           "<p>Licence: GPL-3.0-or-later.</p>")
                            .arg(QApplication::applicationVersion()),
                        QMessageBox::Close,
                        this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

Actor MainWindow::currentActor() const
{
    if (!m_vault) {
        return Actor{QStringLiteral("nobody"), QString(), Role::Viewer, false};
    }
    return m_vault->actor();
}

ProposalEditor *MainWindow::makeEditor()
{
    if (!isWorking()) {
        return nullptr;
    }
    auto *editor = new ProposalEditor(m_vault->database(), currentActor(), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setPrompter(*m_prompter);
    connect(editor, &ProposalEditor::proposalChanged, this, [this] {
        if (m_proposalsPage != nullptr) {
            m_proposalsPage->reload();
        }
        if (m_browser != nullptr) {
            m_browser->proposalsView()->reload();
            m_browser->refreshShownHousehold();
        }
    });
    return editor;
}

ProposalEditor *
MainWindow::newProposal(const QString &householdId, const QString &personId, std::optional<ProposalType> type)
{
    ProposalEditor *editor = makeEditor();
    if (editor != nullptr) {
        editor->startNew(householdId, personId, type);
        editor->show();
    }
    return editor;
}

ProposalEditor *MainWindow::proposeFromFlag(const FlagSuggestion &suggestion)
{
    ProposalEditor *editor = makeEditor();
    if (editor != nullptr) {
        editor->startFromSuggestion(suggestion);
        editor->show();
    }
    return editor;
}

ProposalEditor *MainWindow::openProposal(qint64 proposalId)
{
    ProposalEditor *editor = makeEditor();
    if (editor != nullptr) {
        editor->openProposal(proposalId);
        editor->show();
    }
    return editor;
}

MeetingDocumentsDialog *MainWindow::showMeetingDocuments(qint64 meetingId, std::optional<DocumentKind> only)
{
    if (!isWorking()) {
        return nullptr;
    }
    MeetingRepository meetings(m_vault->database());
    auto data = MeetingDocumentData::gather(
        meetings, meetingId, m_vault->villageCode(), m_vault->villageName(), QDate::currentDate());
    if (!data) {
        showError(describe(data.error()));
        return nullptr;
    }
    auto *dialog = new MeetingDocumentsDialog(
        m_vault->database(), m_vault->actor(), std::move(data).value(), only, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MeetingDocumentsDialog::errorOccurred, this, &MainWindow::showError);
    dialog->open();
    return dialog;
}

MeetingConsole *MainWindow::openMeetingConsole(qint64 meetingId)
{
    if (!isWorking()) {
        return nullptr;
    }
    for (MeetingConsole *open : findChildren<MeetingConsole *>()) {
        if (open->meetingId() == meetingId) {
            open->show();
            open->raise();
            open->activateWindow();
            return open;
        }
    }
    auto *console = new MeetingConsole(m_vault->database(), currentActor(), meetingId, this);
    console->setAttribute(Qt::WA_DeleteOnClose);
    // A sealed meeting becomes a batch for the district at once (issue 13 §3), on a worker thread.
    connect(console, &MeetingConsole::sealed, this, [this] {
        if (m_outboxPage != nullptr) {
            m_outboxPage->catchUp();
        }
    });
    console->setVault(m_vault.get());
    console->show();
    return console;
}

void MainWindow::resolveProposal(qint64 proposalId)
{
    if (!isWorking()) {
        return;
    }
    auto *dialog = new SnapshotConflictDialog(m_vault->database(), m_vault->actor(), proposalId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SnapshotConflictDialog::proposalChanged, this, [this] {
        if (m_proposalsPage != nullptr) {
            m_proposalsPage->reload();
        }
    });
    connect(dialog, &SnapshotConflictDialog::openProposalRequested, this, [this, dialog](qint64 id) {
        dialog->accept();
        openProposal(id);
    });
    dialog->open();
}

void MainWindow::showConflicts()
{
    showProposals();
    if (m_proposalsPage == nullptr) {
        return;
    }
    m_proposalsPage->showOutcome(SnapshotOutcome::Conflict);
    if (m_proposalsPage->model()->rowCount() > 0) {
        m_proposalsPage->table()->selectRow(0);
        resolveProposal(m_proposalsPage->model()->proposalIdAt(0));
    }
}

void MainWindow::showProposals()
{
    if (m_proposalsPage != nullptr) {
        m_proposalsPage->reload();
        m_ui->pagesStackedWidget->setCurrentWidget(m_proposalsPage);
        m_proposalsPage->table()->setFocus();
    }
}

void MainWindow::showMeetings()
{
    if (m_meetingsPage != nullptr) {
        m_meetingsPage->reload();
        m_ui->pagesStackedWidget->setCurrentWidget(m_meetingsPage);
        if (m_meetingsPage->isListShown()) {
            m_meetingsPage->table()->setFocus();
        }
    }
}

void MainWindow::showOutbox()
{
    if (m_outboxPage != nullptr) {
        m_outboxPage->reload();
        m_ui->pagesStackedWidget->setCurrentWidget(m_outboxPage);
        m_outboxPage->batchesView()->setFocus();
        m_outboxPage->catchUp();
    }
}

void MainWindow::showHouseholds()
{
    if (m_browser != nullptr) {
        m_ui->pagesStackedWidget->setCurrentWidget(m_browser);
    }
}

void MainWindow::showError(const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Verdes"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::updateOfflineBanner()
{
    const auto hide = [this] {
        m_ui->offlineBannerFrame->hide();
        m_ui->offlineLabel->clear();
        m_offlineTimer->stop();
    };
    if (!m_vault || m_reenrolmentPage != nullptr) {
        hide();
        return;
    }
    if (!m_offlineTimer->isActive()) {
        m_offlineTimer->start();
    }
    auto offline = sync::OfflineDays::of(m_vault->database(), *m_clock);
    if (!offline) {
        qCWarning(lcVault) << "offline days not read:" << errorCodeName(offline.error().code);
        hide();
        return;
    }
    // Never a lockout: the officer works on, and is asked to send or sync, firmly once the limit passed.
    switch (offline->level) {
    case sync::OfflineDays::Level::None:
        hide();
        m_offlineTimer->start();
        return;
    case sync::OfflineDays::Level::Soon:
        m_ui->offlineLabel->setText(
            tr("This laptop has not been in touch with the dinas sosial for %n day(s); the district asks for "
               "a sync at least every %1 days. Send or sync within %2 days.",
               nullptr,
               offline->days)
                .arg(offline->limit)
                .arg(offline->daysLeft()));
        Look::setNoticeStyle(m_ui->offlineLabel);
        break;
    case sync::OfflineDays::Level::Over:
        m_ui->offlineLabel->setText(
            tr("This laptop has not been in touch with the dinas sosial for %n day(s), longer than the %1 "
               "days the district allows. Send or sync now: the data stays usable, but the district needs "
               "to hear from this laptop.",
               nullptr,
               offline->days)
                .arg(offline->limit));
        Look::setBannerStyle(m_ui->offlineLabel);
        break;
    }
    m_ui->offlineButton->setEnabled(m_outboxPage != nullptr);
    m_ui->offlineBannerFrame->show();
}

QString MainWindow::offlineBannerText() const
{
    return m_ui->offlineBannerFrame->isHidden() ? QString() : m_ui->offlineLabel->text();
}

void MainWindow::updateActions()
{
    // A vault the district revoked is open to enrol again only: nothing of the registry. A district
    // review vault has its officers and history, and no village registry.
    const bool anyOpen = m_vault != nullptr && m_reenrolmentPage == nullptr;
    const bool open = anyOpen && !m_vault->isDistrict();
    // What the officer's role does not allow is disabled, and the status bar says why.
    const auto allow = [this, open](QAction *action, Action permission) {
        const Result<void> allowed = open ? m_vault->actor().require(permission) : Result<void>();
        action->setEnabled(open && allowed.has_value());
        action->setStatusTip(allowed ? QString() : describe(allowed.error()));
    };
    allow(m_ui->importAction, Action::ImportSnapshot);
    allow(m_ui->exportAction, Action::ExportData);
    allow(m_runChecksAction, Action::RunChecks);
    {
        const Result<void> allowed = anyOpen ? m_vault->actor().require(Action::ExportData) : Result<void>();
        m_subjectAccessAction->setEnabled(anyOpen && allowed.has_value());
        m_subjectAccessAction->setStatusTip(allowed ? QString() : describe(allowed.error()));
    }
    m_ui->lockAction->setEnabled(m_vault != nullptr);
    m_ui->closeVaultAction->setEnabled(m_vault != nullptr);
    m_ui->findAction->setEnabled(open);
    m_officersAction->setEnabled(anyOpen);
    if (anyOpen) {
        const Result<void> allowed = m_vault->actor().require(Action::ManageOfficers);
        m_changeKeyAction->setEnabled(allowed.has_value());
        m_changeKeyAction->setStatusTip(allowed ? QString() : describe(allowed.error()));
    } else {
        m_changeKeyAction->setEnabled(false);
    }
    allow(m_newProposalAction, Action::CreateProposal);
    m_showProposalsAction->setEnabled(open);
    m_showHouseholdsAction->setEnabled(open);
    m_showMeetingsAction->setEnabled(open);
    m_showOutboxAction->setEnabled(open);
    allow(m_newMeetingAction, Action::PutOnAgenda);
    m_checkHistoryAction->setEnabled(anyOpen);
}

void MainWindow::updateStatus()
{
    const bool open = m_vault != nullptr;
    m_villageStatus->setVisible(open);
    m_officerStatus->setVisible(open);
    m_countStatus->setVisible(open && m_browser != nullptr);
    m_demoStatus->setVisible(open && isDemoFolder(m_vault->folder()));
    if (!open) {
        setWindowTitle(QStringLiteral("Verdes"));
        return;
    }
    const QString village = m_vault->isDistrict()
                                ? tr("%1 (%2)").arg(m_vault->officeName(), m_vault->districtCode())
                                : tr("%1 (%2)").arg(m_vault->villageName(), m_vault->villageCode());
    m_villageStatus->setText(village);
    m_officerStatus->setText(
        m_vault->unlockedBy().isEmpty()
            ? tr("Opened with the recovery key")
            : tr("Officer: %1 · %2").arg(m_vault->unlockedBy(), RoleText::label(m_vault->actor().role)));
    if (m_browser != nullptr) {
        const QLocale locale;
        HouseholdRepository repository(m_vault->database());
        const auto households = repository.count();
        const auto persons = repository.personCount();
        m_countStatus->setText(
            households && persons
                ? tr("%1 households, %2 persons · %3 shown")
                      .arg(locale.toString(*households),
                           locale.toString(*persons),
                           locale.toString(m_browser->model()->totalCount()))
                : tr("%1 households shown").arg(locale.toString(m_browser->model()->totalCount())));
    }
    setWindowTitle(isDemoFolder(m_vault->folder()) ? tr("%1 — DEMO — Verdes").arg(village)
                                                   : tr("%1 — Verdes").arg(village));
}

void MainWindow::restartIdleTimer()
{
    const int minutes = AppSettings::autoLockMinutes();
    if (m_vault && minutes > 0) {
        m_idleTimer->start(std::chrono::minutes(minutes));
    } else {
        m_idleTimer->stop();
    }
}

bool MainWindow::isDemoFolder(const QString &folder) const
{
    return QFileInfo(folder).absoluteFilePath() == QFileInfo(demoFolder()).absoluteFilePath();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closing || !m_vault || keepOpenWork(nullptr, nullptr)) {
        AppSettings::setWindowGeometry(saveGeometry());
        closeVault();
        event->accept();
        return;
    }
    // A draft the vault refused: ask, and quit only if the officer agrees.
    event->ignore();
    closeVaultAsking([this] {
        m_closing = true;
        close();
    });
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
        if (m_vault && m_idleTimer->isActive()) {
            m_idleTimer->start();
        }
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace verdes::ui
