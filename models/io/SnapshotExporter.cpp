// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/SnapshotExporter.h"

#include "models/core/Log.h"
#include "models/domain/Household.h"
#include "models/io/CsvWriter.h"
#include "models/repo/ExportReader.h"
#include "models/vault/AuditLog.h"
#include "models/vault/Database.h"
#include "models/vault/Transaction.h"

#include <QFileInfo>
#include <QSaveFile>

#include <sys/stat.h>

namespace verdes {

SnapshotExporter::SnapshotExporter(Database &db, std::optional<Actor> actor, Clock &clock)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_clock(clock)
{}

Result<ExportReport>
SnapshotExporter::run(const QString &path, Progress &control, OutputPath::Existing existing)
{
    if (m_actor) {
        VERDES_TRY(m_actor->require(Action::ExportData));
    }
    VERDES_TRY_ASSIGN(target, OutputPath::check(path, existing));
    control.setPhase(QCoreApplication::translate("SnapshotExporter", "Writing the snapshot…"));
    ExportReader records(m_db);
    VERDES_TRY_ASSIGN(total, records.count());
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error(file.error() == QFileDevice::PermissionsError ? ErrorCode::FilePermissionDenied
                                                                   : ErrorCode::FileWriteFailed,
                     {path},
                     file.errorString());
    }
    // Owner-only before the first byte: the snapshot is personal data (DOMAIN.md §10).
    if (::fchmod(file.handle(), S_IRUSR | S_IWUSR) != 0) {
        return Error(ErrorCode::FileWriteFailed, {path}, QStringLiteral("fchmod failed"));
    }
    CsvWriter writer(file, path);
    VERDES_TRY(writer.writeRow(csvHeader().split(u',')));

    // Head first, then by birth date (unknown dates last), then the order of the family.
    ExportReport report;
    QString lastHousehold;
    QStringList row;
    row.reserve(kFieldCount);
    Household household;
    Member member;
    while (true) {
        VERDES_TRY_ASSIGN(more, records.next(household, member));
        if (!more) {
            break;
        }
        // The CSV's order: the household columns, the member columns, then instrument_version.
        row.clear();
        for (int i = 0; i < kFirstMemberField; ++i) {
            row << household.values[static_cast<std::size_t>(i)];
        }
        for (const QString &value : member.values) {
            row << value;
        }
        row << household.value(Field::InstrumentVersion);
        if (report.members % 512 == 0) {
            if (!control.advance(report.members, total)) {
                file.cancelWriting();
                return Error(ErrorCode::Cancelled, {}, QStringLiteral("export cancelled"));
            }
        }
        VERDES_TRY(writer.writeRow(row));
        if (row.constFirst() != lastHousehold) {
            lastHousehold = row.constFirst();
            ++report.households;
        }
        ++report.members;
    }
    VERDES_TRY(writer.flush());
    // The entry and the file go together: the entry is written first and committed only once the
    // file is in place (if that last commit fails, the file is there without its entry; the log
    // says so).
    Transaction tx(m_db);
    if (m_actor) {
        VERDES_TRY(tx.begin());
        VERDES_TRY(AuditLog(m_db, m_clock)
                       .append(*m_actor,
                               AuditRecord{QStringLiteral("export.snapshot"),
                                           QStringLiteral("export"),
                                           QFileInfo(path).fileName(),
                                           QString(),
                                           {QFileInfo(path).fileName(),
                                            QString::number(report.households),
                                            QString::number(report.members)}}));
    }
    if (!file.commit()) {
        return Error(ErrorCode::FileWriteFailed, {path}, file.errorString());
    }
    if (m_actor) {
        auto committed = tx.commit();
        if (!committed) {
            qCWarning(lcIo) << "export written but its audit entry could not be committed:"
                            << errorCodeName(committed.error().code);
            return committed.error();
        }
    }
    control.report(total, total);
    qCInfo(lcIo) << "exported" << report.households << "households," << report.members << "members";
    return report;
}

} // namespace verdes
