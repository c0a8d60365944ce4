// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/browser/HouseholdDetailView.h"

#include "models/domain/Codes.h"
#include "models/domain/Issue.h"
#include "ui/common/Look.h"

#include <QDate>
#include <QLocale>

namespace verdes::ui {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='color:#555;padding-right:12px'>%1</td><td>%2</td></tr>")
        .arg(escaped(label), escaped(value));
}

QString section(const QString &title)
{
    return QStringLiteral("<h3 style='margin-top:14px;margin-bottom:4px'>%1</h3>").arg(escaped(title));
}

constexpr Field kHousingFields[] = {Field::Tenure,
                                    Field::FloorAreaM2,
                                    Field::Floor,
                                    Field::Wall,
                                    Field::Roof,
                                    Field::WaterSource,
                                    Field::Lighting,
                                    Field::Power1,
                                    Field::CookingFuel,
                                    Field::ToiletFacility,
                                    Field::FaecesDisposal,
                                    Field::InternetAccess,
                                    Field::BankAccount};

constexpr Field kAssetFields[] = {Field::AssetLpg5kg,
                                  Field::AssetFridge,
                                  Field::AssetAc,
                                  Field::AssetWaterHeater,
                                  Field::AssetLandline,
                                  Field::AssetTv,
                                  Field::AssetGold10g,
                                  Field::AssetComputer,
                                  Field::AssetMotorcycle,
                                  Field::AssetBicycle,
                                  Field::AssetCar,
                                  Field::AssetBoat,
                                  Field::AssetMotorboat,
                                  Field::AssetSmartphone,
                                  Field::LandElsewhere,
                                  Field::HouseElsewhere};

constexpr Field kLivestockFields[] = {Field::LivestockCattle,
                                      Field::LivestockBuffalo,
                                      Field::LivestockHorse,
                                      Field::LivestockPig,
                                      Field::LivestockGoatSheep};

constexpr std::pair<Field, Field> kProgrammeFields[] = {
    {Field::ProgPkh, Field::ProgPkhPeriod},
    {Field::ProgBpnt, Field::ProgBpntPeriod},
    {Field::ProgBltDd, Field::ProgBltDdPeriod},
    {Field::ProgElectricitySubsidy, Field::ProgElectricitySubsidyPeriod},
    {Field::ProgRegionalAid, Field::ProgRegionalAidPeriod},
    {Field::ProgFertiliserSubsidy, Field::ProgFertiliserSubsidyPeriod},
    {Field::ProgLpgSubsidy, Field::ProgLpgSubsidyPeriod},
};

} // namespace

QString HouseholdDetailView::emptyHtml()
{
    return QStringLiteral("<p style='color:#666'>%1</p>")
        .arg(escaped(
            tr("Choose a household in the list to see its members, housing, programmes and warnings.")));
}

QString HouseholdDetailView::valueText(Field field, const QString &value)
{
    if (value.isEmpty()) {
        return QStringLiteral("–");
    }
    const FieldDef &def = fieldDef(field);
    const auto number = parseInteger(value);
    switch (def.kind) {
    case FieldKind::Code:
    case FieldKind::YesNo:
        if (number) {
            const QString label =
                CodeText::label(def.kind == FieldKind::YesNo ? CodeList::YesNo : def.codes, *number);
            return label.isEmpty() ? value : label;
        }
        return value;
    case FieldKind::Flags:
        if (number) {
            const QStringList labels = CodeText::flagLabels(def.codes, *number);
            return labels.isEmpty() ? value : labels.join(QStringLiteral(", "));
        }
        return value;
    case FieldKind::Date: {
        const QDate date = parseIsoDate(value);
        return date.isValid() ? Look::longDate(date) : value;
    }
    case FieldKind::Period: {
        // A month as stored ("2026-10"), said as a month ("Oktober 2026").
        const QDate month = QDate::fromString(value + QStringLiteral("-01"), Qt::ISODate);
        return month.isValid() ? QLocale().toString(month, QStringLiteral("MMMM yyyy")) : value;
    }
    default:
        return value;
    }
}

