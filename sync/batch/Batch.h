// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace verdes::sync {

// The body of a batch, verdes-batch/1 (docs/batch-format.md §4): what a sealed meeting agreed, as
// it goes to the district. Only the encoding lives here; the envelope (signature, seal) is
// Envelope's, and building a batch from a vault is the outbox's.

struct BatchChange
{
    QString table;
    QString recordId;
    QString column;
    QString oldValue;
    QString newValue;
    QString newRecordKey;

    bool operator==(const BatchChange &) const = default;
};

struct BatchBase
{
    QString table;
    QString recordId;
    quint64 version = 0;

    bool operator==(const BatchBase &) const = default;
};

struct BatchEvidence
{
    quint64 id = 0;
    QString kind;
    QString mime;
    QByteArray sha256; // of content
    QByteArray content;

    bool operator==(const BatchEvidence &) const = default;
};

struct BatchItem
{
    static constexpr int kBnbaColumns = 8; // name, NIK, KK, address, RT/RW, type, reason, decision

    quint64 proposalId = 0;
    QString type;
    QString channel;
    QString household;
    QStringList persons;
    QString reason;
    QString details; // compact JSON object
    QList<BatchChange> changes;
    QList<BatchBase> bases;
    QList<BatchEvidence> evidence;
    QStringList bnba; // kBnbaColumns texts per line

    bool operator==(const BatchItem &) const = default;
};

struct Batch
{
    static constexpr qsizetype kMaxEvidenceBytes = qsizetype{16} << 20;
    static constexpr qsizetype kMaxItems = 20000;
    static constexpr qsizetype kMaxPerItem = 10000;
    static constexpr qsizetype kMaxEvidencePerItem = 64;

    QString villageCode;
    QString vaultId;
    quint64 sequence = 1;
    std::optional<QByteArray> previous; // the previous batch's id; none for the first
    QString createdAt;
    quint64 auditSeq = 0;
    QByteArray auditHash; // 32 bytes
    QByteArray meeting;   // the meeting's sealed canonical bytes
    QByteArray meetingSha256;
    QByteArray meetingSignature;
    QList<BatchItem> items;

    bool operator==(const Batch &) const = default;

    // The body's bytes: the same batch always gives the same bytes.
    QByteArray encode() const;
    // Reads a body whose signature has been verified; refuses (SyncFileMalformed, the field and
    // what is wrong in the detail) anything out of bounds, inconsistent or left over.
    static Result<Batch> decode(QByteArrayView body);
    // The batch id: SHA-256 of the body.
    static QByteArray idOf(QByteArrayView body);
};

} // namespace verdes::sync
