// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/FileChooser.h"

#include "models/io/OutputPath.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace verdes::ui {

namespace {

QString documents()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QFileDialog *dialogFor(QWidget *parent,
                       const QString &objectName,
                       const QString &title,
                       const QString &start,
                       const QString &filter,
                       const std::function<void(const QString &)> &chosen)
{
    auto *dialog = new QFileDialog(parent, title, start, filter);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, chosen);
    return dialog;
}

} // namespace

void FileChooser::open(QWidget *parent,
                       const QString &objectName,
                       const QString &title,
                       const QString &filter,
                       const std::function<void(const QString &)> &chosen)
{
    QFileDialog *dialog = dialogFor(parent, objectName, title, documents(), filter, chosen);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->open();
}

void FileChooser::save(QWidget *parent,
                       const QString &objectName,
                       const QString &title,
                       const QString &suggested,
                       const QString &filter,
                       const QString &suffix,
                       const std::function<void(const QString &)> &chosen)
{
    QFileDialog *dialog =
        dialogFor(parent, objectName, title, QDir(documents()).filePath(suggested), filter, chosen);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(suffix);
    dialog->open();
}

QString FileChooser::fileNamePart(const QString &name, const QString &fallback)
{
    static const QRegularExpression other(QStringLiteral("[^a-z0-9]+"));
    QString part = name.toLower().replace(other, QStringLiteral("-"));
    return part.isEmpty() || part == u"-" ? fallback : part;
}

Result<void> FileChooser::write(const QString &path, const QByteArray &bytes)
{
    VERDES_TRY_ASSIGN(target, OutputPath::check(path, OutputPath::Existing::Replace));
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error(ErrorCode::FileWriteFailed, {QDir::toNativeSeparators(path)}, file.errorString());
    }
    return {};
}

Result<QByteArray> FileChooser::read(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(file.exists() ? ErrorCode::FilePermissionDenied : ErrorCode::FileNotFound,
                     {QDir::toNativeSeparators(path)},
                     file.errorString());
    }
    if (file.size() > maxBytes) {
        return Error(ErrorCode::SyncFileTooLarge,
                     {QDir::toNativeSeparators(path), QString::number(maxBytes >> 20)});
    }
    return file.readAll();
}

} // namespace verdes::ui
