// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/OfficerName.h"

namespace verdes {

namespace {

bool isRefused(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

QString codePoint(char32_t c)
{
    return QStringLiteral("U+%1").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace

Result<QString> OfficerName::check(const QString &name)
{
    for (qsizetype i = 0; i < name.size(); ++i) {
        char32_t c = name.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < name.size() && name.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(name.at(i), name.at(i + 1));
            ++i;
        }
        // A lone surrogate keeps its own value, which is in Other_Surrogate.
        if (isRefused(c)) {
            return Error(ErrorCode::OfficerNameInvalidChar,
                         {codePoint(c)},
                         QStringLiteral("officer name holds %1").arg(codePoint(c)));
        }
    }
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return Error(ErrorCode::OfficerNameEmpty, {}, QStringLiteral("empty officer name"));
    }
    // Counted after trimming: the spaces around a name are not part of it.
    const qsizetype length = QStringView(trimmed).toUcs4().size();
    if (length > kMaxLength) {
        return Error(ErrorCode::OfficerNameTooLong,
                     {QString::number(kMaxLength)},
                     QStringLiteral("officer name of %1 characters").arg(length));
    }
    return trimmed;
}

} // namespace verdes
