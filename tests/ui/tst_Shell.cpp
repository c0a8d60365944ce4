// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The desktop shell on the offscreen platform: the real main window, unlock dialog and browser
// over a real demo vault in a temporary folder.

#include "models/demo/DemoRowSource.h"
#include "models/demo/DemoVault.h"
#include "models/domain/Field.h"
#include "models/itemmodels/HouseholdTableModel.h"
#include "models/vault/Actor.h"
#include "models/vault/AuditLog.h"
#include "models/vault/Vault.h"
#include "tests/support/TopLevel.h"
#include "ui/browser/BrowserPage.h"
#include "ui/browser/HouseholdDetailView.h"
#include "ui/browser/HouseholdMembersView.h"
#include "ui/io/ImportDialog.h"
#include "ui/proposals/ProposalEditor.h"
#include "ui/settings/AppSettings.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/vault/CreateVaultWizard.h"
#include "ui/vault/OfficersDialog.h"
#include "ui/vault/UnlockDialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTranslator>
#include <QUrl>

using namespace verdes;
using namespace verdes::ui;
using verdes::test::visibleTopLevel;

namespace {

const QString kPassphrase = QStringLiteral("kata sandi uji 123");

} // namespace

class TestShell final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void welcomeShowsWhenNoVaultIsOpen();
    void wrongThenRightPassphrase();
    void recoveryKeyUnlocks();
    void searchFiltersAndDetail();
    void nikIsMaskedInTheList();
    void lockReturnsToUnlockDialog();
    void idleTimerLocks();
    void revealShowsFullNumbersOfOneFamily();
    void indonesianTranslationIsComplete();
    void settingsThatGuardDataAreAudited();
    void importWithErrorsImportsNothing();
    void importCancelledHalfwayChangesNothing();
    void importCompletes();
    void createWizardCancelLeavesNothing();
    void createWizardCreatesVault();
    void selectedMemberPrefillsNewProposal();
    void downFromSearchThenEnterOpensTheHousehold();
    void emptyResultSaysWhy();
    void menuMnemonicsAreDistinct_data();
    void menuMnemonicsAreDistinct();
    void welcomeChoicesShowTheFocus();
    void detailSaysDatesAndMonthsInWords();
    void removingAnOfficerChangesTheVaultKey();
    void cleanup();

private:
    UnlockDialog *openAndWaitForUnlock(MainWindow &window);
    void unlock(MainWindow &window);

    QTemporaryDir m_dir;
    QString m_folder;
    QString m_recoveryKey;
};

void TestShell::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("VERDES_KDF_FAST", "1");
    QVERIFY(m_dir.isValid());
    m_folder = m_dir.filePath(QStringLiteral("Desa Uji.verdes"));
    DemoOptions options;
    options.households = 120;
    options.seed = 11;
    options.today = QDate(2026, 11, 23);
    auto created = DemoVault::create(
        m_folder, QStringLiteral("Operator Uji"), SecureBytes::fromUtf8(kPassphrase), options);
    QVERIFY2(created.has_value(), created ? "" : qPrintable(describe(created.error())));
    const SecureBytes key = created->recoveryKey.formatted();
    m_recoveryKey =
        QString::fromLatin1(reinterpret_cast<const char *>(key.data()), static_cast<qsizetype>(key.size()));
    QVERIFY(created->vault->lock());
    AppSettings::setAutoLockMinutes(10);
}

void TestShell::cleanup()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<QDialog *>(widget); dialog != nullptr && dialog->isVisible()) {
            dialog->done(QDialog::Rejected);
        }
    }
}

UnlockDialog *TestShell::openAndWaitForUnlock(MainWindow &window)
{
    window.openVault(m_folder);
    UnlockDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] {
            return (dialog = visibleTopLevel<UnlockDialog>()) != nullptr;
        })) {
        return nullptr;
    }
    return dialog;
}

void TestShell::unlock(MainWindow &window)
{
    UnlockDialog *dialog = openAndWaitForUnlock(window);
    QVERIFY(dialog != nullptr);
    dialog->findChild<QLineEdit *>(QStringLiteral("passphraseLineEdit"))->setText(kPassphrase);
    dialog->accept();
    QVERIFY(QTest::qWaitFor(
        [&] {
            return window.hasOpenVault();
        },
        20000));
}

