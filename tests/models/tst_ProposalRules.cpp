// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The rules of proposals without a vault: the type table of DOMAIN.md §5, what each type requires
// before it may be marked ready (V30/V31), the state machine of §6 over the full from × to matrix,
// and the content checks of evidence.
#include "models/core/Error.h"
#include "models/proposals/Evidence.h"
#include "models/proposals/Proposal.h"
#include "models/proposals/ProposalStateMachine.h"
#include "models/vault/Actor.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace verdes;

Q_DECLARE_METATYPE(verdes::ProposalType)
Q_DECLARE_METATYPE(verdes::ProposalState)
Q_DECLARE_METATYPE(verdes::ErrorCode)

namespace {

QByteArray tinyJpeg()
{
    return QByteArray::fromHex("FFD8FFE000104A46494600010100000100010000FFDB004300FFD9");
}

QByteArray tinyPng()
{
    return QByteArray::fromHex("89504E470D0A1A0A0000000D49484452000000010000000108060000001F15C489"
                               "0000000D4944415478DA63F8FFFF3F0005FE02FEA7D6A4C00000000049454E44AE426082");
}

QByteArray tinyPdf()
{
    return QByteArrayLiteral(
        "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
}

EvidenceInfo attached(EvidenceKind kind)
{
    EvidenceInfo info;
    info.id = 1;
    info.kind = kind;
    info.fileName = QStringLiteral("bukti.jpg");
    info.mime = QStringLiteral("image/jpeg");
    info.size = 100;
    return info;
}

// A proposal of `type` with every required field and every required evidence, for the
// requirement tests to take one thing away from.
Proposal completeProposal(ProposalType type)
{
    Proposal p;
    p.type = type;
    p.reason = QStringLiteral("Dilaporkan oleh ketua RT");
    p.householdId = QStringLiteral("H0001");
    p.personIds = {QStringLiteral("P0001")};
    ProposalDetails &d = p.details;
    d.eventDate = QDate(2026, 10, 1);
    d.destination = QStringLiteral("Kota Semarang");
    d.lastKnownAddress = QStringLiteral("RT 2 RW 1");
    d.newKkNumber = QStringLiteral("3373042001150009");
    d.newHeadPersonId = QStringLiteral("P0002");
    d.ineligibleReason = QStringLiteral("TL06");
    d.programmes = {QStringLiteral("PKH")};
    d.objectorName = QStringLiteral("Warga");
    d.objectorAddress = QStringLiteral("RT 3 RW 1");
    d.otherRecordId = QStringLiteral("H0002");
    if (type == ProposalType::NewHousehold) {
        p.householdId.clear();
        p.personIds.clear();
        for (const char *column : {"village_code",
                                   "rw",
                                   "rt",
                                   "address",
                                   "kk_number",
                                   "tenure",
                                   "floor_area_m2",
                                   "floor",
                                   "wall",
                                   "roof",
                                   "water_source",
                                   "lighting",
                                   "cooking_fuel",
                                   "toilet_facility"}) {
            p.changes.append(
                {kHouseholdsTable, {}, QString::fromLatin1(column), {}, QStringLiteral("1"), {}});
        }
        for (const char *column : {"name", "nik", "sex", "birth_date", "marital_status", "relationship"}) {
            p.changes.append({kMembersTable,
                              {},
                              QString::fromLatin1(column),
                              {},
                              QStringLiteral("1"),
                              QStringLiteral("head")});
        }
    } else if (type == ProposalType::NewMember) {
        p.personIds.clear();
        for (const char *column : {"name", "sex", "birth_date", "relationship"}) {
            p.changes.append({kMembersTable,
                              {},
                              QString::fromLatin1(column),
                              {},
                              QStringLiteral("1"),
                              QStringLiteral("m1")});
        }
    } else {
        p.changes.append({kMembersTable,
                          QStringLiteral("P0001"),
                          QStringLiteral("name"),
                          QStringLiteral("SITI"),
                          QStringLiteral("SITI AMINAH"),
                          {}});
    }
    for (const EvidenceRule &rule : p.evidenceRules()) {
        if (rule.required) {
            p.evidence.append(attached(rule.anyOf.constFirst()));
        }
    }
    return p;
}

void clearField(Proposal &p, ProposalField field)
{
    switch (field) {
    case ProposalField::Reason:
        p.reason = QStringLiteral("   ");
        break;
    case ProposalField::Household:
        p.householdId.clear();
        break;
    case ProposalField::Persons:
        p.personIds.clear();
        break;
    case ProposalField::EventDate:
    case ProposalField::DateOfDeath:
        p.details.eventDate = {};
        break;
    case ProposalField::Destination:
        p.details.destination.clear();
        p.details.destinationUnknown = false;
        break;
    case ProposalField::LastKnownAddress:
        p.details.lastKnownAddress.clear();
        break;
    case ProposalField::FieldChanges:
        p.changes.clear();
        break;
    case ProposalField::NewHouseholdData:
        p.changes.removeIf([](const FieldChange &c) {
            return c.column == QLatin1String("roof");
        });
        break;
    case ProposalField::NewMemberData:
        p.changes.removeIf([](const FieldChange &c) {
            return c.column == QLatin1String("birth_date");
        });
        break;
    case ProposalField::NewKkNumber:
        p.details.newKkNumber = QStringLiteral("33730420011500"); // 14 digits: not a KK number
        break;
    case ProposalField::NewHead:
        p.details.newHeadPersonId.clear();
        break;
    case ProposalField::IneligibleReason:
        p.details.ineligibleReason = QStringLiteral("TL42");
        break;
    case ProposalField::Programmes:
        p.details.programmes.clear();
        break;
    case ProposalField::Objector:
        p.details.objectorAddress.clear();
        break;
    case ProposalField::DuplicateRecord:
        p.details.otherRecordId.clear();
        break;
    }
}

Actor actorWith(Role role)
{
    return Actor{QStringLiteral("officer-1"), QStringLiteral("Petugas Uji"), role, false};
}

// DOMAIN.md §6 written out independently of the machine's own table: (from, to) pairs.
const QSet<QPair<QString, QString>> &expectedLegal()
{
    static const QSet<QPair<QString, QString>> pairs = [] {
        QSet<QPair<QString, QString>> set;
        const char *table[][2] = {
            {"draft", "ready"},
            {"draft", "withdrawn"},
            {"ready", "draft"},
            {"ready", "withdrawn"},
            {"ready", "on_agenda"},
            {"ready", "covered_by_sptjm"},
            {"on_agenda", "agreed"},
            {"on_agenda", "rejected"},
            {"on_agenda", "deferred"},
            // Taken off the agenda (or out of an SPTJM) before a decision.
            {"on_agenda", "ready"},
            {"covered_by_sptjm", "ready"},
            // A decision corrected before the seal.
            {"agreed", "rejected"},
            {"agreed", "deferred"},
            {"rejected", "agreed"},
            {"rejected", "deferred"},
            {"deferred", "agreed"},
            {"deferred", "rejected"},
            {"deferred", "ready"},
            {"deferred", "withdrawn"},
            {"agreed", "sealed"},
            {"covered_by_sptjm", "sealed"},
            {"sealed", "batched"},
            {"batched", "sent"},
            {"sent", "received"},
            {"received", "in_review"},
            {"in_review", "returned"},
            {"in_review", "gc_assigned"},
            {"in_review", "verified"},
            {"gc_assigned", "gc_done"},
            {"gc_done", "verified"},
            {"gc_done", "returned"},
            {"gc_done", "gc_assigned"},
            {"verified", "approved"},
            {"verified", "rejected_by_dinas"},
            {"verified", "returned"},
            {"approved", "forwarded"},
            {"forwarded", "reflected"},
            {"forwarded", "not_reflected"},
            {"approved", "reflected"}, // the village rarely hears of the forwarding (issue 14 §2)
            {"approved", "not_reflected"},
            {"not_reflected", "reflected"}, // a later snapshot may show it
        };
        for (const auto &row : table) {
            set.insert({QString::fromLatin1(row[0]), QString::fromLatin1(row[1])});
        }
        return set;
    }();
    return pairs;
}

} // namespace

class TestProposalRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void typeCodesAreTheDomainNames()
    {
        const QStringList expected{QStringLiteral("NEW_HOUSEHOLD"),
                                   QStringLiteral("NEW_MEMBER"),
                                   QStringLiteral("MEMBER_DECEASED"),
                                   QStringLiteral("MEMBER_MOVED"),
                                   QStringLiteral("MEMBER_ABROAD"),
                                   QStringLiteral("MEMBER_NOT_FOUND"),
                                   QStringLiteral("HOUSEHOLD_MOVED"),
                                   QStringLiteral("DATA_UPDATE"),
                                   QStringLiteral("IDENTITY_CORRECTION"),
                                   QStringLiteral("KK_CHANGE"),
                                   QStringLiteral("HEAD_REPLACEMENT"),
                                   QStringLiteral("INELIGIBLE"),
                                   QStringLiteral("PROGRAMME"),
                                   QStringLiteral("OBJECTION"),
                                   QStringLiteral("WITHDRAWAL"),
                                   QStringLiteral("DUPLICATE")};
        QStringList codes;
        for (const ProposalType type : allProposalTypes()) {
            codes.append(proposalTypeCode(type));
            QCOMPARE(proposalTypeFromCode(proposalTypeCode(type)), std::optional<ProposalType>(type));
            QCOMPARE(proposalTypeInfo(type).type, type);
            QVERIFY(!ProposalTypeText::label(type).isEmpty());
            QVERIFY(proposalTypeInfo(type).fields.contains(ProposalField::Reason));
        }
        QCOMPARE(codes, expected);
        QVERIFY(!proposalTypeFromCode(u"DECEASED").has_value());
    }

