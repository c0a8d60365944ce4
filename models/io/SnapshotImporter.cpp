// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/SnapshotImporter.h"

#include "models/core/Clock.h"
#include "models/core/Log.h"
#include "models/io/CsvColumns.h"
#include "models/io/CsvWriter.h"
#include "models/io/RowSource.h"
#include "models/io/SpreadsheetDamage.h"
#include "models/platform/CrashPoint.h"
#include "models/proposals/ProposalRepository.h"
#include "models/repo/HouseholdWriter.h"
#include "models/repo/ImportRepository.h"
#include "models/repo/RecordIssueRepository.h"
#include "models/repo/RegistryColumns.h"
#include "models/search/HouseholdSearch.h"
#include "models/vault/AuditLog.h"
#include "models/vault/Database.h"
#include "models/vault/StateDigest.h"
#include "models/vault/Transaction.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <sys/stat.h>

namespace verdes {

namespace {

constexpr qint64 kCheckEvery = 512;

QString importText(const char *text)
{
    return QCoreApplication::translate("SnapshotImporter", text);
}

// A 32-bit fingerprint of each household column of a household's first row: enough to find the
// rows that differ (R03) and name the columns, at 280 bytes a household instead of its text.
using ColumnPrints = std::array<quint32, kHouseholdValueCount>;

ColumnPrints printsOf(const Household &household)
{
    ColumnPrints prints{};
    for (std::size_t i = 0; i < prints.size(); ++i) {
        prints[i] = static_cast<quint32>(qHash(household.values[i], 0x5eed));
    }
    return prints;
}

QStringList registryTables()
{
    return {QStringLiteral("households"), QStringLiteral("members")};
}

bool issueOrder(const Issue &a, const Issue &b)
{
    if (a.isError() != b.isError()) {
        return a.isError();
    }
    return a.line < b.line;
}

Result<void> makeOwnerOnly(QFileDevice &file)
{
    // Before any byte is written: the rejected rows are personal data (DOMAIN.md §10).
    if (::fchmod(file.handle(), S_IRUSR | S_IWUSR) != 0) {
        return Error(ErrorCode::FileWriteFailed, {file.fileName()}, QStringLiteral("fchmod failed"));
    }
    return {};
}

} // namespace

struct SnapshotImporter::Run
{
    struct HouseholdState
    {
        ColumnPrints prints{};
        qint64 firstLine = 0;
        qint64 firstErrorLine = 0; // 0 = no error: the household is imported
        QList<MemberFacts> facts;  // pass 1 only
        bool written = false;      // pass 2
        bool touched = false;      // added or changed in pass 2: its record_issues are replaced
        bool incomplete = false;   // a row had the wrong field count: its structure is not judged
        int ordinal = 0;
    };

    SnapshotImporter &importer;
    RowSource &source;
    const ImportOptions &options;
    Progress &control;
    ValidationContext context;
    CsvColumns columns;
    ImportReport report;
    SpreadsheetDamage damage;
    // A `;` or tab file (Excel in a locale with a decimal comma) may write -7,331234 for -7.331234.
    bool decimalComma = false;
    // The optional columns the file lacks: read back from the vault so that an update keeps them
    // (issue 11: a missing column is no information, never a reason to clear).
    QList<Field> absentHouseholdFields;
    QList<Field> absentMemberFields;

    QHash<QString, HouseholdState> households;
    QHash<QString, qint64> personLines; // R04, and which members the snapshot holds
    QHash<QString, QString> nikOwners;  // V08 across households
    QHash<QString, QString> kkOwners;   // V14
    QList<Issue> errors;                // capped
    QList<Issue> warnings;              // all of them: they become record_issues
    QHash<qint64, QStringList> errorReasons;
    QString digest;
    QString rejectsTarget; // options.rejectsPath as OutputPath resolved it

    Household household;
    Member member;
    QList<Issue> rowIssues;

    Run(SnapshotImporter &imp, RowSource &src, const ImportOptions &opts, Progress &ctl)
        : importer(imp)
        , source(src)
        , options(opts)
        , control(ctl)
        , context(imp.m_context)
    {
        if (!context.today.isValid()) {
            context.today = imp.m_clock.today();
        }
    }

    // The file is read once when it has no errors (checked and written in the same pass), twice
    // otherwise (checked, then written without the bad rows).
    qint64 passes = 1;

