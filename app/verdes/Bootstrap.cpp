// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/verdes/Bootstrap.h"

#include "models/core/DocumentLanguage.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <sys/prctl.h>
#include <sys/resource.h>

namespace verdes::app {

void Bootstrap::hardenProcess()
{
    const rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);
#if !defined(VERDES_TESTING)
    // Not in test builds: sanitizers and crash tests need to read the process.
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

bool Bootstrap::installTranslators(QCoreApplication &app, const QString &language)
{
    if (language != u"id" && language != u"en") {
        return false;
    }
    // Numbers and dates follow the interface language (1.130 rumah tangga, 23/11/2026).
    QLocale::setDefault(language == u"id" ? QLocale(QLocale::Indonesian, QLocale::Indonesia)
                                          : QLocale(QLocale::English, QLocale::UnitedKingdom));
    // Both translators are children of the application and live as long as it.
    for (const QString &name : {QStringLiteral("verdes"), QStringLiteral("qtbase")}) {
        auto *translator = new QTranslator(&app);
        if (translator->load(QStringLiteral(":/i18n/%1_%2.qm").arg(name, language))) {
            QCoreApplication::installTranslator(translator);
        } else {
            delete translator;
        }
    }
    // The meeting's documents are in Indonesian whatever the interface's language.
    if (language != u"id") {
        DocumentLanguage::install(app, QStringLiteral(":/i18n/verdes_id.qm"));
    }
    return true;
}

QString Bootstrap::commandLineLanguage()
{
    for (const char *variable : {"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"}) {
        const QByteArray value = qgetenv(variable);
        if (!value.isEmpty()) {
            return value.startsWith("id") ? QStringLiteral("id") : QStringLiteral("en");
        }
    }
    return QStringLiteral("en");
}

} // namespace verdes::app