    void evidenceChannelAndReasonCodes()
    {
        QStringList kinds;
        for (const EvidenceKind kind : allEvidenceKinds()) {
            kinds.append(evidenceKindCode(kind));
            QCOMPARE(evidenceKindFromCode(evidenceKindCode(kind)), std::optional<EvidenceKind>(kind));
            QVERIFY(!ProposalTypeText::evidenceLabel(kind).isEmpty());
        }
        QCOMPARE(
            kinds.join(u','),
            QStringLiteral("KTP,KK,BIRTH_CERT,DEATH_CERT,MOVE_LETTER,HOUSE_PHOTOS,COORDS,SKTM,RT_RW_LETTER,"
                           "ELECTRIC_BILL,JOB_PROOF,STATEMENT"));
        QStringList channels;
        for (const Channel channel : allChannels()) {
            channels.append(channelCode(channel));
            QCOMPARE(channelFromCode(channelCode(channel)), std::optional<Channel>(channel));
        }
        QCOMPARE(channels.join(u','), QStringLiteral("operator,rt_rw,walk_in,cek_bansos,objection"));
        const QStringList reasons = ineligibleReasonCodes();
        QCOMPARE(reasons.size(), 15);
        QCOMPARE(reasons.constFirst(), QStringLiteral("TL01"));
        QCOMPARE(reasons.at(13), QStringLiteral("TL14"));
        QCOMPARE(reasons.constLast(), QStringLiteral("TL99"));
        QVERIFY(isIneligibleReasonCode(u"TL03"));
        QVERIFY(!isIneligibleReasonCode(u"TL15"));
        QVERIFY(ProposalTypeText::ineligibleLabel(QStringLiteral("TL03")).startsWith(QLatin1String("TL03 ")));
    }

