// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/privacy/SubjectAccess.h"

#include "models/audit/AuditText.h"
#include "models/core/Error.h"
#include "models/core/Log.h"
#include "models/domain/Codes.h"
#include "models/domain/Field.h"
#include "models/domain/RegionTable.h"
#include "models/domain/Role.h"
#include "models/repo/HouseholdRepository.h"
#include "models/review/DecisionRepository.h"
#include "models/review/ReviewCodes.h"
#include "models/vault/Transaction.h"
#include "sync/batch/Envelope.h"
#include "sync/privacy/SubjectAccessRepository.h"
#include "sync/review/ReviewRepository.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <span>

namespace verdes::sync {

namespace {

constexpr int kBnbaNikColumn = 1; // name, NIK, KK, …
const QString kNikColumn = QStringLiteral("nik");

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString timeText(const QDateTime &at)
{
    if (!at.isValid()) {
        return QStringLiteral("–");
    }
    const QDateTime local = at.toLocalTime();
    return QLocale().toString(local.date(), QStringLiteral("d MMMM yyyy")) + u' '
           + QLocale().toString(local.time(), QStringLiteral("HH:mm"));
}

QString timeText(const QString &isoUtc)
{
    if (isoUtc.isEmpty()) {
        return QStringLiteral("–");
    }
    QDateTime at = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!at.isValid()) {
        return isoUtc;
    }
    at.setTimeSpec(Qt::UTC);
    return timeText(at);
}

// A stored value in words: the code list's label next to the code, dates as dates.
QString valueText(Field field, const QString &value)
{
    if (value.isEmpty()) {
        return QStringLiteral("–");
    }
    const FieldDef &def = fieldDef(field);
    bool isNumber = false;
    const qint64 number = value.toLongLong(&isNumber);
    switch (def.kind) {
    case FieldKind::Code:
    case FieldKind::YesNo: {
        const QString label =
            isNumber ? CodeText::label(def.kind == FieldKind::YesNo ? CodeList::YesNo : def.codes, number)
                     : QString();
        return label.isEmpty() ? value : QStringLiteral("%1 (%2)").arg(label, value);
    }
    case FieldKind::Flags: {
        const QStringList labels = isNumber ? CodeText::flagLabels(def.codes, number) : QStringList();
        return labels.isEmpty() ? value
                                : QStringLiteral("%1 (%2)").arg(labels.join(QStringLiteral(", ")), value);
    }
    case FieldKind::Date: {
        const QDate day = QDate::fromString(value, Qt::ISODate);
        return day.isValid() ? QLocale().toString(day, QStringLiteral("d MMMM yyyy")) : value;
    }
    default:
        return value;
    }
}

QString columnLabel(const QString &column)
{
    const auto field = fieldByColumn(column);
    return field ? FieldText::label(*field) : column;
}

QString changeValue(const QString &column, const QString &value)
{
    const auto field = fieldByColumn(column);
    return field ? valueText(*field, value) : (value.isEmpty() ? QStringLiteral("–") : value);
}

QString stateLabel(const QString &code)
{
    const auto state = proposalStateFromCode(code);
    return state ? ProposalStateText::label(*state) : code;
}

QString typeLabel(const QString &code)
{
    const auto type = proposalTypeFromCode(code);
    return type ? ProposalTypeText::label(*type) : code;
}

QString outboxStateLabel(const QString &code)
{
    if (code == u"queued") {
        return SubjectAccess::tr("waiting to be sent");
    }
    if (code == u"sent") {
        return SubjectAccess::tr("sent, no receipt yet");
    }
    if (code == u"receipted") {
        return SubjectAccess::tr("received by the district");
    }
    return SubjectAccess::tr("refused by the district");
}

// Whether a proposal is about the person: it names them, changes their member record or their NIK,
// or changes only their household's record (then it is about the family they belong to).
bool isAbout(const Proposal &proposal, const QString &personId, const QString &nik)
{
    if (proposal.personIds.contains(personId)) {
        return true;
    }
    bool householdOnly = proposal.personIds.isEmpty() && !proposal.changes.isEmpty();
    for (const FieldChange &change : proposal.changes) {
        if (change.table == kMembersTable) {
            householdOnly = false;
            if (change.recordId == personId
                || (change.column == kNikColumn && (change.newValue == nik || change.oldValue == nik))) {
                return true;
            }
        }
    }
    return householdOnly;
}

class Gatherer
{
public:
    Gatherer(Database &db, Clock &clock, SubjectAccessReport &report)
        : m_db(db)
        , m_clock(clock)
        , m_report(report)
    {}

