// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/demo/DemoVillage.h"
#include "models/io/OutputPath.h"
#include "models/io/RowSource.h"

#include <QCoreApplication>

#include <memory>

namespace verdes {

// The demo village as CSV-shaped rows (DOMAIN.md §13): the header is csvHeader(), then one row per
// member (Household csvRow), households in order. Rewinding regenerates from the seed, so the two
// passes of an import see the same bytes. Line numbers are those the same data would have in a CSV
// file (header = 1).
class DemoRowSource final : public RowSource
{
    Q_DECLARE_TR_FUNCTIONS(DemoRowSource)

public:
    static Result<std::unique_ptr<DemoRowSource>> create(const DemoOptions &options);

    Result<QStringList> header() override;
    Result<bool> next(QStringList &fields, qint64 &line) override;
    Result<void> rewind() override;
    // In households: produced so far, out of the options' number.
    qint64 position() const override;
    qint64 total() const override;
    QString sourceName() const override;

    const DemoVillage &village() const { return *m_village; }

    // Writes the demo village as a CSV snapshot: UTF-8 without BOM, RFC 4180 (fields quoted only when
    // they hold a comma, quote, CR or LF), CRLF line ends. Atomic (QSaveFile); owner-only permissions.
    // The target is checked by OutputPath: an existing file is replaced only with Existing::Replace
    // (FileExists otherwise). Returns the number of data rows written.
    static Result<qint64> writeCsv(const QString &path,
                                   const DemoOptions &options,
                                   OutputPath::Existing existing = OutputPath::Existing::Refuse);

private:
    explicit DemoRowSource(std::unique_ptr<DemoVillage> village);

    std::unique_ptr<DemoVillage> m_village;
    Household m_current;
    qsizetype m_nextMember = 0;
    qint64 m_line = 1;
};

} // namespace verdes
