// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The UU PDP helpers (issue 14 §3, DOMAIN.md §10): the subject-access report of one NIK from a village
// vault and from a district review vault, and the breach notice for a lost laptop at the hub. The
// village is MeetingFixture's (tests/data/csv/snapshot_small.csv: P0006 ASEP of H0003 has the NIK
// 3373040101700006), enrolled with a real in-process hub on its embedded SQLCipher storage, which
// takes its batch; the district is ReviewDistrict's.

#include "models/audit/AuditText.h"
#include "models/audit/NikReveal.h"
#include "models/core/Error.h"
#include "models/core/PublicKey.h"
#include "models/vault/AuditLog.h"
#include "sync/hub/BreachNotice.h"
#include "sync/hub/Hub.h"
#include "sync/outbox/Enrolment.h"
#include "sync/privacy/SubjectAccess.h"
#include "sync/review/ReviewVerdicts.h"
#include "tests/support/HubVillage.h"
#include "tests/support/ReviewDistrict.h"

#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <memory>

using namespace verdes;
using namespace verdes::sync;
using namespace verdes::test;

namespace {

const QString kNik = QStringLiteral("3373040101700006"); // P0006, ASEP, of H0003
const QString kName = QStringLiteral("ASEP");
const QString kUnknownNik = QStringLiteral("3373049912990001");
const SubjectAccessVault kVillage{
    VaultKind::Village, QStringLiteral("3373041001"), QStringLiteral("Kelurahan Uji")};

QString failure(const Error &error)
{
    return errorCodeName(error.code) + u": " + describe(error) + u" / " + error.detail;
}

// Every message the process logs while a capture lives.
class LogCapture
{
public:
    LogCapture()
    {
        s_lines.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("verdes.*=true"));
        m_previous = qInstallMessageHandler(&LogCapture::handle);
    }

    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
    }

    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;
    LogCapture(LogCapture &&) = delete;
    LogCapture &operator=(LogCapture &&) = delete;

    static QString text() { return s_lines.join(u'\n'); }

private:
    static void handle(QtMsgType, const QMessageLogContext &, const QString &message)
    {
        s_lines.append(message);
    }

    static inline QStringList s_lines;
    QtMessageHandler m_previous = nullptr;
};

} // namespace

class TestPrivacy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void villageReportHoldsRecordProposalBatchAndAudit();
    void reportIsAuditedWithoutTheNik();
    void logHoldsNoNikNorName();
    void nikNotHeldIsAnAnswerToo();
    void rolesWithoutExportAreRefused_data();
    void rolesWithoutExportAreRefused();
    void malformedNikIsRefused_data();
    void malformedNikIsRefused();
    void districtReportFindsTheItemAndItsVerdict();
    void breachNoticeWaitsForTheRevocation();

private:
    std::unique_ptr<HubVillage> m_village;
    std::unique_ptr<hub::Hub> m_hub;
    QTemporaryDir m_hubDir;
    QByteArray m_deviceKeyId;
    quint64 m_sequence = 0;
};

void TestPrivacy::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("VERDES_KDF_FAST", "1");
}

void TestPrivacy::init()
{
    QVERIFY(m_hubDir.isValid());
    hub::Hub::InitOptions options;
    options.name = QStringLiteral("Hub Dinsos Salatiga");
    options.districtCode = QStringLiteral("3373");
    static int hubs = 0;
    const QString folder = m_hubDir.filePath(QStringLiteral("hub-%1").arg(++hubs));
    auto made = hub::Hub::init(folder, options);
    QVERIFY2(made, made ? "" : qPrintable(failure(made.error())));
    auto opened = hub::Hub::open(folder, {});
    QVERIFY2(opened, opened ? "" : qPrintable(failure(opened.error())));
    m_hub = std::move(*opened);
    auto fingerprint = m_hub->fingerprint();
    QVERIFY(fingerprint);

    m_village = std::make_unique<HubVillage>();
    QVERIFY(m_village->setUpVillage());
    Enrolment enrolment(*m_village->db, m_village->clock);
    auto request = enrolment.makeRequest(kOperator, QStringLiteral("Kelurahan Uji"));
    QVERIFY2(request, request ? "" : qPrintable(failure(request.error())));
    auto enrolled = m_hub->enrol(request->signedFile);
    QVERIFY2(enrolled, enrolled ? "" : qPrintable(failure(enrolled.error())));
    QVERIFY(enrolment.accept(kOperator, enrolled->answerFile, *fingerprint));
    m_deviceKeyId = PublicKey::idOf(enrolled->request.devicePublicKey);
    // The NIK and KK numbers of H0003 were shown once, and a meeting agreed that ASEP died.
    QVERIFY(NikReveal::record(*m_village->db,
                              kOperator,
                              {QStringLiteral("H0003")},
                              NikReveal::Where::HouseholdDetail,
                              m_village->clock));
    m_sequence = m_village->sealMeeting(true);
    QVERIFY(m_sequence != 0);
    auto sealed = m_village->outbox().sealedFile(m_sequence);
    QVERIFY(sealed);
    auto ingested = m_hub->ingest(*sealed);
    QVERIFY2(ingested && ingested->stored, ingested ? "not stored" : qPrintable(failure(ingested.error())));
}

