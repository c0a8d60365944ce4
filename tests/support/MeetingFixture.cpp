// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/MeetingFixture.h"

#include "models/core/Error.h"
#include "models/io/CsvReader.h"
#include "models/io/SnapshotImporter.h"
#include "models/vault/DeviceKey.h"
#include "models/vault/Transaction.h"

#include <QString>

namespace verdes::test {

const Actor kOperator{QStringLiteral("op-1"), QStringLiteral("Operator Satu"), Role::Operator, false};
const Actor kSecretary{QStringLiteral("sec-1"), QStringLiteral("Sekretaris"), Role::Secretary, false};
const Actor kChair{QStringLiteral("chair-1"), QStringLiteral("Ketua BPD"), Role::Chair, false};
const Actor kHead{QStringLiteral("kades-1"), QStringLiteral("Kepala Desa"), Role::KepalaDesa, false};
const Actor kBpd{QStringLiteral("bpd-1"), QStringLiteral("Anggota BPD"), Role::Bpd, false};
const Actor kViewer{QStringLiteral("view-1"), QStringLiteral("Pengamat"), Role::Viewer, false};

QByteArray smallJpeg(char fill)
{
    QByteArray bytes(64, fill);
    bytes[0] = '\xFF';
    bytes[1] = '\xD8';
    bytes[2] = '\xFF';
    return bytes;
}

bool MeetingFixture::setUp()
{
    auto created = vault.create();
    if (!created) {
        return false;
    }
    db = std::move(created).value();
    Transaction tx(*db);
    if (!tx.begin() || !DeviceKey::create(*db, clock) || !tx.commit()) {
        return false;
    }
    ValidationContext c;
    c.today = QDate(2026, 11, 23);
    c.villageCode = QStringLiteral("3373041001");
    CsvReader reader(test::testDataPath(QStringLiteral("csv/snapshot_small.csv")));
    SnapshotImporter importer(*db, c, clock);
    return importer.run(reader, ImportOptions{}).has_value();
}

qint64 MeetingFixture::ready(const QString &household, const QString &person, ProposalType type)
{
    Proposal p;
    p.type = type;
    p.channel = Channel::RtRw;
    p.householdId = household;
    p.personIds = {person};
    p.reason = QStringLiteral("Meninggal menurut ketua RT");
    p.details.eventDate = QDate(2026, 10, 1);
    auto created =
        proposals().create(kOperator,
                           p,
                           {{EvidenceKind::DeathCert, QStringLiteral("akta.jpg"), smallJpeg('D')},
                            {EvidenceKind::HousePhotos, QStringLiteral("rumah.jpg"), smallJpeg('H')}});
    if (!created) {
        qWarning("create: %s", qPrintable(describe(created.error())));
        return 0;
    }
    auto moved = proposals().transition(kOperator, created->id, ProposalState::Ready, created->revision);
    if (!moved) {
        qWarning("ready: %s", qPrintable(describe(moved.error())));
        return 0;
    }
    return created->id;
}

ProposalState MeetingFixture::state(qint64 proposalId)
{
    auto p = proposals().get(proposalId);
    return p && *p ? (*p)->state : ProposalState::Withdrawn;
}

qint64 MeetingFixture::newMeeting(MeetingKind kind)
{
    MeetingDraft draft;
    draft.kind = kind;
    draft.date = QDate(2026, 12, 10);
    draft.time = QTime(9, 0);
    draft.place = QStringLiteral("Balai desa");
    draft.chair = QStringLiteral("Ketua BPD");
    auto m = meetings().create(kOperator, draft);
    return m ? m->id : 0;
}

bool MeetingFixture::exec(QStringView sql) const
{
    auto done = db->execute(sql);
    if (!done) {
        qWarning("%s", qPrintable(done.error().detail));
    }
    return done.has_value();
}

} // namespace verdes::test
