// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The screenshot tour's part for running a meeting (issue 12 §5): the projector at 1024×768, as a
// beamer in a village hall shows it, and the operator's console with a vote being recorded.

#include "tests/screenshots/musdes_run_shots.h"

#include "models/musdes/MeetingRepository.h"
#include "models/vault/Database.h"
#include "models/vault/Vault.h"
#include "ui/musdes/run/MeetingConsole.h"
#include "ui/musdes/run/ProjectorWindow.h"
#include "ui/shell/MainWindow.h"

#include <QDir>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>
#include <QTextStream>

namespace {

void saveShot(QWidget *widget, const QString &dir, const QString &name)
{
    QTest::qWait(300);
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path)) {
        QTextStream(stderr) << "could not save " << path << Qt::endl;
        std::exit(1);
    }
    QTextStream(stdout) << path << Qt::endl;
}

// An unsealed meeting with items: the demo's, or a new one with every ready proposal.
qint64 meetingWithItems(verdes::Vault &vault)
{
    using namespace verdes;
    MeetingRepository meetings(vault.database());
    if (auto list = meetings.list(); list) {
        for (const MeetingSummary &summary : std::as_const(*list)) {
            if (!summary.sealed && summary.items > 0) {
                return summary.id;
            }
        }
    }
    MeetingDraft draft;
    draft.date = QDate::currentDate();
    draft.time = QTime(9, 0);
    draft.place = QStringLiteral("Balai Desa");
    draft.chair = QStringLiteral("Ketua BPD");
    auto created = meetings.create(vault.actor(), draft);
    if (!created) {
        return 0;
    }
    auto added = meetings.addAllReady(vault.actor(), created->id);
    return added && *added > 0 ? created->id : 0;
}

} // namespace

void shootMeetingRun(verdes::ui::MainWindow &window, const QString &dir, const QString &suffix)
{
    using namespace verdes;
    Vault *vault = window.openVaultForTests();
    if (vault == nullptr) {
        QTextStream(stderr) << "meeting shots: no open vault" << Qt::endl;
        std::exit(1);
    }
    const qint64 meetingId = meetingWithItems(*vault);
    if (meetingId == 0) {
        QTextStream(stderr) << "meeting shots: no meeting with items in the demo village" << Qt::endl;
        std::exit(1);
    }
    ui::MeetingConsole *console = window.openMeetingConsole(meetingId);
    console->resize(1280, 720);

    // The projector on an item with house photos if there is one, as a 1024×768 beamer shows it.
    MeetingRepository meetings(vault->database());
    int shown = 0;
    for (int i = 0; i < console->items().size(); ++i) {
        auto slide = meetings.slide(meetingId, console->items().at(i).id);
        if (slide && !slide->housePhotoIds.isEmpty() && !console->items().at(i).isDecided()) {
            shown = i;
            break;
        }
    }
    console->goToIndex(shown);
    ui::ProjectorWindow *projector = console->projector();
    projector->resize(1024, 768);
    projector->show();
    saveShot(projector, dir, QStringLiteral("musdes-projector") + suffix);
    projector->hide();

    // A vote being recorded: rejected, 4 for, 11 against, 2 abstaining, with a note.
    console->findChild<QRadioButton *>(QStringLiteral("decisionSecondRadio"))->click();
    console->findChild<QRadioButton *>(QStringLiteral("decisionVoteRadio"))->click();
    console->findChild<QSpinBox *>(QStringLiteral("votesForSpin"))->setValue(4);
    console->findChild<QSpinBox *>(QStringLiteral("votesAgainstSpin"))->setValue(11);
    console->findChild<QSpinBox *>(QStringLiteral("votesAbstainSpin"))->setValue(2);
    auto *note = console->findChild<QLineEdit *>(QStringLiteral("decisionNoteEdit"));
    note->setText(QStringLiteral("Warga menyatakan rumah sudah direnovasi"));
    note->setFocus();
    saveShot(console, dir, QStringLiteral("musdes-decision-vote") + suffix);
    // Not saved: the demo meeting stays as it was.
    console->closeForLock();
}
