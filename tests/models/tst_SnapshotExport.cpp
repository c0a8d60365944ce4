// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

class TestSnapshotExport : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(TestSnapshotExport)
#include "tst_SnapshotExport.moc"