    void progress(qint64 pass)
    {
        const qint64 total = qMax<qint64>(1, source.total());
        control.report(qMin(pass, passes - 1) * total + qMin(source.position(), total), passes * total);
    }

    Result<void> checkCancel(qint64 row, qint64 pass)
    {
        if (row % kCheckEvery != 0) {
            return {};
        }
        progress(pass);
        if (control.isCancelled()) {
            return Error(ErrorCode::Cancelled, {}, QStringLiteral("import cancelled"));
        }
        return {};
    }

    // Reads one record into `household` and `member` (canonical values) and `rowIssues`.
    // Returns false when the record has the wrong number of fields (R01): nothing else is checked.
    bool parseRow(const QStringList &fields, qint64 line)
    {
        rowIssues.clear();
        household.values.fill(QString());
        member.values.fill(QString());
        const auto addIssue = [&](Issue issue) {
            issue.line = line;
            if (issue.column.isEmpty() && issue.field) {
                issue.column = columnName(*issue.field);
            }
            if (issue.householdId.isEmpty()) {
                issue.householdId = household.householdId();
            }
            if (issue.personId.isEmpty()) {
                issue.personId = member.personId();
            }
            rowIssues << std::move(issue);
        };
        if (fields.size() != columns.header().size()) {
            household.values[householdSlot(Field::HouseholdId)] =
                columns.value(fields, Field::HouseholdId).trimmed();
            member.values[static_cast<std::size_t>(memberSlot(Field::PersonId))] =
                columns.value(fields, Field::PersonId).trimmed();
            Issue issue;
            issue.rule = QStringLiteral("R01");
            issue.args =
                QStringList{QString::number(fields.size()), QString::number(columns.header().size())};
            addIssue(std::move(issue));
            return false;
        }
        const NormalizedValue instrumentValue =
            normalizeValue(Field::InstrumentVersion, columns.value(fields, Field::InstrumentVersion));
        const Instrument instrument =
            parseInstrument(instrumentValue.value).value_or(Instrument::Regsosek2022K);
        for (const FieldDef &def : allFields()) {
            const QString &raw = columns.value(fields, def.field);
            QString value;
            std::optional<Issue> issue;
            if (!QStringView(raw).trimmed().isEmpty()) {
                NormalizedValue normalized =
                    decimalComma && def.kind == FieldKind::Decimal && raw.contains(u',')
                        ? normalizeValue(def.field, QString(raw).replace(u',', u'.'))
                        : normalizeValue(def.field, raw, instrument);
                value = std::move(normalized.value);
                issue = std::move(normalized.issue);
                // R05: a spreadsheet's mark on a code, identifier or date explains the problem better
                // than the value rule (a Text column has no value rule and is checked always).
                if ((issue || def.kind == FieldKind::Text) && SpreadsheetDamage::watches(def.field)) {
                    if (auto damaged = SpreadsheetDamage::valueIssue(def.field, raw)) {
                        issue = std::move(damaged);
                    }
                }
            } else if (def.required) {
                Issue missing;
                missing.rule = QStringLiteral("R02");
                missing.field = def.field;
                issue = std::move(missing);
            }
            if (isMemberField(def.field)) {
                member.values[static_cast<std::size_t>(memberSlot(def.field))] = std::move(value);
            } else {
                household.values[static_cast<std::size_t>(householdSlot(def.field))] = std::move(value);
            }
            if (issue) {
                addIssue(std::move(*issue));
            }
        }
        // The ids decide the grouping: fill them into issues found before they were read.
        for (Issue &issue : rowIssues) {
            if (issue.householdId.isEmpty()) {
                issue.householdId = household.householdId();
            }
            if (issue.personId.isEmpty()) {
                issue.personId = member.personId();
            }
        }
        return true;
    }

    // Drops the row's values once it is handled, so the reader can reuse its field strings for the
    // next row instead of allocating new ones (they would still be shared with these).
    void releaseRow()
    {
        household.values.fill(QString());
        member.values.fill(QString());
    }

