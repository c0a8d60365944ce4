// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The create wizard's village page (issue 11 §1): only a desa or kelurahan of the Kemendagri list of
// 2025 makes a vault, typed plain or dotted; an old code is answered with what it became.

#include "models/vault/Kdf.h"
#include "ui/vault/CreateVaultWizard.h"

#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace verdes;
using namespace verdes::ui;

class TestCreateVaultWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Kdf::setFastForTests(true);
    }

    void villageCode_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("shown"); // in the label under the code
        QTest::addColumn<QString>("name");  // filled in from the list
        QTest::newRow("plain") << "3318192001" << true << "Jawa Tengah › Kabupaten Pati › Tayu › Pondowan"
                               << "Pondowan";
        QTest::newRow("dotted") << "33.18.19.2001" << true << "Pondowan"
                                << "Pondowan";
        QTest::newRow("kelurahan") << "33.73.04.1001" << true << "Kecandran"
                                   << "Kecandran";
        QTest::newRow("not-listed") << "33.73.04.2001" << false << "is not a desa or kelurahan"
                                    << "";
        QTest::newRow("old-code") << "92.04.14.2006" << false << "96.02.08.2005"
                                  << "";
        QTest::newRow("zeros") << "0000000000" << false << "is not a valid village code"
                               << "";
        QTest::newRow("demo-village") << "3310042999" << false << "is not a desa or kelurahan"
                                      << "";
    }

    void villageCode()
    {
        QFETCH(QString, typed);
        QFETCH(bool, accepted);
        QFETCH(QString, shown);
        QFETCH(QString, name);
        QTemporaryDir location;
        CreateVaultWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *code = wizard.findChild<QLineEdit *>(QStringLiteral("villageCodeLineEdit"));
        auto *label = wizard.findChild<QLabel *>(QStringLiteral("regionPathLabel"));
        code->clear();
        QTest::keyClicks(code, typed);
        QVERIFY2(label->text().contains(shown), qPrintable(label->text()));
        auto *village = wizard.findChild<QLineEdit *>(QStringLiteral("villageNameLineEdit"));
        QCOMPARE(village->text(), name);
        if (village->text().isEmpty()) {
            village->setText(QStringLiteral("Desa Uji"));
        }
        wizard.findChild<QLineEdit *>(QStringLiteral("locationLineEdit"))->setText(location.path());
        wizard.next();
        QCOMPARE(wizard.currentId(),
                 accepted ? int(CreateVaultWizard::OfficerPage) : int(CreateVaultWizard::VillagePage));
        if (!accepted) {
            QVERIFY2(label->text().contains(shown), qPrintable(label->text()));
        }
        wizard.reject();
    }
};

QTEST_MAIN(TestCreateVaultWizard)
#include "tst_CreateVaultWizard.moc"