void TestShell::welcomeShowsWhenNoVaultIsOpen()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.hasOpenVault());
    QVERIFY(window.browser() == nullptr);
    auto *demoButton = window.findChild<QWidget *>(QStringLiteral("demoButton"));
    QVERIFY(demoButton != nullptr && demoButton->isVisible());
    // A long vault path elides in the middle (the folder's name stays), the whole path in a tooltip.
    auto *recent = window.findChild<QListWidget *>(QStringLiteral("recentListWidget"));
    QVERIFY(recent != nullptr);
    QCOMPARE(recent->textElideMode(), Qt::ElideMiddle);
    QCOMPARE(recent->horizontalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
}

void TestShell::wrongThenRightPassphrase()
{
    MainWindow window;
    window.show();
    UnlockDialog *dialog = openAndWaitForUnlock(window);
    QVERIFY(dialog != nullptr);
    auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("passphraseLineEdit"));
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    field->setText(QStringLiteral("bukan kata sandinya"));
    dialog->accept();
    QVERIFY(QTest::qWaitFor(
        [&] {
            return !dialog->isBusy() && error->isVisible();
        },
        20000));
    QVERIFY(error->text().contains(QStringLiteral("passphrase is not correct")));
    QVERIFY(dialog->isVisible());
    QVERIFY(!window.hasOpenVault());
    field->setText(kPassphrase);
    dialog->accept();
    QVERIFY(QTest::qWaitFor(
        [&] {
            return window.hasOpenVault();
        },
        20000));
    QVERIFY(window.browser() != nullptr);
    QVERIFY(window.windowTitle().contains(QStringLiteral("DEMO"))
            || window.windowTitle().contains(QStringLiteral("Desa")));
}

void TestShell::recoveryKeyUnlocks()
{
    MainWindow window;
    window.show();
    UnlockDialog *dialog = openAndWaitForUnlock(window);
    QVERIFY(dialog != nullptr);
    dialog->setRecoveryMode(true);
    auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("recoveryKeyLineEdit"));
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QString typo = m_recoveryKey;
    typo[1] = typo.at(1) == u'Q' ? u'R' : u'Q';
    field->setText(typo);
    dialog->accept();
    QVERIFY(QTest::qWaitFor(
        [&] {
            return !dialog->isBusy() && error->isVisible();
        },
        20000));
    QVERIFY2(error->text().contains(QStringLiteral("typing mistake")), qPrintable(error->text()));
    field->setText(m_recoveryKey.toLower());
    dialog->accept();
    QVERIFY(QTest::qWaitFor(
        [&] {
            return window.hasOpenVault();
        },
        20000));
}

void TestShell::searchFiltersAndDetail()
{
    MainWindow window;
    window.show();
    unlock(window);
    BrowserPage *browser = window.browser();
    QVERIFY(browser != nullptr);
    HouseholdTableModel *model = browser->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->totalCount(), 120);

    // Filter by the first RW in the list.
    auto *place = browser->findChild<QComboBox *>(QStringLiteral("placeComboBox"));
    QVERIFY(place->count() > 2);
    place->setCurrentIndex(1);
    const qint64 inRw = model->totalCount();
    QVERIFY(inRw > 0 && inRw < 120);

    // Search, inside that RW, for the first name of the head of the last household in it: a name that
    // is not on the first row, so a search that ignored its text (or the RW filter) would fail below.
    while (model->canFetchMore({})) {
        model->fetchMore({});
    }
    const QString head =
        model->data(model->index(model->rowCount() - 1, HouseholdTableModel::HeadNameColumn)).toString();
    const QString wanted = model->householdIdAt(model->rowCount() - 1);
    const QString firstName = head.split(u' ').first();
    auto *search = browser->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    QTest::keyClicks(search, firstName.toLower());
    QVERIFY(QTest::qWaitFor([&] {
        return model->totalCount() < inRw;
    }));
    QVERIFY(model->totalCount() >= 1);
    QCOMPARE(model->filter().rw, place->currentData().toPoint().x());
    bool wantedFound = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString name = model->data(model->index(row, HouseholdTableModel::HeadNameColumn)).toString();
        const QStringList matched =
            model->data(model->index(row, 0), HouseholdTableModel::MatchedNamesRole).toStringList();
        // Every row found has the name: its head, or a member the search matched.
        QVERIFY2(name.contains(firstName) || !matched.filter(firstName).isEmpty(), qPrintable(name));
        wantedFound = wantedFound || model->householdIdAt(row) == wanted;
    }
    QVERIFY(wantedFound);

    // The detail of the selected household shows its members.
    auto *table = browser->findChild<QTableView *>(QStringLiteral("householdsTableView"));
    table->selectRow(0);
    auto *detail = browser->findChild<QTextBrowser *>(QStringLiteral("detailTextBrowser"));
    QTableWidget *members = browser->membersView()->table();
    QVERIFY(QTest::qWaitFor([&] {
        return members->rowCount() > 0 && detail->toPlainText().contains(QStringLiteral("KK"));
    }));

    // A search that matches nothing empties the list and the detail.
    search->setText(QStringLiteral("zzzzqqq"));
    QVERIFY(QTest::qWaitFor([&] {
        return model->totalCount() == 0;
    }));
    QCOMPARE(members->rowCount(), 0);
    QVERIFY(!detail->toPlainText().contains(QStringLiteral("KK")));
}