    void detailsRoundTripThroughJson()
    {
        Proposal p = completeProposal(ProposalType::KkChange);
        p.details.kkChange = ProposalDetails::KkChangeKind::Split;
        p.details.headDied = true;
        p.details.latitude = QStringLiteral("-7.3");
        QCOMPARE(ProposalDetails::fromJson(p.details.toJson()), p.details);
        QCOMPARE(ProposalDetails::fromJson({}), ProposalDetails());
    }

    void completeProposalsHaveNothingMissing_data()
    {
        QTest::addColumn<ProposalType>("type");
        for (const ProposalType type : allProposalTypes()) {
            QTest::newRow(qPrintable(proposalTypeCode(type))) << type;
        }
    }

    void completeProposalsHaveNothingMissing()
    {
        QFETCH(ProposalType, type);
        const Proposal p = completeProposal(type);
        QVERIFY2(p.isComplete(), qPrintable(p.missingRequirements().join(u'\n')));
    }

    // Every required field and every required evidence of every type, taken away one at a time:
    // exactly that one is reported, in words.
    void eachRequirementIsReported_data()
    {
        QTest::addColumn<ProposalType>("type");
        QTest::addColumn<int>("fieldOrMinusRule"); // field index, or -1 - evidence rule index
        for (const ProposalType type : allProposalTypes()) {
            const ProposalTypeInfo &info = proposalTypeInfo(type);
            for (const ProposalField field : info.fields) {
                QTest::newRow(
                    qPrintable(proposalTypeCode(type) + QLatin1Char(':') + proposalFieldCode(field)))
                    << type << static_cast<int>(field);
            }
            const QList<EvidenceRule> rules = completeProposal(type).evidenceRules();
            for (qsizetype i = 0; i < rules.size(); ++i) {
                if (rules.at(i).required) {
                    QTest::newRow(qPrintable(proposalTypeCode(type) + QLatin1Char(':')
                                             + evidenceKindCode(rules.at(i).anyOf.constFirst())))
                        << type << static_cast<int>(-1 - i);
                }
            }
        }
    }

