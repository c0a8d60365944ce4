// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/proposals/Proposal.h"

#include "models/domain/Field.h"

#include <QJsonArray>

#include <algorithm>

namespace verdes {

namespace {

// DATA_UPDATE of housing or assets (Block V: tenure … house_elsewhere) needs HOUSE_PHOTOS.
bool isHousingColumn(const QString &column)
{
    const std::optional<Field> field = fieldByColumn(column);
    if (!field) {
        return false;
    }
    return fieldIndex(*field) >= fieldIndex(Field::Tenure)
           && fieldIndex(*field) <= fieldIndex(Field::HouseElsewhere);
}

// The columns among `required` that have no new value in the changes to `table` (for one new
// record: `recordKey`, or any when empty).
QStringList missingColumns(const QList<FieldChange> &changes,
                           const QString &table,
                           const QStringList &required,
                           const QString &recordKey = {})
{
    QStringList missing;
    for (const QString &column : required) {
        bool found = false;
        for (const FieldChange &change : changes) {
            if (change.table == table && change.column == column && !change.newValue.trimmed().isEmpty()
                && (recordKey.isEmpty() || change.newRecordKey == recordKey)) {
                found = true;
                break;
            }
        }
        if (!found) {
            missing.append(column);
        }
    }
    return missing;
}

bool isKkNumber(const QString &text)
{
    return text.size() == 16 && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
               return c >= u'0' && c <= u'9';
           });
}

QStringList columnLabels(const QStringList &columns)
{
    QStringList labels;
    for (const QString &column : columns) {
        const std::optional<Field> field = fieldByColumn(column);
        labels.append(field ? FieldText::label(*field) : column);
    }
    return labels;
}

} // namespace

// NEW_HOUSEHOLD: the household fields SIKS-NG needs (V30; configurable later) and the head's.
const QStringList &newHouseholdColumns()
{
    static const QStringList columns{QStringLiteral("village_code"),
                                     QStringLiteral("rw"),
                                     QStringLiteral("rt"),
                                     QStringLiteral("address"),
                                     QStringLiteral("kk_number"),
                                     QStringLiteral("tenure"),
                                     QStringLiteral("floor_area_m2"),
                                     QStringLiteral("floor"),
                                     QStringLiteral("wall"),
                                     QStringLiteral("roof"),
                                     QStringLiteral("water_source"),
                                     QStringLiteral("lighting"),
                                     QStringLiteral("cooking_fuel"),
                                     QStringLiteral("toilet_facility")};
    return columns;
}

const QStringList &newHeadColumns()
{
    static const QStringList columns{QStringLiteral("name"),
                                     QStringLiteral("nik"),
                                     QStringLiteral("sex"),
                                     QStringLiteral("birth_date"),
                                     QStringLiteral("marital_status"),
                                     QStringLiteral("relationship")};
    return columns;
}

const QStringList &newMemberColumns()
{
    static const QStringList columns{QStringLiteral("name"),
                                     QStringLiteral("sex"),
                                     QStringLiteral("birth_date"),
                                     QStringLiteral("relationship")};
    return columns;
}

QJsonObject ProposalDetails::toJson() const
{
    QJsonObject json;
    auto text = [&json](const char *key, const QString &value) {
        if (!value.isEmpty()) {
            json.insert(QLatin1String(key), value);
        }
    };
    auto flag = [&json](const char *key, bool value) {
        if (value) {
            json.insert(QLatin1String(key), true);
        }
    };
    if (eventDate.isValid()) {
        json.insert(QLatin1String("event_date"), eventDate.toString(Qt::ISODate));
    }
    text("destination", destination);
    flag("destination_unknown", destinationUnknown);
    text("country", country);
    text("last_known_address", lastKnownAddress);
    flag("is_birth", isBirth);
    text("new_kk_number", newKkNumber);
    if (kkChange != KkChangeKind::NewNumber) {
        json.insert(QLatin1String("kk_change"),
                    kkChange == KkChangeKind::Split ? QLatin1String("split") : QLatin1String("merge"));
    }
    text("new_head", newHeadPersonId);
    flag("head_died", headDied);
    text("ineligible_reason", ineligibleReason);
    text("other_reason", otherReason);
    if (!programmes.isEmpty()) {
        json.insert(QLatin1String("programmes"), QJsonArray::fromStringList(programmes));
    }
    flag("reactivation", reactivation);
    text("objector_name", objectorName);
    text("objector_address", objectorAddress);
    text("other_record", otherRecordId);
    text("latitude", latitude);
    text("longitude", longitude);
    return json;
}

