// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Walks the real application through its screens and saves a PNG of each: run by take.sh under
// Xvfb with a throw-away HOME, so the demo village is generated fresh. Usage:
//     screenshot_tour OUTPUT_DIR LANGUAGE(id|en)

#include "app/verdes/Bootstrap.h"
#include "models/demo/DemoRowSource.h"
#include "models/domain/Household.h"
#include "models/io/SnapshotExporter.h"
#include "models/musdes/MeetingRepository.h"
#include "models/proposals/ProposalRepository.h"
#include "models/quality/QualityFlagRepository.h"
#include "models/repo/HouseholdRepository.h"
#include "models/vault/Database.h"
#include "models/vault/Vault.h"
#include "tests/screenshots/musdes_run_shots.h"
#include "ui/browser/BrowserPage.h"
#include "ui/browser/HouseholdFlagsView.h"
#include "ui/browser/HouseholdHistoryView.h"
#include "ui/browser/HouseholdMembersView.h"
#include "ui/io/ImportDialog.h"
#include "ui/musdes/AgendaEditor.h"
#include "ui/musdes/AgendaTree.h"
#include "ui/musdes/MeetingPage.h"
#include "ui/musdes/MeetingView.h"
#include "ui/proposals/EvidenceViewer.h"
#include "ui/proposals/HouseholdPicker.h"
#include "ui/proposals/NewRecordForm.h"
#include "ui/proposals/ProposalEditor.h"
#include "ui/proposals/ProposalListPage.h"
#include "ui/settings/AppSettings.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/sync/EnrolmentDialog.h"
#include "ui/sync/OutboxPage.h"
#include "ui/vault/CreateVaultWizard.h"
#include "ui/vault/OfficersDialog.h"
#include "ui/vault/UnlockDialog.h"

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDate>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QScreen>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextStream>

#include <functional>

namespace {

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 120000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired()) {
            return false;
        }
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        QTest::qWait(20);
    }
    return true;
}

template <typename T>
T *findTopLevel()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *found = qobject_cast<T *>(widget); found != nullptr && found->isVisible()) {
            return found;
        }
    }
    return nullptr;
}

[[noreturn]] void fail(const char *what);

// Every window the tour shows fits the screen it runs on (1366×768, issue 11 §4).
void checkFits(const QWidget *widget, const QString &name)
{
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    const QWidget *window = widget->window();
    if (window->width() > screen.width() || window->height() > screen.height()
        || !screen.contains(window->frameGeometry())) {
        QTextStream(stderr) << name << ": the window (" << window->width() << "×" << window->height()
                            << ") is larger than the screen (" << screen.width() << "×" << screen.height()
                            << ")" << Qt::endl;
        fail("a window larger than the screen");
    }
}

// The changes tab by name: tab 1 is the new-record tab, hidden for other proposal types, and a hidden
// tab made current shows its page under the wrong tab.
void showChanges(verdes::ui::ProposalEditor *editor)
{
    editor->tabs()->setCurrentWidget(editor->tabs()->findChild<QWidget *>(QStringLiteral("changesPage")));
}

void save(QWidget *widget, const QString &dir, const QString &name)
{
    QTest::qWait(300);
    checkFits(widget, name);
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path)) {
        QTextStream(stderr) << "could not save " << path << Qt::endl;
        std::exit(1);
    }
    QTextStream(stdout) << path << Qt::endl;
}

