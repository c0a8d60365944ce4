// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The data-quality flags in the browser on the offscreen platform: the flags filter and column of
// the household list, and the Flags section of the detail (dismiss with a reason, propose).
#include "models/demo/DemoRowSource.h"
#include "models/domain/RegionTable.h"
#include "models/domain/Validation.h"
#include "models/io/SnapshotImporter.h"
#include "models/itemmodels/HouseholdTableModel.h"
#include "models/quality/QualityChecker.h"
#include "models/vault/Database.h"
#include "models/vault/Statement.h"
#include "tests/support/FakeClock.h"
#include "tests/support/ScratchVault.h"
#include "ui/browser/BrowserPage.h"
#include "ui/browser/HouseholdFlagsView.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace verdes;

namespace {

const QDate kToday(2026, 11, 23);

Actor actorWith(Role role)
{
    Actor a;
    a.officerId = QStringLiteral("officer-1");
    a.name = QStringLiteral("Operator Uji");
    a.role = role;
    return a;
}

qint64 count(Database &db, const QString &sql)
{
    auto n = db.queryInt(sql);
    return n ? *n : -1;
}

} // namespace

class TestQualityFlagsUi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::ScratchVault> m_vault;
    std::unique_ptr<Database> m_db;

    // A household with at least `minimum` open flags.
    QString flaggedHousehold(int minimum = 1)
    {
        Statement st(*m_db,
                     u"SELECT household_id FROM quality_flags WHERE status = 'open' GROUP BY household_id "
                     u"HAVING count(*) >= ?1 ORDER BY household_id LIMIT 1");
        st.bindAt(1, qint64(minimum));
        auto row = st.step();
        return row && *row ? st.text(0) : QString();
    }