    void record(Issue issue)
    {
        if (issue.columnIndex < 0 && issue.field) {
            const qsizetype index = columns.indexOf(*issue.field);
            issue.columnIndex = index < 0 ? -1 : static_cast<int>(index);
        }
        if (issue.isError()) {
            ++report.errorCount;
            errorReasons[issue.line] << issue.text();
            if (errors.size() < options.maxReportedIssues) {
                errors << std::move(issue);
            }
        } else {
            ++report.warningCount;
            warnings << std::move(issue);
        }
    }

    void markBad(HouseholdState *state, qint64 line)
    {
        if (state != nullptr && (state->firstErrorLine == 0 || line < state->firstErrorLine)) {
            state->firstErrorLine = line;
        }
    }

    // Pass 1: checks every row. While no row has an error, it also writes each row inside the
    // import's transaction (the common case: a clean snapshot is read once). The first error stops
    // the writing and rolls it back; the check goes on, so every error is still reported.
    Result<void> validate()
    {
        control.setPhase(importText(QT_TRANSLATE_NOOP("SnapshotImporter", "Checking and importing rows…")));
        VERDES_TRY(openWrite());
        QStringList fields;
        qint64 line = 0;
        while (true) {
            VERDES_TRY(checkCancel(report.rowsRead, 0));
            VERDES_TRY_ASSIGN(more, source.next(fields, line));
            if (!more) {
                break;
            }
            ++report.rowsRead;
            validateRow(fields, line);
            if (writer && report.errorCount > 0) {
                abandonWrite();
                control.setPhase(importText(QT_TRANSLATE_NOOP("SnapshotImporter", "Checking rows…")));
            }
            if (writer) {
                VERDES_TRY(writeRow());
            }
            releaseRow();
        }
        digest = source.sourceSha256();
        if (report.rowsRead == 0) {
            return Error(
                ErrorCode::CsvEmpty, {}, QStringLiteral("no data rows in %1").arg(source.sourceName()));
        }
        if (damage.judge()) {
            VERDES_TRY(reportDamagedRows());
        }
        // Rules across each household's members (V12, V13, V24), then the facts are dropped.
        for (auto it = households.begin(); it != households.end(); ++it) {
            // A household with an unreadable row (R01) is already rejected; judging the heads of
            // the rows that were left would only add a misleading V12.
            const QList<Issue> issues =
                it->incomplete ? QList<Issue>() : validateHouseholdStructure(it.key(), it->facts, context);
            for (Issue issue : issues) {
                if (issue.line == 0) {
                    issue.line = it->firstLine;
                }
                if (issue.column.isEmpty() && issue.field) {
                    issue.column = columnName(*issue.field);
                }
                if (issue.isError()) {
                    markBad(&*it, issue.line);
                }
                record(std::move(issue));
            }
            it->facts = QList<MemberFacts>();
        }
        std::stable_sort(errors.begin(), errors.end(), issueOrder);
        std::stable_sort(warnings.begin(), warnings.end(), issueOrder);
        report.issues = errors;
        for (const Issue &warning : std::as_const(warnings)) {
            if (report.issues.size() >= options.maxReportedIssues) {
                break;
            }
            report.issues << warning;
        }
        report.unknownColumns = columns.unknownColumns();
        report.rowsWithErrors = errorReasons.size();
        nikOwners.clear();
        kkOwners.clear();
        return {};
    }

    // After pass 1 judged some columns damaged by a spreadsheet (R05 "rounded", "zeros"): reads the
    // file once more to name each affected row. Warnings on those columns (V14 on rounded KK numbers
    // that now look shared, V08, V11) only follow from the damage, so they are dropped.
    Result<void> reportDamagedRows()
    {
        const QList<Field> damaged = damage.damagedColumns();
        qCInfo(lcIo) << "columns changed by a spreadsheet:" << damaged.size();
        VERDES_TRY(source.rewind());
        QStringList fields;
        qint64 line = 0;
        qint64 row = 0;
        while (true) {
            if (++row % kCheckEvery == 0 && control.isCancelled()) {
                return Error(ErrorCode::Cancelled, {}, QStringLiteral("import cancelled"));
            }
            VERDES_TRY_ASSIGN(more, source.next(fields, line));
            if (!more) {
                break;
            }
            if (!parseRow(fields, line)) {
                continue;
            }
            const auto state = households.find(household.householdId());
            for (Issue issue : damage.rowIssues(household, member)) {
                issue.line = line;
                issue.householdId = household.householdId();
                issue.personId = member.personId();
                markBad(state == households.end() ? nullptr : &*state, line);
                record(std::move(issue));
            }
            releaseRow();
        }
        warnings.removeIf([&](const Issue &issue) {
            return issue.field && damaged.contains(*issue.field);
        });
        report.warningCount = warnings.size();
        return {};
    }