void TestShell::nikIsMaskedInTheList()
{
    MainWindow window;
    window.show();
    unlock(window);
    HouseholdTableModel *model = window.browser()->model();
    QVERIFY(model->rowCount() > 0);
    const QString shown = model->data(model->index(0, HouseholdTableModel::KkColumn)).toString();
    const QString full = model->data(model->index(0, 0), HouseholdTableModel::FullKkRole).toString();
    QCOMPARE(full.size(), 16);
    QVERIFY(shown != full);
    QVERIFY(shown.startsWith(full.left(4)));
    QVERIFY(shown.endsWith(full.right(4)));
}

void TestShell::lockReturnsToUnlockDialog()
{
    MainWindow window;
    window.show();
    unlock(window);
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(QTest::qWaitFor([&] {
        return !window.hasOpenVault();
    }));
    QVERIFY(window.browser() == nullptr);
    QVERIFY(QTest::qWaitFor([] {
        return visibleTopLevel<UnlockDialog>() != nullptr;
    }));
}

void TestShell::idleTimerLocks()
{
    AppSettings::setAutoLockMinutes(1);
    MainWindow window;
    window.show();
    unlock(window);
    auto *timer = window.findChild<QTimer *>(QStringLiteral("idleTimer"));
    QVERIFY(timer != nullptr);
    // The idle timer is armed for one minute; shorten it instead of waiting a minute.
    QVERIFY(timer->isActive());
    QCOMPARE(timer->interval(), 60000);
    timer->start(50);
    QVERIFY(QTest::qWaitFor([&] {
        return !window.hasOpenVault();
    }));
    AppSettings::setAutoLockMinutes(10);
}

namespace {

// Fills the first two pages and moves to the recovery key, waiting until the vault is made.
bool walkToRecoveryKey(CreateVaultWizard &wizard, const QString &location)
{
    wizard.findChild<QLineEdit *>(QStringLiteral("villageCodeLineEdit"))
        ->setText(QStringLiteral("33.73.04.1001"));
    auto *name = wizard.findChild<QLineEdit *>(QStringLiteral("villageNameLineEdit"));
    if (name->text().isEmpty()) {
        return false; // the region table should have named the village
    }
    wizard.findChild<QLineEdit *>(QStringLiteral("locationLineEdit"))->setText(location);
    wizard.next();
    if (wizard.currentId() != CreateVaultWizard::OfficerPage) {
        return false;
    }
    // A name the vault would refuse keeps the wizard on this page, with the vault's words.
    wizard.findChild<QLineEdit *>(QStringLiteral("officerNameLineEdit"))
        ->setText(QStringLiteral("Sekdes\u202EijU"));
    wizard.findChild<QLineEdit *>(QStringLiteral("newPassphraseLineEdit"))->setText(kPassphrase);
    wizard.findChild<QLineEdit *>(QStringLiteral("repeatPassphraseLineEdit"))->setText(kPassphrase);
    wizard.next();
    if (wizard.currentId() != CreateVaultWizard::OfficerPage
        || wizard.findChild<QLabel *>(QStringLiteral("strengthLabel"))->text()
               != describe(Error(ErrorCode::OfficerNameInvalidChar, {QStringLiteral("U+202E")}))) {
        return false;
    }
    wizard.findChild<QLineEdit *>(QStringLiteral("officerNameLineEdit"))
        ->setText(QStringLiteral("Sekdes Uji"));
    wizard.findChild<QLineEdit *>(QStringLiteral("newPassphraseLineEdit"))->setText(QStringLiteral("pendek"));
    wizard.findChild<QLineEdit *>(QStringLiteral("repeatPassphraseLineEdit"))
        ->setText(QStringLiteral("pendek"));
    wizard.next();
    if (wizard.currentId() != CreateVaultWizard::OfficerPage) {
        return false; // a short passphrase must keep the wizard on this page
    }
    wizard.findChild<QLineEdit *>(QStringLiteral("newPassphraseLineEdit"))->setText(kPassphrase);
    wizard.findChild<QLineEdit *>(QStringLiteral("repeatPassphraseLineEdit"))->setText(kPassphrase);
    wizard.next();
    return wizard.currentId() == CreateVaultWizard::RecoveryPage
           && QTest::qWaitFor(
               [&] {
                   return !wizard.isCreating();
               },
               20000)
           && !wizard.shownRecoveryKey().isEmpty();
}

} // namespace

