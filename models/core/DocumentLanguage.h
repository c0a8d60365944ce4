// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;

namespace verdes {

// Official papers (the berita acara, the BNBA and the other meeting documents) are written in
// Indonesian also when the officer works in English. The labels they share with the interface
// (proposal types, decisions, attendee roles) come from tr() like everything else; while an
// Indonesian scope lives on a thread, every tr() on that thread answers from the Indonesian
// translation, and the other threads keep the interface's language.
//
//     DocumentLanguage::Indonesian indonesian;   // for this function's texts
//     line.typeLabel = ProposalTypeText::label(type);  // "Meninggal", whatever the interface
class DocumentLanguage
{
public:
    // Installs the translator that answers for the scopes, loaded from `qmFile` (the application's
    // verdes_id.qm); after the interface's translators, so that it is asked first. Without it (a
    // process that never called this) the scopes change nothing. False when the file cannot be read.
    static bool install(QCoreApplication &app, const QString &qmFile);

    class Indonesian
    {
    public:
        Indonesian();
        ~Indonesian();
        Indonesian(const Indonesian &) = delete;
        Indonesian &operator=(const Indonesian &) = delete;
        Indonesian(Indonesian &&) = delete;
        Indonesian &operator=(Indonesian &&) = delete;
    };
};

} // namespace verdes