    void validateRow(const QStringList &fields, qint64 line)
    {
        const bool complete = parseRow(fields, line);
        const QString householdId = household.householdId();
        const QString personId = member.personId();
        HouseholdState *state = nullptr;
        if (!householdId.isEmpty()) {
            auto it = households.find(householdId);
            if (it == households.end()) {
                it = households.insert(householdId, HouseholdState{});
                it->firstLine = line;
                if (complete) {
                    damage.observe(household, member, true);
                    it->prints = printsOf(household);
                    for (Issue issue : validateHouseholdValues(household, context)) {
                        issue.line = line;
                        rowIssues << std::move(issue);
                    }
                    const QString &kk = household.kkNumber();
                    if (!kk.isEmpty()) {
                        const auto owner = kkOwners.constFind(kk);
                        if (owner != kkOwners.constEnd()) {
                            Issue issue = sharedKkIssue(householdId, kk, *owner);
                            issue.line = line;
                            rowIssues << std::move(issue);
                        } else {
                            kkOwners.insert(kk, householdId);
                        }
                    }
                }
            } else if (complete) {
                damage.observe(household, member, false);
                // R03: the household columns must repeat the household's first row.
                const ColumnPrints prints = printsOf(household);
                for (std::size_t i = 0; i < prints.size(); ++i) {
                    if (prints[i] != it->prints[i]) {
                        Issue issue;
                        issue.rule = QStringLiteral("R03");
                        issue.field = RegistryColumns::householdField(static_cast<int>(i));
                        issue.column = columnName(*issue.field);
                        issue.householdId = householdId;
                        issue.personId = personId;
                        issue.args = QStringList{QString::number(it->firstLine)};
                        issue.line = line;
                        rowIssues << std::move(issue);
                    }
                }
            }
            state = &*it;
            state->incomplete = state->incomplete || !complete;
        }
        if (!personId.isEmpty()) {
            const auto first = personLines.constFind(personId);
            if (first != personLines.constEnd()) {
                Issue issue;
                issue.rule = QStringLiteral("R04");
                issue.field = Field::PersonId;
                issue.column = columnName(Field::PersonId);
                issue.householdId = householdId;
                issue.personId = personId;
                issue.args = QStringList{QString::number(*first)};
                issue.line = line;
                rowIssues << std::move(issue);
            } else {
                personLines.insert(personId, line);
            }
        }
        if (complete) {
            for (Issue issue : validateMemberValues(member, household, context)) {
                issue.line = line;
                if (issue.householdId.isEmpty()) {
                    issue.householdId = householdId;
                }
                if (issue.personId.isEmpty()) {
                    issue.personId = personId;
                }
                rowIssues << std::move(issue);
            }
            const QString &nik = member.nik();
            if (!nik.isEmpty() && member.isActive()) {
                const auto owner = nikOwners.constFind(nik);
                if (owner != nikOwners.constEnd()) {
                    // V08: a snapshot import reports a NIK on two active members as a warning.
                    Issue issue = duplicateNikIssue(householdId, personId, nik, *owner, false);
                    issue.line = line;
                    rowIssues << std::move(issue);
                } else {
                    nikOwners.insert(nik, personId);
                }
            }
            if (state != nullptr) {
                state->facts << factsOf(member, line);
            }
        }
        bool bad = false;
        for (Issue &issue : rowIssues) {
            if (issue.column.isEmpty() && issue.field) {
                issue.column = columnName(*issue.field);
            }
            bad = bad || issue.isError();
            record(std::move(issue));
        }
        if (bad) {
            markBad(state, line);
        }
    }

    // Pass 2 --------------------------------------------------------------------------------

    // The open write of an import: its transaction and prepared statements.
    struct Writer
    {
        explicit Writer(Database &db)
            : tx(db)
        {}

        Transaction tx;
        std::unique_ptr<HouseholdWriter> households;
        std::unique_ptr<ImportRepository> imports;
        QString suspendedTrigger;     // the search trigger dropped for a first import
        bool digestSuspended = false; // the registry's digest triggers, likewise
        qint64 importId = 0;
        bool crashPointPassed = false;
    };