void TestShell::createWizardCancelLeavesNothing()
{
    QTemporaryDir location;
    CreateVaultWizard wizard;
    wizard.show();
    QVERIFY(walkToRecoveryKey(wizard, location.path()));
    QCOMPARE(QDir(location.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(),
             1);
    wizard.reject();
    QVERIFY(
        QDir(location.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}

void TestShell::createWizardCreatesVault()
{
    QTemporaryDir location;
    CreateVaultWizard wizard;
    wizard.show();
    QVERIFY(walkToRecoveryKey(wizard, location.path()));
    const QStringList groups = wizard.shownRecoveryKey().split(u'-');
    QCOMPARE(groups.size(), 9);
    auto *confirm = wizard.findChild<QLineEdit *>(QStringLiteral("confirmGroupLineEdit"));
    confirm->setText(QStringLiteral("XXXX"));
    wizard.accept();
    QVERIFY(wizard.isVisible()); // a wrong group does not finish
    confirm->setText(groups.at(wizard.confirmGroup() - 1).toLower());
    wizard.accept();
    QVERIFY2(!wizard.isVisible(),
             qPrintable(wizard.findChild<QLabel *>(QStringLiteral("createErrorLabel"))->text()));
    QVERIFY(Vault::isVault(wizard.createdFolder()));
    QCOMPARE(QDir(location.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(),
             1);
    auto vault = Vault::unlock(
        wizard.createdFolder(), QStringLiteral("Sekdes Uji"), SecureBytes::fromUtf8(kPassphrase));
    QVERIFY(vault.has_value());
    QCOMPARE((*vault)->villageCode(), QStringLiteral("3373041001"));
    QVERIFY((*vault)->lock());
}

namespace {

// A snapshot of the same demo village with `households` families, written to `path`.
bool writeSnapshot(const QString &path, int households)
{
    DemoOptions options;
    options.households = households;
    options.seed = 11;
    options.today = QDate(2026, 11, 23);
    return DemoRowSource::writeCsv(path, options).has_value();
}

qint64 householdCount(MainWindow &window)
{
    return window.browser()->model()->totalCount();
}

} // namespace

void TestShell::importWithErrorsImportsNothing()
{
    const QString good = m_dir.filePath(QStringLiteral("errors-source.csv"));
    QVERIFY(writeSnapshot(good, 130));
    QFile in(good);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray bytes = in.readAll();
    in.close();
    // Sex 9 on the first data row's member: an unknown code (V19), an error.
    const qsizetype lineEnd = bytes.indexOf('\n', bytes.indexOf('\n') + 1);
    const qsizetype sexStart = [&] {
        qsizetype pos = bytes.indexOf('\n') + 1;
        for (int column = 0; column < 75; ++column) {
            pos = bytes.indexOf(',', pos) + 1;
        }
        return pos;
    }();
    QVERIFY(sexStart > 0 && sexStart < lineEnd);
    bytes[sexStart] = '9';
    const QString broken = m_dir.filePath(QStringLiteral("errors.csv"));
    QFile out(broken);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();

    MainWindow window;
    window.show();
    unlock(window);
    const qint64 before = householdCount(window);
    ImportDialog dialog(*window.openVaultForTests(), broken, &window);
    dialog.show();
    auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("previewTableWidget"));
    QVERIFY(preview->rowCount() > 0);
    QCOMPARE(preview->columnCount(), 120);
    dialog.startImport();
    QVERIFY(QTest::qWaitFor(
        [&] {
            return !dialog.isRunning();
        },
        60000));
    QVERIFY(!dialog.imported());
    auto *problems = dialog.findChild<QTableWidget *>(QStringLiteral("problemsTableWidget"));
    QVERIFY(problems->rowCount() >= 1);
    QCOMPARE(problems->item(0, 0)->data(Qt::DisplayRole).toLongLong(), 2);
    // The column's letter as a spreadsheet shows it and the field's label as the officer knows it;
    // the CSV column id only in the tooltip (issue 11 §1 and §3).
    QCOMPARE(problems->item(0, 1)->text(), QStringLiteral("BX · ") + FieldText::label(Field::Sex));
    QCOMPARE(problems->item(0, 1)->toolTip(), QStringLiteral("BX (sex)"));
    window.browser()->reload();
    QCOMPARE(householdCount(window), before);
}

void TestShell::importCancelledHalfwayChangesNothing()
{
    const QString big = m_dir.filePath(QStringLiteral("big.csv"));
    QVERIFY(writeSnapshot(big, 3000));
    MainWindow window;
    window.show();
    unlock(window);
    const qint64 before = householdCount(window);
    ImportDialog dialog(*window.openVaultForTests(), big, &window);
    dialog.show();
    dialog.startImport();
    QVERIFY(dialog.isRunning());
    QTest::qWait(30);
    dialog.reject(); // Cancel while it runs
    QVERIFY(dialog.isVisible());
    QVERIFY(QTest::qWaitFor(
        [&] {
            return !dialog.isRunning();
        },
        60000));
    QVERIFY(!dialog.imported());
    window.browser()->reload();
    QCOMPARE(householdCount(window), before);
}

void TestShell::importCompletes()
{
    const QString more = m_dir.filePath(QStringLiteral("more.csv"));
    QVERIFY(writeSnapshot(more, 150));
    MainWindow window;
    window.show();
    unlock(window);
    ImportDialog dialog(*window.openVaultForTests(), more, &window);
    QSignalSpy changed(&dialog, &ImportDialog::vaultChanged);
    dialog.show();
    dialog.startImport();
    QVERIFY(QTest::qWaitFor(
        [&] {
            return !dialog.isRunning();
        },
        60000));
    QVERIFY(dialog.imported());
    QCOMPARE(changed.count(), 1);
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("problemsLabel"));
    QVERIFY2(summary->text().contains(QStringLiteral("30 added")), qPrintable(summary->text()));
    window.browser()->reload();
    QCOMPARE(householdCount(window), 150);
}

void TestShell::revealShowsFullNumbersOfOneFamily()
{
    MainWindow window;
    window.show();
    unlock(window);
    BrowserPage *browser = window.browser();
    HouseholdTableModel *model = browser->model();
    const QString kk = model->data(model->index(0, 0), HouseholdTableModel::FullKkRole).toString();
    auto *detail = browser->findChild<QTextBrowser *>(QStringLiteral("detailTextBrowser"));
    browser->findChild<QTableView *>(QStringLiteral("householdsTableView"))->selectRow(0);
    QVERIFY(QTest::qWaitFor([&] {
        return browser->membersView()->table()->rowCount() > 0;
    }));
    QVERIFY(!detail->toPlainText().contains(kk));
    Q_EMIT detail->anchorClicked(QUrl(QStringLiteral("reveal:")));
    QVERIFY(detail->toPlainText().contains(kk));
    // The next family is masked again.
    browser->findChild<QTableView *>(QStringLiteral("householdsTableView"))->selectRow(1);
    const QString nextKk = model->data(model->index(1, 0), HouseholdTableModel::FullKkRole).toString();
    QVERIFY(QTest::qWaitFor([&] {
        return !detail->toPlainText().contains(kk) || nextKk == kk;
    }));
    QVERIFY(!detail->toPlainText().contains(nextKk));
}

void TestShell::indonesianTranslationIsComplete()
{
    QFile ts(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../translations/verdes_id.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    const QByteArray text = ts.readAll();
    QVERIFY(text.count("<message") > 500);
    QVERIFY2(!text.contains("type=\"unfinished\""), "verdes_id.ts has unfinished messages");
    QVERIFY2(!text.contains("type=\"obsolete\"") && !text.contains("type=\"vanished\""),
             "verdes_id.ts has obsolete messages");
    // The embedded .qm really translates the interface.
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/verdes_id.qm")));
    QCOMPARE(translator.translate("WelcomePage", "Welcome to Verdes"),
             QStringLiteral("Selamat datang di Verdes"));
    QTranslator qtbase;
    QVERIFY(qtbase.load(QStringLiteral(":/i18n/qtbase_id.qm")));
    QCOMPARE(qtbase.translate("QPlatformTheme", "Cancel"), QStringLiteral("Batal"));
}

// The member selected in the household's detail is ticked in a new proposal, through the main
// window's "New proposal…" and through a member's context menu.
void TestShell::selectedMemberPrefillsNewProposal()
{
    MainWindow window;
    window.show();
    unlock(window);
    BrowserPage *browser = window.browser();
    QVERIFY(browser != nullptr);
    auto *households = browser->findChild<QTableView *>(QStringLiteral("householdsTableView"));
    QTableWidget *members = browser->membersView()->table();
    for (int row = 0; row < browser->model()->rowCount() && members->rowCount() < 2; ++row) {
        households->selectRow(row);
    }
    QVERIFY(members->rowCount() >= 2);
    const QString household = browser->shownHousehold();
    QVERIFY(browser->selectedMember().isEmpty());
    // The keyboard selects: the first row, then Down.
    members->setFocus();
    members->setCurrentCell(0, 0);
    QTest::keyClick(members, Qt::Key_Down);
    const QString person = members->item(1, 0)->data(Qt::UserRole).toString();
    QCOMPARE(browser->selectedMember(), person);

    window.newProposalAction()->trigger();
    auto editors = window.findChildren<ProposalEditor *>();
    QCOMPARE(editors.size(), 1);
    ProposalEditor *editor = editors.first();
    editor->setType(ProposalType::MemberDeceased);
    QCOMPARE(editor->formProposal().householdId, household);
    QCOMPARE(editor->formProposal().personIds, QStringList{person});
    editor->close();

    // The context menu's "Propose: …" opens the proposal of that type for that member.
    Q_EMIT browser->membersView()->proposalRequested(person, ProposalType::MemberMoved);
    editors = window.findChildren<ProposalEditor *>();
    QVERIFY(!editors.isEmpty());
    editor = editors.last();
    QCOMPARE(editor->formProposal().type, ProposalType::MemberMoved);
    QCOMPARE(editor->formProposal().personIds, QStringList{person});
    editor->close();
}

// Down from the search box moves into the results; Down again to the next household; Enter opens it:
// its detail, with the keyboard in its members (issue 11 §4).
void TestShell::downFromSearchThenEnterOpensTheHousehold()
{
    MainWindow window;
    window.show();
    unlock(window);
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window)); // focus moves only in the active window
    BrowserPage *browser = window.browser();
    HouseholdTableModel *model = browser->model();
    auto *search = browser->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    auto *table = browser->findChild<QTableView *>(QStringLiteral("householdsTableView"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("a"));
    QTest::keyClick(search, Qt::Key_Down);
    QVERIFY(table->hasFocus());
    QCOMPARE(table->currentIndex().row(), 0);
    QVERIFY(model->rowCount() > 1);
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 1);
    const QString second = model->householdIdAt(1);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(browser->shownHousehold(), second);
    QTableWidget *members = browser->membersView()->table();
    QVERIFY(members->hasFocus());
    QVERIFY(!browser->selectedMember().isEmpty());
}

// A search that finds nothing says why and what to try.
void TestShell::emptyResultSaysWhy()
{
    MainWindow window;
    window.show();
    unlock(window);
    BrowserPage *browser = window.browser();
    auto *search = browser->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    auto *empty = browser->findChild<QLabel *>(QStringLiteral("emptyResultLabel"));
    QVERIFY(empty != nullptr && !empty->isVisible());
    search->setText(QStringLiteral("zzzzqqq"));
    QVERIFY(QTest::qWaitFor([&] {
        return empty->isVisible();
    }));
    QVERIFY(empty->text().contains(QStringLiteral("zzzzqqq")));
    QVERIFY(empty->text().contains(QStringLiteral("start of a name")));
    search->setText(QStringLiteral("99999"));
    QVERIFY(QTest::qWaitFor([&] {
        return empty->text().contains(QStringLiteral("99999"));
    }));
    QVERIFY(empty->text().contains(QStringLiteral("6 of its digits")));
    search->clear();
    QVERIFY(QTest::qWaitFor([&] {
        return !empty->isVisible();
    }));
}

void TestShell::menuMnemonicsAreDistinct_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QString();
    QTest::newRow("id") << QStringLiteral("id");
}