void TestPrivacy::cleanup()
{
    m_village.reset();
    m_hub.reset();
}

void TestPrivacy::villageReportHoldsRecordProposalBatchAndAudit()
{
    auto report = SubjectAccess::make(*m_village->db, kVillage, kOperator, kNik, m_village->clock);
    QVERIFY2(report, report ? "" : qPrintable(failure(report.error())));
    QVERIFY(report->holdsAnything());
    QCOMPARE(report->nik, kNik);
    QCOMPARE(report->persons.size(), 1);
    const auto &person = report->persons.constFirst();
    QCOMPARE(person.member.name(), kName);
    QCOMPARE(person.household.householdId(), QStringLiteral("H0003"));
    QVERIFY2(person.household.members.isEmpty(), "the other members' data is theirs");

    QCOMPARE(report->proposals.size(), 1);
    const auto &proposal = report->proposals.constFirst();
    QCOMPARE(proposal.proposal.personIds, QStringList{QStringLiteral("P0006")});
    QCOMPARE(proposal.evidence.size(), 1);
    QCOMPARE(proposal.evidence.constFirst().fileName, QStringLiteral("akta.jpg"));
    QCOMPARE(proposal.batches.size(), 1);
    QCOMPARE(proposal.batches.constFirst().sequence, m_sequence);
    QCOMPARE(proposal.meetings.size(), 1);
    QVERIFY(!proposal.history.isEmpty());

    // (The fixture imports its snapshot without an officer: it has no "import.snapshot" entry.)
    QStringList actions;
    for (const AuditEntry &entry : std::as_const(report->audit)) {
        actions << entry.action;
    }
    for (const char *action :
         {"household.reveal", "proposal.create", "proposal.transition", "meeting.seal", "batch.queue"}) {
        QVERIFY2(actions.contains(QLatin1StringView(action)), action);
    }

    const QString html = SubjectAccess::html(*report);
    for (const QString &expected : {kNik,
                                    kName,
                                    QStringLiteral("akta.jpg"),
                                    QStringLiteral("UU 27/2022"),
                                    QStringLiteral("3 × 24"),
                                    QStringLiteral("H0003")}) {
        QVERIFY2(html.contains(expected.toHtmlEscaped()), qPrintable(expected));
    }
    QVERIFY(html.contains(AuditText::sentence(report->audit.constFirst()).toHtmlEscaped()));
    // Another member of the household (P0007, DEDE) is not in ASEP's report.
    QVERIFY(!html.contains(QStringLiteral("3373044102720007")));
    QVERIFY(!html.contains(QStringLiteral("DEDE")));
}

void TestPrivacy::reportIsAuditedWithoutTheNik()
{
    AuditLog log(*m_village->db, m_village->clock);
    auto before = log.count();
    QVERIFY(before);
    QVERIFY(SubjectAccess::make(*m_village->db, kVillage, kOperator, kNik, m_village->clock));
    auto entries = log.withAction(QStringLiteral("privacy.subject_access"));
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1);
    const AuditEntry &entry = entries->constFirst();
    QCOMPARE(entry.objectType, QStringLiteral("household"));
    QCOMPARE(entry.householdId, QStringLiteral("H0003"));
    QCOMPARE(entry.officerId, kOperator.officerId);
    QVERIFY(AuditText::knows(entry.action));
    QVERIFY(AuditText::sentence(entry).contains(QStringLiteral("UU PDP")));
    QCOMPARE(*log.count(), *before + 1);
    // No entry of the whole log holds the NIK or the name: the report is the one place they appear.
    auto all = log.recent(100000);
    QVERIFY(all);
    for (const AuditEntry &one : std::as_const(*all)) {
        const QString text = one.args.join(u'|') + u'|' + one.objectId + u'|' + AuditText::sentence(one);
        QVERIFY2(!text.contains(kNik), qPrintable(one.action));
        QVERIFY2(!text.contains(kName), qPrintable(one.action));
    }
    auto verified = log.verify();
    QVERIFY(verified && verified->intact());
}