    std::unique_ptr<Writer> writer;

    Result<void> openWrite()
    {
        Database &db = importer.m_db;
        auto w = std::make_unique<Writer>(db);
        VERDES_TRY(w->tx.begin());
        // The vault's values of the optional columns the file lacks are kept.
        w->households = std::make_unique<HouseholdWriter>(db, absentHouseholdFields, absentMemberFields);
        VERDES_TRY(w->households->prepare());
        // Into an empty registry, the search index is built once at the end instead of row by row.
        if (w->households->hadNoMembers()) {
            VERDES_TRY_ASSIGN(triggerSql, HouseholdSearch::suspendMemberIndexing(db));
            w->suspendedTrigger = std::move(triggerSql);
        }
        // And the running digests of the two tables (issue 10) are computed once from the rows too:
        // adding 200,000 rows to them one by one took a third of a first import.
        if (w->households->hadNothing()) {
            VERDES_TRY(StateDigest::suspendForBulkLoad(db, registryTables()));
            w->digestSuspended = true;
        }
        w->imports = std::make_unique<ImportRepository>(db);
        VERDES_TRY_ASSIGN(importId,
                          insertImport(*w->imports, importer.m_clock.now().toUTC().toString(Qt::ISODate)));
        w->importId = importId;
        report.importId = importId;
        writer = std::move(w);
        return {};
    }

    // Rolls back what was written so far and forgets it.
    void abandonWrite()
    {
        if (!writer) {
            return;
        }
        writer->households.reset();
        writer->imports.reset();
        writer->tx.rollback();
        writer.reset();
        report.importId = 0;
        report.households = {};
        report.members = {};
        report.proposals = {};
        for (HouseholdState &state : households) {
            state.written = false;
            state.touched = false;
            state.ordinal = 0;
        }
    }

    // Writes one accepted row: its household on first sight, then the member.
    Result<void> writeRow()
    {
        HouseholdWriter &records = *writer->households;
        if (!writer->crashPointPassed && 2 * source.position() >= source.total()) {
            writer->crashPointPassed = true;
            VERDES_CRASH_POINT("import.write");
        }
        auto state = households.find(household.householdId());
        if (!state->written) {
            state->written = true;
            VERDES_TRY_ASSIGN(outcome, records.writeHousehold(household, writer->importId));
            count(report.households, outcome);
            state->touched = outcome != Outcome::Unchanged;
        }
        VERDES_TRY_ASSIGN(
            outcome,
            records.writeMember(household.householdId(), member, state->ordinal++, writer->importId));
        count(report.members, outcome);
        state->touched = state->touched || outcome != Outcome::Unchanged;
        return {};
    }

    // Ends the write: the search index, the missing records, the findings, the counts; commits.
    Result<void> closeWrite()
    {
        Database &db = importer.m_db;
        const qint64 importId = writer->importId;
        QElapsedTimer timer;
        timer.start();
        if (!writer->suspendedTrigger.isEmpty()) {
            VERDES_TRY(HouseholdSearch::resumeMemberIndexing(db, writer->suspendedTrigger));
            qCInfo(lcIo) << "search index built in" << timer.restart() << "ms";
        }
        if (writer->digestSuspended) {
            VERDES_TRY(StateDigest::resumeAfterBulkLoad(db, registryTables()));
            qCInfo(lcIo) << "registry digests computed in" << timer.restart() << "ms";
        }
        VERDES_TRY_ASSIGN(missingHouseholds,
                          writer->households->markMissingHouseholds(
                              [this](const QString &id) {
                                  return households.contains(id);
                              },
                              importId));
        VERDES_TRY_ASSIGN(missingMembers,
                          writer->households->markMissingMembers(
                              [this](const QString &id) {
                                  return personLines.contains(id);
                              },
                              importId));
        report.households.missing = missingHouseholds;
        report.members.missing = missingMembers;
        VERDES_TRY(writeIssues(db));
        VERDES_TRY(finishImport(*writer->imports, importId));
        if (options.actor) {
            VERDES_TRY(appendAudit(db, importId));
        }
        if (options.signedSnapshot) {
            VERDES_TRY(recordSignedSnapshot(db, importId));
        }
        // Proposals whose records this snapshot changed or removed become stale (or target gone),
        // in the same transaction as the import.
        VERDES_TRY(ProposalRepository(db, importer.m_clock).refreshStale());
        // Then each is classified: approved ones reflected or not, pending ones rebased, in conflict
        // or without their target (issue 14 §2). The moves are the system's, under the importing officer.
        VERDES_TRY_ASSIGN(reconciled,
                          ReconcileRepository(db, importer.m_clock)
                              .reconcile(options.actor.value_or(Actor::recovery()), importId));
        report.proposals = reconciled;
        qCInfo(lcIo) << "missing records and findings written in" << timer.restart() << "ms";
        if (control.isCancelled()) {
            return Error(ErrorCode::Cancelled, {}, QStringLiteral("import cancelled before commit"));
        }
        writer->households.reset();
        writer->imports.reset();
        VERDES_TRY(writer->tx.commit());
        writer.reset();
        qCInfo(lcIo) << "committed in" << timer.elapsed() << "ms";
        return {};
    }

