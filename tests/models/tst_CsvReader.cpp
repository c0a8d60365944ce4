// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/Field.h"
#include "models/io/CsvReader.h"
#include "models/io/CsvWriter.h"
#include "tests/support/ScratchVault.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace verdes;

namespace {

QByteArray header()
{
    return csvHeader().toUtf8() + "\r\n";
}

std::unique_ptr<CsvReader> readerOf(const QByteArray &bytes, qint64 cap = CsvReader::kDefaultMaxRecordBytes)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    return std::make_unique<CsvReader>(std::move(buffer), QStringLiteral("memory.csv"), cap);
}

struct Record
{
    QStringList fields;
    qint64 line = 0;
};

// Every record of a source, or the error that stopped the read.
Result<QList<Record>> readAll(RowSource &source)
{
    VERDES_TRY(source.header());
    QList<Record> records;
    Record record;
    while (true) {
        VERDES_TRY_ASSIGN(more, source.next(record.fields, record.line));
        if (!more) {
            return records;
        }
        records << record;
    }
}

QStringList utf8List(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items) {
        out << QString::fromUtf8(item);
    }
    return out;
}

QString fixture(const char *name)
{
    return test::testDataPath(QStringLiteral("csv/") + QLatin1String(name));
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void readsTheSmallSnapshot()
    {
        CsvReader reader(fixture("snapshot_small.csv"));
        auto records = readAll(reader);
        QVERIFY2(records.has_value(), records ? "" : qPrintable(records.error().detail));
        QCOMPARE(reader.header()->size(), kFieldCount);
        QCOMPARE(records->size(), 8);
        QList<qint64> lines;
        for (const Record &r : std::as_const(*records)) {
            QCOMPARE(r.fields.size(), kFieldCount);
            lines << r.line;
        }
        // The fourth person's name holds a line break, so the record after it starts two lines on.
        QCOMPARE(lines, (QList<qint64>{2, 3, 4, 5, 7, 8, 9, 10}));
        const CsvColumns &columns = reader.columns();
        QCOMPARE(columns.value(records->at(0).fields, Field::Address),
                 QStringLiteral("JL. MAWAR, GANG \"KENANGA\" NO. 1"));
        QCOMPARE(columns.value(records->at(3).fields, Field::Name), QStringLiteral("DEWI\nLESTARI"));
        QVERIFY(columns.unknownColumns().isEmpty());
        QCOMPARE(reader.sourceName(), QStringLiteral("snapshot_small.csv"));
        QCOMPARE(reader.position(), reader.total());
    }

    void syntax_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QList<QByteArrayList>>("records");
        QTest::addColumn<QList<qint64>>("lines");
        using L = QList<QByteArrayList>;
        using N = QList<qint64>;
        QTest::newRow("crlf") << QByteArray("a,b\r\nc,d\r\n") << L{{"a", "b"}, {"c", "d"}} << N{2, 3};
        QTest::newRow("lf") << QByteArray("a,b\nc,d\n") << L{{"a", "b"}, {"c", "d"}} << N{2, 3};
        QTest::newRow("cr-only") << QByteArray("a,b\rc,d\r") << L{{"a", "b"}, {"c", "d"}} << N{2, 3};
        QTest::newRow("no-final-newline") << QByteArray("a,b\r\nc,d") << L{{"a", "b"}, {"c", "d"}} << N{2, 3};
        QTest::newRow("empty-lines-ignored")
            << QByteArray("\r\na,b\r\n\r\n\n\nc,d\r\n\r\n") << L{{"a", "b"}, {"c", "d"}} << N{3, 7};
        QTest::newRow("quoted-comma") << QByteArray("\"a,1\",b\n") << L{{"a,1", "b"}} << N{2};
        QTest::newRow("doubled-quote")
            << QByteArray("\"say \"\"hi\"\"\",b\n") << L{{"say \"hi\"", "b"}} << N{2};
        QTest::newRow("quoted-crlf-spans-lines")
            << QByteArray("\"x\r\ny\",b\r\nc,d\r\n") << L{{"x\r\ny", "b"}, {"c", "d"}} << N{2, 4};
        QTest::newRow("quoted-lf-spans-lines")
            << QByteArray("a,\"1\n2\n3\"\nc,d\n") << L{{"a", "1\n2\n3"}, {"c", "d"}} << N{2, 5};
        QTest::newRow("quoted-unneeded") << QByteArray("\"a\",\"b\"\n") << L{{"a", "b"}} << N{2};
        QTest::newRow("empty-fields") << QByteArray("x,,\n") << L{{"x", "", ""}} << N{2};
        // A spreadsheet's used range: rows of separators only are skipped like empty lines.
        QTest::newRow("separators-only-rows-skipped")
            << QByteArray(",,\r\na,b\r\n,,,\r\n\"\",\" \"\r\n") << L{{"a", "b"}} << N{3};
        QTest::newRow("empty-quoted") << QByteArray("\"\",b\n") << L{{"", "b"}} << N{2};
        QTest::newRow("trailing-comma") << QByteArray("a,\n") << L{{"a", ""}} << N{2};
        QTest::newRow("quote-after-spaces") << QByteArray("  \"a,1\",b\n") << L{{"a,1", "b"}} << N{2};
        QTest::newRow("quote-inside-text") << QByteArray("ab\"c,d\n") << L{{"ab\"c", "d"}} << N{2};
        QTest::newRow("text-after-closing-quote") << QByteArray("\"ab\"c,d\n") << L{{"abc", "d"}} << N{2};
        QTest::newRow("utf8") << QByteArray("SITI \xC3\x84\xE2\x82\xAC\xF0\x9F\x98\x80,b\n")
                              << L{{"SITI \xC3\x84\xE2\x82\xAC\xF0\x9F\x98\x80", "b"}} << N{2};
        QTest::newRow("spaces-kept-for-the-importer") << QByteArray(" a , b \n") << L{{" a ", " b "}} << N{2};
    }

    void syntax()
    {
        QFETCH(QByteArray, body);
        QFETCH(QList<QByteArrayList>, records);
        QFETCH(QList<qint64>, lines);
        for (const QByteArray &prefix : {QByteArray(), QByteArray("\xEF\xBB\xBF")}) {
            auto reader = readerOf(prefix + header() + body);
            auto read = readAll(*reader);
            QVERIFY2(read.has_value(), read ? "" : qPrintable(read.error().detail));
            QCOMPARE(read->size(), records.size());
            for (qsizetype i = 0; i < records.size(); ++i) {
                QByteArrayList fields;
                for (const QString &field : read->at(i).fields) {
                    fields << field.toUtf8();
                }
                QCOMPARE(fields, records.at(i));
                QCOMPARE(read->at(i).line, lines.at(i));
            }
            QCOMPARE(reader->header()->constFirst(), QStringLiteral("household_id")); // the BOM is gone
        }
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("arg");
        const QByteArray h = header();
        // F01's first argument is the line of the bad byte (encodingErrorNamesLineAndColumn checks
        // the column).
        const QString line2 = QStringLiteral("2");
        QTest::newRow("F01-lone-continuation") << h + "ab\x80" << ErrorCode::CsvBadEncoding << line2;
        QTest::newRow("F01-overlong") << h + "\xC0\x80" << ErrorCode::CsvBadEncoding << line2;
        QTest::newRow("F01-latin1") << h + "JOS\xC9,x\n" << ErrorCode::CsvBadEncoding << line2;
        QTest::newRow("F01-surrogate") << h + "a\xED\xA0\x80" << ErrorCode::CsvBadEncoding << line2;
        QTest::newRow("F01-above-unicode") << h + "\xF4\x90\x80\x80" << ErrorCode::CsvBadEncoding << line2;
        QTest::newRow("F01-F5") << h + "\xF5" << ErrorCode::CsvBadEncoding << line2;
        QTest::newRow("F01-truncated-at-end") << h + "ab\xE2\x82" << ErrorCode::CsvBadEncoding << line2;
        QTest::newRow("F01-nul") << h + "a\0b"_qba << ErrorCode::CsvBadEncoding << line2;
        QTest::newRow("F01-utf16le-bom")
            << "\xFF\xFEh\0"_qba << ErrorCode::CsvBadEncoding << QStringLiteral("1");
        QTest::newRow("F01-utf16be-bom")
            << "\xFE\xFF\0h"_qba << ErrorCode::CsvBadEncoding << QStringLiteral("1");
        QTest::newRow("F01-utf16-without-bom")
            << "h\0o\0"_qba << ErrorCode::CsvBadEncoding << QStringLiteral("1");
        QTest::newRow("F02-empty") << QByteArray() << ErrorCode::CsvNoHeader << QString();
        QTest::newRow("F02-bom-only") << QByteArray("\xEF\xBB\xBF") << ErrorCode::CsvNoHeader << QString();
        QTest::newRow("F02-blank-lines") << QByteArray("\r\n\n\r\n") << ErrorCode::CsvNoHeader << QString();
        QTest::newRow("F02-data-first")
            << QByteArray("H1,3373041001,KRAJAN\r\n") << ErrorCode::CsvNoHeader << QString();
        QTest::newRow("F03-one") << QByteArray(
            csvHeader().replace(QStringLiteral(",sex,"), QStringLiteral(",")).toUtf8())
                                 << ErrorCode::CsvMissingColumn << QStringLiteral("sex");
        QTest::newRow("F03-nik-must-be-present")
            << QByteArray(csvHeader().replace(QStringLiteral(",nik,"), QStringLiteral(",")).toUtf8())
            << ErrorCode::CsvMissingColumn << QStringLiteral("nik");
        QTest::newRow("F03-several") << QByteArray("household_id,rt\n") << ErrorCode::CsvMissingColumn
                                     << QStringLiteral(
                                            "village_code, kk_number, person_id, nik, name, presence, "
                                            "sex, birth_date, marital_status, relationship");
        QTest::newRow("F04") << QByteArray(csvHeader().toUtf8() + ",rt\n") << ErrorCode::CsvDuplicateColumn
                             << QStringLiteral("rt");
        QTest::newRow("F05-in-header")
            << QByteArray("household_id,\"rt\n") << ErrorCode::CsvUnterminatedQuote << QStringLiteral("1");
        QTest::newRow("F05-row-3") << h + "a,b\r\nc,\"open\r\nmore\r\n"
                                   << ErrorCode::CsvUnterminatedQuote << QStringLiteral("3");
    }

    void errors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(ErrorCode, code);
        QFETCH(QString, arg);
        auto reader = readerOf(bytes);
        auto read = readAll(*reader);
        QVERIFY(!read.has_value());
        QCOMPARE(errorCodeName(read.error().code), errorCodeName(code));
        if (!arg.isNull()) {
            QCOMPARE(read.error().args.value(0), arg);
        }
        QVERIFY(!describe(read.error()).isEmpty());
        // A header that failed stays failed: a second look never starts reading rows.
        auto fresh = readerOf(bytes);
        if (!fresh->header().has_value()) {
            QVERIFY(!fresh->header().has_value());
            QStringList fields;
            qint64 line = 0;
            QVERIFY(!fresh->next(fields, line).has_value());
        }
    }

    void lineTooLong()
    {
        QByteArray body = header() + "a,b\r\n" + QByteArray(5000, 'x') + "\r\n";
        auto reader = readerOf(body, 3000);
        auto read = readAll(*reader);
        QVERIFY(!read.has_value());
        QCOMPARE(read.error().code, ErrorCode::CsvLineTooLong);
        QCOMPARE(read.error().args.value(0), QStringLiteral("3"));
        // An open quote that runs to the end of a big file stops at the cap too.
        auto quoted = readerOf(header() + "\"" + QByteArray(5000, 'y'), 3000);
        auto stopped = readAll(*quoted);
        QVERIFY(!stopped.has_value());
        QCOMPARE(stopped.error().code, ErrorCode::CsvLineTooLong);
    }

    void fileFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("arg");
        QTest::newRow("empty") << fixture("empty.csv") << ErrorCode::CsvNoHeader << QString();
        QTest::newRow("utf16") << fixture("utf16.csv") << ErrorCode::CsvBadEncoding << QStringLiteral("1");
        QTest::newRow("bad-utf8") << fixture("bad_utf8.csv") << ErrorCode::CsvBadEncoding
                                  << QStringLiteral("3");
        QTest::newRow("excel-ansi") << fixture("excel_ansi.csv") << ErrorCode::CsvBadEncoding
                                    << QStringLiteral("7");
        QTest::newRow("missing-column")
            << fixture("missing_column.csv") << ErrorCode::CsvMissingColumn << QStringLiteral("name, sex");
        QTest::newRow("duplicate-column")
            << fixture("duplicate_column.csv") << ErrorCode::CsvDuplicateColumn << QStringLiteral("rt");
        QTest::newRow("open-quote") << fixture("open_quote.csv") << ErrorCode::CsvUnterminatedQuote
                                    << QStringLiteral("3");
        QTest::newRow("no-header") << fixture("no_header.csv") << ErrorCode::CsvNoHeader << QString();
        QTest::newRow("absent") << fixture("no_such_file.csv") << ErrorCode::FileNotFound << QString();
    }

    void fileFixtures()
    {
        QFETCH(QString, file);
        QFETCH(ErrorCode, code);
        QFETCH(QString, arg);
        CsvReader reader(file);
        auto read = readAll(reader);
        QVERIFY(!read.has_value());
        QCOMPARE(errorCodeName(read.error().code), errorCodeName(code));
        if (!arg.isNull()) {
            QCOMPARE(read.error().args.value(0), arg);
        }
    }

    void rewindReadsTheSameRecords()
    {
        CsvReader reader(fixture("snapshot_messy.csv"));
        auto first = readAll(reader);
        QVERIFY(first.has_value());
        QVERIFY(reader.rewind().has_value());
        QStringList fields;
        qint64 line = 0;
        for (const Record &expected : std::as_const(*first)) {
            auto more = reader.next(fields, line);
            QVERIFY(more.has_value() && *more);
            QCOMPARE(fields, expected.fields);
            QCOMPARE(line, expected.line);
        }
        auto end = reader.next(fields, line);
        QVERIFY(end.has_value() && !*end);
    }

    // The importer reads twice; a pipe cannot be read again. A FIFO, a folder or a device is refused
    // before it is opened (opening a FIFO would wait for a writer), and a sequential device is never
    // seek()ed, so Qt prints nothing of its own ("QFile::at: Cannot set file position").
    void pipesAndFoldersAreRefused()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("snapshot.fifo"));
        QCOMPARE(QProcess::execute(QStringLiteral("mkfifo"), {fifo}), 0);
        for (const QString &path : {fifo, dir.path(), QStringLiteral("/dev/null")}) {
            CsvReader reader(path);
            const auto header = reader.header();
            QVERIFY(!header.has_value());
            QCOMPARE(header.error().code, ErrorCode::FileNotRegular);
            QCOMPARE(header.error().args.value(0), path);
        }

        // A sequential device handed in: read once, refused when asked to rewind.
        auto device = std::make_unique<QProcess>();
        device->start(QStringLiteral("cat"), {fixture("snapshot_small.csv")}, QIODevice::ReadOnly);
        QVERIFY(device->waitForFinished());
        QVERIFY(device->isSequential());
        CsvReader piped(std::move(device), QStringLiteral("stdin"));
        QVERIFY(piped.header().has_value());
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        const auto rewound = piped.rewind();
        QVERIFY(!rewound.has_value());
        QCOMPARE(rewound.error().code, ErrorCode::FileNotRegular);
    }

    void mapsColumnsByName()
    {
        CsvReader reader(fixture("snapshot_messy.csv"));
        auto read = readAll(reader);
        QVERIFY(read.has_value());
        QCOMPARE(read->size(), 8);
        // BOM stripped, LF line ends, an empty line, a name with a line break: records start here.
        QList<qint64> lines;
        for (const Record &r : std::as_const(*read)) {
            lines << r.line;
        }
        QCOMPARE(lines, (QList<qint64>{2, 4, 5, 6, 8, 9, 10, 11}));
        const CsvColumns &columns = reader.columns();
        QCOMPARE(columns.unknownColumns(), QStringList{QStringLiteral("catatan")});
        QCOMPARE(columns.indexOf(Field::AssetBoat), qsizetype(-1));
        QCOMPARE(columns.value(read->at(0).fields, Field::AssetBoat), QString());
        QCOMPARE(columns.value(read->at(0).fields, Field::HouseholdId), QStringLiteral("H0001"));
        QCOMPARE(columns.value(read->at(0).fields, Field::VillageCode), QStringLiteral("33.73.04.1001"));
    }

    void encodingErrorNamesLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("tag");
        const QByteArray h = header();
        // Windows-1252 text, as Excel's plain "CSV" writes it: an E acute (0xC9) and the 0x92 apostrophe.
        QTest::newRow("first-field") << h + "JOS\xC9,x\r\n"
                                     << "2"
                                     << "A (household_id)"
                                     << "";
        QTest::newRow("third-field-line-3") << h
                                                   + "a,b,c\r\nd,e,NUR\x92"
                                                     "AINI\r\n"
                                            << "3"
                                            << "C (dusun)"
                                            << "";
        QTest::newRow("quoted-second-line") << h + "a,\"x\r\ny\x92\",c\r\n"
                                            << "3"
                                            << "B (village_code)"
                                            << "";
        QTest::newRow("in-the-header") << QByteArray("household_id,n\xE9k\r\n") << "1"
                                       << "B"
                                       << "";
        QTest::newRow("semicolon-file")
            << QByteArray(csvHeader().replace(u',', u';').toUtf8() + "\r\nH1;33;\xC9\r\n") << "2"
            << "C (dusun)"
            << "";
        QTest::newRow("utf16-bom") << "\xFF\xFEh\0"_qba
                                   << "1"
                                   << "A"
                                   << "utf16";
        // A lead byte at the end of the first 64 KiB chunk and its bad continuation (a line end) at the
        // start of the next: reported on the lead byte's line.
        QByteArray chunked = h + "a,b\r\n";
        chunked += QByteArray(64 * 1024 - 1 - chunked.size(), 'x') + "\xC3\r\nz\r\n";
        QTest::newRow("across-chunks") << chunked << "3"
                                       << "A (household_id)"
                                       << "";
    }

    void encodingErrorNamesLineAndColumn()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, line);
        QFETCH(QString, column);
        QFETCH(QString, tag);
        auto reader = readerOf(bytes);
        auto read = readAll(*reader);
        QVERIFY(!read.has_value());
        QCOMPARE(read.error().code, ErrorCode::CsvBadEncoding);
        QCOMPARE(read.error().args.value(0), line);
        QCOMPARE(read.error().args.value(1), column);
        QCOMPARE(read.error().args.value(2), tag);
        const QString text = describe(read.error());
        if (tag.isEmpty()) {
            QVERIFY2(text.contains(line) && text.contains(column), qPrintable(text));
        }
        QVERIFY(text.contains(QStringLiteral("UTF-8")));
    }

    void separatorComesFromTheHeaderNames_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QChar>("separator");
        QTest::addColumn<QStringList>("first");
        const QByteArray names = csvHeader().toUtf8();
        QByteArray semicolon = names;
        semicolon.replace(',', ';');
        QByteArray tab = names;
        tab.replace(',', '\t');
        QTest::newRow("comma") << names + "\r\nH1,\"a;b\",c\r\n"
                               << QChar(u',')
                               << QStringList{
                                      QStringLiteral("H1"), QStringLiteral("a;b"), QStringLiteral("c")};
        QTest::newRow("semicolon") << semicolon + "\r\nH1;\"JL. MAWAR, NO. 1\";c\r\n"
                                   << QChar(u';')
                                   << QStringList{QStringLiteral("H1"),
                                                  QStringLiteral("JL. MAWAR, NO. 1"),
                                                  QStringLiteral("c")};
        QTest::newRow("tab") << tab + "\nH1\ta,b;c\t\r\n"
                             << QChar(u'\t')
                             << QStringList{QStringLiteral("H1"), QStringLiteral("a,b;c"), QString()};
        QByteArray quoted = "\"" + semicolon;
        quoted.replace(";", "\";\"");
        QTest::newRow("semicolon-all-quoted")
            << quoted + "\"\r\n\"H1\";\"x\"\r\n"
            << QChar(u';') << QStringList{QStringLiteral("H1"), QStringLiteral("x")};
        // More semicolons than commas, but the commas split the known names.
        QTest::newRow("names-decide-not-counts")
            << names + ",\"catatan; a; b; c; d; e\"\r\nH1,x\r\n"
            << QChar(u',') << QStringList{QStringLiteral("H1"), QStringLiteral("x")};
        QTest::newRow("bom-and-empty-lines-first")
            << "\xEF\xBB\xBF\r\n\r\n" + semicolon + "\r\nH1;x\r\n"
            << QChar(u';') << QStringList{QStringLiteral("H1"), QStringLiteral("x")};
    }

    void separatorComesFromTheHeaderNames()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QChar, separator);
        QFETCH(QStringList, first);
        auto reader = readerOf(bytes);
        auto read = readAll(*reader);
        QVERIFY2(read.has_value(), read ? "" : qPrintable(read.error().detail));
        QCOMPARE(reader->separator(), separator);
        QVERIFY(reader->header()->size() >= kFieldCount);
        QVERIFY(reader->columns().unknownColumns().size() <= 1);
        QCOMPARE(read->size(), 1);
        QCOMPARE(read->at(0).fields, first);
        // The importer reads twice: the second read uses the same separator.
        QVERIFY(reader->rewind().has_value());
        QStringList fields;
        qint64 line = 0;
        QVERIFY(*reader->next(fields, line));
        QCOMPARE(fields, first);
    }

    void headerNamesInAnyCaseAndSpacing()
    {
        QStringList names = csvHeader().split(u',');
        names[0] = QStringLiteral("HOUSEHOLD_ID");
        names[1] = QStringLiteral(" Village_Code ");
        names[fieldIndex(Field::Nik)] = QStringLiteral("\tNIK");
        names[fieldIndex(Field::Latitude)] = QStringLiteral("Latitude");
        auto reader = readerOf(names.join(u';').toUtf8() + "\r\nH1;3373041001\r\n");
        auto read = readAll(*reader);
        QVERIFY2(read.has_value(), read ? "" : qPrintable(read.error().detail));
        const CsvColumns &columns = reader->columns();
        QVERIFY(columns.unknownColumns().isEmpty());
        QCOMPARE(columns.indexOf(Field::HouseholdId), 0);
        QCOMPARE(columns.indexOf(Field::Nik), fieldIndex(Field::Nik));
        QCOMPARE(columns.indexOf(Field::Latitude), fieldIndex(Field::Latitude));
        QCOMPARE(columns.value(read->at(0).fields, Field::VillageCode), QStringLiteral("3373041001"));
        QVERIFY(columns.absentColumns().isEmpty());
        // The same column twice in another case is still a duplicate (F04).
        auto twice = readerOf(csvHeader().toUtf8() + ",NIK\r\n");
        auto duplicate = twice->header();
        QVERIFY(!duplicate.has_value());
        QCOMPARE(duplicate.error().code, ErrorCode::CsvDuplicateColumn);
        QCOMPARE(duplicate.error().args.value(0), QStringLiteral("NIK"));
    }

    void usedRangeIsIgnored()
    {
        // Three unnamed columns after the header and four rows of separators only, as Excel writes a
        // sheet whose used range is larger than its data.
        QByteArray bytes = csvHeader().toUtf8() + ",,,\r\n";
        QByteArray row = QByteArray(kFieldCount - 1, ',');
        row.prepend("H1");
        bytes += row + ",,,\r\n" + row + ",, ,\r\n";
        bytes += QByteArray(kFieldCount + 2, ',') + "\r\n";
        bytes += QByteArray(kFieldCount + 2, ',') + "\r\n";
        auto reader = readerOf(bytes);
        auto read = readAll(*reader);
        QVERIFY2(read.has_value(), read ? "" : qPrintable(read.error().detail));
        QCOMPARE(reader->header()->size(), kFieldCount);
        QVERIFY(reader->columns().unknownColumns().isEmpty());
        QCOMPARE(read->size(), 2);
        QCOMPARE(read->at(0).fields.size(), kFieldCount);
        QCOMPARE(read->at(1).fields.size(), kFieldCount);
        // A value under an unnamed column is kept: the row then has more fields than the header (R01).
        auto withValue = readerOf(csvHeader().toUtf8() + ",,\r\n" + row + ",x,\r\n");
        auto kept = readAll(*withValue);
        QVERIFY(kept.has_value());
        QCOMPARE(kept->at(0).fields.size(), kFieldCount + 2);
        // Unnamed columns in the middle are ignored, not duplicates of each other.
        auto middle = readerOf("household_id,,village_code,,\r\n");
        QVERIFY(!middle->header().has_value()); // F03 for the missing columns, not F04
        QCOMPARE(middle->header().error().code, ErrorCode::CsvMissingColumn);
    }

    // The spreadsheet fixtures that must import (tests/data/csv/spreadsheet_fixtures.txt) read as the
    // source they were made from, value by value (Excel writes coordinates with a decimal comma).
    void spreadsheetFilesReadLikeTheirSource_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QChar>("separator");
        QTest::newRow("libreoffice-semicolon") << "libreoffice_semicolon.csv" << QChar(u';');
        QTest::newRow("libreoffice-tab") << "libreoffice_tab.csv" << QChar(u'\t');
        QTest::newRow("excel-semicolon") << "excel_semicolon.csv" << QChar(u';');
        QTest::newRow("excel-used-range") << "excel_used_range.csv" << QChar(u';');
        QTest::newRow("excel-recased") << "excel_recased.csv" << QChar(u';');
    }

    void spreadsheetFilesReadLikeTheirSource()
    {
        QFETCH(QString, file);
        QFETCH(QChar, separator);
        CsvReader source(fixture("spreadsheet_source.csv"));
        auto expected = readAll(source);
        QVERIFY(expected.has_value());
        CsvReader reader(test::testDataPath(QStringLiteral("csv/") + file));
        auto read = readAll(reader);
        QVERIFY2(read.has_value(), read ? "" : qPrintable(describe(read.error())));
        QCOMPARE(reader.separator(), separator);
        QVERIFY(reader.columns().unknownColumns().isEmpty());
        QCOMPARE(read->size(), expected->size());
        for (qsizetype i = 0; i < read->size(); ++i) {
            QCOMPARE(read->at(i).line, expected->at(i).line);
            for (const FieldDef &def : allFields()) {
                QString value = reader.columns().value(read->at(i).fields, def.field);
                if (def.kind == FieldKind::Decimal) {
                    value.replace(u',', u'.');
                }
                QCOMPARE(value, source.columns().value(expected->at(i).fields, def.field));
            }
        }
    }

    void writerQuotesOnlyWhenNeeded()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        {
            CsvWriter writer(buffer);
            QVERIFY(writer.writeRow(utf8List({"plain", "a,b", "say \"hi\"", "x\ny", "x\ry", "", " space "}))
                        .has_value());
            QVERIFY(writer.writeRow(utf8List({"Ä€"})).has_value());
            QVERIFY(writer.flush().has_value());
        }
        QCOMPARE(
            buffer.data(),
            QByteArray(
                "plain,\"a,b\",\"say \"\"hi\"\"\",\"x\ny\",\"x\ry\",, space \r\n\xC3\x84\xE2\x82\xAC\r\n"));
    }

    void writerAndReaderAgree()
    {
        const QList<QStringList> rows{utf8List({"a", "b,c", "\"", "\"\"", "line\r\nbreak", ""}),
                                      utf8List({"", "", "", "", "", "only the last"}),
                                      utf8List({"😀", "\n", "\r", ",", "x\"y", "last"})};
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        {
            CsvWriter writer(buffer);
            QVERIFY(writer.writeRow(csvHeader().split(u',')).has_value());
            for (const QStringList &row : rows) {
                QVERIFY(writer.writeRow(row).has_value());
            }
            QVERIFY(writer.flush().has_value());
        }
        QVERIFY(!buffer.data().startsWith("\xEF\xBB\xBF"));
        auto reader = readerOf(buffer.data());
        auto read = readAll(*reader);
        QVERIFY(read.has_value());
        QCOMPARE(read->size(), rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QCOMPARE(read->at(i).fields, rows.at(i));
        }
    }

    void writerReportsAFailingDevice()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::ReadOnly)); // writes fail
        CsvWriter writer(buffer, QStringLiteral("out.csv"));
        QVERIFY(writer.writeRow(utf8List({"a"})).has_value()); // buffered
        auto flushed = writer.flush();
        QVERIFY(!flushed.has_value());
        QCOMPARE(flushed.error().code, ErrorCode::FileWriteFailed);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_CsvReader.moc"
