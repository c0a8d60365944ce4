// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/ScratchVault.h"

#include "models/demo/DemoRowSource.h"
#include "models/domain/RegionTable.h"
#include "models/io/SnapshotImporter.h"
#include "models/vault/Migrator.h"
#include "models/vault/Statement.h"
#include "tests/support/FakeClock.h"

#include <QByteArray>
#include <QDir>

namespace verdes::test {

ScratchVault::ScratchVault(QString path)
    : m_path(std::move(path))
    , m_key(SecureBytes::random(32))
{}

Result<std::unique_ptr<Database>> ScratchVault::create()
{
    VERDES_TRY_ASSIGN(db,
                      Database::openEncrypted(m_path, m_key, Database::Mode::Create, Database::Check::None));
    VERDES_TRY(Migrator::migrate(*db));
    return db;
}

Result<std::unique_ptr<Database>> ScratchVault::open() const
{
    return Database::openEncrypted(m_path, m_key, Database::Mode::Open);
}

VaultConnector ScratchVault::connector() const
{
    return VaultConnector(m_path, SecureBytes::copyOf(m_key.bytes()));
}

QString ScratchVault::keyHex() const
{
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(m_key.data()), static_cast<qsizetype>(m_key.size()))
            .toHex());
}

ScratchVault ScratchVault::fromKeyHex(QString path, const QString &hex)
{
    ScratchVault vault(std::move(path));
    const QByteArray bytes = QByteArray::fromHex(hex.toLatin1());
    vault.m_key = SecureBytes::copyOf(
        {reinterpret_cast<const unsigned char *>(bytes.constData()), static_cast<std::size_t>(bytes.size())});
    return vault;
}

Result<QString> importDemoVillage(Database &db, int households, quint64 seed, const QDate &today)
{
    DemoOptions options;
    options.households = households;
    options.seed = seed;
    options.today = today;
    VERDES_TRY_ASSIGN(source, DemoRowSource::create(options));
    FakeClock clock(QDateTime(today, QTime(10, 0), Qt::UTC));
    const QString village = source->village().villageCode();
    const ValidationContext context{today, &RegionTable::instance(), village};
    SnapshotImporter importer(db, context, clock);
    ImportOptions importOptions;
    importOptions.kind = ImportOptions::Kind::Demo;
    VERDES_TRY_ASSIGN(report, importer.run(*source, importOptions));
    if (!report.imported) {
        return Error(ErrorCode::Internal, {}, QStringLiteral("the demo village was not imported"));
    }
    return village;
}

Result<std::pair<QString, QString>> householdWithSecondMember(Database &db)
{
    Statement st(
        db, u"SELECT household_id, person_id FROM members WHERE ordinal = 2 ORDER BY household_id LIMIT 1");
    VERDES_TRY(st.status());
    VERDES_TRY_ASSIGN(hasRow, st.step());
    if (!hasRow) {
        return Error(ErrorCode::Internal, {}, QStringLiteral("no household has a second member"));
    }
    return std::pair{st.text(0), st.text(1)};
}

QString testDataPath(const QString &relative)
{
    return QDir(qEnvironmentVariable("VERDES_TEST_DATA")).filePath(relative);
}

} // namespace verdes::test