    void eachRequirementIsReported()
    {
        QFETCH(ProposalType, type);
        QFETCH(int, fieldOrMinusRule);
        Proposal p = completeProposal(type);
        if (fieldOrMinusRule >= 0) {
            const auto field = static_cast<ProposalField>(fieldOrMinusRule);
            clearField(p, field);
            const QList<MissingRequirement> missing = p.missing();
            QCOMPARE(missing.size(), 1);
            QCOMPARE(missing.constFirst().rule, QStringLiteral("V30"));
            QCOMPARE(missing.constFirst().field, std::optional<ProposalField>(field));
            QVERIFY(missing.constFirst().text.startsWith(ProposalTypeText::fieldLabel(field)));
        } else {
            const EvidenceRule rule = p.evidenceRules().at(-1 - fieldOrMinusRule);
            p.evidence.removeIf([&rule](const EvidenceInfo &e) {
                return rule.anyOf.contains(e.kind);
            });
            if (rule.anyOf.contains(EvidenceKind::Coords)) {
                p.details.latitude.clear();
            }
            const QList<MissingRequirement> missing = p.missing();
            QCOMPARE(missing.size(), 1);
            QCOMPARE(missing.constFirst().rule, QStringLiteral("V31"));
            QCOMPARE(missing.constFirst().evidence, rule.anyOf);
            QVERIFY(
                missing.constFirst().text.contains(ProposalTypeText::evidenceLabel(rule.anyOf.constFirst())));
            QCOMPARE(p.missingRequirements().size(), 1);
        }
    }

    void conditionalEvidence_data()
    {
        QTest::addColumn<ProposalType>("type");
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QString>(
            "expectedKinds"); // required kinds beyond the type's own, "A|B" alternatives

        QTest::newRow("birth") << ProposalType::NewMember << QStringLiteral("birth")
                               << QStringLiteral("BIRTH_CERT");
        QTest::newRow("joining") << ProposalType::NewMember << QStringLiteral("") << QString();
        QTest::newRow("head-died") << ProposalType::HeadReplacement << QStringLiteral("head-died")
                                   << QStringLiteral("DEATH_CERT");
        QTest::newRow("head-left") << ProposalType::HeadReplacement << QStringLiteral("") << QString();
        QTest::newRow("TL03") << ProposalType::Ineligible << QStringLiteral("TL03")
                              << QStringLiteral("DEATH_CERT|STATEMENT");
        QTest::newRow("TL04") << ProposalType::Ineligible << QStringLiteral("TL04")
                              << QStringLiteral("JOB_PROOF");
        QTest::newRow("TL12") << ProposalType::Ineligible << QStringLiteral("TL12")
                              << QStringLiteral("JOB_PROOF");
        QTest::newRow("TL13") << ProposalType::Ineligible << QStringLiteral("TL13")
                              << QStringLiteral("HOUSE_PHOTOS");
        QTest::newRow("TL01") << ProposalType::Ineligible << QStringLiteral("TL01") << QString();
        QTest::newRow("housing") << ProposalType::DataUpdate << QStringLiteral("floor")
                                 << QStringLiteral("HOUSE_PHOTOS");
        QTest::newRow("assets") << ProposalType::DataUpdate << QStringLiteral("asset_car")
                                << QStringLiteral("HOUSE_PHOTOS");
        QTest::newRow("name") << ProposalType::DataUpdate << QStringLiteral("name") << QString();
    }

