// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/musdes/Meeting.h"

#include <QRegularExpression>

#include <array>
#include <cmath>

namespace verdes {

namespace {

template <typename Enum>
struct CodeRow
{
    Enum value;
    const char *code;
    const char *label;
};

const std::array<CodeRow<MeetingKind>, 4> kKinds{{
    {MeetingKind::Musdes, "musdes", QT_TRANSLATE_NOOP("Meeting", "Village meeting (musdes)")},
    {MeetingKind::Musdesus, "musdesus", QT_TRANSLATE_NOOP("Meeting", "Special village meeting (musdesus)")},
    {MeetingKind::Muskel, "muskel", QT_TRANSLATE_NOOP("Meeting", "Kelurahan meeting (muskel)")},
    {MeetingKind::Sptjm, "sptjm", QT_TRANSLATE_NOOP("Meeting", "Statement of responsibility (SPTJM)")},
}};

const std::array<CodeRow<AttendeeRole>, 18> kRoles{{
    {AttendeeRole::KepalaDesa, "kepala_desa", QT_TRANSLATE_NOOP("Meeting", "Village head / lurah")},
    {AttendeeRole::Perangkat, "perangkat", QT_TRANSLATE_NOOP("Meeting", "Village official")},
    {AttendeeRole::Bpd, "bpd", QT_TRANSLATE_NOOP("Meeting", "BPD member")},
    {AttendeeRole::RtRw, "rt_rw", QT_TRANSLATE_NOOP("Meeting", "RT/RW head")},
    {AttendeeRole::PendampingPkh, "pendamping_pkh", QT_TRANSLATE_NOOP("Meeting", "PKH facilitator")},
    {AttendeeRole::Tksk, "tksk", QT_TRANSLATE_NOOP("Meeting", "TKSK")},
    {AttendeeRole::Psm, "psm", QT_TRANSLATE_NOOP("Meeting", "PSM")},
    {AttendeeRole::PendampingDesa, "pendamping_desa", QT_TRANSLATE_NOOP("Meeting", "Village facilitator")},
    {AttendeeRole::Lpm, "lpm", QT_TRANSLATE_NOOP("Meeting", "LPM")},
    {AttendeeRole::Babinsa, "babinsa", QT_TRANSLATE_NOOP("Meeting", "Babinsa")},
    {AttendeeRole::Bhabinkamtibmas, "bhabinkamtibmas", QT_TRANSLATE_NOOP("Meeting", "Bhabinkamtibmas")},
    {AttendeeRole::Tokoh, "tokoh", QT_TRANSLATE_NOOP("Meeting", "Religious, customary or community figure")},
    {AttendeeRole::Perempuan, "perempuan", QT_TRANSLATE_NOOP("Meeting", "Women's representative")},
    {AttendeeRole::RumahTanggaMiskin,
     "rumah_tangga_miskin",
     QT_TRANSLATE_NOOP("Meeting", "Representative of poor households")},
    {AttendeeRole::Dinsos, "dinsos", QT_TRANSLATE_NOOP("Meeting", "District social office")},
    {AttendeeRole::Camat, "camat", QT_TRANSLATE_NOOP("Meeting", "Camat / sub-district")},
    {AttendeeRole::Bps, "bps", QT_TRANSLATE_NOOP("Meeting", "BPS")},
    {AttendeeRole::Other, "other", QT_TRANSLATE_NOOP("Meeting", "Other")},
}};

const std::array<CodeRow<AgendaSection>, 3> kSections{{
    {AgendaSection::Flagged,
     "flagged",
     QT_TRANSLATE_NOOP("Meeting", "Flagged registrants: keep or propose removal")},
    {AgendaSection::NewProposals, "new", QT_TRANSLATE_NOOP("Meeting", "New proposals")},
    {AgendaSection::OtherChanges, "other", QT_TRANSLATE_NOOP("Meeting", "Other changes")},
}};

const std::array<CodeRow<Decision>, 6> kDecisions{{
    {Decision::None, "", QT_TRANSLATE_NOOP("Meeting", "Not decided")},
    {Decision::Agreed, "agreed", QT_TRANSLATE_NOOP("Meeting", "Agreed")},
    {Decision::Rejected, "rejected", QT_TRANSLATE_NOOP("Meeting", "Rejected")},
    {Decision::Deferred, "deferred", QT_TRANSLATE_NOOP("Meeting", "Deferred")},
    {Decision::Keep, "keep", QT_TRANSLATE_NOOP("Meeting", "Keep in the registry")},
    {Decision::ProposeRemoval, "remove", QT_TRANSLATE_NOOP("Meeting", "Propose removal")},
}};

const std::array<CodeRow<DecisionMode>, 2> kModes{{
    {DecisionMode::Consensus, "consensus", QT_TRANSLATE_NOOP("Meeting", "By consensus")},
    {DecisionMode::Vote, "vote", QT_TRANSLATE_NOOP("Meeting", "By vote")},
}};

template <typename Enum, size_t N>
QString codeOf(const std::array<CodeRow<Enum>, N> &table, Enum value)
{
    for (const auto &row : table) {
        if (row.value == value) {
            return QString::fromLatin1(row.code);
        }
    }
    Q_UNREACHABLE();
    return {};
}

template <typename Enum, size_t N>
QString labelOf(const std::array<CodeRow<Enum>, N> &table, Enum value)
{
    for (const auto &row : table) {
        if (row.value == value) {
            return QCoreApplication::translate("Meeting", row.label);
        }
    }
    Q_UNREACHABLE();
    return {};
}

template <typename Enum, size_t N>
std::optional<Enum> fromCode(const std::array<CodeRow<Enum>, N> &table, QStringView code)
{
    for (const auto &row : table) {
        if (code == QLatin1StringView(row.code)) {
            return row.value;
        }
    }
    return std::nullopt;
}

template <typename Enum, size_t N>
QList<Enum> allOf(const std::array<CodeRow<Enum>, N> &table)
{
    QList<Enum> values;
    for (const auto &row : table) {
        values.append(row.value);
    }
    return values;
}

} // namespace

QString MeetingSeal::shortHash() const
{
    const QString hex = QString::fromLatin1(sha256.left(8).toHex());
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4) {
        groups.append(hex.mid(i, 4));
    }
    return groups.join(QLatin1Char('-'));
}