ProposalDetails ProposalDetails::fromJson(const QJsonObject &json)
{
    ProposalDetails d;
    auto text = [&json](const char *key) {
        return json.value(QLatin1String(key)).toString();
    };
    auto flag = [&json](const char *key) {
        return json.value(QLatin1String(key)).toBool();
    };
    d.eventDate = QDate::fromString(text("event_date"), Qt::ISODate);
    d.destination = text("destination");
    d.destinationUnknown = flag("destination_unknown");
    d.country = text("country");
    d.lastKnownAddress = text("last_known_address");
    d.isBirth = flag("is_birth");
    d.newKkNumber = text("new_kk_number");
    const QString kk = text("kk_change");
    d.kkChange = kk == QLatin1String("split")   ? KkChangeKind::Split
                 : kk == QLatin1String("merge") ? KkChangeKind::Merge
                                                : KkChangeKind::NewNumber;
    d.newHeadPersonId = text("new_head");
    d.headDied = flag("head_died");
    d.ineligibleReason = text("ineligible_reason");
    d.otherReason = text("other_reason");
    const QJsonArray programmes = json.value(QLatin1String("programmes")).toArray();
    for (const auto &value : programmes) {
        d.programmes.append(value.toString());
    }
    d.reactivation = flag("reactivation");
    d.objectorName = text("objector_name");
    d.objectorAddress = text("objector_address");
    d.otherRecordId = text("other_record");
    d.latitude = text("latitude");
    d.longitude = text("longitude");
    return d;
}

QList<EvidenceRule> Proposal::evidenceRules() const
{
    QList<EvidenceRule> rules = proposalTypeInfo(type).evidence;
    auto add = [&rules](std::initializer_list<EvidenceKind> kinds) {
        const EvidenceRule rule{QList<EvidenceKind>(kinds), true};
        if (!rules.contains(rule)) {
            rules.append(rule);
        }
    };
    switch (type) {
    case ProposalType::NewMember:
        if (details.isBirth) {
            add({EvidenceKind::BirthCert});
        }
        break;
    case ProposalType::HeadReplacement:
        if (details.headDied) {
            add({EvidenceKind::DeathCert});
        }
        break;
    case ProposalType::DataUpdate:
        for (const FieldChange &change : changes) {
            if (change.table == kHouseholdsTable && isHousingColumn(change.column)) {
                add({EvidenceKind::HousePhotos});
                break;
            }
        }
        break;
    case ProposalType::Ineligible: {
        const QString &tl = details.ineligibleReason;
        if (tl == QLatin1String("TL03")) {
            add({EvidenceKind::DeathCert, EvidenceKind::Statement});
        } else if (tl == QLatin1String("TL04") || tl == QLatin1String("TL05") || tl == QLatin1String("TL07")
                   || tl == QLatin1String("TL08") || tl == QLatin1String("TL09")
                   || tl == QLatin1String("TL11") || tl == QLatin1String("TL12")) {
            add({EvidenceKind::JobProof});
        } else if (tl == QLatin1String("TL06") || tl == QLatin1String("TL13")) {
            add({EvidenceKind::HousePhotos});
        } else if (tl == QLatin1String("TL10")) {
            add({EvidenceKind::Statement});
        }
        break;
    }
    default:
        break;
    }
    return rules;
}