void TestPrivacy::logHoldsNoNikNorName()
{
    QString logged;
    {
        const LogCapture capture;
        QVERIFY(SubjectAccess::make(*m_village->db, kVillage, kOperator, kNik, m_village->clock));
        QVERIFY(SubjectAccess::make(*m_village->db, kVillage, kOperator, kUnknownNik, m_village->clock));
        QVERIFY(!SubjectAccess::make(*m_village->db, kVillage, kViewer, kNik, m_village->clock));
        logged = LogCapture::text();
    }
    QVERIFY2(logged.contains(QStringLiteral("subject access report")), qPrintable(logged)); // it did log
    QVERIFY(!logged.contains(kNik));
    QVERIFY(!logged.contains(kUnknownNik));
    QVERIFY(!logged.contains(kName));
}

void TestPrivacy::nikNotHeldIsAnAnswerToo()
{
    auto report = SubjectAccess::make(*m_village->db, kVillage, kOperator, kUnknownNik, m_village->clock);
    QVERIFY2(report, report ? "" : qPrintable(failure(report.error())));
    QVERIFY(!report->holdsAnything());
    QVERIFY(report->audit.isEmpty());
    const QString html = SubjectAccess::html(*report);
    QVERIFY(html.contains(kUnknownNik));
    QVERIFY(html.contains(SubjectAccess::tr("Nothing is held").toHtmlEscaped()));
    auto entries =
        AuditLog(*m_village->db, m_village->clock).withAction(QStringLiteral("privacy.subject_access"));
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->constFirst().objectType, QStringLiteral("vault"));
    QVERIFY(entries->constFirst().householdId.isEmpty());
}

void TestPrivacy::rolesWithoutExportAreRefused_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("viewer") << 0 << ErrorCode::PermissionDenied;
    QTest::newRow("chair") << 1 << ErrorCode::PermissionDenied;
    QTest::newRow("bpd") << 2 << ErrorCode::PermissionDenied;
    QTest::newRow("recovery-key") << 3 << ErrorCode::NotAllowedAsRecovery;
}

void TestPrivacy::rolesWithoutExportAreRefused()
{
    QFETCH(int, which);
    QFETCH(ErrorCode, code);
    const std::array<Actor, 4> actors{kViewer, kChair, kBpd, Actor::recovery()};
    AuditLog log(*m_village->db, m_village->clock);
    auto before = log.count();
    QVERIFY(before);
    auto report = SubjectAccess::make(
        *m_village->db, kVillage, actors.at(static_cast<std::size_t>(which)), kNik, m_village->clock);
    QVERIFY(!report);
    QCOMPARE(report.error().code, code);
    QVERIFY(!describe(report.error()).isEmpty());
    QCOMPARE(*log.count(), *before); // nothing recorded, nothing made
}

void TestPrivacy::malformedNikIsRefused_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("good");
    QTest::newRow("sixteen") << kNik << true;
    QTest::newRow("grouped-by-spaces") << QStringLiteral("3373 0401 0170 0006") << true;
    QTest::newRow("fifteen") << kNik.left(15) << false;
    QTest::newRow("seventeen") << kNik + u'1' << false;
    QTest::newRow("letter") << kNik.left(15) + u'A' << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("sql") << QStringLiteral("' OR 1=1 --xxxxx") << false;
}

void TestPrivacy::malformedNikIsRefused()
{
    QFETCH(QString, typed);
    QFETCH(bool, good);
    AuditLog log(*m_village->db, m_village->clock);
    auto before = log.count();
    auto report = SubjectAccess::make(*m_village->db, kVillage, kOperator, typed, m_village->clock);
    QCOMPARE(report.has_value(), good);
    if (good) {
        QCOMPARE(report->nik, kNik);
        QCOMPARE(report->persons.size(), 1);
    } else {
        QCOMPARE(report.error().code, ErrorCode::ValidationNikLength);
        QCOMPARE(*log.count(), *before);
    }
}

