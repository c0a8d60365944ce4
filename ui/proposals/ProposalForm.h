// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/proposals/Proposal.h"

#include <QList>
#include <QPair>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLineEdit;

namespace Ui {
class ProposalForm;
} // namespace Ui

namespace verdes {
class Database;
} // namespace verdes

namespace verdes::ui {

class DateField;

// The fields of a proposal, on the editor's first tab: its type, household and members, channel and
// reason, the rows of its type's own data (only those of the chosen type show), and the field
// corrections of the types that correct fields. It knows the household's members; what the proposal
// may do, its state and its evidence are the editor's.
class ProposalForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProposalForm)

public:
    explicit ProposalForm(QWidget *parent = nullptr);
    ~ProposalForm() override;

    // The vault the household, its members and the corrections' old values are read from.
    void setDatabase(Database &db);

    // Empties the text fields, the date and the corrections, and chooses `type`.
    void clear(ProposalType type);
    // Fills every field from `proposal`, its household first.
    void load(const Proposal &proposal);
    // Shows the household and lists its members (none are ticked).
    void loadHousehold(const QString &householdId);
    // Writes the fields into `proposal`: type, channel, household, members, reason, details, and the
    // corrections for the types that correct fields.
    void writeTo(Proposal &proposal) const;
    // Shows the rows `type` uses and hides the others.
    void showRowsFor(ProposalType type);
    // Everything follows `editable`; the type and the household can be chosen only for a new proposal.
    void setEditable(bool editable, bool isNew);

    ProposalType type() const;
    // The household id as typed.
    QString householdId() const;

    // The household's members as listed (person id, "name (head)"), and its head's name.
    const QList<QPair<QString, QString>> &members() const { return m_members; }

    QString headName() const { return m_headName; }

    DateField *dateField() const;

    void setType(ProposalType type);
    void setReason(const QString &reason);
    void setChannel(Channel channel);
    void setPersons(const QStringList &personIds);
    void setEventDate(const QDate &date);
    void setIneligibleReason(const QString &tlCode);
    void addFieldChange(const QString &table,
                        const QString &recordId,
                        const QString &column,
                        const QString &newValue);

Q_SIGNALS:
    // Something the officer writes changed.
    void changed();
    // The type chosen changed.
    void typeChanged();
    // The officer picked or typed another household (the editor loads it).
    void householdRequested(const QString &householdId);
    // A household was loaded (its id, empty for none).
    void householdLoaded(const QString &householdId);
    // Something to tell the officer (the editor's message line).
    void message(const QString &text, bool error);

private:
    void emitChanged();
    // The one-line text fields of the type's own data.
    QList<QLineEdit *> textEdits() const;

    std::unique_ptr<Ui::ProposalForm> m_ui;
    Database *m_db = nullptr;
    QList<QCheckBox *> m_programmeChecks;
    QList<QPair<QString, QString>> m_members; // person id, "name (head)"
    QString m_headName;
    QString m_householdShown; // the household loaded, to know when the typed id changes
    bool m_loadingHousehold = false;
};

} // namespace verdes::ui