    void conditionalEvidence()
    {
        QFETCH(ProposalType, type);
        QFETCH(QString, condition);
        QFETCH(QString, expectedKinds);
        Proposal p = completeProposal(type);
        p.evidence.clear();
        p.details.isBirth = condition == QLatin1String("birth");
        p.details.headDied = condition == QLatin1String("head-died");
        if (type == ProposalType::Ineligible) {
            p.details.ineligibleReason = condition;
        }
        if (type == ProposalType::DataUpdate) {
            const QString table = condition == QLatin1String("name") ? kMembersTable : kHouseholdsTable;
            p.changes = {
                {table, QStringLiteral("H0001"), condition, QStringLiteral("1"), QStringLiteral("2"), {}}};
        }
        QStringList extra;
        const QList<EvidenceRule> base = proposalTypeInfo(type).evidence;
        for (const EvidenceRule &rule : p.evidenceRules()) {
            if (!base.contains(rule)) {
                QStringList kinds;
                for (const EvidenceKind kind : rule.anyOf) {
                    kinds.append(evidenceKindCode(kind));
                }
                extra.append(kinds.join(u'|'));
            }
        }
        QCOMPARE(extra.join(u','), expectedKinds);
        QVERIFY(!p.isComplete() || expectedKinds.isEmpty());
    }

    void alternativesAndCoordinates()
    {
        Proposal deceased = completeProposal(ProposalType::MemberDeceased);
        deceased.evidence = {attached(EvidenceKind::Statement)}; // no death certificate: a statement will do
        QVERIFY(deceased.isComplete());
        deceased.evidence = {attached(EvidenceKind::Ktp)};
        QCOMPARE(deceased.missing().size(), 1);
        QVERIFY(deceased.missingRequirements().constFirst().contains(
            ProposalTypeText::evidenceLabel(EvidenceKind::Statement)));
        // Replaced (old) versions do not count.
        EvidenceInfo old = attached(EvidenceKind::DeathCert);
        old.replacedBy = 7;
        deceased.evidence = {old};
        QVERIFY(!deceased.isComplete());

        Proposal objection = completeProposal(ProposalType::Objection);
        objection.evidence.removeIf([](const EvidenceInfo &e) {
            return e.kind == EvidenceKind::Coords;
        });
        QVERIFY(!objection.isComplete());
        objection.details.latitude = QStringLiteral("-7.33");
        objection.details.longitude = QStringLiteral("110.50");
        QVERIFY(objection.isComplete());
        QVERIFY(objection.objectionDeadline().isNull());
        objection.createdAt = QDateTime(QDate(2026, 11, 1), QTime(8, 0), QTimeZone::utc());
        QCOMPARE(objection.objectionDeadline().date(), QDate(2026, 11, 15));

        Proposal moved = completeProposal(ProposalType::HouseholdMoved);
        moved.details.destination.clear();
        QVERIFY(!moved.isComplete());
        moved.details.destinationUnknown = true; // "not found" is an answer
        QVERIFY(moved.isComplete());

        Proposal other = completeProposal(ProposalType::Ineligible);
        other.details.ineligibleReason = QStringLiteral("TL99");
        QVERIFY(!other.isComplete());
        other.details.otherReason = QStringLiteral("Pindah kerja ke kota");
        QVERIFY(other.isComplete());
    }

    void recommendationsAreAdviceOnly()
    {
        Proposal p = completeProposal(ProposalType::MemberMoved);
        QVERIFY(p.isComplete());
        QCOMPARE(p.recommendations(), QStringList{ProposalTypeText::evidenceLabel(EvidenceKind::MoveLetter)});
        p.evidence.append(attached(EvidenceKind::MoveLetter));
        QVERIFY(p.recommendations().isEmpty());
        Proposal household = completeProposal(ProposalType::NewHousehold);
        QCOMPARE(household.recommendations().size(), 2); // SKTM or RT/RW letter; electricity bill
    }

    void stateCodesRoundTrip()
    {
        QCOMPARE(allProposalStates().size(), 22);
        for (const ProposalState state : allProposalStates()) {
            QCOMPARE(proposalStateFromCode(proposalStateCode(state)), std::optional<ProposalState>(state));
            QVERIFY(!ProposalStateText::label(state).isEmpty());
        }
        QVERIFY(!proposalStateFromCode(u"done").has_value());
    }

    void stateMatrix_data()
    {
        QTest::addColumn<ProposalState>("from");
        QTest::addColumn<ProposalState>("to");
        for (const ProposalState from : allProposalStates()) {
            for (const ProposalState to : allProposalStates()) {
                QTest::newRow(
                    qPrintable(proposalStateCode(from) + QLatin1String("->") + proposalStateCode(to)))
                    << from << to;
            }
        }
    }

