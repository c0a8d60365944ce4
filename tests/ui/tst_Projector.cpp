// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The projector window (issue 12 §2, DOMAIN.md §10) on the offscreen platform. The main test walks
// every item of a meeting with varied proposals (a death, a new member, a new household, an update
// of health, disability and pregnancy fields, a flagged household) through the operator's console,
// before and after the decisions, and checks that no hidden value of the persons and households
// involved — NIK, KK, birth date, the values of every specific field (health, disability,
// pregnancy, finances) — appears in any text of any widget of the projector: labels, buttons, text
// views, titles, tooltips, accessible names. The checker itself is shown to fail on a slide that
// carries a NIK. Also: no editing controls, only house photos are loaded, a revealed field stays
// until the item changes, type large enough for a hall.
#include "models/domain/Field.h"
#include "models/domain/Issue.h"
#include "tests/support/FakeClock.h"
#include "tests/support/ScratchVault.h"
#include "tests/ui/tst_MeetingConsoleFixture.h"
#include "ui/common/Look.h"
#include "ui/musdes/run/MeetingConsole.h"
#include "ui/musdes/run/ProjectorWindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

using namespace verdes;
using namespace verdes::ui;

namespace {

// Every text a person in the room could read, or a screen reader could say, of `window`.
QStringList visibleTexts(QWidget *window)
{
    QStringList texts;
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    widgets.prepend(window);
    for (QWidget *w : std::as_const(widgets)) {
        const QString where =
            w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
        auto add = [&texts, &where](const QString &kind, const QString &text) {
            if (!text.isEmpty()) {
                texts.append(where + QLatin1Char('.') + kind + QStringLiteral(": ") + text);
            }
        };
        add(QStringLiteral("windowTitle"), w->windowTitle());
        add(QStringLiteral("toolTip"), w->toolTip());
        add(QStringLiteral("statusTip"), w->statusTip());
        add(QStringLiteral("whatsThis"), w->whatsThis());
        add(QStringLiteral("accessibleName"), w->accessibleName());
        add(QStringLiteral("accessibleDescription"), w->accessibleDescription());
        if (auto *label = qobject_cast<QLabel *>(w)) {
            add(QStringLiteral("text"), label->text());
        }
        if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            add(QStringLiteral("text"), button->text());
        }
        if (auto *edit = qobject_cast<QTextEdit *>(w)) {
            add(QStringLiteral("text"), edit->toPlainText());
        }
        if (auto *edit = qobject_cast<QPlainTextEdit *>(w)) {
            add(QStringLiteral("text"), edit->toPlainText());
        }
        if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            add(QStringLiteral("text"), edit->text());
        }
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i) {
                add(QStringLiteral("item"), combo->itemText(i));
            }
        }
    }
    return texts;
}

// The forbidden values found in the window's texts, as "value in where".
QStringList leaks(QWidget *window, const QStringList &forbidden)
{
    QStringList found;
    const QStringList texts = visibleTexts(window);
    for (const QString &value : forbidden) {
        for (const QString &text : texts) {
            const QString shown = text.mid(text.indexOf(QStringLiteral(": ")) + 2);
            if (shown.contains(value, Qt::CaseInsensitive)) {
                found.append(QStringLiteral("“%1” in %2").arg(value, text));
            }
        }
    }
    return found;
}

// A date as it could be written anywhere.
QStringList dateForms(const QString &iso)
{
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    if (!date.isValid()) {
        return {};
    }
    QStringList forms = {iso,
                         date.toString(QStringLiteral("dd-MM-yyyy")),
                         date.toString(QStringLiteral("dd/MM/yyyy")),
                         date.toString(QStringLiteral("dd.MM.yyyy")),
                         date.toString(QStringLiteral("ddMMyy")),
                         Look::longDate(date),
                         Look::shortDate(date),
                         QLocale().toString(date, QLocale::LongFormat),
                         QLocale().toString(date, QLocale::ShortFormat),
                         QLocale(QLocale::Indonesian).toString(date, QLocale::LongFormat)};
    forms.removeAll(QString());
    return forms;
}

