// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/demo/DemoRowSource.h"

#include "models/core/Log.h"
#include "models/domain/Field.h"
#include "models/io/CsvWriter.h"

#include <QFileInfo>
#include <QSaveFile>

namespace verdes {

DemoRowSource::DemoRowSource(std::unique_ptr<DemoVillage> village)
    : m_village(std::move(village))
{}

Result<std::unique_ptr<DemoRowSource>> DemoRowSource::create(const DemoOptions &options)
{
    VERDES_TRY_ASSIGN(village, DemoVillage::create(options));
    return std::unique_ptr<DemoRowSource>(new DemoRowSource(std::move(village)));
}

Result<QStringList> DemoRowSource::header()
{
    return csvHeader().split(u',');
}

Result<bool> DemoRowSource::next(QStringList &fields, qint64 &line)
{
    while (m_nextMember >= m_current.members.size()) {
        if (!m_village->next(m_current)) {
            return false;
        }
        m_nextMember = 0;
    }
    fields = csvRow(m_current, m_current.members[m_nextMember]);
    ++m_nextMember;
    ++m_line;
    line = m_line;
    return true;
}

Result<void> DemoRowSource::rewind()
{
    m_village->rewind();
    m_current = Household();
    m_nextMember = 0;
    m_line = 1;
    return {};
}

qint64 DemoRowSource::position() const
{
    return m_village->produced();
}

qint64 DemoRowSource::total() const
{
    return m_village->options().households;
}

QString DemoRowSource::sourceName() const
{
    return QStringLiteral("demo");
}

Result<qint64>
DemoRowSource::writeCsv(const QString &path, const DemoOptions &options, OutputPath::Existing existing)
{
    VERDES_TRY_ASSIGN(target, OutputPath::check(path, existing));
    VERDES_TRY_ASSIGN(source, create(options));
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error(ErrorCode::FileWriteFailed, {path}, file.errorString());
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto written = [&]() -> Result<qint64> {
        CsvWriter writer(file, path);
        VERDES_TRY_ASSIGN(names, source->header());
        VERDES_TRY(writer.writeRow(names));
        QStringList fields;
        qint64 line = 0;
        qint64 count = 0;
        while (true) {
            VERDES_TRY_ASSIGN(more, source->next(fields, line));
            if (!more) {
                break;
            }
            VERDES_TRY(writer.writeRow(fields));
            ++count;
        }
        VERDES_TRY(writer.flush());
        return count;
    }();
    if (!written) {
        file.cancelWriting();
        return written.error();
    }
    if (!file.commit()) {
        return Error(ErrorCode::FileWriteFailed, {path}, file.errorString());
    }
    const qint64 rows = *written;
    qCInfo(lcIo) << "demo csv written:" << rows << "rows";
    return rows;
}

} // namespace verdes
