// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/Validation.h"

#include "models/domain/RegionTable.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <vector>

namespace verdes {

// The args each rule writes (IssueText in Issue.cpp turns them into a sentence):
//   V01/V09 {masked value, tag: "15" | "exponent" | "chars" | digit count}
//   V02 {DD-MM as written in the NIK}            V03 {masked NIK}
//   V05/V11 {the six-digit prefix}               V06 {sex code in the NIK, recorded sex code}
//   V07 {DD-MM-YY of the NIK, recorded birth date}
//   V08/V14 {masked number, the other person or household id}
//   V12/V13 {how many}                           V15 {value, tag: "length" | "regency" | "village"}
//   V16 {code}                                   V17 {code, the vault's code}
//   V18 {value, tag: "date" | "period" | "future"}
//   V19 {value, tag: "code" | "flags" | "number" | "decimal" | "range" | "id" | "instrument"[, min,
//        max]}
//   V20 {value}  V22/V23/V25 {age}  V24 {"child" | "parent", years}  V26 {"hours", hours} or
//   {"not-worked"}  V27 {level code, age}  V28 {"301b" | "307b" | "309b" | "421" | "427"}
//   V29 {value, "floor" | "livestock"}

namespace {

constexpr int kNikLength = 16;
constexpr int kWomenDayOffset = 40; // DOMAIN.md §4: day +40 for women
constexpr qint64 kMaxFloorArea = 1000;
constexpr qint64 kMaxLivestock = 500;
constexpr qint64 kMaxWorkHours = 98;
constexpr int kMinParentGap = 12;
constexpr int kMinMarriageAge = 19; // UU 16/2019
constexpr int kMaxPregnancyAge = 55;
constexpr int kMinPregnancyAge = 10;
constexpr int kOldAge = 100;
constexpr int kUnderFive = 5;

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool allDigits(QStringView text)
{
    return std::ranges::all_of(text, isDigit);
}

// The value of a short run of ASCII digits; -1 when any character is not a digit.
int digitsValue(QStringView text)
{
    int value = 0;
    for (const QChar c : text) {
        if (!isDigit(c)) {
            return -1;
        }
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

Issue makeIssue(QString rule, Severity severity, Field field, QStringList args = {})
{
    Issue issue;
    issue.rule = std::move(rule);
    issue.severity = severity;
    issue.field = field;
    issue.column = columnName(field);
    issue.args = std::move(args);
    return issue;
}

NormalizedValue failed(QString rule, Field field, QStringList args)
{
    return {QString(), makeIssue(std::move(rule), Severity::Error, field, std::move(args))};
}

// Spreadsheets turn long digit strings into numbers and write them as 3.27301E+15.
bool looksLikeExponent(QStringView text)
{
    const qsizetype e = text.indexOf(u'E', 0, Qt::CaseInsensitive);
    if (e <= 0 || e == text.size() - 1) {
        return false;
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (i != e && !isDigit(c) && c != u'.' && c != u',' && c != u'+' && c != u'-') {
            return false;
        }
    }
    return true;
}

// V02/V03 on 16 digits; nullopt when they pass.
std::optional<Issue> nikDateAndSerialIssue(QStringView nik)
{
    const int rawDay = digitsValue(nik.sliced(6, 2));
    const int month = digitsValue(nik.sliced(8, 2));
    const int yy = digitsValue(nik.sliced(10, 2));
    const int day = rawDay > kWomenDayOffset ? rawDay - kWomenDayOffset : rawDay;
    // 20YY is a leap year exactly when YY % 4 == 0, and then some century makes 29-02 real.
    const bool realDate = (rawDay >= 1 && rawDay <= 31) || (rawDay >= 41 && rawDay <= 71);
    if (!realDate || !QDate::isValid(2000 + yy, month, day)) {
        return makeIssue(QStringLiteral("V02"),
                         Severity::Error,
                         Field::Nik,
                         {nik.sliced(6, 2).toString() % u'-' % nik.sliced(8, 2)});
    }
    if (nik.sliced(12, 4) == u"0000") {
        return makeIssue(QStringLiteral("V03"), Severity::Error, Field::Nik, {maskNumber(nik)});
    }
    return std::nullopt;
}

NormalizedValue normalizeNumber16(Field field, QStringView text, const QString &canonical)
{
    const QString rule = field == Field::Nik ? QStringLiteral("V01") : QStringLiteral("V09");
    if (allDigits(text)) {
        if (text.size() == kNikLength) {
            if (field == Field::Nik) {
                if (auto issue = nikDateAndSerialIssue(text)) {
                    return {QString(), std::move(issue)};
                }
            }
            return {canonical, std::nullopt};
        }
        const QString tag =
            text.size() == kNikLength - 1 ? QStringLiteral("15") : QString::number(text.size());
        return failed(rule, field, {maskNumber(text), tag});
    }
    if (looksLikeExponent(text)) {
        return failed(rule, field, {maskNumber(text), QStringLiteral("exponent")});
    }
    return failed(rule, field, {maskNumber(text), QStringLiteral("chars")});
}

NormalizedValue normalizeRegionCode(QStringView text, const QString &canonical)
{
    const Field field = Field::VillageCode;
    QString digits;
    QStringView code = text;
    // PP.KK.CC.DDDD, as Kemendagri writes it.
    if (text.size() == 13 && text[2] == u'.' && text[5] == u'.' && text[8] == u'.') {
        digits = text.first(2) % text.sliced(3, 2) % text.sliced(6, 2) % text.sliced(9, 4);
        code = digits;
    }
    if (code.size() != 10 || !allDigits(code)) {
        return failed(QStringLiteral("V15"), field, {text.toString(), QStringLiteral("length")});
    }
    const int regency = digitsValue(code.sliced(2, 2));
    if (regency == 0 || regency == 70) {
        return failed(QStringLiteral("V15"), field, {code.toString(), QStringLiteral("regency")});
    }
    const char16_t kind = code[6].unicode();
    if (kind < u'1' || kind > u'3') {
        return failed(QStringLiteral("V15"), field, {code.toString(), QStringLiteral("village")});
    }
    return {digits.isEmpty() ? canonical : digits, std::nullopt};
}

// Integer text as the format writes it: no sign, no leading zeros (readers accept them).
bool isCanonicalInteger(QStringView text)
{
    if (text.front() == u'+') {
        return false;
    }
    const QStringView body = text.front() == u'-' ? text.sliced(1) : text;
    return !(body.size() > 1 && body.front() == u'0') && text != u"-0";
}

NormalizedValue
normalizeInteger(const FieldDef &def, QStringView text, const QString &canonical, Instrument instrument)
{
    const auto value = parseInteger(text);
    if (!value) {
        const QString tag =
            def.kind == FieldKind::Integer ? QStringLiteral("number") : QStringLiteral("code");
        return failed(QStringLiteral("V19"), def.field, {text.toString(), tag});
    }
    if (def.kind == FieldKind::Integer) {
        if (*value < 0) {
            return failed(QStringLiteral("V20"), def.field, {text.toString()});
        }
        if (*value < def.min || *value > def.max) {
            return failed(QStringLiteral("V19"),
                          def.field,
                          {text.toString(),
                           QStringLiteral("range"),
                           QString::number(def.min),
                           QString::number(def.max)});
        }
    } else if (!isValidCode(def.codes, *value, instrument)) {
        const QString tag = def.kind == FieldKind::Flags ? QStringLiteral("flags") : QStringLiteral("code");
        return failed(QStringLiteral("V19"), def.field, {text.toString(), tag});
    }
    return {isCanonicalInteger(text) ? canonical : QString::number(*value), std::nullopt};
}

bool isValidPeriod(QStringView text)
{
    if (text.size() != 7 || text[4] != u'-') {
        return false;
    }
    const int year = digitsValue(text.first(4));
    const int month = digitsValue(text.sliced(5, 2));
    return year >= 1 && month >= 1 && month <= 12;
}

NormalizedValue normalizeDecimal(const FieldDef &def, QStringView text, const QString &canonical)
{
    constexpr qsizetype kMaxDecimals = 6;
    QStringView body = text;
    bool hadPlus = false;
    if (body.front() == u'-' || body.front() == u'+') {
        hadPlus = body.front() == u'+';
        body = body.sliced(1);
    }
    const qsizetype dot = body.indexOf(u'.');
    const QStringView whole = dot < 0 ? body : body.first(dot);
    const QStringView decimals = dot < 0 ? QStringView() : body.sliced(dot + 1);
    const bool shapeOk = !whole.isEmpty() && allDigits(whole) && allDigits(decimals)
                         && (dot < 0 || (!decimals.isEmpty() && decimals.size() <= kMaxDecimals));
    if (!shapeOk) {
        return failed(QStringLiteral("V19"), def.field, {text.toString(), QStringLiteral("decimal")});
    }
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || value < static_cast<double>(def.min) || value > static_cast<double>(def.max)) {
        return failed(
            QStringLiteral("V19"),
            def.field,
            {text.toString(), QStringLiteral("range"), QString::number(def.min), QString::number(def.max)});
    }
    return {hadPlus ? text.sliced(1).toString() : canonical, std::nullopt};
}

bool isValidId(QStringView text)
{
    constexpr qsizetype kMaxIdLength = 64;
    if (text.isEmpty() || text.size() > kMaxIdLength) {
        return false;
    }
    return std::ranges::all_of(text, [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-'
               || u == u'_';
    });
}

// `original` is the untrimmed raw value when the caller has it as a QString, so that a value that is
// already canonical is returned shared.
NormalizedValue normalizeKind(Field field, QStringView text, const QString &canonical, Instrument instrument)
{
    const FieldDef &def = fieldDef(field);
    switch (def.kind) {
    case FieldKind::Text:
        return {canonical, std::nullopt};
    case FieldKind::Id:
        if (!isValidId(text)) {
            return failed(QStringLiteral("V19"), field, {QString(), QStringLiteral("id")});
        }
        return {canonical, std::nullopt};
    case FieldKind::RegionCode:
        return normalizeRegionCode(text, canonical);
    case FieldKind::Number16:
        return normalizeNumber16(field, text, canonical);
    case FieldKind::Integer:
    case FieldKind::Code:
    case FieldKind::YesNo:
    case FieldKind::Flags:
        return normalizeInteger(def, text, canonical, instrument);
    case FieldKind::Date:
        if (!parseIsoDate(text).isValid()) {
            return failed(QStringLiteral("V18"), field, {text.toString(), QStringLiteral("date")});
        }
        return {canonical, std::nullopt};
    case FieldKind::Period:
        if (!isValidPeriod(text)) {
            return failed(QStringLiteral("V18"), field, {text.toString(), QStringLiteral("period")});
        }
        return {canonical, std::nullopt};
    case FieldKind::Decimal:
        return normalizeDecimal(def, text, canonical);
    case FieldKind::Instrument:
        if (!parseInstrument(text)) {
            return failed(QStringLiteral("V19"), field, {text.toString(), QStringLiteral("instrument")});
        }
        return {canonical, std::nullopt};
    }
    Q_UNREACHABLE();
    return {};
}

NormalizedValue normalizeImpl(Field field, QStringView raw, const QString *original, Instrument instrument)
{
    const QStringView text = raw.trimmed();
    if (text.isEmpty()) {
        return {};
    }
    const QString trimmed =
        original != nullptr && original->size() == text.size() ? *original : text.toString();
    NormalizedValue result = normalizeKind(field, text, trimmed, instrument);
    if (result.issue) {
        // Keep the unreadable text: the record rules then see that a value is there (no V04 or V10
        // beside a V01 or V09) but cannot read it, and skip it.
        result.value = trimmed;
    }
    return result;
}

// Whole years from `earlier` to `later` (negative when `later` is before `earlier`).
int yearsBetween(QDate earlier, QDate later)
{
    if (later < earlier) {
        return -yearsBetween(later, earlier);
    }
    int years = later.year() - earlier.year();
    if (later.month() < earlier.month()
        || (later.month() == earlier.month() && later.day() < earlier.day())) {
        --years;
    }
    return years;
}

// A code the rules may reason with: one of its list (an unreadable one is already V19).
std::optional<qint64> validCode(const Household &household, Field field)
{
    const auto value = household.number(field);
    if (!value || !isValidCode(fieldDef(field).codes, *value, household.instrument())) {
        return std::nullopt;
    }
    return value;
}

template <typename Record>
bool isFilled(const Record &record, Field field)
{
    return !record.isEmpty(field);
}

// The ten canonical digits of a valid village code, also from PP.KK.CC.DDDD; empty if invalid (V15).
QString villageDigits(const QString &value)
{
    const NormalizedValue n = normalizeValue(Field::VillageCode, value);
    return n.issue ? QString() : n.value;
}

} // namespace

Severity defaultSeverity(QStringView rule)
{
    static constexpr std::array<std::pair<const char16_t *, Severity>, 31> kTable{{
        {u"V01", Severity::Error},   {u"V02", Severity::Error},   {u"V03", Severity::Error},
        {u"V04", Severity::Warning}, {u"V05", Severity::Warning}, {u"V06", Severity::Warning},
        {u"V07", Severity::Warning}, {u"V08", Severity::Error},   {u"V09", Severity::Error},
        {u"V10", Severity::Warning}, {u"V11", Severity::Warning}, {u"V12", Severity::Error},
        {u"V13", Severity::Warning}, {u"V14", Severity::Warning}, {u"V15", Severity::Error},
        {u"V16", Severity::Warning}, {u"V17", Severity::Error},   {u"V18", Severity::Error},
        {u"V19", Severity::Error},   {u"V20", Severity::Error},   {u"V21", Severity::Error},
        {u"V22", Severity::Warning}, {u"V23", Severity::Warning}, {u"V24", Severity::Warning},
        {u"V25", Severity::Warning}, {u"V26", Severity::Warning}, {u"V27", Severity::Warning},
        {u"V28", Severity::Warning}, {u"V29", Severity::Warning}, {u"V30", Severity::Gate},
        {u"V31", Severity::Gate},
    }};
    for (const auto &[id, severity] : kTable) {
        if (rule == QStringView(id)) {
            return severity;
        }
    }
    return Severity::Error;
}

std::optional<NikParts> parseNik(QStringView nik)
{
    if (nik.size() != kNikLength || !allDigits(nik) || nikDateAndSerialIssue(nik)) {
        return std::nullopt;
    }
    NikParts parts;
    parts.region = nik.first(6);
    const int rawDay = digitsValue(nik.sliced(6, 2));
    parts.sex = rawDay > kWomenDayOffset ? Sex::Female : Sex::Male;
    parts.day = rawDay > kWomenDayOffset ? rawDay - kWomenDayOffset : rawDay;
    parts.month = digitsValue(nik.sliced(8, 2));
    parts.yearTwoDigits = digitsValue(nik.sliced(10, 2));
    parts.serial = digitsValue(nik.sliced(12, 4));
    return parts;
}

QDate nikBirthDate(const NikParts &parts, QDate recordedBirthDate, QDate today)
{
    const int yy = parts.yearTwoDigits;
    int year = 2000 + yy;
    if (recordedBirthDate.isValid()) {
        // The century that puts the NIK's year nearest the recorded one.
        const int recorded = recordedBirthDate.year();
        const int century = recorded - (recorded % 100);
        int best = century + yy;
        for (const int candidate : {century - 100 + yy, century + 100 + yy}) {
            if (std::abs(candidate - recorded) < std::abs(best - recorded)) {
                best = candidate;
            }
        }
        year = best;
    } else if (today.isValid()) {
        const QDate in2000s(2000 + yy, parts.month, parts.day);
        const bool future = in2000s.isValid() ? in2000s > today : 2000 + yy > today.year();
        if (future) {
            year = 1900 + yy;
        }
    }
    return {year, parts.month, parts.day};
}

NormalizedValue normalizeValue(Field field, QStringView raw, Instrument instrument)
{
    return normalizeImpl(field, raw, nullptr, instrument);
}

NormalizedValue normalizeValue(Field field, const QString &raw, Instrument instrument)
{
    return normalizeImpl(field, raw, &raw, instrument);
}

Result<QString> parseValue(Field field, QStringView raw, Instrument instrument)
{
    NormalizedValue n = normalizeValue(field, raw, instrument);
    if (!n.issue) {
        return std::move(n.value);
    }
    const Issue &issue = *n.issue;
    const QString detail = issue.rule % u" in " % issue.column;
    const QStringView text = raw.trimmed();
    const QString length = QString::number(text.size());
    if (issue.rule == u"V01") {
        return Error(ErrorCode::ValidationNikLength, {length}, detail);
    }
    if (issue.rule == u"V02") {
        return Error(ErrorCode::ValidationNikDate, {}, detail);
    }
    if (issue.rule == u"V03") {
        return Error(ErrorCode::ValidationNikSerial, {}, detail);
    }
    if (issue.rule == u"V09") {
        return Error(ErrorCode::ValidationKkLength, {length}, detail);
    }
    if (issue.rule == u"V15") {
        return Error(ErrorCode::ValidationRegionCode, {text.toString()}, detail);
    }
    if (issue.rule == u"V18") {
        return Error(ErrorCode::ValidationDate, {text.toString()}, detail);
    }
    return Error(ErrorCode::ValidationNumber, {text.toString()}, detail);
}

MemberFacts factsOf(const Member &member, qint64 line)
{
    MemberFacts facts;
    facts.personId = member.personId();
    facts.relationship = member.relationship();
    facts.sex = member.sex();
    facts.birthDate = member.birthDate();
    facts.active = member.isEmpty(Field::Presence) || member.isActive();
    facts.line = line;
    return facts;
}

QList<Issue> validateHouseholdValues(const Household &household, const ValidationContext &context)
{
    QList<Issue> issues;
    auto add = [&](Issue issue) {
        issue.householdId = household.householdId();
        issues << std::move(issue);
    };

    // V10, V11
    const QString &kk = household.kkNumber();
    if (kk.isEmpty()) {
        add(makeIssue(QStringLiteral("V10"), Severity::Warning, Field::KkNumber));
    } else if (context.regions != nullptr && kk.size() == kNikLength && allDigits(kk)
               && !context.regions->isKnownKecamatan(QStringView(kk).first(6))) {
        add(makeIssue(QStringLiteral("V11"), Severity::Warning, Field::KkNumber, {kk.first(6)}));
    }

    // V16, V17
    const QString &rawVillage = household.villageCode();
    if (!rawVillage.isEmpty()) {
        const QString village = villageDigits(rawVillage);
        if (!village.isEmpty()) {
            // The vault's own village code is accepted once, when the vault is created (a new or a
            // demo village may be missing from the list); flagging it on every family would bury the
            // warnings that matter.
            if (context.regions != nullptr && village != context.villageCode
                && !context.regions->isInLatestEdition(village)) {
                add(makeIssue(QStringLiteral("V16"), Severity::Warning, Field::VillageCode, {village}));
            }
            if (!context.villageCode.isEmpty() && village != context.villageCode) {
                add(makeIssue(QStringLiteral("V17"),
                              Severity::Error,
                              Field::VillageCode,
                              {village, context.villageCode}));
            }
        }
    }

    // V28: questions that apply only after a given answer.
    const auto tenure = validCode(household, Field::Tenure);
    if (tenure && *tenure != 1 && isFilled(household, Field::LandProof)) {
        add(makeIssue(QStringLiteral("V28"), Severity::Warning, Field::LandProof, {QStringLiteral("301b")}));
    }
    const auto lighting = validCode(household, Field::Lighting);
    if (lighting && *lighting != 1) {
        for (const Field power : {Field::Power1, Field::Power2, Field::Power3}) {
            if (isFilled(household, power)) {
                add(makeIssue(QStringLiteral("V28"), Severity::Warning, power, {QStringLiteral("307b")}));
            }
        }
    }
    const auto toilet = validCode(household, Field::ToiletFacility);
    if (toilet && (*toilet < 1 || *toilet > 4) && isFilled(household, Field::ToiletType)) {
        add(makeIssue(QStringLiteral("V28"), Severity::Warning, Field::ToiletType, {QStringLiteral("309b")}));
    }

    // V29
    const auto area = household.number(Field::FloorAreaM2);
    if (area && *area > kMaxFloorArea) {
        add(makeIssue(QStringLiteral("V29"),
                      Severity::Warning,
                      Field::FloorAreaM2,
                      {QString::number(*area), QStringLiteral("floor")}));
    }
    for (const Field animal : {Field::LivestockCattle,
                               Field::LivestockBuffalo,
                               Field::LivestockHorse,
                               Field::LivestockPig,
                               Field::LivestockGoatSheep}) {
        const auto count = household.number(animal);
        if (count && *count > kMaxLivestock) {
            add(makeIssue(QStringLiteral("V29"),
                          Severity::Warning,
                          animal,
                          {QString::number(*count), QStringLiteral("livestock")}));
        }
    }
    return issues;
}

QList<Issue>
validateMemberValues(const Member &member, const Household &household, const ValidationContext &context)
{
    QList<Issue> issues;
    auto add = [&](Issue issue) {
        issue.householdId = household.householdId();
        issue.personId = member.personId();
        issues << std::move(issue);
    };
    const QDate birth = member.birthDate();
    const std::optional<Sex> sex = member.sex();

    // V04–V07
    const QString &nik = member.nik();
    if (nik.isEmpty()) {
        add(makeIssue(QStringLiteral("V04"), Severity::Warning, Field::Nik));
    } else if (const auto parts = parseNik(nik)) {
        if (context.regions != nullptr && !context.regions->isKnownKecamatan(parts->region)) {
            add(makeIssue(QStringLiteral("V05"), Severity::Warning, Field::Nik, {parts->region.toString()}));
        }
        if (sex && *sex != parts->sex) {
            add(makeIssue(
                QStringLiteral("V06"),
                Severity::Warning,
                Field::Sex,
                {QString::number(static_cast<int>(parts->sex)), QString::number(static_cast<int>(*sex))}));
        }
        if (birth.isValid()
            && (birth.day() != parts->day || birth.month() != parts->month
                || birth.year() % 100 != parts->yearTwoDigits)) {
            const QStringView n(nik);
            const QString nikDate = QStringLiteral("%1-%2-%3")
                                        .arg(parts->day, 2, 10, QLatin1Char('0'))
                                        .arg(n.sliced(8, 2))
                                        .arg(n.sliced(10, 2));
            add(makeIssue(QStringLiteral("V07"),
                          Severity::Warning,
                          Field::BirthDate,
                          {nikDate, member.value(Field::BirthDate)}));
        }
    }

    // V11 for a member's own KK number
    const QString &memberKk = member.value(Field::MemberKkNumber);
    if (context.regions != nullptr && memberKk.size() == kNikLength && allDigits(memberKk)
        && !context.regions->isKnownKecamatan(QStringView(memberKk).first(6))) {
        add(makeIssue(QStringLiteral("V11"), Severity::Warning, Field::MemberKkNumber, {memberKk.first(6)}));
    }

    const bool haveToday = context.today.isValid();
    // V18: a birth date in the future
    if (haveToday && birth.isValid() && birth > context.today) {
        add(makeIssue(QStringLiteral("V18"),
                      Severity::Error,
                      Field::BirthDate,
                      {member.value(Field::BirthDate), QStringLiteral("future")}));
    }
    // Filled in two steps: GCC 12 at -O2 (the release preset) reports the conditional form as
    // maybe-uninitialized, a known false positive with std::optional<int>.
    std::optional<int> age;
    if (haveToday) {
        age = member.ageOn(context.today);
    }

    // V21, V22
    if (member.number(Field::Pregnant) == static_cast<qint64>(YesNo::Yes)) {
        if (sex == Sex::Male) {
            add(makeIssue(QStringLiteral("V21"), Severity::Error, Field::Pregnant));
        } else if (age && (*age < kMinPregnancyAge || *age > kMaxPregnancyAge)) {
            add(makeIssue(
                QStringLiteral("V22"), Severity::Warning, Field::Pregnant, {QString::number(*age)}));
        }
    }

    // V23: only for people still listed as living here
    const bool active = member.isEmpty(Field::Presence) || member.isActive();
    if (age && *age > kOldAge && active) {
        add(makeIssue(QStringLiteral("V23"), Severity::Warning, Field::BirthDate, {QString::number(*age)}));
    }

    // V25
    const auto marital = member.maritalStatus();
    if (age && *age < kMinMarriageAge && marital && *marital != MaritalStatus::Single) {
        add(makeIssue(
            QStringLiteral("V25"), Severity::Warning, Field::MaritalStatus, {QString::number(*age)}));
    }

    // V26
    const auto worked = member.number(Field::WorkedLastWeek);
    if (worked == static_cast<qint64>(YesNo::Yes)) {
        const auto hours = member.number(Field::WorkHours);
        if (hours && (*hours == 0 || *hours > kMaxWorkHours)) {
            add(makeIssue(QStringLiteral("V26"),
                          Severity::Warning,
                          Field::WorkHours,
                          {QStringLiteral("hours"), QString::number(*hours)}));
        }
    } else if (worked == static_cast<qint64>(YesNo::No)) {
        for (const Field job : {Field::WorkHours, Field::WorkSector, Field::EmploymentStatus}) {
            if (isFilled(member, job)) {
                add(makeIssue(QStringLiteral("V26"), Severity::Warning, job, {QStringLiteral("not-worked")}));
                break;
            }
        }
    }

    // V27: upper-secondary levels (Paket C 11 … SPM Ulya 17) under 14; D4/S1 and above (19–22) under 19
    if (age) {
        for (const Field school : {Field::SchoolLevel, Field::Diploma}) {
            const auto level = member.number(school);
            if (!level) {
                continue;
            }
            const bool upperSecondary = *level >= 11 && *level <= 17 && *age < 14;
            const bool university = *level >= 19 && *level <= 22 && *age < 19;
            if (upperSecondary || university) {
                add(makeIssue(QStringLiteral("V27"),
                              Severity::Warning,
                              school,
                              {QString::number(*level), QString::number(*age)}));
            }
        }
    }

    // V28: 421–426 without a business of one's own; 427 (nutrition) is asked only for under-fives
    if (member.number(Field::HasBusiness) == static_cast<qint64>(YesNo::No)) {
        for (const Field business : {Field::BusinessSector,
                                     Field::BusinessPaidWorkers,
                                     Field::BusinessUnpaidWorkers,
                                     Field::BusinessLicence,
                                     Field::BusinessTurnover,
                                     Field::BusinessInternet}) {
            if (isFilled(member, business)) {
                add(makeIssue(QStringLiteral("V28"), Severity::Warning, business, {QStringLiteral("421")}));
            }
        }
    }
    if (age && *age >= kUnderFive && isFilled(member, Field::Nutrition)) {
        add(makeIssue(QStringLiteral("V28"), Severity::Warning, Field::Nutrition, {QStringLiteral("427")}));
    }
    return issues;
}

QList<Issue> validateHouseholdStructure(const QString &householdId,
                                        std::span<const MemberFacts> members,
                                        const ValidationContext &context)
{
    Q_UNUSED(context)
    QList<Issue> issues;
    auto add = [&](Issue issue, const MemberFacts *member) {
        issue.householdId = householdId;
        if (member != nullptr) {
            issue.personId = member->personId;
            issue.line = member->line;
        }
        issues << std::move(issue);
    };

    const MemberFacts *head = nullptr;
    const MemberFacts *extraHead = nullptr;
    int activeHeads = 0;
    int anyHeads = 0;
    int spouses = 0;
    const MemberFacts *extraSpouse = nullptr;
    for (const MemberFacts &m : members) {
        if (m.relationship == Relationship::Head) {
            ++anyHeads;
            if (m.active) {
                ++activeHeads;
                if (head == nullptr) {
                    head = &m;
                } else if (extraHead == nullptr) {
                    extraHead = &m;
                }
            }
        } else if (m.relationship == Relationship::Spouse && m.active) {
            ++spouses;
            if (spouses == 2) {
                extraSpouse = &m;
            }
        }
    }

    // V12: a deceased or moved head still listed beside the new one is history, not a second head;
    // a family whose only head has died or moved is left to a proposal, not refused.
    if (activeHeads > 1) {
        add(makeIssue(
                QStringLiteral("V12"), Severity::Error, Field::Relationship, {QString::number(activeHeads)}),
            extraHead);
    } else if (anyHeads == 0) {
        add(makeIssue(QStringLiteral("V12"), Severity::Error, Field::Relationship, {QStringLiteral("0")}),
            members.empty() ? nullptr : &members.front());
    }

    // V13: polygamy is legal, so only a warning
    if (spouses > 1) {
        add(makeIssue(
                QStringLiteral("V13"), Severity::Warning, Field::Relationship, {QString::number(spouses)}),
            extraSpouse);
    }

    // V24
    if (activeHeads == 1 && head->birthDate.isValid()) {
        const QDate headBirth = head->birthDate;
        for (const MemberFacts &m : members) {
            if (!m.active || !m.birthDate.isValid()) {
                continue;
            }
            if (m.relationship == Relationship::Child && m.birthDate < headBirth.addYears(kMinParentGap)) {
                add(makeIssue(
                        QStringLiteral("V24"),
                        Severity::Warning,
                        Field::BirthDate,
                        {QStringLiteral("child"), QString::number(yearsBetween(headBirth, m.birthDate))}),
                    &m);
            } else if (m.relationship == Relationship::Parent
                       && m.birthDate > headBirth.addYears(-kMinParentGap)) {
                add(makeIssue(
                        QStringLiteral("V24"),
                        Severity::Warning,
                        Field::BirthDate,
                        {QStringLiteral("parent"), QString::number(yearsBetween(m.birthDate, headBirth))}),
                    &m);
            }
        }
    }
    return issues;
}

QList<Issue> validateHousehold(const Household &household, const ValidationContext &context)
{
    QList<Issue> issues;
    const Instrument instrument = household.instrument();
    const QString &householdId = household.householdId();

    for (const FieldDef &def : householdColumns()) {
        const QString &value = household.value(def.field);
        if (value.isEmpty()) {
            if (def.required) {
                Issue issue = makeIssue(QStringLiteral("R02"), Severity::Error, def.field);
                issue.householdId = householdId;
                issues << std::move(issue);
            }
            continue;
        }
        NormalizedValue n = normalizeValue(def.field, value, instrument);
        if (n.issue) {
            n.issue->householdId = householdId;
            issues << std::move(*n.issue);
        }
    }
    {
        NormalizedValue n =
            normalizeValue(Field::InstrumentVersion, household.value(Field::InstrumentVersion));
        if (n.issue) {
            n.issue->householdId = householdId;
            issues << std::move(*n.issue);
        }
    }
    issues << validateHouseholdValues(household, context);

    std::vector<MemberFacts> facts;
    facts.reserve(static_cast<std::size_t>(household.members.size()));
    QHash<QString, QString> nikOwner; // NIK -> person id, active members only (V08)
    for (const Member &member : household.members) {
        for (const FieldDef &def : memberColumns()) {
            const QString &value = member.value(def.field);
            if (value.isEmpty()) {
                if (def.required) {
                    Issue issue = makeIssue(QStringLiteral("R02"), Severity::Error, def.field);
                    issue.householdId = householdId;
                    issue.personId = member.personId();
                    issues << std::move(issue);
                }
                continue;
            }
            NormalizedValue n = normalizeValue(def.field, value, instrument);
            if (n.issue) {
                n.issue->householdId = householdId;
                n.issue->personId = member.personId();
                issues << std::move(*n.issue);
            }
        }
        issues << validateMemberValues(member, household, context);
        facts.push_back(factsOf(member));

        if (member.isActive() && !member.nik().isEmpty()) {
            const auto it = nikOwner.constFind(member.nik());
            if (it != nikOwner.cend()) {
                issues << duplicateNikIssue(
                    householdId, member.personId(), member.nik(), *it, !context.isSnapshotImport);
            } else {
                nikOwner.insert(member.nik(), member.personId());
            }
        }
    }
    issues << validateHouseholdStructure(householdId, facts, context);
    return issues;
}

Issue duplicateNikIssue(const QString &householdId,
                        const QString &personId,
                        QStringView nik,
                        const QString &otherPersonId,
                        bool entryIsError)
{
    Issue issue = makeIssue(QStringLiteral("V08"),
                            entryIsError ? Severity::Error : Severity::Warning,
                            Field::Nik,
                            {maskNumber(nik), otherPersonId});
    issue.householdId = householdId;
    issue.personId = personId;
    return issue;
}

Issue sharedKkIssue(const QString &householdId, QStringView kk, const QString &otherHouseholdId)
{
    Issue issue = makeIssue(
        QStringLiteral("V14"), Severity::Warning, Field::KkNumber, {maskNumber(kk), otherHouseholdId});
    issue.householdId = householdId;
    return issue;
}

} // namespace verdes
