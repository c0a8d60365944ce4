// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A screen that fits (issue 11 §4): every window and dialog opens inside the available screen area,
// with its buttons and status bar on it. CTest runs this twice, on an offscreen screen of 1366×768
// and of 1280×720 (tests/data/screen-*.json, given to the offscreen platform as its configfile).

#include "models/demo/DemoVault.h"
#include "models/itemmodels/HouseholdTableModel.h"
#include "models/vault/Vault.h"
#include "tests/support/TopLevel.h"
#include "ui/browser/BrowserPage.h"
#include "ui/common/ScreenFit.h"
#include "ui/io/ImportDialog.h"
#include "ui/proposals/EvidenceViewer.h"
#include "ui/proposals/HouseholdPicker.h"
#include "ui/proposals/ProposalEditor.h"
#include "ui/settings/AppSettings.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/vault/CreateVaultWizard.h"
#include "ui/vault/OfficersDialog.h"
#include "ui/vault/UnlockDialog.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QBuffer>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace verdes;
using namespace verdes::ui;
using verdes::test::visibleTopLevel;

namespace {

const QString kPassphrase = QStringLiteral("kata sandi uji 123");

QByteArray tallPhoto()
{
    QImage image(1200, 1800, QImage::Format_RGB32);
    image.fill(QColor(0x80, 0x70, 0x60));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

class TestScreenFit final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_folder;

    // The window and its frame inside the available area; every visible button and the status bar
    // inside the window.
    static bool fits(QWidget *window, QString *why)
    {
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        const QRect frame(window->frameGeometry().topLeft(),
                          window->size() + QSize(ScreenFit::kFrameWidth, ScreenFit::kFrameHeight));
        if (!available.contains(frame)) {
            *why = QStringLiteral("%1: %2×%3 at %4,%5 (with its frame) is not inside %6×%7")
                       .arg(window->objectName(),
                            QString::number(frame.width()),
                            QString::number(frame.height()),
                            QString::number(frame.x()),
                            QString::number(frame.y()),
                            QString::number(available.width()),
                            QString::number(available.height()));
            return false;
        }
        QList<QWidget *> parts;
        for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
            parts << button;
        }
        for (QStatusBar *bar : window->findChildren<QStatusBar *>()) {
            parts << bar;
        }
        for (QWidget *part : parts) {
            if (!part->isVisibleTo(window) || part->window() != window) {
                continue;
            }
            // Inside a scroll area a part is scrolled to, not cut off.
            bool scrolled = false;
            for (QWidget *up = part->parentWidget(); up != nullptr && up != window; up = up->parentWidget()) {
                scrolled = scrolled || qobject_cast<QAbstractScrollArea *>(up) != nullptr;
            }
            if (scrolled) {
                continue;
            }
            const QRect inWindow(part->mapTo(window, QPoint(0, 0)), part->size());
            if (!window->rect().contains(inWindow)) {
                *why = QStringLiteral("%1: %2 “%3” is cut off (%4,%5 %6×%7 in %8×%9)")
                           .arg(window->objectName(),
                                QString::fromLatin1(part->metaObject()->className()),
                                part->objectName(),
                                QString::number(inWindow.x()),
                                QString::number(inWindow.y()),
                                QString::number(inWindow.width()),
                                QString::number(inWindow.height()),
                                QString::number(window->width()),
                                QString::number(window->height()));
                return false;
            }
        }
        return true;
    }