    // The whole 22 × 22 matrix: the legal moves are exactly DOMAIN.md §6; this version offers only
    // draft ↔ ready and the withdrawals; the rest are refused with the reason.
    void stateMatrix()
    {
        QFETCH(ProposalState, from);
        QFETCH(ProposalState, to);
        const bool legal = expectedLegal().contains({proposalStateCode(from), proposalStateCode(to)});
        QCOMPARE(ProposalStateMachine::isLegal(from, to), legal);
        QCOMPARE(ProposalStateMachine::targets(from).contains(to), legal);
        const bool offered = (from == ProposalState::Draft && to == ProposalState::Ready)
                             || (from == ProposalState::Ready && to == ProposalState::Draft)
                             || ((from == ProposalState::Draft || from == ProposalState::Ready)
                                 && to == ProposalState::Withdrawn);
        const Actor operatorActor = actorWith(Role::Operator);
        const auto checked = ProposalStateMachine::check(operatorActor, from, to);
        QCOMPARE(checked.has_value(), offered);
        QCOMPARE(ProposalStateMachine::availableTargets(operatorActor, from).contains(to), offered);
        if (!legal) {
            QCOMPARE(checked.error().code, ErrorCode::ProposalIllegalTransition);
            QCOMPARE(checked.error().args,
                     (QStringList{ProposalStateText::label(from), ProposalStateText::label(to)}));
            QVERIFY(describe(checked.error()).contains(ProposalStateText::label(to)));
        } else if (!offered) {
            QCOMPARE(checked.error().code, ErrorCode::ProposalTransitionNotAvailable);
        } else {
            QVERIFY(checked->action.has_value());
            // A viewer may look, never move.
            const auto viewer = ProposalStateMachine::check(actorWith(Role::Viewer), from, to);
            QVERIFY(!viewer.has_value());
            QCOMPARE(viewer.error().code, ErrorCode::PermissionDenied);
        }
        if (legal) {
            const auto t = ProposalStateMachine::find(from, to);
            QVERIFY(t.has_value());
            // Officer moves name their permission; system and district moves have none yet.
            QCOMPARE(t->action.has_value(), t->mover == ProposalStateMachine::Mover::Officer);
        }
    }

    void officerMovesNeedTheirRole()
    {
        // The secretary or the operator records the musdes decisions; the chair and the BPD do not
        // (the chair confirms them all by sealing the minutes).
        const auto t = ProposalStateMachine::find(ProposalState::OnAgenda, ProposalState::Agreed);
        QVERIFY(t.has_value());
        QCOMPARE(t->action, std::optional<Action>(Action::RecordDecision));
        QVERIFY(roleAllows(Role::Secretary, *t->action));
        QVERIFY(roleAllows(Role::Operator, *t->action));
        QVERIFY(!roleAllows(Role::Chair, *t->action));
        QVERIFY(!roleAllows(Role::Bpd, *t->action));
        const auto seal = ProposalStateMachine::find(ProposalState::Agreed, ProposalState::Sealed);
        QCOMPARE(seal->action, std::optional<Action>(Action::SignMinutes));
        QVERIFY(roleAllows(Role::Chair, *seal->action));
        QVERIFY(!roleAllows(Role::Operator, *seal->action));
        // A decision can be corrected until the seal, but nothing leaves "sealed" but the system.
        QVERIFY(ProposalStateMachine::isLegal(ProposalState::Rejected, ProposalState::Agreed));
        QVERIFY(!ProposalStateMachine::isLegal(ProposalState::Sealed, ProposalState::Agreed));
        QVERIFY(!ProposalStateMachine::isLegal(ProposalState::Rejected, ProposalState::Ready));
        QVERIFY(ProposalStateMachine::find(ProposalState::Returned, ProposalState::Draft) == std::nullopt);
        QVERIFY(ProposalStateMachine::find(ProposalState::InReview, ProposalState::Returned)->needsNote);
        QVERIFY(ProposalStateMachine::find(ProposalState::Draft, ProposalState::Withdrawn)->needsNote);
    }

    void evidenceSniffing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("mime");    // expected on success
        QTest::addColumn<ErrorCode>("error"); // expected on failure (Internal = none)

