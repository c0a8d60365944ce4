// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QWidget;

namespace verdes::ui {

// The file dialogs and reads of the files that travel on a USB stick (requests, answers, receipts,
// pages of batches): Qt's own dialog (the same on every desktop, and drivable in tests by its object
// name), deleted when closed, and a read that says in the officer's words why a file cannot be used.
class FileChooser final
{
public:
    // Opens a dialog for one existing file; `chosen` gets its path.
    static void open(QWidget *parent,
                     const QString &objectName,
                     const QString &title,
                     const QString &filter,
                     const std::function<void(const QString &)> &chosen);
    // Opens a dialog to save a file, suggesting `suggested` in the documents folder with `suffix`.
    static void save(QWidget *parent,
                     const QString &objectName,
                     const QString &title,
                     const QString &suggested,
                     const QString &filter,
                     const QString &suffix,
                     const std::function<void(const QString &)> &chosen);
    // A person's or a place's name as part of a suggested file name ("Sri Wahyuni" → "sri-wahyuni"),
    // `fallback` when nothing of it is left.
    static QString fileNamePart(const QString &name, const QString &fallback);
    // Writes a file the user chose in a save dialog (which asked before an existing one was replaced):
    // all or nothing (QSaveFile), never into a vault folder (OutputPath), FileWriteFailed otherwise.
    static Result<void> write(const QString &path, const QByteArray &bytes);
    // The whole file, at most `maxBytes`: FileNotFound, FilePermissionDenied or SyncFileTooLarge.
    static Result<QByteArray> read(const QString &path, qint64 maxBytes);
};

} // namespace verdes::ui