    Result<void> village();
    Result<void> district();
    Result<void> audit();

private:
    Result<void> addProposal(qint64 proposalId);
    void addEntries(const QList<AuditEntry> &entries);

    Database &m_db;
    Clock &m_clock;
    SubjectAccessReport &m_report;
    QSet<qint64> m_proposalIds;
    QSet<qint64> m_meetingIds;
    QSet<quint64> m_batches;
    QSet<qint64> m_auditSeqs;
};

Result<void> Gatherer::village()
{
    const QString &nik = m_report.nik;
    HouseholdRepository households(m_db);
    ProposalRepository proposals(m_db, m_clock);

    SubjectAccessRepository repository(m_db);
    VERDES_TRY_ASSIGN(members, repository.membersWithNik(nik));
    for (const SubjectAccessRepository::HeldMember &found : std::as_const(members)) {
        const QString &personId = found.personId;
        const QString &householdId = found.householdId;
        VERDES_TRY_ASSIGN(household, households.household(householdId, true));
        if (!household) {
            continue;
        }
        const Member *member = household->memberById(personId);
        if (member == nullptr) {
            continue;
        }
        SubjectAccessReport::Person person;
        person.member = *member;
        person.missing = found.missing;
        person.household = *household;
        person.household.members.clear(); // the other members' data is theirs, not this person's
        VERDES_TRY_ASSIGN(summaries, proposals.forHousehold(householdId));
        for (const ProposalSummary &summary : std::as_const(summaries)) {
            VERDES_TRY_ASSIGN(proposal, proposals.get(summary.id));
            if (proposal && isAbout(*proposal, personId, nik)) {
                VERDES_TRY(addProposal(summary.id));
            }
        }
        m_report.persons.append(std::move(person));
    }
    // A person the registry does not hold yet: a proposal that adds them (or changes a NIK to theirs).
    VERDES_TRY_ASSIGN(ids, repository.proposalsChangingNik(nik));
    for (const qint64 id : std::as_const(ids)) {
        VERDES_TRY(addProposal(id));
    }
    std::sort(m_report.proposals.begin(), m_report.proposals.end(), [](const auto &a, const auto &b) {
        return a.proposal.id < b.proposal.id;
    });
    return {};
}

Result<void> Gatherer::addProposal(qint64 proposalId)
{
    if (m_proposalIds.contains(proposalId)) {
        return {};
    }
    ProposalRepository proposals(m_db, m_clock);
    VERDES_TRY_ASSIGN(proposal, proposals.get(proposalId));
    if (!proposal) {
        return {};
    }
    m_proposalIds.insert(proposalId);
    SubjectAccessReport::ProposalEntry entry;
    entry.proposal = std::move(*proposal);
    VERDES_TRY_ASSIGN(evidence, proposals.evidence(proposalId, true));
    entry.evidence = std::move(evidence);
    VERDES_TRY_ASSIGN(history, proposals.history(proposalId));
    entry.history = std::move(history);
    VERDES_TRY_ASSIGN(verdicts, DecisionRepository(m_db).forProposal(proposalId));
    entry.verdicts = std::move(verdicts);
    SubjectAccessRepository repository(m_db);
    VERDES_TRY_ASSIGN(batches, repository.batchesOf(proposalId));
    for (const auto &batch : std::as_const(batches)) {
        m_batches.insert(batch.sequence);
    }
    entry.batches = std::move(batches);
    VERDES_TRY_ASSIGN(meetings, repository.meetingsOf(proposalId));
    for (const auto &[meetingId, number] : std::as_const(meetings)) {
        m_meetingIds.insert(meetingId);
        entry.meetings.append(number);
    }
    m_report.proposals.append(std::move(entry));
    return {};
}

// The district holds the person in the batches the villages sent: a BNBA line with the NIK, or a
// change of a NIK. Each stored batch is verified again with the device key stored beside it, as the
// item view does, so the report shows what the village signed.
Result<void> Gatherer::district()
{
    const QString &nik = m_report.nik;
    QList<SubjectAccessReport::DistrictItem> found;
    SubjectAccessRepository repository(m_db);
    VERDES_TRY(repository.forEachReceivedBatch(
        [&](const SubjectAccessRepository::ReceivedBatch &received) -> Result<void> {
            VERDES_TRY_ASSIGN(body,
                              Envelope::openSigned(received.signedFile, FileKind::Batch, received.deviceKey));
            VERDES_TRY_ASSIGN(batch, Batch::decode(body));
            for (qsizetype position = 0; position < batch.items.size(); ++position) {
                const BatchItem &item = batch.items.at(position);
                SubjectAccessReport::DistrictItem hit;
                for (qsizetype line = 0; line + BatchItem::kBnbaColumns <= item.bnba.size();
                     line += BatchItem::kBnbaColumns) {
                    if (item.bnba.at(line + kBnbaNikColumn) == nik) {
                        hit.bnbaLines.append(item.bnba.mid(line, BatchItem::kBnbaColumns));
                    }
                }
                const bool changesNik =
                    std::any_of(item.changes.cbegin(), item.changes.cend(), [&](const BatchChange &c) {
                        return c.column == kNikColumn && (c.newValue == nik || c.oldValue == nik);
                    });
                if (hit.bnbaLines.isEmpty() && !changesNik) {
                    continue;
                }
                hit.hubSerial = received.hubSerial;
                hit.position = static_cast<int>(position);
                hit.villageCode = received.villageCode;
                hit.sequence = received.sequence;
                hit.createdAt = received.createdAt;
                hit.receivedAt = received.receivedAt;
                hit.item = item;
                for (BatchEvidence &evidence : hit.item.evidence) {
                    evidence.content.clear(); // names and sizes in the report, never the bytes
                }
                found.append(std::move(hit));
            }
            return {};
        }));
    ReviewRepository reviews(m_db);
    for (SubjectAccessReport::DistrictItem &hit : found) {
        VERDES_TRY_ASSIGN(reviewItem, repository.reviewItemAt(hit.hubSerial, hit.position));
        if (reviewItem) {
            hit.itemId = reviewItem->first;
            hit.state = reviewItem->second;
            VERDES_TRY_ASSIGN(verdicts, reviews.verdicts(hit.itemId));
            hit.verdicts = std::move(verdicts);
        }
    }
    m_report.districtItems = std::move(found);
    return {};
}

void Gatherer::addEntries(const QList<AuditEntry> &entries)
{
    for (const AuditEntry &entry : entries) {
        if (!m_auditSeqs.contains(entry.seq)) {
            m_auditSeqs.insert(entry.seq);
            m_report.audit.append(entry);
        }
    }
}

// Every entry about what the report holds: the households' own history (changes, reveals, proposals),
// the proposals', the meetings they were on (documents printed, items shown), the batches that
// carried them, and what processed every record (snapshot imports and exports); at the district, the
// items' verdicts and the exports of their villages.
Result<void> Gatherer::audit()
{
    AuditLog log(m_db, m_clock);
    if (!m_report.holdsAnything()) {
        return {};
    }
    for (const auto &person : std::as_const(m_report.persons)) {
        VERDES_TRY_ASSIGN(entries, log.forHousehold(person.household.householdId()));
        addEntries(entries);
    }
    for (const auto &entry : std::as_const(m_report.proposals)) {
        VERDES_TRY_ASSIGN(entries,
                          log.forObject(QStringLiteral("proposal"), QString::number(entry.proposal.id)));
        addEntries(entries);
    }
    for (const qint64 meetingId : std::as_const(m_meetingIds)) {
        VERDES_TRY_ASSIGN(entries, log.forObject(QStringLiteral("meeting"), QString::number(meetingId)));
        QList<AuditEntry> relevant;
        for (const AuditEntry &entry : std::as_const(entries)) {
            if (entry.action == u"meeting.documents" || entry.action == u"meeting.seal"
                || entry.action == u"meeting.reveal") {
                relevant.append(entry);
            }
        }
        addEntries(relevant);
    }
    for (const quint64 sequence : std::as_const(m_batches)) {
        VERDES_TRY_ASSIGN(entries, log.forObject(QStringLiteral("batch"), QString::number(sequence)));
        addEntries(entries);
    }
    if (!m_report.persons.isEmpty()) {
        for (const QString &action : {QStringLiteral("import.snapshot"), QStringLiteral("export.snapshot")}) {
            VERDES_TRY_ASSIGN(entries, log.withAction(action));
            addEntries(entries);
        }
    }
    QSet<QString> villages;
    for (const auto &item : std::as_const(m_report.districtItems)) {
        villages.insert(item.villageCode);
        if (item.itemId != 0) {
            VERDES_TRY_ASSIGN(entries,
                              log.forObject(QStringLiteral("review_item"), QString::number(item.itemId)));
            addEntries(entries);
        }
    }
    if (!villages.isEmpty()) {
        VERDES_TRY_ASSIGN(exports, log.withAction(QStringLiteral("review.export")));
        QList<AuditEntry> relevant;
        for (const AuditEntry &entry : std::as_const(exports)) {
            if (villages.contains(entry.objectId)) {
                relevant.append(entry);
            }
        }
        addEntries(relevant);
    }
    std::sort(m_report.audit.begin(), m_report.audit.end(), [](const AuditEntry &a, const AuditEntry &b) {
        return a.seq < b.seq;
    });
    return {};
}

QString fieldRows(const QList<Field> &fields, const auto &record, const QHash<QString, QStringList> &proposed)
{
    QString rows;
    for (const Field field : fields) {
        const QString column = columnName(field);
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(esc(FieldText::label(field)),
                         esc(valueText(field, record.value(field))),
                         esc(proposed.value(column).join(QStringLiteral("; "))));
    }
    return rows;
}

QList<Field> fieldsOf(std::span<const FieldDef> defs)
{
    QList<Field> fields;
    for (const FieldDef &def : defs) {
        fields.append(def.field);
    }
    return fields;
}

QString tableHead(const QStringList &headers)
{
    QString head =
        QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
    for (const QString &header : headers) {
        head += QStringLiteral("<th align=\"left\">%1</th>").arg(esc(header));
    }
    return head + QStringLiteral("</tr>");
}

QString tableRow(const QStringList &cells)
{
    QString text = QStringLiteral("<tr>");
    for (const QString &cell : cells) {
        text += QStringLiteral("<td>%1</td>").arg(esc(cell));
    }
    return text + QStringLiteral("</tr>");
}

} // namespace