QList<MissingRequirement> Proposal::missing() const
{
    QList<MissingRequirement> result;
    auto missingField = [&result](ProposalField field, const QString &extra = {}) {
        MissingRequirement m;
        m.kind = MissingRequirement::Kind::Field;
        m.rule = QStringLiteral("V30");
        m.field = field;
        m.text = extra.isEmpty() ? ProposalTypeText::fieldLabel(field)
                                 : tr("%1 (%2)").arg(ProposalTypeText::fieldLabel(field), extra);
        result.append(m);
    };

    for (const ProposalField field : proposalTypeInfo(type).fields) {
        switch (field) {
        case ProposalField::Reason:
            if (reason.trimmed().isEmpty()) {
                missingField(field);
            }
            break;
        case ProposalField::Household:
            if (householdId.isEmpty()) {
                missingField(field);
            }
            break;
        case ProposalField::Persons:
            if (personIds.isEmpty()) {
                missingField(field);
            }
            break;
        case ProposalField::EventDate:
        case ProposalField::DateOfDeath:
            if (!details.eventDate.isValid()) {
                missingField(field);
            }
            break;
        case ProposalField::Destination:
            if (details.destination.trimmed().isEmpty() && !details.destinationUnknown) {
                missingField(field);
            }
            break;
        case ProposalField::LastKnownAddress:
            if (details.lastKnownAddress.trimmed().isEmpty()) {
                missingField(field);
            }
            break;
        case ProposalField::FieldChanges: {
            bool any = false;
            for (const FieldChange &change : changes) {
                if (change.newValue != change.oldValue) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                missingField(field);
            }
            break;
        }
        case ProposalField::NewHouseholdData: {
            const QStringList household = missingColumns(changes, kHouseholdsTable, newHouseholdColumns());
            const QStringList head = missingColumns(changes, kMembersTable, newHeadColumns(), kNewHeadKey);
            if (!household.isEmpty() || !head.isEmpty()) {
                missingField(field, columnLabels(household + head).join(QLatin1String(", ")));
            }
            // Every further member of the new family needs the new member's columns.
            QStringList keys;
            for (const FieldChange &change : changes) {
                if (change.table == kMembersTable && change.recordId.isEmpty()
                    && change.newRecordKey != kNewHeadKey && !keys.contains(change.newRecordKey)) {
                    keys.append(change.newRecordKey);
                }
            }
            for (qsizetype i = 0; i < keys.size(); ++i) {
                const QStringList member =
                    missingColumns(changes, kMembersTable, newMemberColumns(), keys.at(i));
                if (!member.isEmpty()) {
                    MissingRequirement m;
                    m.rule = QStringLiteral("V30");
                    m.field = field;
                    m.text = tr("the data of member %1 of the new household (%2)")
                                 .arg(i + 2)
                                 .arg(columnLabels(member).join(QLatin1String(", ")));
                    result.append(m);
                }
            }
            break;
        }
        case ProposalField::NewMemberData: {
            const QStringList member = missingColumns(changes, kMembersTable, newMemberColumns());
            if (!member.isEmpty()) {
                missingField(field, columnLabels(member).join(QLatin1String(", ")));
            }
            break;
        }
        case ProposalField::NewKkNumber:
            if (!isKkNumber(details.newKkNumber)) {
                missingField(field);
            }
            break;
        case ProposalField::NewHead:
            if (details.newHeadPersonId.isEmpty()) {
                missingField(field);
            }
            break;
        case ProposalField::IneligibleReason:
            if (!isIneligibleReasonCode(details.ineligibleReason)
                || (details.ineligibleReason == QLatin1String("TL99")
                    && details.otherReason.trimmed().isEmpty())) {
                missingField(field);
            }
            break;
        case ProposalField::Programmes:
            if (details.programmes.isEmpty()) {
                missingField(field);
            }
            break;
        case ProposalField::Objector:
            if (details.objectorName.trimmed().isEmpty() || details.objectorAddress.trimmed().isEmpty()) {
                missingField(field);
            }
            break;
        case ProposalField::DuplicateRecord:
            if (details.otherRecordId.isEmpty()) {
                missingField(field);
            }
            break;
        }
    }

    for (const EvidenceRule &rule : evidenceRules()) {
        if (!rule.required) {
            continue;
        }
        bool satisfied = false;
        for (const EvidenceKind kind : rule.anyOf) {
            if (kind == EvidenceKind::Coords && !details.latitude.isEmpty() && !details.longitude.isEmpty()) {
                satisfied = true;
            }
            for (const EvidenceInfo &info : evidence) {
                if (info.kind == kind && info.isCurrent()) {
                    satisfied = true;
                }
            }
        }
        if (!satisfied) {
            MissingRequirement m;
            m.kind = MissingRequirement::Kind::Evidence;
            m.rule = QStringLiteral("V31");
            m.evidence = rule.anyOf;
            QStringList labels;
            for (const EvidenceKind kind : rule.anyOf) {
                labels.append(ProposalTypeText::evidenceLabel(kind));
            }
            m.text = labels.join(tr(" or "));
            result.append(m);
        }
    }
    return result;
}

QStringList Proposal::missingRequirements() const
{
    QStringList texts;
    for (const MissingRequirement &m : missing()) {
        texts.append(m.text);
    }
    return texts;
}

QStringList Proposal::recommendations() const
{
    QStringList texts;
    for (const EvidenceRule &rule : evidenceRules()) {
        if (rule.required) {
            continue;
        }
        bool satisfied = false;
        QStringList labels;
        for (const EvidenceKind kind : rule.anyOf) {
            labels.append(ProposalTypeText::evidenceLabel(kind));
            for (const EvidenceInfo &info : evidence) {
                if (info.kind == kind && info.isCurrent()) {
                    satisfied = true;
                }
            }
        }
        if (!satisfied) {
            texts.append(labels.join(tr(" or ")));
        }
    }
    return texts;
}

QDateTime Proposal::objectionDeadline() const
{
    if (type != ProposalType::Objection || !createdAt.isValid()) {
        return {};
    }
    return createdAt.addDays(14);
}

QString Proposal::title() const
{
    if (type == ProposalType::Ineligible && !details.ineligibleReason.isEmpty()) {
        return tr("%1: %2").arg(ProposalTypeText::label(type),
                                ProposalTypeText::ineligibleLabel(details.ineligibleReason));
    }
    return ProposalTypeText::label(type);
}

} // namespace verdes