// A photographed letter, as an officer would attach it: a small PNG made here.
QByteArray letterPhoto()
{
    QImage image(480, 640, QImage::Format_RGB32);
    image.fill(QColor(0x8a, 0x7b, 0x66));
    QPainter painter(&image);
    painter.fillRect(40, 40, 400, 560, QColor(0xfa, 0xf7, 0xf0));
    painter.setPen(QColor(0x30, 0x30, 0x30));
    QFont font = painter.font();
    font.setPixelSize(26);
    font.setBold(true);
    painter.setFont(font);
    painter.drawText(QRect(40, 70, 400, 40), Qt::AlignCenter, QStringLiteral("SURAT KETERANGAN"));
    painter.drawText(QRect(40, 110, 400, 40), Qt::AlignCenter, QStringLiteral("KEMATIAN"));
    for (int line = 0; line < 14; ++line) {
        painter.fillRect(80, 190 + line * 26, line % 4 == 3 ? 200 : 320, 8, QColor(0x90, 0x90, 0x90));
    }
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// A two-page village letter as a PDF, written in memory.
QByteArray letterPdf()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(96);
    QPainter painter(&writer);
    for (int page = 0; page < 2; ++page) {
        if (page > 0) {
            writer.newPage();
        }
        QFont font = painter.font();
        font.setPixelSize(22);
        font.setBold(true);
        painter.setFont(font);
        painter.drawText(QRect(0, 60, 700, 40), Qt::AlignCenter, QStringLiteral("PEMERINTAH DESA CONTOH"));
        painter.drawText(
            QRect(0, 110, 700, 40), Qt::AlignCenter, QStringLiteral("SURAT KETERANGAN KEMATIAN"));
        font.setPixelSize(14);
        font.setBold(false);
        painter.setFont(font);
        painter.drawText(QRect(0, 150, 700, 30), Qt::AlignCenter, QStringLiteral("Nomor: 474.3/021/X/2026"));
        for (int line = 0; line < 18; ++line) {
            painter.fillRect(80, 220 + line * 30, line % 5 == 4 ? 260 : 540, 6, QColor(0x80, 0x80, 0x80));
        }
        painter.drawText(QRect(420, 820, 260, 30), Qt::AlignLeft, QStringLiteral("Kepala Desa Contoh"));
    }
    painter.end();
    return bytes;
}

// The same CSV with semicolons between the fields, as Excel writes it where the decimal mark is a
// comma: every comma outside quotes becomes a semicolon (the demo village has none in its values).
void writeWithSemicolons(const QString &from, const QString &to)
{
    QFile in(from);
    QFile out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)) {
        fail("semicolon file");
    }
    QByteArray bytes = in.readAll();
    bool quoted = false;
    for (char &c : bytes) {
        if (c == '"') {
            quoted = !quoted;
        } else if (c == ',' && !quoted) {
            c = ';';
        }
    }
    out.write(bytes);
}