void TestPrivacy::districtReportFindsTheItemAndItsVerdict()
{
    ReviewDistrict district;
    QVERIFY(district.setUp(2)); // two batches: ASEP (P0006) in the first, DEDE (P0007) in the second
    Database &db = district.vault().database();
    const SubjectAccessVault source{
        VaultKind::District, ReviewDistrict::kDistrict, QStringLiteral("Dinas Sosial")};
    VerdictInput verdict;
    verdict.state = ProposalState::Returned;
    verdict.reason = ReviewReason{ReviewReason::Kind::Return, 1};
    verdict.note = QStringLiteral("Akta kurang jelas");
    auto decided =
        ReviewVerdicts(db).decide(district.vault().actor(), district.items().constFirst(), verdict);
    QVERIFY2(decided, decided ? "" : qPrintable(failure(decided.error())));

    auto report = SubjectAccess::make(db, source, district.vault().actor(), kNik);
    QVERIFY2(report, report ? "" : qPrintable(failure(report.error())));
    QVERIFY(report->persons.isEmpty());
    QCOMPARE(report->districtItems.size(), 1);
    const auto &item = report->districtItems.constFirst();
    QCOMPARE(item.itemId, district.items().constFirst());
    QCOMPARE(item.villageCode, QStringLiteral("3373041001"));
    QCOMPARE(item.bnbaLines.size(), 1);
    QCOMPARE(item.bnbaLines.constFirst().at(1), kNik);
    QCOMPARE(item.state, QStringLiteral("returned"));
    QCOMPARE(item.verdicts.size(), 1);
    QVERIFY2(item.item.evidence.constFirst().content.isEmpty(), "no evidence bytes in a report");
    bool hasVerdictEntry = false;
    for (const AuditEntry &entry : std::as_const(report->audit)) {
        hasVerdictEntry = hasVerdictEntry || entry.action == u"review.verdict";
    }
    QVERIFY(hasVerdictEntry);
    const QString html = SubjectAccess::html(*report);
    QVERIFY(html.contains(kNik));
    QVERIFY(html.contains(QStringLiteral("Akta kurang jelas")));
    QVERIFY(!html.contains(QStringLiteral("3373044102720007"))); // DEDE's item is not ASEP's

    auto entries = AuditLog(db).forObject(QStringLiteral("review_item"), QString::number(item.itemId));
    QVERIFY(entries);
    QCOMPARE(entries->constLast().action, QStringLiteral("privacy.subject_access"));

    // A viewer of the district may read, not take personal data out.
    QVERIFY(district.unlockAs(ReviewDistrict::kViewer));
    auto refused = SubjectAccess::make(district.vault().database(), source, district.vault().actor(), kNik);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
}

void TestPrivacy::breachNoticeWaitsForTheRevocation()
{
    const QString keyText = PublicKey::idText(m_deviceKeyId);
    auto early = hub::BreachNotice::prepare(*m_hub, keyText);
    QVERIFY(!early);
    QCOMPARE(early.error().code, ErrorCode::PrivacyDeviceNotRevoked);
    QVERIFY(describe(early.error()).contains(keyText));
    QCOMPARE(exitCodeFor(early.error().code), 3);

    auto unknown = hub::BreachNotice::prepare(*m_hub, QStringLiteral("0000-0000-0000-0001"));
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, ErrorCode::PrivacyDeviceUnknown);
    auto garbage = hub::BreachNotice::prepare(*m_hub, QStringLiteral("laptop desa"));
    QVERIFY(!garbage);
    QCOMPARE(garbage.error().code, ErrorCode::UsageError);

    QVERIFY(m_hub->revoke(keyText));
    auto report = hub::BreachNotice::prepare(*m_hub, keyText);
    QVERIFY2(report, report ? "" : qPrintable(failure(report.error())));
    QCOMPARE(report->device.villageCode, QStringLiteral("3373041001"));
    QCOMPARE(report->device.villageName, QStringLiteral("Kelurahan Uji"));
    QVERIFY(report->device.isRevoked());
    QCOMPARE(report->batches.size(), 1);
    const auto &batch = report->batches.constFirst();
    QCOMPARE(batch.sequence, m_sequence);
    QCOMPARE(batch.items, 1);
    QCOMPARE(batch.households, 1);
    QCOMPARE(batch.bnbaLines, 1);
    QCOMPARE(batch.evidenceFiles, 1);
    QCOMPARE(batch.evidenceBytes, static_cast<qint64>(smallJpeg('D').size()));
    QCOMPARE(batch.outcome, QStringLiteral("accepted"));
    QCOMPARE(report->verdicts + report->verdictsAfter, qint64{0});

    const QString text = hub::BreachNotice::text(*report);
    for (const QString &expected : {QStringLiteral("Kelurahan Uji"),
                                    QStringLiteral("33.73.04.1001"),
                                    keyText,
                                    QStringLiteral("SQLCipher 4"),
                                    QStringLiteral("Argon2id"),
                                    QStringLiteral("XChaCha20-Poly1305"),
                                    QStringLiteral("3 × 24"),
                                    QStringLiteral("art. 46"),
                                    QStringLiteral("[")}) {
        QVERIFY2(text.contains(expected), qPrintable(expected));
    }
    QVERIFY(hub::BreachNotice::html(*report).contains(QStringLiteral("Kelurahan Uji")));
    // What the batch held is counted, never copied into the notice.
    QVERIFY(!text.contains(kNik));
    QVERIFY(!text.contains(kName));
}

QTEST_GUILESS_MAIN(TestPrivacy)
#include "tst_Privacy.moc"
