// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/core/DocumentLanguage.h"

#include <QCoreApplication>
#include <QTranslator>

namespace verdes {

namespace {

// How many Indonesian scopes are open on this thread.
thread_local int t_indonesianScopes = 0;

// The Indonesian translation, answering only on a thread inside a scope; elsewhere it returns a
// null string, and QCoreApplication::translate goes on to the interface's translators.
class ScopedTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString
    translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        if (t_indonesianScopes == 0) {
            return {};
        }
        return QTranslator::translate(context, sourceText, disambiguation, n);
    }
};

} // namespace

bool DocumentLanguage::install(QCoreApplication &app, const QString &qmFile)
{
    // A child of the application: it lives as long as the application.
    auto *translator = new ScopedTranslator(&app);
    if (!translator->load(qmFile)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

DocumentLanguage::Indonesian::Indonesian()
{
    ++t_indonesianScopes;
}

DocumentLanguage::Indonesian::~Indonesian()
{
    --t_indonesianScopes;
}

} // namespace verdes
