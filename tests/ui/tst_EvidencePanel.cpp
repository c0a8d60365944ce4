// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The evidence beside the proposal form, on the offscreen platform: files attached but not saved are
// listed after the stored ones and counted for what is missing; the buttons follow the right to edit
// and the selected item (only stored evidence can be replaced); removing an unsaved file drops it
// here, removing a stored one asks the editor; viewing opens the viewer.
#include "models/proposals/ProposalType.h"
#include "ui/proposals/EvidencePanel.h"
#include "ui/proposals/EvidenceViewer.h"

#include <QBuffer>
#include <QComboBox>
#include <QImage>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace verdes;
using namespace verdes::ui;

namespace {

QByteArray smallPng()
{
    QImage image(32, 24, QImage::Format_RGB32);
    image.fill(QColor(0x20, 0x60, 0xa0));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

EvidenceInfo stored(qint64 id, const QString &fileName)
{
    EvidenceInfo info;
    info.id = id;
    info.kind = EvidenceKind::DeathCert;
    info.fileName = fileName;
    info.mime = QStringLiteral("application/pdf");
    info.size = 2048;
    info.addedByName = QStringLiteral("Operator Uji");
    return info;
}

} // namespace

class TestEvidencePanel final : public QObject
{
    Q_OBJECT

    static QPushButton *button(EvidencePanel &panel, const char *name)
    {
        return panel.findChild<QPushButton *>(QString::fromLatin1(name));
    }

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pendingAfterStored()
    {
        EvidencePanel panel;
        panel.addPending(NewEvidence{EvidenceKind::HousePhotos, QStringLiteral("rumah.png"), smallPng()},
                         QStringLiteral("image/png"));
        QVERIFY(panel.hasPending());
        panel.showEvidence({stored(11, QStringLiteral("akta.pdf"))});
        QCOMPARE(panel.list()->count(), 2);
        QVERIFY(panel.list()->item(0)->text().contains(QStringLiteral("akta.pdf")));
        QVERIFY(!panel.list()->item(0)->text().contains(QStringLiteral("not saved yet")));
        QVERIFY(panel.list()->item(1)->text().contains(QStringLiteral("rumah.png")));
        QVERIFY(panel.list()->item(1)->text().contains(QStringLiteral("(not saved yet)")));
        const QList<EvidenceInfo> infos = panel.pendingInfos();
        QCOMPARE(infos.size(), 1);
        QCOMPARE(infos.first().kind, EvidenceKind::HousePhotos);
        QCOMPARE(infos.first().mime, QStringLiteral("image/png"));
        QCOMPARE(infos.first().size, smallPng().size());
        QCOMPARE(panel.pendingEvidence().first().fileName, QStringLiteral("rumah.png"));
        panel.clearPending();
        QVERIFY(!panel.hasPending());
    }

    void buttonsFollowRightsAndSelection()
    {
        EvidencePanel panel;
        panel.addPending(NewEvidence{EvidenceKind::HousePhotos, QStringLiteral("rumah.png"), smallPng()},
                         QStringLiteral("image/png"));
        panel.showEvidence({stored(11, QStringLiteral("akta.pdf"))});
        panel.setAllowed(false, false);
        QVERIFY(!button(panel, "addEvidenceButton")->isEnabled());
        QVERIFY(!panel.findChild<QComboBox *>(QStringLiteral("evidenceKindComboBox"))->isEnabled());
        QVERIFY(!button(panel, "viewEvidenceButton")->isEnabled()); // nothing selected
        panel.list()->setCurrentRow(0);
        QVERIFY(button(panel, "viewEvidenceButton")->isEnabled());
        QVERIFY(!button(panel, "removeEvidenceButton")->isEnabled());
        QVERIFY(!button(panel, "replaceEvidenceButton")->isEnabled());
        panel.setAllowed(true, true);
        QVERIFY(button(panel, "addEvidenceButton")->isEnabled());
        QVERIFY(button(panel, "removeEvidenceButton")->isEnabled());
        QVERIFY(button(panel, "replaceEvidenceButton")->isEnabled());
        panel.list()->setCurrentRow(1); // not saved yet: nothing to replace
        QVERIFY(button(panel, "removeEvidenceButton")->isEnabled());
        QVERIFY(!button(panel, "replaceEvidenceButton")->isEnabled());
    }

    void removing()
    {
        EvidencePanel panel;
        panel.setAllowed(true, true);
        panel.addPending(NewEvidence{EvidenceKind::HousePhotos, QStringLiteral("rumah.png"), smallPng()},
                         QStringLiteral("image/png"));
        panel.showEvidence({stored(11, QStringLiteral("akta.pdf"))});
        QSignalSpy removedPending(&panel, &EvidencePanel::pendingRemoved);
        QSignalSpy removeStored(&panel, &EvidencePanel::removeRequested);
        panel.list()->setCurrentRow(1);
        button(panel, "removeEvidenceButton")->click();
        QCOMPARE(removedPending.size(), 1);
        QVERIFY(!panel.hasPending());
        QCOMPARE(panel.list()->count(), 1);
        QCOMPARE(removeStored.size(), 0);
        panel.list()->setCurrentRow(0);
        button(panel, "removeEvidenceButton")->click();
        QCOMPARE(removeStored.size(), 1);
        QCOMPARE(removeStored.first().first().toLongLong(), 11);
        QCOMPARE(panel.list()->count(), 1); // the editor removes it from the vault, then shows again
    }

    void viewsPending()
    {
        QWidget window;
        auto *panel = new EvidencePanel(&window);
        panel->addPending(NewEvidence{EvidenceKind::HousePhotos, QStringLiteral("rumah.png"), smallPng()},
                          QStringLiteral("image/png"));
        panel->showEvidence({});
        QVERIFY(panel->viewEvidence(1) == nullptr);
        QDialog *viewer = panel->viewEvidence(0);
        QVERIFY(qobject_cast<EvidenceViewer *>(viewer) != nullptr);
        QCOMPARE(viewer->parentWidget(), &window);
        viewer->close();
    }

    void suggestsKind()
    {
        EvidencePanel panel;
        auto *kinds = panel.findChild<QComboBox *>(QStringLiteral("evidenceKindComboBox"));
        QCOMPARE(kinds->count(), int(allEvidenceKinds().size()));
        panel.suggestKind(EvidenceKind::DeathCert);
        QCOMPARE(kinds->currentData().toString(), evidenceKindCode(EvidenceKind::DeathCert));
    }
};

QTEST_MAIN(TestEvidencePanel)
#include "tst_EvidencePanel.moc"