QString HouseholdDetailView::html(
    const Household &household, const QList<Issue> &issues, bool masked, QDate today, bool withMembers)
{
    const auto number = [masked](const QString &digits) {
        return masked ? maskNumber(digits) : digits;
    };
    const Member *head = household.head();
    QString html;
    html += QStringLiteral("<h2 style='margin-bottom:2px'>%1</h2>")
                .arg(escaped(head != nullptr ? head->name() : tr("(no head of family)")));
    if (masked) {
        html += QStringLiteral("<p style='margin:0'><a href='reveal:'>%1</a></p>")
                    .arg(escaped(tr("Show the full NIK and KK numbers of this family")));
    }
    html += QStringLiteral("<p style='margin-top:0'>%1</p>")
                .arg(escaped(tr("KK %1 · RT %2 / RW %3 · %4")
                                 .arg(household.kkNumber().isEmpty() ? QStringLiteral("–")
                                                                     : number(household.kkNumber()),
                                      household.value(Field::Rt),
                                      household.value(Field::Rw),
                                      household.value(Field::Dusun))));
    html += QStringLiteral("<table>");
    html += row(FieldText::label(Field::Address), valueText(Field::Address, household.value(Field::Address)));
    html += row(FieldText::label(Field::Desil),
                household.value(Field::Desil).isEmpty() ? tr("not set yet") : household.value(Field::Desil));
    html += QStringLiteral("</table>");

    if (!issues.isEmpty()) {
        html += section(tr("Warnings (%1)").arg(issues.size()));
        html += QStringLiteral("<ul style='margin-top:0'>");
        for (const Issue &issue : issues) {
            QString who;
            if (const Member *member = household.memberById(issue.personId); member != nullptr) {
                who = member->name() + QStringLiteral(": ");
            }
            html += QStringLiteral("<li>%1</li>")
                        .arg(Look::warningHtml(escaped(who) + escaped(IssueText::reason(issue))));
        }
        html += QStringLiteral("</ul>");
    }

    if (withMembers) {
        html += section(tr("Members (%1)").arg(household.members.size()));
        html += QStringLiteral("<table cellspacing='0' cellpadding='3' style='border-collapse:collapse'>");
        html +=
            QStringLiteral("<tr style='background:#eee'><th align='left'>%1</th><th align='left'>%2</th>"
                           "<th align='left'>%3</th><th align='left'>%4</th><th align='left'>%5</th></tr>")
                .arg(escaped(tr("Name")),
                     escaped(tr("NIK")),
                     escaped(tr("Relationship")),
                     escaped(tr("Age")),
                     escaped(tr("Status")));
        for (const Member &member : household.members) {
            const auto age = member.ageOn(today);
            html += QStringLiteral("<tr><td>%1</td><td style='white-space:nowrap'>%2</td><td>%3</td>"
                                   "<td style='white-space:nowrap'>%4</td><td>%5</td></tr>")
                        .arg(escaped(member.name()),
                             escaped(member.nik().isEmpty() ? QStringLiteral("–") : number(member.nik())),
                             escaped(valueText(Field::Relationship, member.value(Field::Relationship))),
                             escaped(age ? tr("%1 yrs").arg(*age) : QStringLiteral("–")),
                             escaped(valueText(Field::Presence, member.value(Field::Presence))));
        }
        html += QStringLiteral("</table>");
    }

    html += section(tr("Programmes"));
    QStringList programmes;
    for (const auto &[receives, since] : kProgrammeFields) {
        if (household.value(receives) == u"1") {
            programmes << (household.value(since).isEmpty()
                               ? FieldText::label(receives)
                               : tr("%1 (since %2)")
                                     .arg(FieldText::label(receives),
                                          valueText(since, household.value(since))));
        }
    }
    int pbi = 0;
    for (const Member &member : household.members) {
        const auto insurance = member.number(Field::HealthInsurance);
        if (insurance && *insurance != 99 && (*insurance & 1) == 1) {
            ++pbi;
        }
    }
    if (pbi > 0) {
        programmes << tr("PBI-JK for %n member(s)", nullptr, pbi);
    }
    html +=
        QStringLiteral("<p style='margin-top:0'>%1</p>")
            .arg(escaped(programmes.isEmpty() ? tr("None recorded") : programmes.join(QStringLiteral("; "))));

    html += section(tr("Housing"));
    html += QStringLiteral("<table>");
    for (const Field field : kHousingFields) {
        if (!household.isEmpty(field)) {
            html += row(FieldText::label(field), valueText(field, household.value(field)));
        }
    }
    html += QStringLiteral("</table>");

    html += section(tr("Assets"));
    QStringList assets;
    for (const Field field : kAssetFields) {
        if (household.value(field) == u"1") {
            assets << FieldText::label(field);
        }
    }
    for (const Field field : kLivestockFields) {
        if (const auto count = household.number(field); count && *count > 0) {
            assets << tr("%1: %2").arg(FieldText::label(field)).arg(*count);
        }
    }
    html += QStringLiteral("<p style='margin-top:0'>%1</p>")
                .arg(escaped(assets.isEmpty() ? tr("None recorded") : assets.join(QStringLiteral(", "))));
    return html;
}

} // namespace verdes::ui