    using Outcome = HouseholdWriter::Outcome;

    static void count(ImportCounts &counts, Outcome outcome)
    {
        switch (outcome) {
        case Outcome::Added:
            ++counts.added;
            break;
        case Outcome::Changed:
            ++counts.changed;
            break;
        case Outcome::Unchanged:
            ++counts.unchanged;
            break;
        }
    }

    QString rejectReason(qint64 line, const HouseholdState *state) const
    {
        const auto own = errorReasons.constFind(line);
        if (own != errorReasons.constEnd()) {
            return own->join(QStringLiteral("; "));
        }
        const qint64 errorLine = state != nullptr ? state->firstErrorLine : line;
        return importText(QT_TRANSLATE_NOOP("SnapshotImporter", "skipped with line %1")).arg(errorLine);
    }

    Result<qint64> insertImport(ImportRepository &imports, const QString &startedAt)
    {
        ImportRecord record;
        record.demo = options.kind == ImportOptions::Kind::Demo;
        record.sourceName = source.sourceName();
        // The digest is known once the whole file was read, the other counts once it is written
        // (finishImport).
        record.officerId = options.officerId;
        record.startedAt = startedAt;
        record.finishedAt = startedAt;
        record.rowsRead = report.rowsRead;
        record.warnings = report.warningCount;
        return imports.begin(record);
    }

    Result<void> finishImport(ImportRepository &imports, qint64 importId)
    {
        ImportRecord record;
        record.importId = importId;
        record.sourceSha256 = digest;
        record.finishedAt = importer.m_clock.now().toUTC().toString(Qt::ISODate);
        record.rowsRead = report.rowsRead;
        record.rowsSkipped = report.rowsSkipped;
        record.warnings = report.warningCount;
        record.householdsAdded = report.households.added;
        record.householdsChanged = report.households.changed;
        record.householdsUnchanged = report.households.unchanged;
        record.householdsMissing = report.households.missing;
        record.membersAdded = report.members.added;
        record.membersChanged = report.members.changed;
        record.membersUnchanged = report.members.unchanged;
        record.membersMissing = report.members.missing;
        return imports.finish(record);
    }

    // The W findings of the households this import added or changed replace their old ones.
    Result<void> writeIssues(Database &db)
    {
        RecordIssueRepository issues(db);
        for (auto it = households.cbegin(); it != households.cend(); ++it) {
            if (it->touched) {
                VERDES_TRY(issues.removeForHousehold(it.key()));
            }
        }
        for (const Issue &issue : std::as_const(warnings)) {
            const auto state = households.constFind(issue.householdId);
            if (state == households.cend() || !state->touched || state->firstErrorLine != 0) {
                continue;
            }
            VERDES_TRY(issues.add(issue));
        }
        return {};
    }

    // The import's entry in the audit trail, in the import's transaction.
    Result<void> appendAudit(Database &db, qint64 importId)
    {
        AuditRecord record;
        record.action = options.kind == ImportOptions::Kind::Demo ? QStringLiteral("import.demo")
                                                                  : QStringLiteral("import.snapshot");
        record.objectType = QStringLiteral("import");
        record.objectId = QString::number(importId);
        record.args = QStringList{QFileInfo(source.sourceName()).fileName(),
                                  QString::number(report.households.added),
                                  QString::number(report.households.changed),
                                  QString::number(report.households.missing),
                                  QString::number(report.members.added),
                                  QString::number(report.members.changed),
                                  QString::number(report.members.missing),
                                  QString::number(report.rowsSkipped)};
        VERDES_TRY(AuditLog(db, importer.m_clock).append(*options.actor, record));
        return {};
    }