// Alt+letter opens one menu, and within a menu one letter chooses one item, in both languages
// (Berkas, Brankas and Bantuan all had Alt+B).
void TestShell::menuMnemonicsAreDistinct()
{
    QFETCH(QString, language);
    QTranslator translator;
    if (!language.isEmpty()) {
        QVERIFY(translator.load(QStringLiteral(":/i18n/verdes_%1.qm").arg(language)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
    }
    const auto mnemonic = [](const QString &text) {
        static const QRegularExpression amp(QStringLiteral("&([^&])"));
        const auto match = amp.match(text);
        return match.hasMatch() ? match.captured(1).toLower() : QString();
    };
    {
        MainWindow window;
        QStringList menus;
        for (QAction *action : window.menuBar()->actions()) {
            if (action->menu() == nullptr) {
                continue;
            }
            const QString key = mnemonic(action->text());
            QVERIFY2(!key.isEmpty(), qPrintable(action->text()));
            QVERIFY2(!menus.contains(key),
                     qPrintable(action->text() + QStringLiteral(" repeats Alt+") + key));
            menus << key;
            QStringList items;
            for (QAction *item : action->menu()->actions()) {
                if (item->isSeparator()) {
                    continue;
                }
                const QString itemKey = mnemonic(item->text());
                QVERIFY2(itemKey.isEmpty() || !items.contains(itemKey),
                         qPrintable(action->text() + QStringLiteral(" > ") + item->text()
                                    + QStringLiteral(" repeats ") + itemKey));
                items << itemKey;
            }
        }
        QCOMPARE(menus.size(), 6);
    }
    if (!language.isEmpty()) {
        QCoreApplication::removeTranslator(&translator);
    }
}

// The welcome page's choices show which has the keyboard focus: the focused button looks different.
// The household detail says a date and a programme's month in words ("14 Maret 1975", "Oktober
// 2026"), not as stored ("1975-03-14", "2026-10"); issue 11 §3.
void TestShell::detailSaysDatesAndMonthsInWords()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    QCOMPARE(HouseholdDetailView::valueText(Field::BirthDate, QStringLiteral("1975-03-14")),
             QStringLiteral("14 Maret 1975"));
    QCOMPARE(HouseholdDetailView::valueText(Field::ProgPkhPeriod, QStringLiteral("2026-10")),
             QStringLiteral("Oktober 2026"));
    QCOMPARE(HouseholdDetailView::valueText(Field::ProgPkhPeriod, QStringLiteral("2026-13")),
             QStringLiteral("2026-13"));
    QLocale::setDefault(before);
}

void TestShell::welcomeChoicesShowTheFocus()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *open = window.findChild<QCommandLinkButton *>(QStringLiteral("openButton"));
    auto *create = window.findChild<QCommandLinkButton *>(QStringLiteral("createButton"));
    QVERIFY(open != nullptr && create != nullptr);
    create->setFocus(Qt::TabFocusReason);
    QVERIFY(QTest::qWaitFor([&] {
        return create->hasFocus();
    }));
    const QImage unfocused = open->grab().toImage();
    open->setFocus(Qt::TabFocusReason);
    QVERIFY(QTest::qWaitFor([&] {
        return open->hasFocus();
    }));
    const QImage focused = open->grab().toImage();
    QVERIFY(focused != unfocused);
    // Tab moves the focus to the next choice.
    QTest::keyClick(open, Qt::Key_Tab);
    QVERIFY(create->hasFocus());
}

