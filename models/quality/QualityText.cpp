// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/quality/QualityText.h"

#include "models/domain/Codes.h"
#include "models/domain/Field.h"
#include "models/domain/Household.h"
#include "models/domain/Issue.h"
#include "models/quality/QualityFlag.h"

#include <QDate>
#include <QLocale>

namespace verdes {

namespace {

QString argAt(const QStringList &args, qsizetype i)
{
    return i < args.size() ? args.at(i) : QString();
}

} // namespace

QString QualityText::label(QualityCheck check)
{
    switch (check) {
    case QualityCheck::DeceasedMember:
        return tr("Deceased member");
    case QualityCheck::DeceasedHead:
        return tr("Deceased head of family");
    case QualityCheck::VeryOld:
        return tr("Very old member");
    case QualityCheck::MemberAway:
        return tr("Member moved, abroad or not found");
    case QualityCheck::HouseholdMoved:
        return tr("Whole family moved");
    case QualityCheck::CivilServant:
        return tr("Civil servant, TNI or Polri");
    case QualityCheck::Pension:
        return tr("Civil-service pension");
    case QualityCheck::FormalJob:
        return tr("Formal job");
    case QualityCheck::Assets:
        return tr("Assets");
    case QualityCheck::LargeDwelling:
        return tr("Large house");
    case QualityCheck::HighTurnover:
        return tr("Large business");
    case QualityCheck::PbiAtRisk:
        return tr("PBI-JK at risk");
    case QualityCheck::PossibleExclusion:
        return tr("Possibly left out");
    case QualityCheck::DuplicateNik:
        return tr("Duplicate NIK");
    case QualityCheck::HeadCount:
        return tr("Number of heads");
    case QualityCheck::SeveralSpouses:
        return tr("Several spouses");
    case QualityCheck::SharedKk:
        return tr("Shared KK number");
    case QualityCheck::AgeGap:
        return tr("Implausible age gap");
    case QualityCheck::RecordWarning:
        return tr("Record warning");
    }
    return {};
}

QString QualityText::reason(const QualityFlag &flag)
{
    const auto check = flag.check();
    if (!check) {
        return tr("Unknown check %1.").arg(flag.checkCode);
    }
    const QStringList &a = flag.args;
    switch (*check) {
    case QualityCheck::DeceasedMember:
        if (!argAt(a, 0).isEmpty()) {
            // The checker keeps the date as stored (ISO); the sentence says it in full.
            const QDate date = parseIsoDate(argAt(a, 0));
            return tr("Recorded as deceased on %1 but still listed in the family.")
                .arg(date.isValid() ? QLocale().toString(date, QStringLiteral("d MMMM yyyy")) : argAt(a, 0));
        }
        return tr("Recorded as deceased but still listed in the family.");
    case QualityCheck::DeceasedHead:
        return tr("The head of the family is recorded as deceased: the family needs a new head.");
    case QualityCheck::VeryOld:
        return tr("Aged %1: check whether this person is still alive.").arg(argAt(a, 0));
    case QualityCheck::MemberAway:
        if (argAt(a, 0) == QLatin1String("4")) {
            return tr("Recorded as living or working abroad but still listed in the family.");
        }
        if (argAt(a, 0) == QLatin1String("6")) {
            return tr("Recorded as not found but still listed in the family.");
        }
        return tr("Recorded as moved elsewhere in Indonesia but still listed in the family.");
    case QualityCheck::HouseholdMoved:
        return tr("Nobody of this family lives here any more (%1 moved, abroad or not found).")
            .arg(argAt(a, 0));
    case QualityCheck::CivilServant:
        return tr("A civil servant, soldier or police officer in a family that receives aid.");
    case QualityCheck::Pension:
        return tr("Receives a civil-service pension (Taspen) in a family that receives aid.");
    case QualityCheck::FormalJob:
        return tr("Health insurance paid by an employer in a family that receives aid: check for a "
                  "regular income.");
    case QualityCheck::Assets:
        return tr("Owns things that do not fit a poor family: check the desil and the aid.");
    case QualityCheck::LargeDwelling:
        return tr("A large house (%1 m²) with a ceramic or marble floor, yet in a low desil or receiving "
                  "aid.")
            .arg(argAt(a, 0));
    case QualityCheck::HighTurnover:
        return tr("A business with a large turnover, yet in a low desil or receiving aid.");
    case QualityCheck::PbiAtRisk:
        return tr("%1 members have PBI-JK but the family is in desil %2: their health cover may be stopped. "
                  "Tell the family.")
            .arg(argAt(a, 0), argAt(a, 1));
    case QualityCheck::PossibleExclusion:
        return tr("%1 signs of poverty, yet no desil or a high one, and no aid: the family may have "
                  "been left out.")
            .arg(argAt(a, 0));
    case QualityCheck::DuplicateNik:
        return tr("The same NIK is recorded for %1 active members.").arg(argAt(a, 0));
    case QualityCheck::HeadCount:
        return tr("%1 heads among the members who live here; a family has exactly one.").arg(argAt(a, 0));
    case QualityCheck::SeveralSpouses:
        return tr("%1 spouses of the head are listed.").arg(argAt(a, 0));
    case QualityCheck::SharedKk:
        return tr("The same KK number is on %1 families.").arg(argAt(a, 0));
    case QualityCheck::AgeGap:
        return tr("Only %1 years apart from the head of the family: check the birth dates and the "
                  "relationship.")
            .arg(argAt(a, 0));
    case QualityCheck::RecordWarning: {
        Issue issue;
        const qsizetype colon = flag.variant.indexOf(QLatin1Char(':'));
        issue.rule = colon < 0 ? flag.variant : flag.variant.left(colon);
        issue.severity = Severity::Warning;
        if (colon >= 0) {
            issue.field = fieldByColumn(QStringView(flag.variant).mid(colon + 1));
        }
        issue.args = flag.args;
        return IssueText::reason(issue); // the rule id is for support, not for the sentence
    }
    }
    return {};
}

QString QualityText::evidenceItem(const QString &item)
{
    // "column=value" from the checker, shown as the field table's label and the code's meaning
    // ("Keberadaan: meninggal", "Memiliki AC: ya"): never a column id or a code number alone.
    const qsizetype eq = item.indexOf(QLatin1Char('='));
    if (eq < 0) {
        return item;
    }
    const QString name = item.left(eq);
    const QString value = item.mid(eq + 1);
    const auto labelled = [](const QString &label, const QString &text) {
        return tr("%1: %2", "evidence item: label, value").arg(label, text);
    };
    if (const auto field = fieldByColumn(name)) {
        const FieldDef &def = fieldDef(*field);
        const QString label = FieldText::label(*field);
        if (value.isEmpty()) {
            return labelled(label, *field == Field::Desil ? tr("none yet") : tr("not recorded"));
        }
        if (*field == Field::Nik || *field == Field::KkNumber) {
            // Shown where others may see it: masked (the checker stores it masked already).
            return labelled(label, value.contains(u'•') ? value : maskNumber(value));
        }
        const auto number = parseInteger(value);
        switch (def.kind) {
        case FieldKind::Code:
        case FieldKind::YesNo:
            if (number) {
                const QString meaning =
                    CodeText::label(def.kind == FieldKind::YesNo ? CodeList::YesNo : def.codes, *number);
                return labelled(label, meaning.isEmpty() ? value : meaning);
            }
            break;
        case FieldKind::Flags:
            if (number) {
                const QStringList meanings = CodeText::flagLabels(def.codes, *number);
                return labelled(label, meanings.isEmpty() ? value : meanings.join(QStringLiteral(", ")));
            }
            break;
        case FieldKind::Date:
            if (const QDate date = parseIsoDate(value); date.isValid()) {
                return labelled(label, QLocale().toString(date, QStringLiteral("d MMMM yyyy")));
            }
            break;
        default:
            break;
        }
        if (*field == Field::FloorAreaM2) {
            return labelled(label, tr("%1 m²").arg(value));
        }
        return labelled(label, value);
    }
    // Counts and facts the checks derive, which are not fields of the registry.
    if (name == u"elderly_alone") {
        return tr("An elderly person living alone");
    }
    if (name == u"head_birth_date") {
        const QDate date = parseIsoDate(value);
        return labelled(tr("Birth date of the head"),
                        date.isValid() ? QLocale().toString(date, QStringLiteral("d MMMM yyyy")) : value);
    }
    if (name == u"field") {
        const auto field = fieldByColumn(value);
        return labelled(tr("Field"), field ? FieldText::label(*field) : value);
    }
    if (name == u"families") {
        return labelled(tr("Families with this KK number"), value);
    }
    if (name == u"heads") {
        return labelled(tr("Heads of family living here"), value);
    }
    if (name == u"holders") {
        return labelled(tr("Active members with this NIK"), value);
    }
    if (name == u"members_away") {
        return labelled(tr("Members moved, abroad or not found"), value);
    }
    if (name == u"members_living_here") {
        return labelled(tr("Members living here"), value);
    }
    if (name == u"members_with_difficulty") {
        return labelled(tr("Members with a serious functional difficulty"), value);
    }
    if (name == u"meters") {
        return labelled(tr("Electricity meters"), value);
    }
    if (name == u"pbi_members") {
        return labelled(tr("Members with PBI-JK"), value);
    }
    if (name == u"spouses") {
        return labelled(tr("Spouses of the head"), value);
    }
    return labelled(name, value);
}

QString QualityText::evidence(const QStringList &items)
{
    QStringList parts;
    for (const QString &item : items) {
        // The rule id ("rule=V23") is for support: it stays in the detail's tooltip, not in the words.
        if (!item.isEmpty() && !item.startsWith(QLatin1String("rule="))) {
            parts.append(evidenceItem(item));
        }
    }
    return parts.join(QLatin1String("; "));
}

QString QualityText::statusLabel(const QString &statusCode)
{
    if (statusCode == QLatin1String("open")) {
        return tr("Open");
    }
    if (statusCode == QLatin1String("dismissed")) {
        return tr("Dismissed");
    }
    if (statusCode == QLatin1String("closed")) {
        return tr("Closed");
    }
    return statusCode;
}

} // namespace verdes
