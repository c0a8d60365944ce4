// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/Field.h"
#include "models/vault/Database.h"
#include "models/vault/Migrator.h"
#include "models/vault/Statement.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace verdes;

namespace {

struct Column
{
    QString name;
    QString type;
};

// Columns the vault adds around the registry values: ids, ordering, versions and import history.
bool isBookkeeping(const QString &name)
{
    static const QStringList kNames{QStringLiteral("ordinal"),
                                    QStringLiteral("version"),
                                    QStringLiteral("content_hash"),
                                    QStringLiteral("status"),
                                    QStringLiteral("missing_since"),
                                    QStringLiteral("first_import"),
                                    QStringLiteral("last_import")};
    return kNames.contains(name);
}

QString sqlTypeFor(FieldKind kind)
{
    switch (kind) {
    case FieldKind::Integer:
    case FieldKind::Code:
    case FieldKind::YesNo:
    case FieldKind::Flags:
        return QStringLiteral("INTEGER");
    default:
        return QStringLiteral("TEXT");
    }
}

} // namespace

class TestFieldSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto db = Database::openPlain(m_dir.filePath(QStringLiteral("schema.db")), Database::Mode::Create);
        QVERIFY2(db.has_value(), db ? "" : qPrintable(db.error().detail));
        m_db = std::move(*db);
        const auto migrated = Migrator::migrate(*m_db);
        QVERIFY2(migrated.has_value(), migrated ? "" : qPrintable(migrated.error().detail));
    }

    void cleanupTestCase() { m_db.reset(); }

    // The households table holds exactly the 69 household columns and instrument_version, in CSV order.
    void householdColumnsMatchTheFieldTable()
    {
        const QList<Column> columns = tableInfo(QStringLiteral("households"));
        QVERIFY(!columns.isEmpty());
        QStringList names;
        QStringList types;
        for (const Column &c : columns) {
            if (!isBookkeeping(c.name)) {
                names << c.name;
                types << c.type;
            }
        }
        QStringList expectedNames;
        QStringList expectedTypes;
        for (const FieldDef &def : householdColumns()) {
            expectedNames << QString::fromLatin1(def.column);
            expectedTypes << sqlTypeFor(def.kind);
        }
        expectedNames << columnName(Field::InstrumentVersion);
        expectedTypes << QStringLiteral("TEXT");
        QCOMPARE(names, expectedNames);
        QCOMPARE(types, expectedTypes);
    }

    // The members table holds person_id, the household link, then the other 49 member columns.
    void memberColumnsMatchTheFieldTable()
    {
        const QList<Column> columns = tableInfo(QStringLiteral("members"));
        QVERIFY(!columns.isEmpty());
        QStringList names;
        QStringList types;
        for (const Column &c : columns) {
            if (!isBookkeeping(c.name) && c.name != u"household_id") {
                names << c.name;
                types << c.type;
            }
        }
        QStringList expectedNames;
        QStringList expectedTypes;
        for (const FieldDef &def : memberColumns()) {
            expectedNames << QString::fromLatin1(def.column);
            expectedTypes << sqlTypeFor(def.kind);
        }
        QCOMPARE(names, expectedNames);
        QCOMPARE(types, expectedTypes);
        QCOMPARE(columns.at(1).name, QStringLiteral("household_id"));
    }

    void csvHeaderIsTheFieldTable()
    {
        const QStringList header = csvHeader().split(u',');
        QCOMPARE(header.size(), kFieldCount);
        QCOMPARE(header.first(), QStringLiteral("household_id"));
        QCOMPARE(header.at(kFirstMemberField), QStringLiteral("person_id"));
        QCOMPARE(header.last(), QStringLiteral("instrument_version"));
        for (const QString &name : header) {
            QVERIFY2(fieldByColumn(name).has_value(), qPrintable(name));
        }
    }

    // A table the schema does not have reads as empty, so the comparisons above cannot pass by accident.
    void unknownTableHasNoColumns() { QVERIFY(tableInfo(QStringLiteral("no_such_table")).isEmpty()); }

private:
    QList<Column> tableInfo(const QString &table)
    {
        QList<Column> columns;
        Statement st(*m_db, u"SELECT name, type FROM pragma_table_info(:table)");
        if (!st.status()) {
            return columns;
        }
        st.bind(u":table", table);
        while (true) {
            auto row = st.step();
            if (!row || !*row) {
                break;
            }
            columns << Column{st.text(0), st.text(1)};
        }
        return columns;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestFieldSchema)
#include "tst_FieldSchema.moc"