private Q_SLOTS:

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_vault = std::make_unique<test::ScratchVault>(m_dir.filePath(QStringLiteral("ui.db")));
        auto db = m_vault->create();
        QVERIFY(db);
        m_db = std::move(*db);
        auto village = test::importDemoVillage(*m_db, 120, 7, kToday);
        QVERIFY2(village, village ? "" : qPrintable(village.error().detail));
        test::FakeClock clock(QDateTime(kToday, QTime(10, 0), Qt::UTC));
        QVERIFY(QualityChecker(*m_db, clock).run(actorWith(Role::Operator)));
        QVERIFY(count(*m_db, QStringLiteral("SELECT count(*) FROM quality_flags WHERE status = 'open'")) > 0);
    }

    void listFiltersByFlags()
    {
        ui::BrowserPage page(*m_db, true);
        HouseholdTableModel *model = page.model();
        QCOMPARE(model->totalCount(), 120);
        QComboBox *flags = page.flagsFilter();
        QVERIFY(flags);
        QCOMPARE(flags->objectName(), QStringLiteral("flagsComboBox"));

        flags->setCurrentIndex(flags->findText(QStringLiteral("Any open flag")));
        QCOMPARE(model->totalCount(),
                 count(*m_db,
                       QStringLiteral("SELECT count(DISTINCT household_id) FROM quality_flags WHERE status = "
                                      "'open'")));
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString hid = model->householdIdAt(row);
            const int flagCount = model->index(row, 0).data(HouseholdTableModel::FlagCountRole).toInt();
            QVERIFY(flagCount > 0);
            QCOMPARE(flagCount,
                     count(*m_db,
                           QStringLiteral("SELECT count(*) FROM quality_flags WHERE status = 'open' AND "
                                          "household_id = '%1'")
                               .arg(hid)));
            QCOMPARE(model->index(row, HouseholdTableModel::FlagsColumn).data().toInt(), flagCount);
        }

        const QString code = QStringLiteral("RECORD_WARNING");
        flags->setCurrentIndex(flags->findData(code));
        QVERIFY(flags->currentIndex() > 1);
        QCOMPARE(model->totalCount(),
                 count(*m_db,
                       QStringLiteral("SELECT count(DISTINCT household_id) FROM quality_flags WHERE status = "
                                      "'open' AND check_code = '%1'")
                           .arg(code)));
        flags->setCurrentIndex(0);
        QCOMPARE(model->totalCount(), 120);
        QCOMPARE(model->headerData(HouseholdTableModel::FlagsColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Flags"));
    }

    void flagsSectionShowsAndDismisses()
    {
        const QString hid = flaggedHousehold();
        QVERIFY(!hid.isEmpty());
        ui::HouseholdFlagsView view(*m_db);
        view.setActor(actorWith(Role::Operator));
        view.showHousehold(hid);
        const qint64 open = count(
            *m_db,
            QStringLiteral("SELECT count(*) FROM quality_flags WHERE status = 'open' AND household_id = '%1'")
                .arg(hid));
        QCOMPARE(view.flags().size(), open);
        const auto buttons = view.findChildren<QPushButton *>(QStringLiteral("dismissButton"));
        QCOMPARE(buttons.size(), open);
        for (QPushButton *button : buttons) {
            QVERIFY(button->isEnabled());
        }

        QSignalSpy errors(&view, &ui::HouseholdFlagsView::errorOccurred);
        QSignalSpy changed(&view, &ui::HouseholdFlagsView::flagsChanged);
        const qint64 id = view.flags().first().id;
        QVERIFY(!view.dismiss(id, QStringLiteral("  ")));
        QCOMPARE(errors.count(), 1);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(view.flags().size(), open);

        QVERIFY(view.dismiss(id, QStringLiteral("Checked at the house: still lives there")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(view.flags().size(), open - 1);
        QCOMPARE(count(*m_db,
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'flag.dismiss' AND "
                                      "household_id = '%1'")
                           .arg(hid)),
                 1);
    }

    void viewerCannotDismiss()
    {
        const QString hid = flaggedHousehold();
        QVERIFY(!hid.isEmpty());
        ui::HouseholdFlagsView view(*m_db);
        view.setActor(actorWith(Role::Viewer));
        view.showHousehold(hid);
        QVERIFY(!view.flags().isEmpty());
        for (QPushButton *button : view.findChildren<QPushButton *>(QStringLiteral("dismissButton"))) {
            QVERIFY(!button->isEnabled());
        }
        QSignalSpy errors(&view, &ui::HouseholdFlagsView::errorOccurred);
        QVERIFY(!view.dismiss(view.flags().first().id, QStringLiteral("reason")));
        QCOMPARE(errors.count(), 1);
    }

    void proposeSendsTheSuggestion()
    {
        const QString hid = flaggedHousehold();
        ui::HouseholdFlagsView view(*m_db);
        view.setActor(actorWith(Role::Operator));
        view.showHousehold(hid);
        QVERIFY(!view.flags().isEmpty());
        QSignalSpy proposed(&view, &ui::HouseholdFlagsView::proposalRequested);
        const auto proposeButtons = view.findChildren<QPushButton *>(QStringLiteral("proposeButton"));
        QVERIFY(!proposeButtons.isEmpty());
        proposeButtons.first()->click();
        QCOMPARE(proposed.count(), 1);
        const auto suggestion = proposed.first().first().value<FlagSuggestion>();
        QCOMPARE(suggestion.householdId, hid);
        QVERIFY(!suggestion.proposalType.isEmpty());
    }

    void staleSnapshotIsAnnounced()
    {
        const auto setImported = [this](const QDate &date) {
            return m_db->execute(QStringLiteral("UPDATE imports SET finished_at = '%1T10:00:00Z'")
                                     .arg(date.toString(Qt::ISODate)));
        };
        const QDate today = QDateTime::currentDateTimeUtc().date();
        QVERIFY(setImported(today.addDays(-200)));
        ui::BrowserPage page(*m_db, true);
        auto *label = page.findChild<QLabel *>(QStringLiteral("staleSnapshotLabel"));
        QVERIFY(label != nullptr);
        QVERIFY(!label->isHidden());
        QVERIFY(label->text().contains(QStringLiteral("200 days ago")));
        // A newer snapshot: the warning goes at the next reload.
        QVERIFY(setImported(today.addDays(-10)));
        page.reload();
        QVERIFY(label->isHidden());
    }
};

QTEST_MAIN(TestQualityFlagsUi)
#include "tst_QualityFlagsUi.moc"