// A musdes being prepared (issue 12): the demo's meeting, or a new one, with ten items on its agenda
// (ready deaths reported for members of the first families, and two flagged families), its
// attendees (fourteen when the demo has none) and the quorum of fourteen expected. Returns the meeting's id.
qint64 prepareMeeting(verdes::Vault &vault)
{
    verdes::Database &db = vault.database();
    const verdes::Actor actor = vault.actor();
    verdes::MeetingRepository meetings(db);
    qint64 meetingId = 0;
    if (auto list = meetings.list(); list) {
        for (const verdes::MeetingSummary &summary : std::as_const(*list)) {
            if (!summary.sealed) {
                meetingId = summary.id;
                break;
            }
        }
    }
    if (meetingId == 0) {
        const QDate today = QDate::currentDate();
        verdes::MeetingDraft draft;
        draft.date = QDate(today.year(), today.month(), 1).addMonths(1).addDays(9);
        draft.time = QTime(9, 0);
        draft.place = QStringLiteral("Balai Desa Contoh");
        draft.chair = QStringLiteral("H. Sulaiman");
        draft.minuteTaker = QStringLiteral("Sri Wahyuni");
        auto created = meetings.create(actor, draft);
        if (!created) {
            fail("creating the meeting");
        }
        meetingId = created->id;
    }
    constexpr int kItems = 10;
    constexpr int kFamilies = 2;
    auto agenda = meetings.agenda(meetingId);
    if (!agenda) {
        fail("reading the agenda");
    }
    qsizetype items = agenda->size();
    // Flagged families first, then deaths reported for members until the agenda has ten items.
    if (auto flags = verdes::QualityFlagRepository(db).open(); flags) {
        QStringList added;
        for (const verdes::QualityFlag &flag : std::as_const(*flags)) {
            if (added.size() >= kFamilies || items >= kItems) {
                break;
            }
            if (!added.contains(flag.householdId)
                && meetings.addHousehold(actor, meetingId, flag.householdId)) {
                added.append(flag.householdId);
                ++items;
            }
        }
    }
    verdes::ProposalRepository proposals(db);
    verdes::HouseholdRepository households(db);
    auto page = households.page(0, 80);
    if (!page) {
        fail("households for the agenda");
    }
    QList<qint64> ready;
    for (const verdes::HouseholdSummary &summary : std::as_const(*page)) {
        if (items + ready.size() >= kItems) {
            break;
        }
        auto household = households.household(summary.householdId);
        if (!household || !household->has_value() || (*household)->members.size() < 3) {
            continue;
        }
        const verdes::Member &member = (*household)->members.last();
        verdes::Proposal proposal;
        proposal.type = verdes::ProposalType::MemberDeceased;
        proposal.channel = verdes::Channel::RtRw;
        proposal.householdId = summary.householdId;
        proposal.personIds = {member.personId()};
        proposal.reason = QStringLiteral("Meninggal dunia, dilaporkan oleh Ketua RT");
        proposal.details.eventDate = QDate::currentDate().addDays(-20);
        auto created = proposals.create(
            actor, proposal, {{verdes::EvidenceKind::Statement, QStringLiteral("surat.pdf"), letterPdf()}});
        if (!created) {
            continue;
        }
        if (proposals.transition(actor, created->id, verdes::ProposalState::Ready, created->revision)) {
            ready.append(created->id);
        }
    }
    if (!ready.isEmpty() && !meetings.addProposals(actor, meetingId, ready)) {
        fail("the ready proposals on the agenda");
    }

    struct Person
    {
        const char *name;
        verdes::AttendeeRole role;
        const char *rtRw;
    };

    const Person people[] = {
        {"Sukardi", verdes::AttendeeRole::KepalaDesa, ""},
        {"H. Sulaiman", verdes::AttendeeRole::Bpd, ""},
        {"Sri Wahyuni", verdes::AttendeeRole::Perangkat, ""},
        {"Bambang Riyadi", verdes::AttendeeRole::Bpd, ""},
        {"Suparman", verdes::AttendeeRole::RtRw, "001/001"},
        {"Wagiman", verdes::AttendeeRole::RtRw, "002/001"},
        {"Tukiyem", verdes::AttendeeRole::RtRw, "003/002"},
        {"Endang Lestari", verdes::AttendeeRole::PendampingPkh, ""},
        {"Joko Susilo", verdes::AttendeeRole::Tksk, ""},
        {"Ustadz Mahfud", verdes::AttendeeRole::Tokoh, "001/002"},
        {"Siti Aminah", verdes::AttendeeRole::Perempuan, "002/002"},
        {"Painem", verdes::AttendeeRole::RumahTanggaMiskin, "003/001"},
        {"Serda Agus Prasetyo", verdes::AttendeeRole::Babinsa, ""},
        {"Aipda Rudi Hartono", verdes::AttendeeRole::Bhabinkamtibmas, ""},
    };
    auto present = meetings.attendees(meetingId);
    if (present && present->size() < 8) {
        for (const Person &person : people) {
            verdes::Attendee attendee;
            attendee.name = QString::fromUtf8(person.name);
            attendee.role = person.role;
            attendee.rtRw = QString::fromUtf8(person.rtRw);
            attendee.signedOnPaper = attendee.rtRw.isEmpty();
            if (!meetings.addAttendee(actor, meetingId, attendee)) {
                fail("an attendee");
            }
        }
    }
    verdes::ui::AppSettings::setMeetingExpectedAttendance(14);
    return meetingId;
}