QTEST_MAIN(TestShell)

void TestShell::removingAnOfficerChangesTheVaultKey()
{
    {
        MainWindow window;
        window.show();
        unlock(window);
        QVERIFY(window.openVaultForTests()
                    ->addOfficer(
                        QStringLiteral("Sekdes"), SecureBytes::fromUtf8(u"rahasia sekdes 1"), Role::Secretary)
                    .has_value());
        auto *officersAction = window.findChild<QAction *>(QStringLiteral("officersAction"));
        QVERIFY(officersAction != nullptr);
        officersAction->trigger();
        OfficersDialog *officers = nullptr;
        QVERIFY(QTest::qWaitFor([&] {
            return (officers = visibleTopLevel<OfficersDialog>()) != nullptr;
        }));
        auto *table = officers->findChild<QTableWidget *>();
        QVERIFY(table != nullptr);
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == u"Sekdes") {
                table->setCurrentCell(row, 0);
            }
        }
        officers->findChild<QPushButton *>(QStringLiteral("removeOfficerButton"))->click();
        QMessageBox *question = nullptr;
        QVERIFY(QTest::qWaitFor([&] {
            question = officers->findChild<QMessageBox *>(QStringLiteral("removeOfficerBox"));
            return question != nullptr && question->isVisible();
        }));
        // Changing the key is offered, ticked, and Cancel is the default: Enter removes nobody.
        auto *changeKey = question->findChild<QCheckBox *>(QStringLiteral("changeKeyCheckBox"));
        QVERIFY(changeKey != nullptr && changeKey->isChecked());
        QCOMPARE(question->defaultButton(), question->button(QMessageBox::Cancel));
        QAbstractButton *remove = nullptr;
        for (QAbstractButton *button : question->buttons()) {
            if (question->buttonRole(button) == QMessageBox::DestructiveRole) {
                remove = button;
            }
        }
        QVERIFY(remove != nullptr);
        remove->click();
        // The pages close while the key changes, and come back on the re-keyed vault.
        QVERIFY(QTest::qWaitFor(
            [&] {
                Vault *vault = window.openVaultForTests();
                if (vault == nullptr || window.browser() == nullptr) {
                    return false;
                }
                auto recent = AuditLog(vault->database()).recent(1);
                return recent && !recent->isEmpty() && recent->constFirst().action == u"vault.rekey";
            },
            30000));
        QVERIFY(AuditLog(window.openVaultForTests()->database()).verify()->intact());
        QVERIFY(window.browser()->model()->rowCount() > 0);
    } // the window locks the vault as it closes
    QCOMPARE(Vault::unlock(m_folder, QStringLiteral("Sekdes"), SecureBytes::fromUtf8(u"rahasia sekdes 1"))
                 .error()
                 .code,
             ErrorCode::VaultUnknownOfficer);
    QVERIFY(Vault::unlock(m_folder, QStringLiteral("Operator Uji"), SecureBytes::fromUtf8(kPassphrase))
                .has_value());
}