Result<QString> SubjectAccess::normalizeNik(const QString &typed)
{
    QString nik = typed;
    nik.remove(u' ');
    const bool digits = std::all_of(nik.cbegin(), nik.cend(), [](QChar c) {
        return c >= u'0' && c <= u'9';
    });
    if (nik.size() != 16 || !digits) {
        return Error(ErrorCode::ValidationNikLength,
                     {QString::number(nik.size())},
                     QStringLiteral("subject access: not 16 digits"));
    }
    return nik;
}

Result<SubjectAccessReport>
SubjectAccess::gather(Database &db, const SubjectAccessVault &vault, const QString &nik, Clock &clock)
{
    VERDES_TRY_ASSIGN(normalized, normalizeNik(nik));
    SubjectAccessReport report;
    report.nik = normalized;
    report.vault = vault;
    report.madeAt = clock.now().toUTC();
    Gatherer gatherer(db, clock, report);
    if (vault.kind == VaultKind::District) {
        VERDES_TRY(gatherer.district());
    } else {
        VERDES_TRY(gatherer.village());
    }
    VERDES_TRY(gatherer.audit());
    return report;
}

Result<SubjectAccessReport> SubjectAccess::make(
    Database &db, const SubjectAccessVault &vault, const Actor &actor, const QString &nik, Clock &clock)
{
    VERDES_TRY(actor.require(Action::ExportData));
    VERDES_TRY_ASSIGN(report, gather(db, vault, nik, clock));
    report.madeBy = actor.isRecovery()
                        ? QString()
                        : QStringLiteral("%1 (%2)").arg(actor.name, RoleText::label(actor.role));

    QList<AuditRecord> records;
    QSet<QString> households;
    for (const auto &person : std::as_const(report.persons)) {
        const QString id = person.household.householdId();
        if (!households.contains(id)) {
            households.insert(id);
            records.append(
                {QStringLiteral("privacy.subject_access"), QStringLiteral("household"), id, id, {}});
        }
    }
    for (const auto &item : std::as_const(report.districtItems)) {
        if (item.itemId != 0) {
            records.append({QStringLiteral("privacy.subject_access"),
                            QStringLiteral("review_item"),
                            QString::number(item.itemId),
                            {},
                            {}});
        }
    }
    if (records.isEmpty()) {
        // Nothing held (or only proposals for a person not in the registry yet): the request and its
        // answer are recorded all the same.
        records.append({QStringLiteral("privacy.subject_access"), QStringLiteral("vault"), {}, {}, {}});
    }
    AuditLog log(db, clock);
    Transaction tx(db);
    VERDES_TRY(tx.begin());
    for (const AuditRecord &record : std::as_const(records)) {
        VERDES_TRY(log.append(actor, record));
    }
    VERDES_TRY(tx.commit());
    // Counts only: never the NIK, a name or an address (CONVENTIONS.md §12).
    qCInfo(lcRepo) << "subject access report:" << report.persons.size() << "records,"
                   << report.proposals.size() << "proposals," << report.districtItems.size()
                   << "district items," << report.audit.size() << "audit entries";
    return report;
}