void fail(const char *what)
{
    QTextStream(stderr) << "screenshot tour failed: " << what << Qt::endl;
    std::exit(1);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Verdes"));
    QCoreApplication::setApplicationName(QStringLiteral("verdes"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VERDES_VERSION));
    const QStringList args = QApplication::arguments();
    if (args.size() != 3) {
        fail("usage: screenshot_tour OUTPUT_DIR id|en");
    }
    const QString dir = args.at(1);
    const QString language = args.at(2);
    const QString suffix = language == u"id" ? QString() : QStringLiteral("-") + language;
    QDir().mkpath(dir);
    verdes::ui::AppSettings::setLanguage(language);
    verdes::app::Bootstrap::installTranslators(app, language);

    // The window chooses its own size: the tour runs on a 1366×768 screen, as the village offices have.
    verdes::ui::MainWindow window;
    window.show();
    if (!waitFor([&] {
            return window.isVisible();
        })) {
        fail("main window");
    }
    save(&window, dir, QStringLiteral("welcome") + suffix);

    window.openDemo();
    if (!waitFor(
            [] {
                return findTopLevel<verdes::ui::UnlockDialog>() != nullptr;
            },
            600000)) {
        fail("unlock dialog after generating the demo village");
    }
    auto *unlock = findTopLevel<verdes::ui::UnlockDialog>();
    save(unlock, dir, QStringLiteral("unlock") + suffix);

    if (language == u"id") {
        // A wrong passphrase first, to show the message.
        auto *field = unlock->findChild<QLineEdit *>(QStringLiteral("passphraseLineEdit"));
        field->setText(QStringLiteral("salah sekali kata sandinya"));
        unlock->accept();
        if (!waitFor([&] {
                return !unlock->isBusy();
            })) {
            fail("wrong passphrase");
        }
        save(unlock, dir, QStringLiteral("unlock-wrong-passphrase"));
        field->setText(verdes::ui::MainWindow::demoPassphrase());
        unlock->setRecoveryMode(true);
        save(unlock, dir, QStringLiteral("unlock-recovery-key"));
        unlock->setRecoveryMode(false);
    }
    unlock->accept();
    if (!waitFor([&] {
            return window.hasOpenVault() && window.browser() != nullptr;
        })) {
        fail("browser after unlock");
    }
    save(&window, dir, QStringLiteral("browser") + suffix);

    auto *search = window.browser()->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    QTest::keyClicks(search, QStringLiteral("siti"));
    QTest::qWait(600);
    save(&window, dir, QStringLiteral("search") + suffix);

    if (language == u"id") {
        search->clear();
        QTest::keyClicks(search, QStringLiteral("rt 2 rw 1"));
        QTest::qWait(600);
        save(&window, dir, QStringLiteral("search-rt-rw"));

        // The officers; the household's NIK revealed once, which its history records.
        verdes::ui::BrowserPage *browser = window.browser();
        browser->revealShownHousehold();
        verdes::ui::OfficersDialog officers(*window.openVaultForTests(), &window);
        officers.show();
        save(&officers, dir, QStringLiteral("officers"));
        officers.close();

        // A second officer, and the question of removing her, with the vault key changed too (issue
        // 10). Answered Cancel: the rest of the tour works on the same vault.
        if (!window.openVaultForTests()->addOfficer(
                QStringLiteral("Dewi Lestari"),
                verdes::SecureBytes::fromUtf8(QStringLiteral("kata sandi dewi 2026")),
                verdes::Role::Viewer)) {
            fail("second officer");
        }
        {
            verdes::ui::OfficersDialog removal(*window.openVaultForTests(), &window);
            removal.show();
            QTableWidget *table = removal.table();
            for (int row = 0; row < table->rowCount(); ++row) {
                if (table->item(row, 0)->text() == u"Dewi Lestari") {
                    table->selectRow(row);
                }
            }
            removal.findChild<QPushButton *>(QStringLiteral("removeOfficerButton"))->click();
            QTest::qWait(300);
            auto *question = removal.findChild<QMessageBox *>(QStringLiteral("removeOfficerBox"));
            if (question == nullptr) {
                fail("remove officer question");
            }
            save(question, dir, QStringLiteral("officer-remove-change-key"));
            question->reject();
        }

        // Proposals: a deceased member with a photographed letter, a data update gone stale, the list.
        {
            const QString household = browser->shownHousehold();
            verdes::ui::ProposalEditor *editor = window.newProposal(household);
            editor->setType(verdes::ProposalType::MemberDeceased);
            auto loaded = verdes::HouseholdRepository(window.openVaultForTests()->database())
                              .household(household, true);
            if (!loaded || !loaded->has_value() || (*loaded)->members.size() < 2) {
                fail("a household with members for the proposal");
            }
            const QString deceased = (*loaded)->members.last().personId();
            editor->setPersons({deceased});
            editor->setReason(QStringLiteral("Meninggal dunia, dilaporkan oleh Ketua RT 002"));
            editor->setEventDate(QDate(2026, 10, 2));
            editor->setChannel(verdes::Channel::RtRw);
            editor->addEvidence(
                verdes::EvidenceKind::DeathCert, QStringLiteral("surat-kematian.png"), letterPhoto());
            if (!editor->saveDraft()) {
                fail("saving the proposal draft");
            }
            save(editor, dir, QStringLiteral("proposal-editor"));
            editor->markReady();
            showChanges(editor);
            save(editor, dir, QStringLiteral("proposal-diff"));
            editor->close();

            verdes::ui::ProposalEditor *update = window.newProposal(household);
            update->setType(verdes::ProposalType::DataUpdate);
            update->addFieldChange(
                verdes::kHouseholdsTable, household, QStringLiteral("floor_area_m2"), QStringLiteral("36"));
            update->setReason(QStringLiteral("Luas lantai diukur ulang saat kunjungan"));
            update->addEvidence(
                verdes::EvidenceKind::HousePhotos, QStringLiteral("rumah-depan.png"), letterPhoto());
            if (!update->saveDraft() || !update->markReady()) {
                fail("the data update proposal");
            }
            const qint64 updateId = update->proposalId();
            update->close();
            verdes::Database &db = window.openVaultForTests()->database();
            (void)db.execute(
                QStringLiteral("UPDATE households SET floor_area_m2 = 18, version = version + 1 WHERE "
                               "household_id = '%1'")
                    .arg(household));
            (void)verdes::ProposalRepository(db).refreshStale();
            verdes::ui::ProposalEditor *stale = window.openProposal(updateId);
            showChanges(stale);
            save(stale, dir, QStringLiteral("proposal-stale"));
            stale->close();
            window.showProposals();
            save(&window, dir, QStringLiteral("proposal-list"));
            window.showHouseholds();
            // The household's members, the open proposal named next to the member.
            browser->refreshShownHousehold();
            browser->detailTabs()->setCurrentIndex(0);
            browser->membersView()->selectPerson(deceased); // in view: the list may be scrolled
            save(&window, dir, QStringLiteral("members-open-proposal"));

            // A new household, partly filled: the head and one more member, a NIK with a warning.
            verdes::ui::ProposalEditor *family = window.newProposal(QString());
            family->setType(verdes::ProposalType::NewHousehold);
            family->setReason(QStringLiteral("Keluarga baru pindah datang dari Boyolali"));
            family->setChannel(verdes::Channel::WalkIn);
            verdes::ui::NewRecordForm *form = family->newRecordForm();
            form->setValue({}, QStringLiteral("rw"), QStringLiteral("2"));
            form->setValue({}, QStringLiteral("rt"), QStringLiteral("3"));
            form->setValue({}, QStringLiteral("address"), QStringLiteral("JL. MAWAR 5"));
            form->setValue({}, QStringLiteral("tenure"), QStringLiteral("1"));
            form->setValue({}, QStringLiteral("floor"), QStringLiteral("2"));
            const QString head = verdes::kNewHeadKey;
            form->setValue(head, QStringLiteral("name"), QStringLiteral("BUDI SANTOSO"));
            form->setValue(head, QStringLiteral("nik"), QStringLiteral("3310041503750002"));
            form->setValue(head, QStringLiteral("sex"), QStringLiteral("1"));
            form->setValue(head, QStringLiteral("birth_date"), QStringLiteral("1975-03-14"));
            const QString wife = form->addMember();
            form->setValue(wife, QStringLiteral("name"), QStringLiteral("SRI WAHYUNI"));
            form->setValue(wife, QStringLiteral("sex"), QStringLiteral("2"));
            family->tabs()->setCurrentIndex(1);
            save(family, dir, QStringLiteral("proposal-new-household"));
            family->close();

            // A PDF letter in the evidence viewer, rendered from memory.
            verdes::ui::EvidenceViewer viewer(
                QStringLiteral("surat-kematian.pdf"), QStringLiteral("application/pdf"), letterPdf());
            viewer.show();
            QApplication::processEvents();
            if (!viewer.showsPdfPage()) {
                fail("the PDF evidence page");
            }
            save(&viewer, dir, QStringLiteral("evidence-pdf"));
        }

        // The proposal editor's household picker ("Search…"), searching by name.
        {
            verdes::ui::ProposalEditor *editor = window.newProposal(QString());
            auto *searchButton = editor->findChild<QPushButton *>(QStringLiteral("householdSearchButton"));
            if (searchButton == nullptr) {
                fail("the household search button");
            }
            searchButton->click();
            auto *picker =
                editor->findChild<verdes::ui::HouseholdPicker *>(QStringLiteral("householdPicker"));
            if (picker == nullptr) {
                fail("the household picker");
            }
            picker->setSearchText(QStringLiteral("siti"));
            QTest::qWait(200);
            save(picker, dir, QStringLiteral("household-picker"));
            picker->reject();
            editor->close();
        }

        // That household's history: the reveal and the proposals, in plain words.
        auto *tabs = browser->findChild<QTabWidget *>(QStringLiteral("detailTabWidget"));
        if (tabs == nullptr) {
            fail("the detail tabs");
        }
        tabs->setCurrentWidget(browser->historyView());
        QTest::qWait(200);
        save(&window, dir, QStringLiteral("household-history"));
        tabs->setCurrentIndex(0);

        // The data-quality flags: households with an open flag, the first one's flags explained.
        search->clear();
        browser->flagsFilter()->setCurrentIndex(1);
        QTest::qWait(600);
        if (auto *table = browser->findChild<QTableView *>(QStringLiteral("householdsTableView"))) {
            table->selectRow(0);
        }
        QTest::qWait(200);
        save(&window, dir, QStringLiteral("household-flags"));
        // One flag close up: its check, the reason and the evidence in words.
        save(browser->flagsView(), dir, QStringLiteral("flag-in-words"));
        browser->flagsFilter()->setCurrentIndex(0);

        // The musdes being prepared: its agenda in sections, the attendance and the quorum above.
        {
            const qint64 meetingId = prepareMeeting(*window.openVaultForTests());
            window.showMeetings();
            verdes::ui::MeetingPage *meetings = window.meetingsPage();
            if (meetings == nullptr || !meetings->openMeeting(meetingId)) {
                fail("the meeting view");
            }
            verdes::ui::AgendaEditor *agenda = meetings->meetingView()->agendaEditor();
            const auto items = agenda->items();
            if (items.size() > 3) {
                agenda->selectItem(items.at(3).id);
            }
            save(&window, dir, QStringLiteral("musdes-agenda"));
            meetings->meetingView()->tabs()->setCurrentIndex(verdes::ui::MeetingView::AttendanceTab);
            save(&window, dir, QStringLiteral("musdes-attendance"));
            meetings->showList();
            save(&window, dir, QStringLiteral("musdes-list"));
            window.showHouseholds();
        }
        // Sending to the district (issue 13 §3): the page once the batches are made, and the
        // enrolment dialog with the request's fingerprint and QR code.
        {
            window.showOutbox();
            verdes::ui::OutboxPage *outbox = window.outboxPage();
            if (outbox == nullptr || !waitFor([outbox] {
                    return !outbox->isBusy();
                })) {
                fail("the outbox page");
            }
            save(&window, dir, QStringLiteral("outbox"));
            outbox->enrol();
            auto *enrolment = findTopLevel<verdes::ui::EnrolmentDialog>();
            if (enrolment == nullptr) {
                fail("the enrolment dialog");
            }
            save(enrolment, dir, QStringLiteral("enrolment"));
            enrolment->close();
            window.showHouseholds();
        }

        verdes::ui::SettingsDialog settings(&window);
        settings.show();
        save(&settings, dir, QStringLiteral("settings"));
        settings.close();

        // The import dialog on a snapshot of another village: every row is refused (V17).
        const QString foreign = QDir(QDir::tempPath()).filePath(QStringLiteral("verdes-tour-foreign.csv"));
        QFile::remove(foreign);
        verdes::DemoOptions options;
        options.households = 40;
        options.seed = 99;
        options.today = QDate::currentDate();
        if (!verdes::DemoRowSource::writeCsv(foreign, options)) {
            fail("foreign snapshot");
        }
        verdes::ui::ImportDialog import(*window.openVaultForTests(), foreign, &window);
        import.show();
        save(&import, dir, QStringLiteral("import-preview"));
        import.startImport();
        if (!waitFor([&] {
                return !import.isRunning();
            })) {
            fail("import");
        }
        save(&import, dir, QStringLiteral("import-errors"));
        import.close();
        QFile::remove(foreign);

        // The village's own data as Excel saves it in an Indonesian locale (semicolons), imported
        // again: the summary names the separator, and nothing changed.
        const QString exported = QDir(QDir::tempPath()).filePath(QStringLiteral("verdes-tour-export.csv"));
        const QString semicolon = QDir(QDir::tempPath()).filePath(QStringLiteral("verdes-tour-excel.csv"));
        QFile::remove(exported);
        QFile::remove(semicolon);
        if (!verdes::SnapshotExporter(window.openVaultForTests()->database()).run(exported)) {
            fail("export for the semicolon file");
        }
        writeWithSemicolons(exported, semicolon);
        QFile::remove(exported);
        verdes::ui::ImportDialog excel(*window.openVaultForTests(), semicolon, &window);
        excel.show();
        excel.startImport();
        if (!waitFor([&] {
                return !excel.isRunning();
            })) {
            fail("semicolon import");
        }
        save(&excel, dir, QStringLiteral("import-semicolon"));
        excel.close();
        QFile::remove(semicolon);

        // The create wizard, page by page, into a throw-away folder.
        verdes::ui::CreateVaultWizard wizard(&window);
        wizard.show();
        wizard.findChild<QLineEdit *>(QStringLiteral("villageCodeLineEdit"))
            ->setText(QStringLiteral("33.73.04.1001"));
        wizard.findChild<QLineEdit *>(QStringLiteral("locationLineEdit"))->setText(QDir::tempPath());
        save(&wizard, dir, QStringLiteral("create-village"));
        wizard.next();
        wizard.findChild<QLineEdit *>(QStringLiteral("officerNameLineEdit"))
            ->setText(QStringLiteral("Sri Wahyuni"));
        wizard.findChild<QLineEdit *>(QStringLiteral("newPassphraseLineEdit"))
            ->setText(QStringLiteral("kebun salak di lereng merbabu"));
        wizard.findChild<QLineEdit *>(QStringLiteral("repeatPassphraseLineEdit"))
            ->setText(QStringLiteral("kebun salak di lereng merbabu"));
        save(&wizard, dir, QStringLiteral("create-officer"));
        wizard.next();
        if (!waitFor([&] {
                return !wizard.isCreating();
            })) {
            fail("create wizard");
        }
        save(&wizard, dir, QStringLiteral("create-recovery-key"));
        wizard.reject();
    }
    if (language == u"id") {
        shootMeetingRun(window, dir, suffix);
    }
    return 0;
}