    // The hub's signed snapshot this import came from (ImportOptions::signedSnapshot), in the import's
    // transaction: checked once more against the last one imported, then recorded and audited.
    Result<void> recordSignedSnapshot(Database &db, qint64 importId)
    {
        const SignedSnapshotRecord &signedSnapshot = *options.signedSnapshot;
        if (!options.actor) {
            return Error(
                ErrorCode::Internal, {}, QStringLiteral("a signed snapshot imported without an actor"));
        }
        if (digest.compare(signedSnapshot.csvSha256, Qt::CaseInsensitive) != 0) {
            return Error(ErrorCode::SyncFileMalformed,
                         {importText(QT_TRANSLATE_NOOP("SnapshotImporter", "DTSEN data file"))},
                         QStringLiteral("the CSV read is not the one the hub signed"));
        }
        ImportRepository &imports = *writer->imports;
        VERDES_TRY_ASSIGN(last, imports.lastSignedSnapshotSerial());
        if (signedSnapshot.serial <= last) {
            return Error(ErrorCode::SnapshotReplayed,
                         {QString::number(signedSnapshot.serial), QString::number(last)},
                         QStringLiteral("serial %1, last imported %2").arg(signedSnapshot.serial).arg(last));
        }
        VERDES_TRY(imports.recordSignedSnapshot(importId, signedSnapshot));
        AuditRecord record;
        record.action = QStringLiteral("snapshot.import_signed");
        record.objectType = QStringLiteral("import");
        record.objectId = QString::number(importId);
        record.args = QStringList{QString::number(signedSnapshot.serial),
                                  signedSnapshot.label,
                                  signedSnapshot.hubId,
                                  signedSnapshot.csvSha256.toLower()};
        VERDES_TRY(AuditLog(db, importer.m_clock).append(*options.actor, record));
        return {};
    }