QString MeetingText::kindLabel(MeetingKind kind)
{
    return labelOf(kKinds, kind);
}

QString MeetingText::kindShort(MeetingKind kind)
{
    return meetingKindCode(kind).toUpper();
}

QString MeetingText::roleLabel(AttendeeRole role)
{
    return labelOf(kRoles, role);
}

QString MeetingText::sectionLabel(AgendaSection section)
{
    return labelOf(kSections, section);
}

QString MeetingText::decisionLabel(Decision decision)
{
    return labelOf(kDecisions, decision);
}

QString MeetingText::modeLabel(DecisionMode mode)
{
    return labelOf(kModes, mode);
}

QString MeetingText::decisionWithVotes(const AgendaItem &item)
{
    if (!item.isDecided()) {
        return decisionLabel(Decision::None);
    }
    if (item.mode == DecisionMode::Vote) {
        return tr("%1 (vote: %2 for, %3 against, %4 abstaining)")
            .arg(decisionLabel(item.decision))
            .arg(item.votesFor)
            .arg(item.votesAgainst)
            .arg(item.votesAbstain);
    }
    return tr("%1 (by consensus)").arg(decisionLabel(item.decision));
}

QString MeetingText::rtRwLabel(std::optional<int> rt, std::optional<int> rw)
{
    QStringList parts;
    if (rt) {
        parts.append(tr("RT %1").arg(*rt, 3, 10, QLatin1Char('0')));
    }
    if (rw) {
        parts.append(tr("RW %1").arg(*rw, 3, 10, QLatin1Char('0')));
    }
    return parts.join(QStringLiteral(" / "));
}