        const QByteArray text = QByteArrayLiteral("Surat keterangan\nini bukan foto\n");
        QTest::newRow("jpeg") << tinyJpeg() << QStringLiteral("akta.jpg") << QStringLiteral("image/jpeg")
                              << ErrorCode::Internal;
        QTest::newRow("jpeg-upper-case") << tinyJpeg() << QStringLiteral("AKTA.JPEG")
                                         << QStringLiteral("image/jpeg") << ErrorCode::Internal;
        QTest::newRow("jpeg-no-extension") << tinyJpeg() << QStringLiteral("IMG_0001")
                                           << QStringLiteral("image/jpeg") << ErrorCode::Internal;
        QTest::newRow("png") << tinyPng() << QStringLiteral("rumah.png") << QStringLiteral("image/png")
                             << ErrorCode::Internal;
        QTest::newRow("pdf") << tinyPdf() << QStringLiteral("surat.pdf") << QStringLiteral("application/pdf")
                             << ErrorCode::Internal;
        QTest::newRow("text-renamed-jpg")
            << text << QStringLiteral("akta.jpg") << QString() << ErrorCode::EvidenceNotWhatItClaims;
        QTest::newRow("png-named-jpg")
            << tinyPng() << QStringLiteral("akta.jpg") << QString() << ErrorCode::EvidenceNotWhatItClaims;
        QTest::newRow("jpeg-named-pdf")
            << tinyJpeg() << QStringLiteral("surat.pdf") << QString() << ErrorCode::EvidenceNotWhatItClaims;
        QTest::newRow("truncated-jpeg") << QByteArray::fromHex("FFD8") << QStringLiteral("a.jpg") << QString()
                                        << ErrorCode::EvidenceNotWhatItClaims;
        QTest::newRow("text") << text << QStringLiteral("catatan.txt") << QString()
                              << ErrorCode::EvidenceUnsupported;
        QTest::newRow("gif") << QByteArrayLiteral("GIF89a\x01\x00\x01\x00") << QStringLiteral("a.gif")
                             << QString() << ErrorCode::EvidenceUnsupported;
        QTest::newRow("empty") << QByteArray() << QStringLiteral("kosong.jpg") << QString()
                               << ErrorCode::EvidenceEmpty;
        QByteArray atLimit = tinyJpeg();
        atLimit.append(EvidenceCheck::kMaxBytes - atLimit.size(), '\0');
        QTest::newRow("at-limit") << atLimit << QStringLiteral("besar.jpg") << QStringLiteral("image/jpeg")
                                  << ErrorCode::Internal;
        QByteArray over = atLimit;
        over.append('\0');
        QTest::newRow("over-limit") << over << QStringLiteral("besar.jpg") << QString()
                                    << ErrorCode::EvidenceTooLarge;
    }

    void evidenceSniffing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, fileName);
        QFETCH(QString, mime);
        QFETCH(ErrorCode, error);
        const auto checked = EvidenceCheck::check(bytes, fileName);
        if (error == ErrorCode::Internal) {
            QVERIFY2(checked.has_value(), checked ? "" : qPrintable(describe(checked.error())));
            QCOMPARE(*checked, mime);
            QCOMPARE(EvidenceCheck::sniffMime(bytes), mime);
        } else {
            QVERIFY(!checked.has_value());
            QCOMPARE(checked.error().code, error);
            QVERIFY(!describe(checked.error()).isEmpty());
        }
    }

    void evidenceMessagesSayWhat()
    {
        QByteArray over(6 * 1024 * 1024, '\0');
        over[0] = '\xFF';
        over[1] = '\xD8';
        over[2] = '\xFF';
        const auto tooLarge = EvidenceCheck::check(over, QStringLiteral("foto.jpg"));
        QVERIFY(!tooLarge.has_value());
        QCOMPARE(tooLarge.error().args.size(), 2);
        const QString text = describe(tooLarge.error());
        QVERIFY2(text.contains(EvidenceCheck::formatSize(6 * 1024 * 1024)), qPrintable(text));
        QVERIFY2(text.contains(EvidenceCheck::formatSize(EvidenceCheck::kMaxBytes)), qPrintable(text));
        const auto liar = EvidenceCheck::check(QByteArrayLiteral("hello"), QStringLiteral("akta.jpg"));
        QVERIFY(!liar.has_value());
        QVERIFY(describe(liar.error()).contains(QLatin1String("akta.jpg")));
        QCOMPARE(liar.error().args.at(1), EvidenceCheck::tr("a JPEG photo"));
        QCOMPARE(EvidenceCheck::sha256Hex(QByteArrayLiteral("abc")),
                 QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }
};

QTEST_GUILESS_MAIN(TestProposalRules)
#include "tst_ProposalRules.moc"