#include "tst_Shell.moc"

void TestShell::settingsThatGuardDataAreAudited()
{
    AppSettings::setMaskNik(true);
    AppSettings::setAutoLockMinutes(10);
    MainWindow window;
    window.show();
    unlock(window);
    AuditLog log(window.openVaultForTests()->database());
    const qint64 before = log.count().value();

    auto changeSettings = [&](bool mask, int minutes) {
        window.findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
        auto *dialog = visibleTopLevel<SettingsDialog>();
        QVERIFY(dialog != nullptr);
        dialog->findChild<QCheckBox *>(QStringLiteral("maskNikCheckBox"))->setChecked(mask);
        dialog->findChild<QSpinBox *>(QStringLiteral("autoLockSpinBox"))->setValue(minutes);
        dialog->accept();
    };

    // Nothing changed: nothing recorded.
    changeSettings(true, 10);
    QCOMPARE(log.count().value(), before);

    changeSettings(false, 0);
    QCOMPARE(log.count().value(), before + 2);
    auto recent = log.recent(2);
    QVERIFY(recent.has_value());
    QCOMPARE(recent->at(1).action, QStringLiteral("settings.change"));
    QCOMPARE(recent->at(1).args,
             (QStringList{QStringLiteral("mask_nik"), QStringLiteral("on"), QStringLiteral("off")}));
    QCOMPARE(recent->at(0).args,
             (QStringList{QStringLiteral("auto_lock_minutes"), QStringLiteral("10"), QStringLiteral("0")}));
    QCOMPARE(recent->at(0).officerName, QStringLiteral("Operator Uji"));
    QVERIFY(log.verify()->intact());
    // The operator may reveal numbers: the list now shows them in full.
    HouseholdTableModel *model = window.browser()->model();
    QCOMPARE(model->data(model->index(0, HouseholdTableModel::KkColumn)).toString(),
             model->data(model->index(0, 0), HouseholdTableModel::FullKkRole).toString());

    // A viewer sees them masked whatever the setting says.
    window.browser()->setActor(
        Actor{QStringLiteral("viewer-1"), QStringLiteral("Tamu"), Role::Viewer, false});
    QVERIFY(window.browser()->isMasking());
    QVERIFY(model->data(model->index(0, HouseholdTableModel::KkColumn)).toString()
            != model->data(model->index(0, 0), HouseholdTableModel::FullKkRole).toString());

    AppSettings::setMaskNik(true);
    AppSettings::setAutoLockMinutes(10);
}
