// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Field.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <span>

namespace verdes {

// The codes that rules and screens reason about get enums; the many purely descriptive lists are
// only data in Codes.cpp. Values are the Regsosek codes (DOMAIN.md §3).
enum class Sex : quint8
{
    Male = 1,
    Female = 2,
};

enum class YesNo : quint8
{
    Yes = 1,
    No = 2,
};

enum class Presence : quint8
{
    LivesWithFamily = 1,
    Deceased = 2,
    MovedWithinIndonesia = 3,
    MovedAbroad = 4,
    NewMember = 5,
    NotFound = 6,
};

enum class Relationship : quint8
{
    Head = 1,
    Spouse = 2,
    Child = 3,
    ChildInLaw = 4,
    Grandchild = 5,
    Parent = 6,
    DomesticWorker = 7,
    Other = 8,
};

enum class MaritalStatus : quint8
{
    Single = 1,
    Married = 2,
    Divorced = 3,
    Widowed = 4,
};

enum class EmploymentStatus : quint8
{
    OwnAccount = 1,
    EmployerTemporaryHelp = 2,
    EmployerPaidStaff = 3,
    Employee = 4,
    CivilServant = 5, // PNS/TNI/Polri/BUMN/BUMD/official
    CasualFarm = 6,
    CasualNonFarm = 7,
    UnpaidFamilyWorker = 8,
};

// Questionnaire versions whose code lists Verdes knows (DOMAIN.md §3: versioned tables).
enum class Instrument : quint8
{
    Regsosek2022K,  // "REGSOSEK2022.K", the default when the column is empty
    RegsosEk2021Rt, // "REGSOS-EK2021.RT", older DTKS-era data
};

struct CodeDef
{
    qint64 value = 0;
    const char *label = nullptr; // English source text, translated in context "Codes"
    // Codes added in later lists [U]; not valid for REGSOS-EK2021.RT and REGSOSEK2022.K data.
    bool laterListsOnly = false;
};

struct CodeListDef
{
    CodeList list;
    const char *id;     // stable name for logs and tests ("floor")
    bool isFlags;       // values are sums of the codes (powers of two)
    qint64 unknownFlag; // 99 for flag lists where "unknown" may stand alone, else 0
    bool hasNoneValue;  // flag lists: 0 means "none"
    std::span<const CodeDef> codes;
};

class CodeText
{
    Q_DECLARE_TR_FUNCTIONS(Codes)

public:
    // The label of one code in the interface language; empty for an unknown code.
    static QString label(CodeList list, qint64 value);
    // For flag lists: the labels of the flags a value combines ("PBI-JKN, JKN employer").
    static QStringList flagLabels(CodeList list, qint64 value);
};

const CodeListDef &codeListDef(CodeList list);
std::span<const CodeListDef> allCodeLists();

// V19: whether a value is one code of the list (or, for flag lists, a sum of defined flags, 0 for
// none where allowed, 99 only alone) for the given questionnaire version.
bool isValidCode(CodeList list, qint64 value, Instrument instrument = Instrument::Regsosek2022K);

// "REGSOSEK2022.K" and "REGSOS-EK2021.RT"; empty text is REGSOSEK2022.K (DOMAIN.md §13).
std::optional<Instrument> parseInstrument(QStringView text);
QString instrumentName(Instrument instrument);

} // namespace verdes
