// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/hub/BreachNotice.h"

#include "models/core/Error.h"
#include "models/core/Log.h"
#include "models/core/PublicKey.h"
#include "models/domain/RegionTable.h"
#include "sync/batch/Batch.h"
#include "sync/batch/Envelope.h"
#include "sync/hub/Hub.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>

namespace verdes::hub {

namespace {

constexpr int kPageEntries = 500;
constexpr qint64 kPageBytes = qint64{64} << 20;
constexpr int kDeadlineHours = 72; // UU 27/2022 art. 46: 3 × 24 hours

QDateTime utc(const QString &iso)
{
    QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    at.setTimeSpec(Qt::UTC);
    return at;
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

QString timeText(const QString &iso)
{
    return iso.isEmpty() ? QStringLiteral("–") : timeText(utc(iso));
}

QString outcomeLabel(const QString &code)
{
    if (code == u"accepted") {
        return BreachNotice::tr("accepted");
    }
    if (code == u"partly_accepted") {
        return BreachNotice::tr("partly accepted");
    }
    return BreachNotice::tr("refused");
}

QString blank(const QString &what)
{
    return QStringLiteral("[%1: ________]").arg(what);
}

// The notice's parts, as (heading, paragraphs) in order, shared by text() and html().
struct Section
{
    QString heading;
    QStringList paragraphs;
    QList<QStringList> table; // first row: the headers
};

QList<Section> sections(const BreachReport &r)
{
    const QLocale locale;
    const QString village =
        QStringLiteral("%1 (%2)").arg(r.device.villageName, RegionTable::dotted(r.device.villageCode));
    const QDateTime revoked = utc(r.device.revokedAt);
    QList<Section> list;

    Section what;
    what.heading = BreachNotice::tr("1. What happened");
    what.paragraphs
        << BreachNotice::tr("A laptop enrolled with the district hub \"%1\" was lost or stolen. It is the "
                            "laptop of the village %2, enrolled on %3 by %4 (device key %5).")
               .arg(r.hub.name,
                    village,
                    timeText(r.device.enrolledAt),
                    r.device.officer,
                    PublicKey::idText(r.device.keyId))
        << BreachNotice::tr("When it was lost: %1").arg(blank(BreachNotice::tr("date and time")))
        << BreachNotice::tr("Where and how: %1").arg(blank(BreachNotice::tr("place and circumstances")))
        << BreachNotice::tr("When the loss became known, and to whom: %1")
               .arg(blank(BreachNotice::tr("date, time and name")))
        << BreachNotice::tr("The laptop's last contact with the hub: %1.")
               .arg(timeText(r.device.lastContact));
    list << what;

    Section data;
    data.heading = BreachNotice::tr("2. What personal data the laptop held");
    data.paragraphs
        << BreachNotice::tr(
               "The laptop held the encrypted vault of the village %1: the village's social welfare "
               "registry (DTSEN) of %2 households and %3 persons, with their names, NIK and KK "
               "numbers, addresses, family relations, and specific personal data under UU 27/2022 "
               "art. 4 (health, disability, pregnancy, children's data, financial situation), the "
               "village's proposals with their evidence (certificates, letters, photos of houses), "
               "and the minutes of its village meetings.")
               .arg(village, blank(BreachNotice::tr("number")), blank(BreachNotice::tr("number")))
        << BreachNotice::tr(
               "What the hub knows the laptop held, because the laptop sent it: %1 batches with %2 "
               "items, naming %3 persons on their BNBA lines, with %4 evidence files (%5). The hub "
               "also held %6 decisions of the district for the village by the laptop's last contact, "
               "which the laptop may have received.")
               .arg(locale.toString(r.batches.size()),
                    locale.toString(r.items()),
                    locale.toString(r.bnbaLines()),
                    locale.toString(r.evidenceFiles()),
                    locale.formattedDataSize(r.evidenceBytes()),
                    locale.toString(r.verdicts));
    if (!r.batches.isEmpty()) {
        data.table << QStringList{BreachNotice::tr("Batch"),
                                  BreachNotice::tr("Made"),
                                  BreachNotice::tr("Received"),
                                  BreachNotice::tr("Receipt"),
                                  BreachNotice::tr("Items"),
                                  BreachNotice::tr("Households"),
                                  BreachNotice::tr("Persons (BNBA)"),
                                  BreachNotice::tr("Evidence")};
        for (const auto &b : r.batches) {
            data.table << QStringList{
                locale.toString(b.sequence),
                timeText(b.createdAt),
                timeText(b.receivedAt),
                outcomeLabel(b.outcome),
                locale.toString(b.items),
                locale.toString(b.households),
                locale.toString(b.bnbaLines),
                BreachNotice::tr("%1 files, %2")
                    .arg(locale.toString(b.evidenceFiles), locale.formattedDataSize(b.evidenceBytes))};
        }
    }
    list << data;

    Section protection;
    protection.heading = BreachNotice::tr("3. How the data is protected");
    protection.paragraphs << BreachNotice::encryptionStatement()
                          << BreachNotice::tr(
                                 "The laptop's key was revoked at the district hub on %1. Since then the "
                                 "hub refuses anything the laptop sends and gives it nothing; the "
                                 "villages' laptops learn of the revocation at their next contact.")
                                 .arg(timeText(revoked));
    list << protection;

    Section handling;
    handling.heading = BreachNotice::tr("4. How the breach is handled");
    handling.paragraphs
        << BreachNotice::tr(
               "The laptop's key was revoked (above). The village's other laptops and the district "
               "hold the same registry; nothing was lost from it.")
        << BreachNotice::tr("Other measures taken: %1")
               .arg(blank(BreachNotice::tr("police report, new passphrases, "
                                           "a new vault key, …")))
        << BreachNotice::tr(
               "Under UU 27/2022 art. 46 the persons concerned and the Personal Data Protection agency "
               "are notified in writing within 3 × 24 hours of learning of the breach. If the loss "
               "became known when the key was revoked, that is by %1.")
               .arg(timeText(revoked.addSecs(qint64{kDeadlineHours} * 3600)))
        << BreachNotice::tr(
               "Notified: the persons concerned on %1; the Personal Data Protection agency on %2.")
               .arg(blank(BreachNotice::tr("date")), blank(BreachNotice::tr("date")));
    list << handling;

    Section contact;
    contact.heading = BreachNotice::tr("5. Contact");
    contact.paragraphs << BreachNotice::tr("For questions about this notice: %1")
                              .arg(blank(BreachNotice::tr("name, position, telephone and e-mail of the data "
                                                          "protection officer")));
    list << contact;
    return list;
}

} // namespace

int BreachReport::items() const
{
    int total = 0;
    for (const auto &b : batches) {
        total += b.items;
    }
    return total;
}

int BreachReport::bnbaLines() const
{
    int total = 0;
    for (const auto &b : batches) {
        total += b.bnbaLines;
    }
    return total;
}

int BreachReport::evidenceFiles() const
{
    int total = 0;
    for (const auto &b : batches) {
        total += b.evidenceFiles;
    }
    return total;
}

qint64 BreachReport::evidenceBytes() const
{
    qint64 total = 0;
    for (const auto &b : batches) {
        total += b.evidenceBytes;
    }
    return total;
}

Result<BreachReport> BreachNotice::prepare(Hub &hub, const QString &keyIdText, Clock &clock)
{
    const QByteArray keyId = Hub::keyIdFromText(keyIdText);
    if (keyId.isEmpty()) {
        return Error(ErrorCode::UsageError,
                     {QStringLiteral("a device is named by its key id, like 3BB3-1586-6BD1-D77D")});
    }
    HubStorage &storage = hub.storage();
    VERDES_TRY_ASSIGN(device, storage.device(keyId));
    if (!device) {
        return Error(
            ErrorCode::PrivacyDeviceUnknown, {PublicKey::idText(keyId)}, QStringLiteral("no such device"));
    }
    if (!device->isRevoked()) {
        return Error(ErrorCode::PrivacyDeviceNotRevoked,
                     {PublicKey::idText(keyId)},
                     QStringLiteral("breach notice before revocation"));
    }
    BreachReport report;
    VERDES_TRY_ASSIGN(settings, storage.settings());
    report.hub = std::move(settings);
    report.device = *device;
    report.madeAt = clock.now().toUTC().toString(Qt::ISODateWithMs);

    // The device's batches: the feed holds every stored batch with the key that signed it. A breach
    // notice is rare; reading the feed through once keeps the storages' interface as it is.
    quint64 after = 0;
    while (true) {
        VERDES_TRY_ASSIGN(page, storage.feedAfter(after, kPageEntries, kPageBytes));
        if (page.isEmpty()) {
            break;
        }
        for (const HubFeedEntry &entry : std::as_const(page)) {
            after = entry.serial;
            if (entry.devicePublicKey != device->publicKey) {
                continue;
            }
            VERDES_TRY_ASSIGN(
                body,
                sync::Envelope::openSigned(entry.batchFile, sync::FileKind::Batch, entry.devicePublicKey));
            VERDES_TRY_ASSIGN(batch, sync::Batch::decode(body));
            BreachReport::SentBatch sent;
            sent.sequence = batch.sequence;
            sent.createdAt = batch.createdAt;
            sent.receivedAt = entry.receivedAt;
            sent.items = static_cast<int>(batch.items.size());
            QSet<QString> households;
            for (const sync::BatchItem &item : std::as_const(batch.items)) {
                if (!item.household.isEmpty()) {
                    households.insert(item.household);
                }
                sent.bnbaLines += static_cast<int>(item.bnba.size() / sync::BatchItem::kBnbaColumns);
                sent.evidenceFiles += static_cast<int>(item.evidence.size());
                for (const sync::BatchEvidence &evidence : item.evidence) {
                    sent.evidenceBytes += evidence.content.size();
                }
            }
            sent.households = static_cast<int>(households.size());
            VERDES_TRY_ASSIGN(stored, storage.storedBatch(sync::Batch::idOf(body)));
            sent.outcome = stored ? stored->outcome : QStringLiteral("accepted");
            report.batches.append(sent);
        }
    }

    // The decisions for its village: the hub does not record which pages a device fetched, so the
    // notice counts those stored by its last contact (it may have them) and those after (it cannot).
    const QDateTime lastContact = utc(device->lastContact);
    quint64 afterVerdict = 0;
    while (true) {
        VERDES_TRY_ASSIGN(page,
                          storage.verdictsAfter(device->villageCode, afterVerdict, kPageEntries, kPageBytes));
        if (page.isEmpty()) {
            break;
        }
        for (const HubVerdict &verdict : std::as_const(page)) {
            afterVerdict = verdict.villageSerial;
            if (lastContact.isValid() && utc(verdict.storedAt) <= lastContact) {
                ++report.verdicts;
            } else {
                ++report.verdictsAfter;
            }
        }
    }
    // The key id and counts only: the notice itself names the village and the officer.
    qCInfo(lcSync) << "breach notice prepared for device" << PublicKey::idText(keyId) << "batches"
                   << report.batches.size() << "items" << report.items();
    return report;
}

QString BreachNotice::title()
{
    return tr("Notice of a personal data breach (draft)");
}

QString BreachNotice::encryptionStatement()
{
    return tr("The laptop's vault is encrypted. Its database is a SQLCipher 4 database (AES-256 in CBC mode, "
              "each page authenticated with HMAC-SHA512) under a random 256-bit key. That key is stored only "
              "wrapped with XChaCha20-Poly1305, once for each officer under a key derived from the officer's "
              "passphrase with Argon2id (at least 2 passes over 64 MiB of memory, 3 passes over 256 MiB by "
              "default), and once under the vault's recovery key. After five wrong passphrases each further "
              "attempt waits longer. Without a passphrase or the recovery key the data cannot be read; the "
              "evidence files are stored inside the same encrypted database, never as loose files.");
}

QString BreachNotice::text(const BreachReport &report)
{
    QString text = title().toUpper() + u'\n';
    text += tr("UU 27/2022 on Personal Data Protection, art. 46") + u'\n';
    text += tr("From: %1 (district %2)").arg(report.hub.name, report.hub.districtCode) + u'\n';
    text += tr("Prepared: %1").arg(timeText(report.madeAt)) + QStringLiteral("\n");
    text += tr("Fill in every part in [brackets] before sending.") + QStringLiteral("\n\n");
    for (const Section &section : sections(report)) {
        text += section.heading + QStringLiteral("\n\n");
        for (const QString &paragraph : section.paragraphs) {
            text += paragraph + QStringLiteral("\n\n");
        }
        for (const QStringList &cells : section.table) {
            text += QStringLiteral("  ") + cells.join(QStringLiteral(" | ")) + u'\n';
        }
        if (!section.table.isEmpty()) {
            text += u'\n';
        }
    }
    return text;
}

QString BreachNotice::html(const BreachReport &report)
{
    QString html = QStringLiteral("<html><body><h2>%1</h2>").arg(title().toHtmlEscaped());
    html +=
        QStringLiteral("<p>%1<br/>%2<br/>%3</p>")
            .arg(tr("UU 27/2022 on Personal Data Protection, art. 46").toHtmlEscaped(),
                 tr("From: %1 (district %2)").arg(report.hub.name, report.hub.districtCode).toHtmlEscaped(),
                 tr("Prepared: %1").arg(timeText(report.madeAt)).toHtmlEscaped());
    for (const Section &section : sections(report)) {
        html += QStringLiteral("<h3>%1</h3>").arg(section.heading.toHtmlEscaped());
        for (const QString &paragraph : section.paragraphs) {
            html += QStringLiteral("<p>%1</p>").arg(paragraph.toHtmlEscaped());
        }
        if (!section.table.isEmpty()) {
            html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");
            for (qsizetype i = 0; i < section.table.size(); ++i) {
                html += QStringLiteral("<tr>");
                for (const QString &cell : section.table.at(i)) {
                    html += (i == 0 ? QStringLiteral("<th align=\"left\">%1</th>")
                                    : QStringLiteral("<td>%1</td>"))
                                .arg(cell.toHtmlEscaped());
                }
                html += QStringLiteral("</tr>");
            }
            html += QStringLiteral("</table>");
        }
    }
    return html + QStringLiteral("</body></html>");
}

} // namespace verdes::hub
