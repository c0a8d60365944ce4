// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace verdes::hub {

// The uploads in progress at a hub (issue 13 §3, "resumable parts"): one file per announced upload in
// HUBDIR/spool, named by the SHA-256 of the sealed file it will hold, growing part by part. The bytes
// are the sealed batch as the village sent it: they reveal nothing without the hub's key.
//
// Several hub processes on one machine share the folder: a part is appended under the spool's lock,
// and only at the offset the file has reached, so a part sent twice, or to two processes at once, is
// written once. An upload that a client resumes at another machine's hub starts there from 0. Nothing
// here is synced to the disk: after a power cut an upload may start again from 0, as after a
// hub's lost spool; the batch is made durable when the hub stores it.
class UploadSpool final
{
public:
    explicit UploadSpool(QString folder);

    struct State
    {
        qint64 size = 0;     // announced
        qint64 received = 0; // bytes written so far
    };

    // Starts an upload of `size` bytes, or returns where the same upload stands.
    Result<State> begin(const QByteArray &sha256, qint64 size);
    Result<std::optional<State>> state(const QByteArray &sha256);
    // Appends a part at `offset`. Returns the state after it; when `offset` is not where the upload
    // stands, nothing is written and the state says where it does.
    Result<State> append(const QByteArray &sha256, qint64 offset, const QByteArray &part);
    // The whole upload, once every byte came and its SHA-256 is the announced one; the upload is
    // dropped when the bytes do not match (SyncFileMalformed), so that the client starts it again.
    Result<QByteArray> take(const QByteArray &sha256);
    void drop(const QByteArray &sha256);
    // Drops the uploads nobody touched since `before`. Returns how many.
    int dropStale(const QDateTime &before);

private:
    QString dataPath(const QByteArray &sha256) const;
    QString sizePath(const QByteArray &sha256) const;
    QString newSizePath(const QByteArray &sha256) const;
    Result<std::optional<State>> readState(const QByteArray &sha256) const;

    QString m_folder;
};

} // namespace verdes::hub
