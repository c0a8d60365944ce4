// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Claims in the reviewer's screens (issue 14 §1), on the offscreen platform, with a real district
// (ReviewDistrict: a hub in process, two district review vaults on two "laptops"). The second
// reviewer takes an item; the first one's queue says who holds it until when, the item view says so and
// offers no taking, "taken by me" filters the queue, and a whole village is taken for a field visit.
#include "app/verdes/Bootstrap.h"
#include "models/itemmodels/ReviewQueueModel.h"
#include "models/review/ReviewQueueRepository.h"
#include "models/vault/Vault.h"
#include "sync/review/ReviewClaims.h"
#include "tests/support/HubProcess.h"
#include "tests/support/HubVillage.h"
#include "tests/support/ReviewDistrict.h"
#include "ui/review/ReviewItemView.h"
#include "ui/review/ReviewQueueView.h"
#include "ui/review/ReviewerPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace verdes;
using namespace verdes::ui;

namespace {

using test::ReviewDistrict;

} // namespace

class TestReviewClaimsUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ReviewDistrict> m_district;

    sync::ReviewClaims::Sender sender()
    {
        return [this](const QByteArray &request) -> Result<QByteArray> {
            VERDES_TRY_ASSIGN(claimed, m_district->hub().claim(request));
            return claimed.answerFile;
        };
    }

    // The queue row of an item, or -1.
    static int rowOf(const ReviewQueueModel &model, qint64 itemId)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.data(model.index(row, 0), ReviewQueueModel::ItemIdRole).toLongLong() == itemId) {
                return row;
            }
        }
        return -1;
    }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(app::Bootstrap::installTranslators(*QCoreApplication::instance(), QStringLiteral("id")));
    }

    void init()
    {
        m_district = std::make_unique<ReviewDistrict>();
        QVERIFY(m_district->setUp(3));
        QVERIFY(m_district->setUpSecondVault());
    }

    void cleanup() { m_district.reset(); }

    void theQueueShowsWhoHoldsAnItem()
    {
        const QList<qint64> items = m_district->items();
        // Rina, on the other laptop, takes the first item.
        Vault &rina = m_district->secondVault();
        auto taken = sync::ReviewClaims(rina.database())
                         .exchange(rina.actor(),
                                   sender(),
                                   sync::ClaimAction::Take,
                                   {m_district->secondItemOf(items.at(0))},
                                   1);
        QVERIFY(taken && taken->granted == 1);

        // Sri opens her item view: the hub tells her, when she tries to take it, who holds it.
        ReviewItemView itemView(m_district->vault());
        itemView.setClaimSender(sender());
        QVERIFY(itemView.showItem(items.at(0)));
        auto *takeButton = itemView.findChild<QPushButton *>(QStringLiteral("takeButton"));
        auto *releaseButton = itemView.findChild<QPushButton *>(QStringLiteral("releaseButton"));
        auto *claimLabel = itemView.findChild<QLabel *>(QStringLiteral("claimLabel"));
        QVERIFY(takeButton && releaseButton && claimLabel);
        QVERIFY(takeButton->isEnabled());
        QVERIFY(!releaseButton->isEnabled());
        QVERIFY(!itemView.take());
        const QString holder = QStringLiteral("Dipegang: %1 s.d. ").arg(ReviewDistrict::kSecondVerifier);
        QVERIFY2(claimLabel->text().startsWith(holder), qPrintable(claimLabel->text()));
        QVERIFY(!takeButton->isEnabled());

        // Her queue shows the holder in its column, in Indonesian.
        ReviewQueueView queue(m_district->vault());
        queue.setClaimSender(sender());
        QAbstractItemModelTester tester(queue.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ReviewQueueModel &model = *queue.model();
        const int row = rowOf(model, items.at(0));
        QVERIFY(row >= 0);
        const QString shown = model.data(model.index(row, ReviewQueueModel::HolderColumn)).toString();
        QVERIFY2(shown.startsWith(holder), qPrintable(shown));
        auto until = sync::ReviewClaims(m_district->vault().database()).claimOf(items.at(0));
        QVERIFY(until && *until);
        QCOMPARE(shown, QString(holder + (*until)->untilText()));
        QCOMPARE(model.headerData(ReviewQueueModel::HolderColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Diambil oleh"));
        QVERIFY(model.data(model.index(rowOf(model, items.at(1)), ReviewQueueModel::HolderColumn))
                    .toString()
                    .isEmpty());

        // Sri takes the second item in its view; "taken by me" then shows that one alone.
        QVERIFY(itemView.showItem(items.at(1)));
        QVERIFY(itemView.take());
        QVERIFY(releaseButton->isEnabled());
        auto *mine = queue.findChild<QCheckBox *>(QStringLiteral("mineCheckBox"));
        QVERIFY(mine && !mine->isHidden());
        queue.reload();
        mine->setChecked(true);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, 0), ReviewQueueModel::ItemIdRole).toLongLong(), items.at(1));
        mine->setChecked(false);
        QCOMPARE(model.rowCount(), static_cast<int>(items.size()));
    }

    void aVillageIsTakenForAFieldVisit()
    {
        const QList<qint64> items = m_district->items();
        ReviewQueueView queue(m_district->vault());
        auto *button = queue.findChild<QPushButton *>(QStringLiteral("claimVillageButton"));
        auto *days = queue.findChild<QSpinBox *>(QStringLiteral("fieldDaysSpinBox"));
        auto *village = queue.findChild<QComboBox *>(QStringLiteral("villageComboBox"));
        QVERIFY(button && days && village);
        QVERIFY(button->isHidden()); // no way to the hub: not offered
        queue.setClaimSender(sender());
        QVERIFY(!button->isHidden());
        QVERIFY(!button->isEnabled()); // no village chosen yet
        QCOMPARE(button->text().remove(u'&'),
                 QStringLiteral("Ambil semua butir desa ini untuk kunjungan lapangan…"));
        village->setCurrentIndex(1);
        QVERIFY(button->isEnabled());
        days->setValue(4);
        QTest::mouseClick(button, Qt::LeftButton);
        auto held = sync::ReviewClaims(m_district->vault().database()).held(m_district->vault().actor());
        QVERIFY(held);
        QCOMPARE(held->size(), items.size());
        QCOMPARE(held->at(0).days, quint32{4});
        auto *message = queue.findChild<QLabel *>(QStringLiteral("queueMessageLabel"));
        QVERIFY(message && !message->isHidden());
        QVERIFY2(message->text().contains(QStringLiteral("4 hari")), qPrintable(message->text()));
    }

    // The sender the reviewer page gives its views when the hub has an address: the request goes to
    // the real `verdes-hub serve` over HTTPS on a thread of its own while the window waits, and the
    // answer comes back. With the hub gone, the transport's error comes back and nothing held changes.
    void aClaimTravelsToTheServedHub()
    {
        test::HubProcess served(m_district->path(QStringLiteral("hub")));
        auto port = served.start();
        QVERIFY2(port, port ? "" : qPrintable(test::failureText(port.error())));
        const sync::ReviewClaims::Sender sender =
            ReviewerPage::httpsClaimSender({QUrl(QStringLiteral("https://127.0.0.1:%1").arg(*port)),
                                            test::HubProcess::certificatePin(),
                                            15000});
        const qint64 item = m_district->items().constLast();
        sync::ReviewClaims claims(m_district->vault().database());
        auto taken = claims.exchange(m_district->vault().actor(), sender, sync::ClaimAction::Release, {item});
        QVERIFY2(taken, taken ? "" : qPrintable(test::failureText(taken.error())));
        QVERIFY(claims.claimOf(item) && !claims.claimOf(item)->has_value());
        taken = claims.exchange(m_district->vault().actor(), sender, sync::ClaimAction::Take, {item}, 2);
        QVERIFY2(taken, taken ? "" : qPrintable(test::failureText(taken.error())));
        QCOMPARE(taken->granted, 1);
        auto held = claims.claimOf(item);
        QVERIFY(held && *held);
        QCOMPARE((*held)->days, quint32{2});

        served.kill();
        auto refused =
            claims.exchange(m_district->vault().actor(), sender, sync::ClaimAction::Release, {item});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::SyncHubUnreachable);
        held = claims.claimOf(item);
        QVERIFY(held && *held);
    }
};

QTEST_MAIN(TestReviewClaimsUi)
#include "tst_ReviewClaimsUi.moc"