QString SubjectAccess::title()
{
    return tr("Personal data access report");
}

QString SubjectAccess::footer(const SubjectAccessReport &report)
{
    return tr("%1 · %2 · prepared %3 · for the data subject only")
        .arg(title(), report.vault.name, timeText(report.madeAt));
}

QString SubjectAccess::html(const SubjectAccessReport &report)
{
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h2>%1</h2>").arg(esc(title()));
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(esc(tr("This report lists every piece of personal data that this vault holds about the "
                        "person with the NIK below, and every processing of it that the vault recorded. It "
                        "answers a request under Law 27 of 2022 on Personal Data Protection (UU PDP), which "
                        "gives the data subject the right to access their data; the request is to be "
                        "answered within 3 × 24 hours. The full NIK appears in this report only: hand it to "
                        "the person it belongs to and to no one else.")));
    const QString where =
        report.vault.kind == VaultKind::District
            ? QStringLiteral("%1 (%2)").arg(report.vault.name, report.vault.code)
            : QStringLiteral("%1 (%2)").arg(report.vault.name, RegionTable::dotted(report.vault.code));
    html += QStringLiteral("<table cellpadding=\"2\">");
    html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                .arg(esc(tr("Vault")),
                     esc(VaultKindText::label(report.vault.kind) + QStringLiteral(": ") + where));
    html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(tr("NIK")), esc(report.nik));
    html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                .arg(esc(tr("Prepared on")), esc(timeText(report.madeAt)));
    if (!report.madeBy.isEmpty()) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(esc(tr("Prepared by")), esc(report.madeBy));
    }
    html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                .arg(esc(tr("Legal basis")),
                     esc(tr("UU 27/2022 on Personal Data Protection: the data subject's right of access; "
                            "processing as a public task under law (social welfare data, DTSEN)")));
    html += QStringLiteral("</table>");

    if (!report.holdsAnything()) {
        html +=
            QStringLiteral("<h3>%1</h3><p>%2</p>")
                .arg(esc(tr("Nothing is held")),
                     esc(tr(
                         "This vault holds no record, proposal or review item about a person with this NIK. "
                         "This statement is the answer to the request for this vault.")));
    }

    for (const auto &person : report.persons) {
        QHash<QString, QStringList> proposedMember;
        QHash<QString, QStringList> proposedHousehold;
        for (const auto &entry : report.proposals) {
            for (const FieldChange &change : entry.proposal.changes) {
                const QString text = tr("%1 (proposal %2, %3)")
                                         .arg(changeValue(change.column, change.newValue))
                                         .arg(entry.proposal.id)
                                         .arg(ProposalStateText::label(entry.proposal.state));
                if (change.table == kMembersTable && change.recordId == person.member.personId()) {
                    proposedMember[change.column].append(text);
                } else if (change.table == kHouseholdsTable
                           && change.recordId == person.household.householdId()) {
                    proposedHousehold[change.column].append(text);
                }
            }
        }
        html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("The person's record in the registry")));
        html +=
            QStringLiteral("<p>%1</p>")
                .arg(esc(tr(
                    "As the vault holds it now (from the newest DTSEN data and the changes applied since), "
                    "with what proposals would change.")));
        if (person.missing) {
            html +=
                QStringLiteral("<p>%1</p>").arg(esc(tr("The newest DTSEN data no longer has this person.")));
        }
        html += tableHead({tr("Field"), tr("Value held"), tr("Proposed")});
        html += fieldRows(fieldsOf(memberColumns()), person.member, proposedMember);
        html += QStringLiteral("</table>");
        html += QStringLiteral("<h3>%1</h3>")
                    .arg(esc(tr("The record of the person's family (household %1)")
                                 .arg(person.household.householdId())));
        html += tableHead({tr("Field"), tr("Value held"), tr("Proposed")});
        html += fieldRows(fieldsOf(householdColumns()), person.household, proposedHousehold);
        html += QStringLiteral("</table>");
    }

    if (!report.proposals.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Proposals about the person")));
        for (const auto &entry : report.proposals) {
            const Proposal &p = entry.proposal;
            html +=
                QStringLiteral("<p><b>%1</b><br/>%2</p>")
                    .arg(esc(tr("Proposal %1: %2 — %3")
                                 .arg(p.id)
                                 .arg(ProposalTypeText::label(p.type), ProposalStateText::label(p.state))),
                         esc(tr("Reason: %1").arg(p.reason.isEmpty() ? QStringLiteral("–") : p.reason)));
            if (!p.changes.isEmpty()) {
                html += tableHead({tr("Field"), tr("Old value"), tr("New value")});
                for (const FieldChange &change : p.changes) {
                    html += tableRow({columnLabel(change.column),
                                      changeValue(change.column, change.oldValue),
                                      changeValue(change.column, change.newValue)});
                }
                html += QStringLiteral("</table>");
            }
            if (!entry.evidence.isEmpty()) {
                html += QStringLiteral("<p>%1</p>")
                            .arg(esc(tr("Evidence (the files are kept in the encrypted vault):")));
                html += tableHead({tr("Kind"), tr("File name"), tr("Size"), tr("Added")});
                for (const EvidenceInfo &e : entry.evidence) {
                    QString added = timeText(e.addedAt);
                    if (e.replacedBy != 0) {
                        added += u' ' + tr("(replaced by a newer version)");
                    }
                    html += tableRow({ProposalTypeText::evidenceLabel(e.kind),
                                      e.fileName,
                                      QLocale().formattedDataSize(e.size),
                                      added});
                }
                html += QStringLiteral("</table>");
            }
            if (!entry.meetings.isEmpty()) {
                html += QStringLiteral("<p>%1</p>")
                            .arg(esc(tr("Discussed at the village meeting(s): %1")
                                         .arg(entry.meetings.join(QStringLiteral(", ")))));
            }
            for (const auto &batch : entry.batches) {
                html += QStringLiteral("<p>%1</p>")
                            .arg(esc(tr("Sent to the district in batch %1 (made %2, sent %3): %4.")
                                         .arg(batch.sequence)
                                         .arg(timeText(batch.createdAt),
                                              timeText(batch.sentAt),
                                              outboxStateLabel(batch.state))));
            }
            if (!entry.verdicts.isEmpty()) {
                html += tableHead({tr("District decision"), tr("Reason"), tr("Reviewer"), tr("Decided")});
                for (const DistrictVerdict &v : entry.verdicts) {
                    html += tableRow({ProposalStateText::label(v.state),
                                      QString(v.reason + u' ' + v.note).trimmed(),
                                      v.reviewerName,
                                      timeText(v.decidedAt)});
                }
                html += QStringLiteral("</table>");
            }
            if (!entry.history.isEmpty()) {
                html += tableHead({tr("Step"), tr("By"), tr("When")});
                for (const ProposalTransitionRecord &t : entry.history) {
                    html += tableRow(
                        {tr("%1 → %2").arg(ProposalStateText::label(t.from), ProposalStateText::label(t.to)),
                         t.officerName,
                         timeText(t.at)});
                }
                html += QStringLiteral("</table>");
            }
        }
    }

    if (!report.districtItems.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Items from the villages that name the person")));
        for (const auto &item : report.districtItems) {
            html +=
                QStringLiteral("<p><b>%1</b><br/>%2</p>")
                    .arg(
                        esc(tr("Village %1, batch %2, proposal %3: %4")
                                .arg(RegionTable::dotted(item.villageCode))
                                .arg(item.sequence)
                                .arg(item.item.proposalId)
                                .arg(typeLabel(item.item.type))),
                        esc(tr("Received %1; state: %2; reason given by the village: %3")
                                .arg(timeText(item.receivedAt),
                                     item.state.isEmpty() ? tr("not in the review queue (refused by the hub)")
                                                          : stateLabel(item.state),
                                     item.item.reason.isEmpty() ? QStringLiteral("–") : item.item.reason)));
            if (!item.bnbaLines.isEmpty()) {
                html += tableHead({tr("Name"),
                                   tr("NIK"),
                                   tr("KK"),
                                   tr("Address"),
                                   tr("RT/RW"),
                                   tr("Type"),
                                   tr("Reason"),
                                   tr("Decision")});
                for (const QStringList &line : item.bnbaLines) {
                    html += tableRow(line);
                }
                html += QStringLiteral("</table>");
            }
            if (!item.item.changes.isEmpty()) {
                html += tableHead({tr("Field"), tr("Old value"), tr("New value")});
                for (const BatchChange &change : item.item.changes) {
                    html += tableRow({columnLabel(change.column),
                                      changeValue(change.column, change.oldValue),
                                      changeValue(change.column, change.newValue)});
                }
                html += QStringLiteral("</table>");
            }
            if (!item.item.evidence.isEmpty()) {
                QStringList kinds;
                for (const BatchEvidence &e : item.item.evidence) {
                    const auto kind = evidenceKindFromCode(e.kind);
                    kinds.append(kind ? ProposalTypeText::evidenceLabel(*kind) : e.kind);
                }
                html += QStringLiteral("<p>%1</p>")
                            .arg(esc(
                                tr("Evidence held with the item: %1").arg(kinds.join(QStringLiteral(", ")))));
            }
            if (!item.verdicts.isEmpty()) {
                html += tableHead({tr("Verdict"), tr("Reason"), tr("NIK match"), tr("Decided")});
                for (const VerdictRow &v : item.verdicts) {
                    html += tableRow({ProposalStateText::label(v.state),
                                      QString((v.reason ? ReviewCodeText::codeAndLabel(*v.reason) : QString())
                                              + u' ' + v.note)
                                          .trimmed(),
                                      ReviewCodeText::label(v.nikMatch),
                                      timeText(v.decidedAt)});
                }
                html += QStringLiteral("</table>");
            }
        }
    }

    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Processing recorded in the vault's audit log")));
    if (report.audit.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("No processing of this person's data is recorded.")));
    } else {
        html += tableHead({tr("When"), tr("What")});
        for (const AuditEntry &entry : report.audit) {
            html += tableRow({timeText(entry.at), AuditText::sentence(entry)});
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(esc(tr(
                    "The audit log records every change, every import and export, every print of the "
                    "meeting's documents and every showing of a full NIK or KK number, with who did it and "
                    "when. Looking at a record with its numbers masked is not recorded one by one. "
                    "Preparing this report is recorded too.")));
    html += QStringLiteral("</body></html>");
    return html;
}

} // namespace verdes::sync