    Result<void> write()
    {
        control.setPhase(importText(QT_TRANSLATE_NOOP("SnapshotImporter", "Writing to the vault…")));
        VERDES_TRY(source.rewind());
        std::unique_ptr<QSaveFile> rejectsFile;
        std::unique_ptr<CsvWriter> rejects;
        const bool anyRejected = report.errorCount > 0;
        if (options.skipBadRows && !options.rejectsPath.isEmpty() && anyRejected) {
            rejectsFile = std::make_unique<QSaveFile>(rejectsTarget);
            if (!rejectsFile->open(QIODevice::WriteOnly)) {
                return Error(ErrorCode::FileWriteFailed, {options.rejectsPath}, rejectsFile->errorString());
            }
            VERDES_TRY(makeOwnerOnly(*rejectsFile));
            rejects = std::make_unique<CsvWriter>(*rejectsFile, options.rejectsPath);
            QStringList header{QStringLiteral("line"), QStringLiteral("reason")};
            header << columns.header();
            VERDES_TRY(rejects->writeRow(header));
        }

        passes = 2;
        VERDES_TRY(openWrite());
        writer->crashPointPassed = true; // this pass has its own crash point, at half the rows
        const qint64 importId = writer->importId;
        ImportRepository &imports = *writer->imports;

        QStringList fields;
        qint64 line = 0;
        qint64 row = 0;
        const qint64 crashRow = qMax<qint64>(1, report.rowsRead / 2);
        while (true) {
            VERDES_TRY(checkCancel(row, 1));
            VERDES_TRY_ASSIGN(more, source.next(fields, line));
            if (!more) {
                break;
            }
            ++row;
            if (row == crashRow) {
                VERDES_CRASH_POINT("import.write");
            }
            const bool complete = parseRow(fields, line);
            auto state = households.find(household.householdId());
            const bool rejected = !complete || household.householdId().isEmpty() || state == households.end()
                                  || state->firstErrorLine != 0 || errorReasons.contains(line);
            if (rejected) {
                ++report.rowsSkipped;
                const HouseholdState *known = state == households.end() ? nullptr : &*state;
                const QString reason = rejectReason(line, known);
                VERDES_TRY(imports.addRejectedRow(
                    importId, RejectedRow{line, reason, QString::fromUtf8(CsvWriter::formatRow(fields))}));
                if (rejects) {
                    QStringList out{QString::number(line), reason};
                    out << fields;
                    VERDES_TRY(rejects->writeRow(out));
                }
                continue;
            }
            VERDES_TRY(writeRow());
            releaseRow();
        }
        if (rejects) {
            VERDES_TRY(rejects->flush());
        }
        VERDES_TRY(closeWrite());
        if (rejectsFile && !rejectsFile->commit()) {
            // The vault keeps the rejected rows; the extra file could not be written.
            return Error(ErrorCode::FileWriteFailed, {options.rejectsPath}, rejectsFile->errorString());
        }
        report.imported = true;
        const qint64 total = qMax<qint64>(1, source.total());
        control.report(2 * total, 2 * total);
        return {};
    }
};

SnapshotImporter::SnapshotImporter(Database &db, ValidationContext context, Clock &clock)
    : m_db(db)
    , m_context(std::move(context))
    , m_clock(clock)
{}

Result<ImportReport> SnapshotImporter::run(RowSource &source, const ImportOptions &options, Progress &control)
{
    if (options.actor) {
        VERDES_TRY(options.actor->require(Action::ImportSnapshot));
    }
    QElapsedTimer timer;
    timer.start();
    // V15 on the vault's own code: a vault made with a code that is not a region code would refuse
    // every row (V15 or V17); say so once, before reading the file.
    if (!m_context.villageCode.isEmpty() && normalizeValue(Field::VillageCode, m_context.villageCode).issue) {
        return Error(ErrorCode::CsvVaultVillageInvalid,
                     {m_context.villageCode},
                     QStringLiteral("the vault's village code is not a region code"));
    }
    Run run(*this, source, options, control);
    if (options.skipBadRows && !options.rejectsPath.isEmpty()) {
        // Before the file is read: a refused target must not cost the user a whole check first.
        VERDES_TRY_ASSIGN(rejectsTarget, OutputPath::check(options.rejectsPath, options.rejectsExisting));
        run.rejectsTarget = std::move(rejectsTarget);
    }
    VERDES_TRY_ASSIGN(header, source.header());
    VERDES_TRY_ASSIGN(columns, CsvColumns::fromHeader(header));
    run.columns = std::move(columns);
    run.report.separator = source.separator();
    run.decimalComma = run.report.separator == u';' || run.report.separator == u'\t';
    run.report.absentColumns = run.columns.absentColumns();
    for (const FieldDef &def : allFields()) {
        if (run.columns.indexOf(def.field) < 0) {
            (isMemberField(def.field) ? run.absentMemberFields : run.absentHouseholdFields) << def.field;
        }
    }
    if (!run.report.absentColumns.isEmpty()) {
        qCInfo(lcIo) << "optional columns absent, kept as the vault holds them:"
                     << run.report.absentColumns.size();
    }
    VERDES_TRY(source.rewind());
    VERDES_TRY(run.validate());
    qCInfo(lcIo) << "import checked:" << run.report.rowsRead << "rows," << run.report.errorCount << "errors,"
                 << run.report.warningCount << "warnings, in" << timer.elapsed() << "ms";
    if (run.writer && run.report.errorCount == 0) {
        // Clean file: checked and written in one pass.
        VERDES_TRY(run.closeWrite());
        run.report.imported = true;
        run.progress(1);
    } else {
        // A household's structure (V12, V13) is judged at the end: its error may come after the
        // writing began.
        run.abandonWrite();
        if (run.report.errorCount > 0 && !options.skipBadRows) {
            return std::move(run.report);
        }
        VERDES_TRY(run.write());
    }
    qCInfo(lcIo) << "import" << run.report.importId << "written: households +" << run.report.households.added
                 << "~" << run.report.households.changed << "missing" << run.report.households.missing
                 << "; members +" << run.report.members.added << "~" << run.report.members.changed
                 << "missing" << run.report.members.missing << "; skipped rows" << run.report.rowsSkipped
                 << "; in" << timer.elapsed() << "ms";
    return std::move(run.report);
}

} // namespace verdes
