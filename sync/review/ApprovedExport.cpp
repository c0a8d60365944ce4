// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/review/ApprovedExport.h"

#include "models/core/Log.h"
#include "models/core/PublicKey.h"
#include "models/domain/RegionTable.h"
#include "models/io/CsvWriter.h"
#include "models/io/OutputPath.h"
#include "models/io/XlsxWriter.h"
#include "models/vault/AuditLog.h"
#include "models/vault/Database.h"
#include "models/vault/ReviewerKey.h"
#include "models/vault/Transaction.h"
#include "sync/batch/Batch.h"
#include "sync/batch/Envelope.h"
#include "sync/review/ReviewRepository.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

namespace verdes::sync {

namespace {

// Writes a file for its owner only, whole or not at all.
Result<void> writeOwnerOnly(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error(ErrorCode::FileWriteFailed, {QDir::toNativeSeparators(path)}, file.errorString());
    }
    return {};
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

ApprovedExport::ApprovedExport(Database &db, Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<ApprovedExport::Written>
ApprovedExport::write(const Actor &actor, const QString &folder, const QString &villageCode, bool replace)
{
    VERDES_TRY(actor.require(Action::ExportData));
    VERDES_TRY(actor.requireReviewer());
    VERDES_TRY_ASSIGN(key, ReviewerKey::of(m_db, actor.officerId));
    if (!key) {
        return Error(ErrorCode::SyncReviewerNotEnrolled, {}, QStringLiteral("no reviewer key"));
    }
    ReviewRepository repo(m_db);
    VERDES_TRY_ASSIGN(district, repo.meta(QStringLiteral("district_code")));
    VERDES_TRY_ASSIGN(office, repo.meta(QStringLiteral("office_name")));
    const QDateTime now = m_clock.now().toUTC();
    const QString stamp = now.toString(QStringLiteral("yyyyMMdd-HHmm"));
    const QString base = QStringLiteral("bnba-disetujui-%1%2-%3")
                             .arg(district, villageCode.isEmpty() ? QString() : u'-' + villageCode, stamp);
    const auto existing = replace ? OutputPath::Existing::Replace : OutputPath::Existing::Refuse;
    VERDES_TRY_ASSIGN(xlsxPath,
                      OutputPath::check(QDir(folder).filePath(base + QStringLiteral(".xlsx")), existing));
    VERDES_TRY_ASSIGN(csvPath,
                      OutputPath::check(QDir(folder).filePath(base + QStringLiteral(".csv")), existing));
    VERDES_TRY_ASSIGN(
        manifestPath,
        OutputPath::check(QDir(folder).filePath(base + QStringLiteral(".manifest.json")), existing));
    VERDES_TRY_ASSIGN(
        signaturePath,
        OutputPath::check(QDir(folder).filePath(base + QStringLiteral(".manifest.json.sig")), existing));

    // The rows: every BNBA line of every approved item, with where it came from.
    const QStringList header{QCoreApplication::translate("ApprovedExport", "No."),
                             QCoreApplication::translate("ApprovedExport", "Village code"),
                             QCoreApplication::translate("ApprovedExport", "Village"),
                             QCoreApplication::translate("ApprovedExport", "Item"),
                             QCoreApplication::translate("ApprovedExport", "Proposal"),
                             QCoreApplication::translate("ApprovedExport", "Name"),
                             QCoreApplication::translate("ApprovedExport", "NIK"),
                             QCoreApplication::translate("ApprovedExport", "KK"),
                             QCoreApplication::translate("ApprovedExport", "Address"),
                             QCoreApplication::translate("ApprovedExport", "RT/RW"),
                             QCoreApplication::translate("ApprovedExport", "Type"),
                             QCoreApplication::translate("ApprovedExport", "Reason"),
                             QCoreApplication::translate("ApprovedExport", "Decision")};
    QList<QStringList> rows{header};
    VERDES_TRY_ASSIGN(items, repo.approvedItems(villageCode));
    QHash<quint64, Batch> batches; // decoded once per batch
    QSet<QString> villages;
    Written written;
    for (const ApprovedItemRow &item : items) {
        if (!batches.contains(item.hubSerial)) {
            VERDES_TRY_ASSIGN(body, Envelope::openSigned(item.signedBatch, FileKind::Batch, item.deviceKey));
            VERDES_TRY_ASSIGN(batch, Batch::decode(body));
            batches.insert(item.hubSerial, batch);
        }
        const Batch &batch = batches[item.hubSerial];
        if (item.position >= batch.items.size()) {
            return Error(
                ErrorCode::Internal, {}, QStringLiteral("item %1 outside its batch").arg(item.itemId));
        }
        const BatchItem &batchItem = batch.items.at(item.position);
        const RegionTable::Region *region = RegionTable::instance().find(item.villageCode);
        for (qsizetype at = 0; at + BatchItem::kBnbaColumns <= batchItem.bnba.size();
             at += BatchItem::kBnbaColumns) {
            QStringList row{QString::number(rows.size()),
                            item.villageCode,
                            region != nullptr ? region->name : QString(),
                            QString::number(item.itemId),
                            QString::number(item.proposalId)};
            row += batchItem.bnba.mid(at, BatchItem::kBnbaColumns);
            rows.append(row);
            ++written.lines;
        }
        villages.insert(item.villageCode);
        ++written.items;
    }
    written.villages = static_cast<int>(villages.size());

    XlsxSheet sheet;
    sheet.name = QStringLiteral("BNBA");
    sheet.titleLines = {
        QCoreApplication::translate("ApprovedExport", "Approved items for forwarding: %1 (district %2)")
            .arg(office, district),
        QCoreApplication::translate("ApprovedExport", "Exported %1 by %2")
            .arg(now.toString(Qt::ISODate), actor.name)};
    sheet.rows = rows;
    sheet.columnWidths = {5, 12, 20, 7, 9, 26, 19, 19, 30, 8, 18, 30, 14};
    VERDES_TRY(XlsxWriter::write(xlsxPath, sheet));
    QFile::setPermissions(xlsxPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QByteArray csv;
    {
        QBuffer buffer(&csv);
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(buffer);
        for (const QStringList &row : std::as_const(rows)) {
            VERDES_TRY(writer.writeRow(row));
        }
        VERDES_TRY(writer.flush());
    }
    VERDES_TRY(writeOwnerOnly(csvPath, csv));
    QFile xlsxFile(xlsxPath);
    if (!xlsxFile.open(QIODevice::ReadOnly)) {
        return Error(
            ErrorCode::FileWriteFailed, {QDir::toNativeSeparators(xlsxPath)}, xlsxFile.errorString());
    }
    const QByteArray xlsx = xlsxFile.readAll();

    // The manifest: what was exported, by whom, and each file's hash; signed with the reviewer's key.
    QJsonObject manifest{
        {QStringLiteral("format"), QStringLiteral("verdes-export-manifest/1")},
        {QStringLiteral("office"), office},
        {QStringLiteral("district_code"), district},
        {QStringLiteral("village_code"), villageCode},
        {QStringLiteral("exported_at"), now.toString(Qt::ISODateWithMs)},
        {QStringLiteral("exported_by"), actor.name},
        {QStringLiteral("role"), roleCode(actor.role)},
        {QStringLiteral("signing_key_id"), PublicKey::idTextOf(key->publicKey())},
        {QStringLiteral("signing_public_key"), QString::fromLatin1(key->publicKey().toHex())},
        {QStringLiteral("items"), written.items},
        {QStringLiteral("bnba_lines"), written.lines},
        {QStringLiteral("villages"), written.villages},
        {QStringLiteral("files"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QFileInfo(xlsxPath).fileName()},
                                {QStringLiteral("sha256"), sha256Hex(xlsx)}},
                    QJsonObject{{QStringLiteral("name"), QFileInfo(csvPath).fileName()},
                                {QStringLiteral("sha256"), sha256Hex(csv)}}}},
    };
    const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    VERDES_TRY_ASSIGN(signature, ReviewerKey::sign(m_db, actor, manifestBytes));
    VERDES_TRY(writeOwnerOnly(manifestPath, manifestBytes));
    VERDES_TRY(writeOwnerOnly(signaturePath, signature.toHex() + '\n'));

    // Audited after the files are whole; without its entry, nothing of the export stays.
    const QStringList paths{xlsxPath, csvPath, manifestPath, signaturePath};
    auto audited = [&]() -> Result<void> {
        Transaction tx(m_db);
        VERDES_TRY(tx.begin());
        VERDES_TRY(AuditLog(m_db, m_clock)
                       .append(actor,
                               {QStringLiteral("review.export"),
                                QStringLiteral("review_items"),
                                villageCode,
                                {},
                                {QString::number(written.items),
                                 QString::number(written.lines),
                                 QFileInfo(xlsxPath).fileName(),
                                 sha256Hex(manifestBytes)}}));
        return tx.commit();
    }();
    if (!audited) {
        for (const QString &path : paths) {
            QFile::remove(path);
        }
        return audited.error();
    }
    written.files = paths;
    qCInfo(lcSync) << "approved items exported:" << written.items << "items," << written.lines << "lines";
    return written;
}

} // namespace verdes::sync