    static void check(QWidget *window)
    {
        QVERIFY(window != nullptr);
        if (window->objectName().isEmpty()) {
            window->setObjectName(QString::fromLatin1(window->metaObject()->className()));
        }
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QApplication::processEvents();
        QString why;
        QVERIFY2(fits(window, &why), qPrintable(why));
    }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("VERDES_KDF_FAST", "1");
        const QSize screen = QGuiApplication::primaryScreen()->availableGeometry().size();
        qInfo() << "screen" << screen;
        QVERIFY2(screen.width() <= 1366 && screen.height() <= 768,
                 "run with QT_QPA_PLATFORM=offscreen:configfile=tests/data/screen-*.json");
        QVERIFY(m_dir.isValid());
        m_folder = m_dir.filePath(QStringLiteral("Desa Uji.verdes"));
        DemoOptions options;
        options.households = 60;
        options.seed = 4;
        options.today = QDate(2026, 11, 23);
        auto created = DemoVault::create(
            m_folder, QStringLiteral("Operator Uji"), SecureBytes::fromUtf8(kPassphrase), options);
        QVERIFY2(created.has_value(), created ? "" : qPrintable(describe(created.error())));
        QVERIFY(created->vault->lock());
    }

    void fittedSizes()
    {
        const QRect laptop(0, 0, 1366, 728); // 1366×768 less a 40-pixel task bar
        QCOMPARE(ScreenFit::fitted(QSize(1200, 760), laptop), QSize(1200, 728 - ScreenFit::kFrameHeight));
        QCOMPARE(ScreenFit::fitted(QSize(900, 400), laptop), QSize(900, 400));
        QCOMPARE(ScreenFit::fitted(QSize(2000, 2000), QRect(0, 0, 1280, 720)),
                 QSize(1280 - ScreenFit::kFrameWidth, 720 - ScreenFit::kFrameHeight));
    }

    // The main window at its first start (no saved geometry) and with a vault open; a saved geometry
    // from a bigger screen is shrunk.
    void mainWindowAndDialogs()
    {
        AppSettings::setWindowGeometry({});
        MainWindow window;
        window.show();
        check(&window);

        window.openVault(m_folder);
        UnlockDialog *unlock = nullptr;
        QVERIFY(QTest::qWaitFor([&] {
            return (unlock = visibleTopLevel<UnlockDialog>()) != nullptr;
        }));
        check(unlock);
        unlock->findChild<QLineEdit *>(QStringLiteral("passphraseLineEdit"))->setText(kPassphrase);
        unlock->accept();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return window.hasOpenVault();
            },
            20000));
        check(&window);
        QVERIFY(window.statusBar()->isVisible());
        // The important columns of the household list are readable without scrolling sideways.
        {
            auto *table = window.browser()->findChild<QTableView *>(QStringLiteral("householdsTableView"));
            for (const int column : {static_cast<int>(HouseholdTableModel::HeadNameColumn),
                                     static_cast<int>(HouseholdTableModel::PlaceColumn),
                                     static_cast<int>(HouseholdTableModel::MembersColumn)}) {
                const int end = table->columnViewportPosition(column) + table->columnWidth(column);
                QVERIFY2(end <= table->viewport()->width(),
                         qPrintable(QStringLiteral("column %1 ends at %2 of %3")
                                        .arg(column)
                                        .arg(end)
                                        .arg(table->viewport()->width())));
            }
        }

        // The proposal editor of every type, each tab.
        const QString household = window.browser()->shownHousehold();
        for (ProposalType type : allProposalTypes()) {
            ProposalEditor *editor = window.newProposal(household, {}, type);
            editor->setObjectName(QStringLiteral("proposalEditor-%1").arg(proposalTypeCode(type)));
            for (int tab = 0; tab < editor->tabs()->count(); ++tab) {
                editor->tabs()->setCurrentIndex(tab);
                check(editor);
            }
            QPushButton *search = editor->findChild<QPushButton *>(QStringLiteral("householdSearchButton"));
            if (type == ProposalType::DataUpdate) {
                search->click();
                check(editor->findChild<HouseholdPicker *>(QStringLiteral("householdPicker")));
            }
            editor->reject();
        }

        // The evidence viewer on a tall photo: its Close button on the screen.
        {
            EvidenceViewer viewer(
                QStringLiteral("rumah.png"), QStringLiteral("image/png"), tallPhoto(), &window);
            viewer.show();
            check(&viewer);
        }
        {
            OfficersDialog officers(*window.openVaultForTests(), &window);
            officers.show();
            check(&officers);
        }
        {
            SettingsDialog settings(&window);
            settings.show();
            check(&settings);
        }
        {
            ImportDialog import(*window.openVaultForTests(), QString(), &window);
            import.show();
            check(&import);
        }
        {
            CreateVaultWizard wizard(&window);
            wizard.show();
            check(&wizard);
        }
    }

    void savedGeometryFromALargerScreenIsShrunk()
    {
        {
            MainWindow big;
            big.resize(1900, 1000);
            AppSettings::setWindowGeometry(big.saveGeometry());
        }
        MainWindow window;
        window.show();
        check(&window);
        AppSettings::setWindowGeometry({});
    }
};

QTEST_MAIN(TestScreenFit)
#include "tst_ScreenFit.moc"
