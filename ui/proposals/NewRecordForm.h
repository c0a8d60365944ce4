// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Field.h"
#include "models/domain/Issue.h"
#include "models/proposals/Proposal.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace verdes {
class Database;
} // namespace verdes

namespace verdes::ui {

// The data of the records a NEW_HOUSEHOLD or NEW_MEMBER proposal creates, as a form generated from
// the Field table and the code lists: NEW_MEMBER one member; NEW_HOUSEHOLD the household, its head
// and further members ("Add member" / "Remove member", each its own newRecordKey). Required columns
// (Proposal's V30 lists) come first and are marked; the rest sit in collapsible groups. The village
// code comes from the vault and cannot be edited; desil, ids and presence are not offered. Every
// change revalidates with the V-rules (ProposalRepository::newRecordIssues): errors and warnings
// show per record, fields in error are marked. The values leave the form as FieldChanges.
class NewRecordForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewRecordForm)

public:
    // The newRecordKey of the single member of a NEW_MEMBER proposal.
    static constexpr char16_t kNewMemberKey[] = u"member";

    explicit NewRecordForm(Database &db, QWidget *parent = nullptr);
    // For a form (Designer): setDatabase() before setProposal().
    explicit NewRecordForm(QWidget *parent = nullptr);
    ~NewRecordForm() override;

    // The vault the village code and the checks of the new records come from.
    void setDatabase(Database &db);

    // Shows the form of `type` (empty for other types) filled from `changes`; `householdId` is the
    // family a NEW_MEMBER joins. Emits nothing.
    void setProposal(ProposalType type, const QString &householdId, const QList<FieldChange> &changes);
    // The family a NEW_MEMBER joins changed (revalidates).
    void setHousehold(const QString &householdId);
    void setReadOnly(bool readOnly);

    ProposalType type() const { return m_type; }

    bool isActive() const { return m_active; }

    // The values as FieldChanges (empty record id; household values with an empty newRecordKey).
    QList<FieldChange> changes() const;

    // The newRecordKeys of the member forms, in order ("head", "member2", … or "member").
    QStringList memberKeys() const;
    // NEW_HOUSEHOLD: adds a member form and returns its key (empty for other types or read-only).
    QString addMember();
    // NEW_HOUSEHOLD: removes a further member (never the head); false when there is no such form.
    bool removeMember(const QString &key);

    // One value in canonical text (DOMAIN.md §13), on the household (`key` empty) or a member.
    // False when the form has no such editable field or the value cannot be shown by its widget.
    bool setValue(const QString &key, const QString &column, const QString &value);
    QString value(const QString &key, const QString &column) const;
    QWidget *fieldEditor(const QString &key, const QString &column) const;
    // Whether the column is marked as required on that record.
    bool isRequired(const QString &key, const QString &column) const;

    // The issues of the last validation and their texts ("Member 2 · NIK: V01 …").
    const QList<Issue> &issues() const { return m_issues; }

    QStringList errorTexts() const;
    QStringList warningTexts() const;

    // A value as others may see it: code labels, yes/no, flags in words, NIK and KK numbers
    // masked (first 4 + last 4) unless `masked` is false.
    static QString displayValue(const QString &column, const QString &value, bool masked = true);
    // The records of a NEW_HOUSEHOLD / NEW_MEMBER proposal, readable (HTML): one table per record,
    // labels and code labels, identifiers masked.
    static QString summaryHtml(const Proposal &proposal);

Q_SIGNALS:
    // A value, a member form or the household changed (after revalidation).
    void changed();

private:
    struct Record
    {
        QString key; // empty: the household
        QWidget *box = nullptr;
        QPushButton *removeButton = nullptr;
        QHash<QString, QWidget *> editors; // column -> editor
        QStringList required;
    };

    void clearRecords();
    Record &addRecord(const QString &key);
    QWidget *makeEditor(const FieldDef &def, QWidget *parent);
    void fillRecord(Record &record, const QList<FieldChange> &changes);
    void onEdited();
    void revalidate();
    void updateTitles();
    QString recordTitle(const Record &record) const;
    Proposal proposal() const;
    Record *recordFor(const QString &key);
    const Record *recordFor(const QString &key) const;

    Database *m_db = nullptr;
    ProposalType m_type = ProposalType::DataUpdate;
    bool m_active = false;
    bool m_readOnly = false;
    bool m_loading = false;
    QString m_householdId;
    QString m_villageCode;
    QList<Record> m_records;
    QList<Issue> m_issues;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_issuesLabel = nullptr;
    QVBoxLayout *m_recordsLayout = nullptr;
    QPushButton *m_addMemberButton = nullptr;
};

} // namespace verdes::ui