// Labels too common to mean anything on their own ("Yes", "No"), and short numbers ("Proposal 3 of
// 5" holds digits); identifiers are long numbers and stay.
bool meaningful(const QString &value)
{
    static const QStringList common = {QStringLiteral("yes"),
                                       QStringLiteral("no"),
                                       QStringLiteral("none"),
                                       QStringLiteral("don't know"),
                                       QStringLiteral("ya"),
                                       QStringLiteral("tidak"),
                                       QStringLiteral("tidak ada"),
                                       QStringLiteral("tidak tahu")};
    bool number = false;
    value.toLongLong(&number);
    if (number) {
        return value.size() >= 6; // identifiers and dates written as digits
    }
    return value.size() >= 3 && !common.contains(value.toLower());
}

} // namespace

class TestProjector final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::ScratchVault> m_vault;
    std::unique_ptr<Database> m_db;
    test::FakeClock m_clock;
    test::MeetingFixture m_fixture;
    QStringList m_forbidden;

    // Everything the projector must never show of the records of the meeting.
    QStringList forbiddenValues()
    {
        ProposalRepository repo(*m_db);
        QStringList values;
        for (const QString &secret : std::as_const(m_fixture.proposedSecrets)) {
            values.append(secret);
            if (secret.size() == 16) {
                values.append(maskNumber(secret));
            }
            values += dateForms(secret);
        }
        auto read = [&repo](const QString &table, const QString &id, const char *column) {
            auto value = repo.currentValue(table, id, QString::fromLatin1(column));
            return value ? *value : QString();
        };
        auto addRecord = [&](const QString &table, const QString &id) {
            for (const FieldDef &def : allFields()) {
                const bool member = def.entity == Entity::Member;
                if ((table == kMembersTable) != member || def.sensitivity == Sensitivity::Ordinary) {
                    continue;
                }
                const QString raw = read(table, id, def.column);
                if (raw.isEmpty()) {
                    continue;
                }
                if (def.sensitivity == Sensitivity::Identifier) {
                    values += {raw, maskNumber(raw)};
                } else {
                    values.append(raw);
                    values.append(
                        ui::NewRecordForm::displayValue(QString::fromLatin1(def.column), raw, false));
                }
            }
            if (table == kMembersTable) {
                values += dateForms(read(table, id, "birth_date"));
            }
        };
        for (const QString &person : std::as_const(m_fixture.personIds)) {
            addRecord(kMembersTable, person);
        }
        for (const QString &household : std::as_const(m_fixture.householdIds)) {
            addRecord(kHouseholdsTable, household);
            // Every member of the households concerned.
            Statement st(*m_db, u"SELECT person_id FROM members WHERE household_id = ?1");
            st.bindAt(1, household);
            while (true) {
                auto row = st.step();
                if (!row || !*row) {
                    break;
                }
                addRecord(kMembersTable, st.text(0));
            }
        }
        // The names of the specific fields the data update changed.
        for (const char *column : {"chronic_illness", "diff_walking", "pregnant"}) {
            values.append(FieldText::label(*fieldByColumn(QString::fromLatin1(column))));
        }
        QStringList kept;
        for (const QString &value : std::as_const(values)) {
            const QString trimmed = value.trimmed();
            if (meaningful(trimmed) && !kept.contains(trimmed)) {
                kept.append(trimmed);
            }
        }
        return kept;
    }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_clock.set(QDateTime(test::kMeetingToday, QTime(10, 0), Qt::UTC));
        m_vault = std::make_unique<test::ScratchVault>(m_dir.filePath(QStringLiteral("projector.db")));
        auto db = m_vault->create();
        QVERIFY(db);
        m_db = std::move(*db);
        m_fixture = test::buildMeeting(*m_db, m_clock, test::meetingActor(Role::Operator));
        QVERIFY(!QTest::currentTestFailed());
        m_forbidden = forbiddenValues();
        // The list is real: identifiers, dates and specific values of every kind are in it.
        QVERIFY2(m_forbidden.size() > 20, qPrintable(m_forbidden.join(u" | ")));
        QVERIFY(m_forbidden.contains(test::kMeetingBabyNik));
        QVERIFY(m_forbidden.contains(test::kMeetingNewKk));
        QVERIFY(m_forbidden.contains(QStringLiteral("1975-03-14")));
    }

    // The checker finds a NIK, a birth date or a health value wherever it is put: the test below
    // can fail.
    void checkerFindsALeak()
    {
        ProjectorWindow projector;
        ProjectorSlide slide;
        slide.itemId = 1;
        slide.position = 1;
        slide.total = 1;
        slide.typeLabel = QStringLiteral("Meninggal");
        slide.persons = {{QStringLiteral("SITI"), 40}};
        slide.reason = QStringLiteral("Meninggal dunia");
        projector.showSlide(slide);
        QVERIFY2(leaks(&projector, m_forbidden).isEmpty(),
                 qPrintable(leaks(&projector, m_forbidden).join(u'\n')));

        slide.persons = {{QStringLiteral("SITI ") + test::kMeetingBabyNik, 40}};
        projector.showSlide(slide);
        QVERIFY(!leaks(&projector, m_forbidden).isEmpty());

        slide.persons = {{QStringLiteral("SITI"), 40}};
        slide.reason = QStringLiteral("lahir 14-03-1975");
        projector.showSlide(slide);
        QVERIFY(!leaks(&projector, m_forbidden).isEmpty());

        slide.reason = QStringLiteral("Meninggal dunia");
        projector.showSlide(slide);
        projector.setToolTip(test::kMeetingNewKk);
        QVERIFY(!leaks(&projector, m_forbidden).isEmpty());
        projector.setToolTip({});
        projector.setAccessibleName(maskNumber(test::kMeetingHeadNik));
        QVERIFY(!leaks(&projector, m_forbidden).isEmpty());
        projector.setAccessibleName({});
        QVERIFY(leaks(&projector, m_forbidden).isEmpty());
    }

    void noHiddenValueOnAnyItem()
    {
        MeetingConsole console(
            *m_db, test::meetingActor(Role::Secretary, QStringLiteral("Sekretaris")), m_fixture.meetingId);
        ProjectorWindow *projector = console.projector();
        QVERIFY(projector);
        // Record which evidence the projector asks for.
        QList<qint64> loaded;
        projector->setPhotoLoader([this, &loaded](qint64 id) {
            loaded.append(id);
            auto bytes = ProposalRepository(*m_db).evidenceBytes(id);
            return bytes ? QImage::fromData(*bytes) : QImage();
        });
        const int total = static_cast<int>(console.items().size());
        QCOMPARE(total, m_fixture.proposalIds.size() + 1);
        int withPhotos = 0;
        for (int round = 0; round < 2; ++round) {
            for (int i = 0; i < total; ++i) {
                QVERIFY(console.goToIndex(i));
                QCOMPARE(projector->itemId(), console.currentItemId());
                const QStringList found = leaks(projector, m_forbidden);
                QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
                // The item is there: its number and the names.
                const QString all = visibleTexts(projector).join(u'\n');
                QVERIFY2(all.contains(QStringLiteral("%1 of %2").arg(i + 1).arg(total)), qPrintable(all));
                if (projector->photoCount() > 0) {
                    ++withPhotos;
                    QVERIFY(projector->showPhotos(true));
                    const QStringList inPhotos = leaks(projector, m_forbidden);
                    QVERIFY2(inPhotos.isEmpty(), qPrintable(inPhotos.join(u'\n')));
                    projector->showPhotos(false);
                }
                if (round == 0) {
                    // Decide it, so that the second round shows the decisions.
                    QVERIFY(console.goToIndex(i));
                    auto *first = console.findChild<QAbstractButton *>(QStringLiteral("decisionFirstRadio"));
                    first->click();
                    QVERIFY2(console.saveDecision(), qPrintable(console.messageText()));
                    QVERIFY(!projector->findChild<QLabel *>(QStringLiteral("projectorDecisionLabel"))
                                 ->text()
                                 .isEmpty());
                }
            }
        }
        QVERIFY(withPhotos >= 2);
        QVERIFY(!loaded.isEmpty());
        for (const qint64 id : std::as_const(loaded)) {
            QVERIFY2(m_fixture.housePhotoIds.contains(id), qPrintable(QString::number(id)));
            QVERIFY(!m_fixture.otherEvidenceIds.contains(id));
        }
        console.closeForLock();
        QVERIFY(projector->isBlank());
        QVERIFY(leaks(projector, m_forbidden).isEmpty());
    }

    void noEditingControls()
    {
        MeetingConsole console(*m_db, test::meetingActor(Role::Secretary), m_fixture.meetingId);
        ProjectorWindow *projector = console.projector();
        for (int i = 0; i < console.items().size(); ++i) {
            QVERIFY(console.goToIndex(i));
            QVERIFY(projector->findChildren<QAbstractButton *>().isEmpty());
            QVERIFY(projector->findChildren<QLineEdit *>().isEmpty());
            QVERIFY(projector->findChildren<QTextEdit *>().isEmpty());
            QVERIFY(projector->findChildren<QPlainTextEdit *>().isEmpty());
            QVERIFY(projector->findChildren<QAbstractSpinBox *>().isEmpty());
            QVERIFY(projector->findChildren<QComboBox *>().isEmpty());
            QVERIFY(projector->findChildren<QAbstractItemView *>().isEmpty());
            for (QLabel *label : projector->findChildren<QLabel *>()) {
                QCOMPARE(label->textInteractionFlags(), Qt::NoTextInteraction);
            }
        }
    }

    // The chair reveals one field: it shows, labelled, until the item changes; it is recorded.
    void revealUntilTheItemChanges()
    {
        MeetingConsole console(*m_db, test::meetingActor(Role::Secretary), m_fixture.meetingId);
        ProjectorWindow *projector = console.projector();
        // The death (first proposal item): a member with a NIK.
        int deathIndex = -1;
        for (int i = 0; i < console.items().size(); ++i) {
            if (console.items().at(i).proposalId == m_fixture.proposalIds.first()) {
                deathIndex = i;
            }
        }
        QVERIFY(deathIndex >= 0);
        QVERIFY(console.goToIndex(deathIndex));
        auto *reveal = projector->findChild<QLabel *>(QStringLiteral("projectorRevealLabel"));
        QVERIFY(reveal->text().isEmpty());
        QVERIFY(!console.reveal(static_cast<int>(RevealField::Nik), QStringLiteral("  ")));
        QVERIFY(reveal->text().isEmpty());
        QVERIFY2(
            console.reveal(static_cast<int>(RevealField::Nik), QStringLiteral("Dua anggota bernama sama")),
            qPrintable(console.messageText()));
        const QString nik =
            ProposalRepository(*m_db)
                .currentValue(kMembersTable, m_fixture.personIds.first(), QStringLiteral("nik"))
                .value();
        QVERIFY(reveal->text().contains(nik));
        QVERIFY(reveal->text().contains(QStringLiteral("NIK")));
        QVERIFY(!reveal->isHidden());
        // Saving a decision on the same item keeps it.
        QVERIFY(console.saveDecision());
        QVERIFY(reveal->text().contains(nik));
        // The next item: gone.
        QVERIFY(console.goToIndex(deathIndex == 0 ? 1 : 0));
        QVERIFY(!visibleTexts(projector).join(u'\n').contains(nik));
        QVERIFY(console.goToIndex(deathIndex));
        QVERIFY(!visibleTexts(projector).join(u'\n').contains(nik));
    }

    void largeTypeAt1024x768()
    {
        MeetingConsole console(*m_db, test::meetingActor(Role::Secretary), m_fixture.meetingId);
        ProjectorWindow *projector = console.projector();
        projector->resize(1024, 768);
        QCOMPARE(projector->height(), 768);
        QVERIFY(console.goToIndex(0));
        for (const char *name : {"projectorPersonsLabel", "projectorTypeLabel", "projectorDecisionLabel"}) {
            auto *label = projector->findChild<QLabel *>(QString::fromLatin1(name));
            QVERIFY(label);
            QVERIFY2(label->font().pixelSize() >= 44, name);
        }
        QVERIFY(projector->findChild<QLabel *>(QStringLiteral("projectorReasonLabel"))->font().pixelSize()
                >= 30);
        // White on black.
        QCOMPARE(projector->palette().color(QPalette::Window), QColor(Qt::black));
    }

    // The vault locks: the projector shows nothing of the meeting any more.
    void blankOnLock()
    {
        auto *console = new MeetingConsole(*m_db, test::meetingActor(Role::Secretary), m_fixture.meetingId);
        console->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<ProjectorWindow> projector = console->projector();
        console->show();
        console->toggleProjector();
        QVERIFY(projector->isVisible());
        QVERIFY(!projector->isBlank());
        console->closeForLock();
        QVERIFY(!projector || (projector->isBlank() && !projector->isVisible()));
    }
};

QTEST_MAIN(TestProjector)
#include "tst_Projector.moc"
