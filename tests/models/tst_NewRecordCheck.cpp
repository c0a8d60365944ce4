// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The records a NEW_HOUSEHOLD / NEW_MEMBER proposal creates: what is missing per member (V30), the
// V-rules on their values (NewRecordCheck), and the repository refusing "ready" while an E rule is
// broken (ProposalInvalidValues) but not for a warning.
#include "models/proposals/NewRecordCheck.h"
#include "models/proposals/ProposalRepository.h"
#include "models/vault/Actor.h"
#include "models/vault/Database.h"
#include "tests/support/FakeClock.h"
#include "tests/support/ScratchVault.h"

#include <QTemporaryDir>
#include <QTest>

using namespace verdes;

namespace {

const QDate kToday(2026, 11, 23);
const QString kVillage = QStringLiteral("3310042001");
// Valid NIKs: a man born 14-03-1975, a woman born 12-05-2001 (day + 40).
const QString kHeadNik = QStringLiteral("3310041403750002");
const QString kWifeNik = QStringLiteral("3310045205010001");

void put(Proposal &p, const QString &table, const QString &key, const char *column, const QString &value)
{
    p.changes.append({table, {}, QString::fromLatin1(column), {}, value, key});
}

Proposal newHousehold()
{
    Proposal p;
    p.type = ProposalType::NewHousehold;
    p.channel = Channel::WalkIn;
    p.reason = QStringLiteral("Keluarga baru pindah datang");
    const QString h = kHouseholdsTable;
    put(p, h, {}, "village_code", kVillage);
    put(p, h, {}, "rw", QStringLiteral("1"));
    put(p, h, {}, "rt", QStringLiteral("2"));
    put(p, h, {}, "address", QStringLiteral("JL. MAWAR 5"));
    put(p, h, {}, "kk_number", QStringLiteral("3310040101260001"));
    for (const char *column : {"tenure", "floor", "wall", "roof", "lighting", "toilet_facility"}) {
        put(p, h, {}, column, QStringLiteral("1"));
    }
    put(p, h, {}, "floor_area_m2", QStringLiteral("45"));
    put(p, h, {}, "water_source", QStringLiteral("3"));
    put(p, h, {}, "cooking_fuel", QStringLiteral("4"));
    const QString m = kMembersTable;
    put(p, m, kNewHeadKey, "name", QStringLiteral("BUDI SANTOSO"));
    put(p, m, kNewHeadKey, "nik", kHeadNik);
    put(p, m, kNewHeadKey, "sex", QStringLiteral("1"));
    put(p, m, kNewHeadKey, "birth_date", QStringLiteral("1975-03-14"));
    put(p, m, kNewHeadKey, "marital_status", QStringLiteral("2"));
    put(p, m, kNewHeadKey, "relationship", QStringLiteral("1"));
    const QString wife = QStringLiteral("member2");
    put(p, m, wife, "name", QStringLiteral("SRI WAHYUNI"));
    put(p, m, wife, "nik", kWifeNik);
    put(p, m, wife, "sex", QStringLiteral("2"));
    put(p, m, wife, "birth_date", QStringLiteral("2001-05-12"));
    put(p, m, wife, "marital_status", QStringLiteral("2"));
    put(p, m, wife, "relationship", QStringLiteral("2"));
    return p;
}

void setValue(Proposal &p, const QString &key, const char *column, const QString &value)
{
    for (FieldChange &change : p.changes) {
        if (change.newRecordKey == key && change.column == QLatin1String(column)) {
            change.newValue = value;
            return;
        }
    }
    put(p, key.isEmpty() ? kHouseholdsTable : kMembersTable, key, column, value);
}

QStringList rules(const QList<Issue> &issues, bool errors)
{
    QStringList found;
    for (const Issue &issue : issues) {
        if (issue.isError() == errors) {
            found << issue.rule;
        }
    }
    return found;
}

ValidationContext context()
{
    return ValidationContext{kToday, nullptr, kVillage};
}

Actor operatorActor()
{
    Actor a;
    a.officerId = QStringLiteral("officer-1");
    a.name = QStringLiteral("Operator Uji");
    a.role = Role::Operator;
    return a;
}

QByteArray pdf()
{
    return QByteArrayLiteral("%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n");
}

} // namespace

class TestNewRecordCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void completeHouseholdHasNoIssueBlockingReady()
    {
        const Proposal p = newHousehold();
        const QList<Issue> issues = NewRecordCheck::issues(p, nullptr, context());
        QVERIFY2(rules(issues, true).isEmpty(), qPrintable(rules(issues, true).join(u',')));
        QVERIFY(!p.missingRequirements().join(u'\n').contains(QStringLiteral("member 2")));
    }

    void assembleGivesKeysAsPersonIds()
    {
        const Household h = NewRecordCheck::assemble(newHousehold());
        QCOMPARE(h.householdId(), QStringLiteral("new"));
        QCOMPARE(h.members.size(), 2);
        QCOMPARE(h.members.at(0).personId(), kNewHeadKey);
        QCOMPARE(h.members.at(1).personId(), QStringLiteral("member2"));
        QCOMPARE(h.members.at(1).presence(), std::optional<Presence>(Presence::LivesWithFamily));
        QCOMPARE(h.value(Field::Address), QStringLiteral("JL. MAWAR 5"));
        QCOMPARE(NewRecordCheck::recordLabel(newHousehold(), QStringLiteral("member2")),
                 NewRecordCheck::tr("Member %1").arg(2));
    }

    void brokenRules_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<bool>("error");
        QTest::newRow("NIK 15 digits") << QStringLiteral("member2") << "nik"
                                       << "331004520501000"
                                       << "V01" << true;
        QTest::newRow("NIK day 35") << QStringLiteral("head") << "nik"
                                    << "3310043503750002"
                                    << "V02" << true;
        QTest::newRow("NIK serial 0000") << QStringLiteral("head") << "nik"
                                         << "3310041403750000"
                                         << "V03" << true;
        QTest::newRow("two heads") << QStringLiteral("member2") << "relationship"
                                   << "1"
                                   << "V12" << true;
        QTest::newRow("other village") << QString() << "village_code"
                                       << "3310042002"
                                       << "V17" << true;
        QTest::newRow("born tomorrow") << QStringLiteral("member2") << "birth_date"
                                       << "2026-11-24"
                                       << "V18" << true;
        QTest::newRow("pregnant man") << QStringLiteral("head") << "pregnant"
                                      << "1"
                                      << "V21" << true;
        QTest::newRow("code not in list") << QString() << "floor"
                                          << "42"
                                          << "V19" << true;
        QTest::newRow("KK 12 digits") << QString() << "kk_number"
                                      << "331004010126"
                                      << "V09" << true;
        QTest::newRow("NIK date differs (W)") << QStringLiteral("member2") << "nik"
                                              << "3310045206010001"
                                              << "V07" << false;
        QTest::newRow("NIK sex differs (W)") << QStringLiteral("head") << "nik"
                                             << "3310045403750002"
                                             << "V06" << false;
        QTest::newRow("huge floor (W)") << QString() << "floor_area_m2"
                                        << "2000"
                                        << "V29" << false;
    }

    void brokenRules()
    {
        QFETCH(QString, key);
        QFETCH(QString, column);
        QFETCH(QString, value);
        QFETCH(QString, rule);
        QFETCH(bool, error);
        Proposal p = newHousehold();
        setValue(p, key, qPrintable(column), value);
        const QList<Issue> issues = NewRecordCheck::issues(p, nullptr, context());
        QVERIFY2(rules(issues, error).contains(rule), qPrintable(rules(issues, error).join(u',')));
        if (!error) {
            QVERIFY2(rules(issues, true).isEmpty(), qPrintable(rules(issues, true).join(u',')));
        }
        // The text names the record and the field.
        for (const Issue &issue : issues) {
            if (issue.rule == rule && !key.isEmpty() && rule != QLatin1String("V12")) {
                QVERIFY2(NewRecordCheck::describe(p, issue).startsWith(NewRecordCheck::recordLabel(p, key)),
                         qPrintable(NewRecordCheck::describe(p, issue)));
            }
        }
    }

    void newMemberSecondHeadAgainstExistingFamily()
    {
        Household family;
        family.setValue(Field::HouseholdId, QStringLiteral("H1"));
        family.setValue(Field::VillageCode, kVillage);
        family.setValue(Field::Rt, QStringLiteral("1"));
        Member head;
        head.setValue(Field::PersonId, QStringLiteral("P1"));
        head.setValue(Field::Name, QStringLiteral("AHMAD"));
        head.setValue(Field::Presence, QStringLiteral("1"));
        head.setValue(Field::Sex, QStringLiteral("1"));
        head.setValue(Field::BirthDate, QStringLiteral("1980-01-01"));
        head.setValue(Field::MaritalStatus, QStringLiteral("2"));
        head.setValue(Field::Relationship, QStringLiteral("1"));
        family.members.append(head);
        Proposal p;
        p.type = ProposalType::NewMember;
        p.householdId = QStringLiteral("H1");
        put(p, kMembersTable, QStringLiteral("member"), "name", QStringLiteral("BAYI"));
        put(p, kMembersTable, QStringLiteral("member"), "sex", QStringLiteral("2"));
        put(p, kMembersTable, QStringLiteral("member"), "birth_date", QStringLiteral("2026-09-01"));
        put(p, kMembersTable, QStringLiteral("member"), "relationship", QStringLiteral("3"));
        QVERIFY(rules(NewRecordCheck::issues(p, &family, context()), true).isEmpty());
        QCOMPARE(NewRecordCheck::assemble(p, &family).members.last().presence(),
                 std::optional<Presence>(Presence::NewMember));
        setValue(p, QStringLiteral("member"), "relationship", QStringLiteral("1"));
        QVERIFY(rules(NewRecordCheck::issues(p, &family, context()), true).contains(QStringLiteral("V12")));
        // The family's own old problems are not the new member's: a family without head stays quiet.
        family.members.first().setValue(Field::Relationship, QStringLiteral("2"));
        setValue(p, QStringLiteral("member"), "relationship", QStringLiteral("3"));
        QVERIFY(!rules(NewRecordCheck::issues(p, &family, context()), true).contains(QStringLiteral("V12")));
    }

    void otherTypesHaveNoNewRecordIssues()
    {
        Proposal p = newHousehold();
        p.type = ProposalType::DataUpdate;
        QVERIFY(NewRecordCheck::issues(p, nullptr, context()).isEmpty());
    }

    void missingNamesEachFurtherMember()
    {
        Proposal p = newHousehold();
        p.changes.removeIf([](const FieldChange &c) {
            return c.newRecordKey == QLatin1String("member2") && c.column == QLatin1String("sex");
        });
        put(p, kMembersTable, QStringLiteral("member3"), "name", QStringLiteral("ANAK"));
        const QString missing = p.missingRequirements().join(u'\n');
        QVERIFY2(missing.contains(FieldText::label(Field::Sex)), qPrintable(missing));
        QVERIFY2(missing.contains(QStringLiteral("2")) && missing.contains(QStringLiteral("3")),
                 qPrintable(missing));
        QVERIFY2(missing.contains(FieldText::label(Field::BirthDate)), qPrintable(missing));
        // The head's columns count only on the head's record.
        Proposal headless = newHousehold();
        for (FieldChange &c : headless.changes) {
            if (c.newRecordKey == kNewHeadKey) {
                c.newRecordKey = QStringLiteral("member9");
            }
        }
        QVERIFY(!headless.missing().isEmpty());
    }

    void repositoryRefusesReadyWhileAnErrorStands()
    {
        QTemporaryDir dir;
        test::ScratchVault vault(dir.filePath(QStringLiteral("v.db")));
        auto db = vault.create();
        QVERIFY(db);
        QVERIFY(
            (*db)->execute(QStringLiteral("INSERT INTO vault_meta (key, value) VALUES ('village_code', '%1')")
                               .arg(kVillage)));
        test::FakeClock clock(QDateTime(kToday, QTime(9, 0), Qt::UTC));
        ProposalRepository repo(**db, clock);
        QCOMPARE(repo.validationContext()->villageCode, kVillage);
        Proposal p = newHousehold();
        setValue(p, kNewHeadKey, "nik", QStringLiteral("331004140375000")); // 15 digits: V01
        p.details.latitude = QStringLiteral("-7.7");
        p.details.longitude = QStringLiteral("110.6");
        const QList<NewEvidence> evidence{{EvidenceKind::Ktp, QStringLiteral("ktp.pdf"), pdf()},
                                          {EvidenceKind::Kk, QStringLiteral("kk.pdf"), pdf()},
                                          {EvidenceKind::HousePhotos, QStringLiteral("rumah.pdf"), pdf()}};
        auto created = repo.create(operatorActor(), p, evidence);
        QVERIFY2(created, created ? "" : qPrintable(describe(created.error())));
        QVERIFY2(created->isComplete(), qPrintable(created->missingRequirements().join(u'\n')));
        auto refused = repo.transition(operatorActor(), created->id, ProposalState::Ready, created->revision);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::ProposalInvalidValues);
        QVERIFY2(describe(refused.error()).contains(QStringLiteral("15 digits instead of 16")),
                 qPrintable(describe(refused.error())));
        QVERIFY(!describe(refused.error()).contains(QStringLiteral("V01"))); // words, not rule ids
        QVERIFY(describe(refused.error()).contains(NewRecordCheck::tr("Head of the family")));
        QCOMPARE(repo.get(created->id)->value().state, ProposalState::Draft);

        // A warning alone does not block: NIK date differs from the birth date (V07).
        Proposal fixed = repo.get(created->id)->value();
        setValue(fixed, kNewHeadKey, "nik", QStringLiteral("3310041503750002"));
        auto saved = repo.updateDraft(operatorActor(), fixed);
        QVERIFY2(saved, saved ? "" : qPrintable(describe(saved.error())));
        auto issues = repo.newRecordIssues(*saved);
        QVERIFY(issues);
        QVERIFY(rules(*issues, false).contains(QStringLiteral("V07")));
        QVERIFY(rules(*issues, true).isEmpty());
        auto ready = repo.transition(operatorActor(), saved->id, ProposalState::Ready, saved->revision);
        QVERIFY2(ready, ready ? "" : qPrintable(describe(ready.error())));
        QCOMPARE(ready->state, ProposalState::Ready);
        QCOMPARE(NewRecordCheck::memberKeys(ready->changes),
                 (QStringList{kNewHeadKey, QStringLiteral("member2")}));
    }

    void desilIsNeverProposed()
    {
        QTemporaryDir dir;
        test::ScratchVault vault(dir.filePath(QStringLiteral("v.db")));
        auto db = vault.create();
        QVERIFY(db);
        ProposalRepository repo(**db);
        Proposal p = newHousehold();
        put(p, kHouseholdsTable, {}, "desil", QStringLiteral("1"));
        auto refused = repo.create(operatorActor(), p);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::ProposalInvalidChange);
        QVERIFY(describe(refused.error()).contains(QStringLiteral("desil")));
        // Without it the same proposal is stored.
        p.changes.removeLast();
        QVERIFY(repo.create(operatorActor(), p));
    }

    void impliedValuesOfNewRecords()
    {
        QTemporaryDir dir;
        test::ScratchVault vault(dir.filePath(QStringLiteral("v.db")));
        auto db = vault.create();
        QVERIFY(db);
        QVERIFY(
            (*db)->execute(u"INSERT INTO households (household_id, village_code, rt, content_hash) VALUES "
                           u"('H9', '3310042001', 1, X'00')"));
        ProposalRepository repo(**db);
        Proposal family = newHousehold();
        family.details.latitude = QStringLiteral("-7.70");
        family.details.longitude = QStringLiteral("110.60");
        auto created = repo.create(operatorActor(), family);
        QVERIFY2(created, created ? "" : qPrintable(describe(created.error())));
        auto value = [](const Proposal &p, const QString &key, const char *column) {
            for (const FieldChange &c : p.changes) {
                if (c.newRecordKey == key && c.column == QLatin1String(column)) {
                    return c.newValue;
                }
            }
            return QString();
        };
        QCOMPARE(value(*created, {}, "latitude"), QStringLiteral("-7.70"));
        QCOMPARE(value(*created, {}, "longitude"), QStringLiteral("110.60"));
        // Moved on the map: the stored coordinates follow, once.
        created->details.latitude = QStringLiteral("-7.71");
        auto moved = repo.updateDraft(operatorActor(), *created);
        QVERIFY(moved);
        QCOMPARE(value(*moved, {}, "latitude"), QStringLiteral("-7.71"));
        QCOMPARE(moved->changes.size(), created->changes.size());

        Proposal baby;
        baby.type = ProposalType::NewMember;
        baby.householdId = QStringLiteral("H9");
        baby.reason = QStringLiteral("Kelahiran");
        baby.details.eventDate = QDate(2026, 9, 1);
        put(baby, kMembersTable, QStringLiteral("member"), "name", QStringLiteral("BAYI"));
        auto stored = repo.create(operatorActor(), baby);
        QVERIFY2(stored, stored ? "" : qPrintable(describe(stored.error())));
        QCOMPARE(value(*stored, QStringLiteral("member"), "presence"), QStringLiteral("5"));
        QCOMPARE(value(*stored, QStringLiteral("member"), "presence_date"), QStringLiteral("2026-09-01"));
        for (const FieldChange &c : stored->changes) {
            QVERIFY(c.recordId.isEmpty());
        }
    }

    void repositoryFindsNikAndKkElsewhereInTheVault()
    {
        QTemporaryDir dir;
        test::ScratchVault vault(dir.filePath(QStringLiteral("v.db")));
        auto db = vault.create();
        QVERIFY(db);
        Database &d = **db;
        QVERIFY(d.execute(
            u"INSERT INTO households (household_id, village_code, rt, kk_number, content_hash) VALUES "
            u"('H9', '3310042001', 1, '3310040101260001', X'00')"));
        QVERIFY(d.execute(
            u"INSERT INTO members (person_id, household_id, nik, name, presence, content_hash) VALUES "
            u"('P9', 'H9', '3310041403750002', 'ORANG LAIN', 1, X'00')"));
        ProposalRepository repo(d);
        auto issues = repo.newRecordIssues(newHousehold());
        QVERIFY2(issues, issues ? "" : qPrintable(describe(issues.error())));
        QVERIFY(rules(*issues, true).contains(QStringLiteral("V08")));
        QVERIFY(rules(*issues, false).contains(QStringLiteral("V14")));
        // A member who moved away does not hold the NIK any more.
        QVERIFY(d.execute(u"UPDATE members SET presence = 3 WHERE person_id = 'P9'"));
        issues = repo.newRecordIssues(newHousehold());
        QVERIFY(!rules(*issues, true).contains(QStringLiteral("V08")));
    }
};

QTEST_GUILESS_MAIN(TestNewRecordCheck)
#include "tst_NewRecordCheck.moc"