QString MeetingText::openingLabel()
{
    return tr("Opening");
}

QString MeetingText::closingLabel()
{
    return tr("Closing");
}

QString meetingKindCode(MeetingKind kind)
{
    return codeOf(kKinds, kind);
}

std::optional<MeetingKind> meetingKindFromCode(QStringView code)
{
    return fromCode(kKinds, code);
}

QString attendeeRoleCode(AttendeeRole role)
{
    return codeOf(kRoles, role);
}

std::optional<AttendeeRole> attendeeRoleFromCode(QStringView code)
{
    return fromCode(kRoles, code);
}

QList<AttendeeRole> allAttendeeRoles()
{
    return allOf(kRoles);
}

QString agendaSectionCode(AgendaSection section)
{
    return codeOf(kSections, section);
}

std::optional<AgendaSection> agendaSectionFromCode(QStringView code)
{
    return fromCode(kSections, code);
}

QList<AgendaSection> allAgendaSections()
{
    return allOf(kSections);
}

QString decisionCode(Decision decision)
{
    return codeOf(kDecisions, decision);
}

std::optional<Decision> decisionFromCode(QStringView code)
{
    return fromCode(kDecisions, code);
}

QString decisionModeCode(DecisionMode mode)
{
    return codeOf(kModes, mode);
}

std::optional<DecisionMode> decisionModeFromCode(QStringView code)
{
    return fromCode(kModes, code);
}

AgendaSection sectionForType(ProposalType type)
{
    switch (type) {
    case ProposalType::Ineligible:
    case ProposalType::Duplicate:
    case ProposalType::Objection:
        return AgendaSection::Flagged;
    case ProposalType::NewHousehold:
    case ProposalType::NewMember:
    case ProposalType::Programme:
        return AgendaSection::NewProposals;
    default:
        return AgendaSection::OtherChanges;
    }
}

MeetingKind meetingKindForVillage(const QString &villageCode)
{
    QString digits;
    for (const QChar c : villageCode) {
        if (c.isDigit()) {
            digits.append(c);
        }
    }
    // Kemendagri's village codes: PP.KK.CC.TNNN, where T is 1 for a kelurahan and 2 for a desa.
    if (digits.size() == 10 && digits.at(6) == QLatin1Char('1')) {
        return MeetingKind::Muskel;
    }
    return MeetingKind::Musdes;
}

QDate cutOffFor(QDate meetingDate, int cutOffDay)
{
    if (!meetingDate.isValid()) {
        return {};
    }
    const auto dayIn = [cutOffDay](QDate month) {
        return QDate(month.year(), month.month(), qMin(cutOffDay, month.daysInMonth()));
    };
    const QDate thisMonth = dayIn(meetingDate);
    if (meetingDate <= thisMonth) {
        return thisMonth;
    }
    return dayIn(meetingDate.addMonths(1));
}

bool makesMonthCutOff(QDate meetingDate, int cutOffDay)
{
    const QDate cutOff = cutOffFor(meetingDate, cutOffDay);
    return cutOff.isValid() && cutOff.month() == meetingDate.month() && cutOff.year() == meetingDate.year();
}

int Quorum::needed() const
{
    return static_cast<int>(std::ceil(fraction * expected - 1e-9));
}

std::optional<QString> normaliseRtRw(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,3})\\s*/\\s*(\\d{1,3})\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const int rt = match.captured(1).toInt();
    const int rw = match.captured(2).toInt();
    if (rt == 0 || rw == 0) {
        return std::nullopt;
    }
    return QStringLiteral("%1/%2").arg(rt, 3, 10, QLatin1Char('0')).arg(rw, 3, 10, QLatin1Char('0'));
}

} // namespace verdes
