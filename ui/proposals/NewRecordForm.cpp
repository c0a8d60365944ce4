// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/proposals/NewRecordForm.h"

#include "models/domain/Codes.h"
#include "models/domain/Household.h"
#include "models/proposals/NewRecordCheck.h"
#include "models/proposals/ProposalRepository.h"
#include "ui/common/DateField.h"
#include "ui/common/Look.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace verdes::ui {

namespace {

constexpr char kFlagProperty[] = "flagValue";

enum class Group : quint8
{
    Hidden,
    Identity,
    Address,
    Housing,
    Assets,
    Programmes,
    Education,
    Work,
    Health,
};

bool between(Field field, Field first, Field last)
{
    return fieldIndex(field) >= fieldIndex(first) && fieldIndex(field) <= fieldIndex(last);
}

// Where a column sits in the form; Hidden: ids, desil (read-only, DOMAIN.md §3), presence (implied),
// coordinates (the editor's own rows) and the questionnaire version.
Group groupOf(Field field)
{
    switch (field) {
    case Field::HouseholdId:
    case Field::Latitude:
    case Field::Longitude:
    case Field::Desil:
    case Field::InstrumentVersion:
    case Field::PersonId:
    case Field::Presence:
    case Field::PresenceDate:
        return Group::Hidden;
    case Field::VillageCode:
    case Field::KkNumber:
    case Field::FamilyStatus:
    case Field::BuildingNo:
    case Field::FamilyNo:
        return Group::Identity;
    case Field::Dusun:
    case Field::Rw:
    case Field::Rt:
    case Field::SlsCode:
    case Field::SubSlsCode:
    case Field::Address:
        return Group::Address;
    case Field::PlnCustomerId:
        return Group::Housing;
    case Field::InternetAccess:
    case Field::BankAccount:
        return Group::Assets;
    case Field::Pregnant:
        return Group::Health;
    default:
        break;
    }
    if (between(field, Field::ProgBpnt, Field::ProgLpgSubsidyPeriod)) {
        return Group::Programmes;
    }
    if (between(field, Field::Tenure, Field::FaecesDisposal)) {
        return Group::Housing;
    }
    if (between(field, Field::AssetLpg5kg, Field::HouseElsewhere)) {
        return Group::Assets;
    }
    if (between(field, Field::SchoolParticipation, Field::Diploma)) {
        return Group::Education;
    }
    if (between(field, Field::WorkedLastWeek, Field::BusinessInternet)) {
        return Group::Work;
    }
    if (between(field, Field::Nutrition, Field::ChronicIllness)) {
        return Group::Health;
    }
    if (between(field, Field::HealthInsurance, Field::EmploymentInsurance)) {
        return Group::Programmes;
    }
    return Group::Identity;
}

QString groupTitle(Group group, bool household)
{
    switch (group) {
    case Group::Identity:
        return household ? NewRecordForm::tr("Family identity") : NewRecordForm::tr("Identity");
    case Group::Address:
        return NewRecordForm::tr("Address");
    case Group::Housing:
        return NewRecordForm::tr("Housing");
    case Group::Assets:
        return NewRecordForm::tr("Assets");
    case Group::Programmes:
        return NewRecordForm::tr("Programmes");
    case Group::Education:
        return NewRecordForm::tr("Education");
    case Group::Work:
        return NewRecordForm::tr("Work and business");
    case Group::Health:
        return NewRecordForm::tr("Health and disability");
    case Group::Hidden:
        break;
    }
    return {};
}

// A group of optional fields that opens and closes with its title button.
QFormLayout *addCollapsible(QVBoxLayout *outer, QWidget *parent, const QString &title)
{
    auto *toggle = new QToolButton(parent);
    toggle->setText(title);
    toggle->setCheckable(true);
    toggle->setChecked(false);
    toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toggle->setArrowType(Qt::RightArrow);
    toggle->setAutoRaise(true);
    auto *content = new QWidget(parent);
    content->setVisible(false);
    auto *form = new QFormLayout(content);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    QObject::connect(toggle, &QToolButton::toggled, content, [toggle, content](bool open) {
        toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        content->setVisible(open);
    });
    outer->addWidget(toggle);
    outer->addWidget(content);
    return form;
}

QString flagsValue(const QWidget *box)
{
    qint64 sum = 0;
    bool any = false;
    for (const QCheckBox *check : box->findChildren<QCheckBox *>()) {
        if (!check->isChecked()) {
            continue;
        }
        const qint64 flag = check->property(kFlagProperty).toLongLong();
        if (flag == 0 || flag == 99) {
            return QString::number(flag);
        }
        sum += flag;
        any = true;
    }
    return any ? QString::number(sum) : QString();
}

} // namespace

NewRecordForm::NewRecordForm(Database &db, QWidget *parent)
    : NewRecordForm(parent)
{
    setDatabase(db);
}

NewRecordForm::NewRecordForm(QWidget *parent)
    : QWidget(parent)
    , m_titleLabel(new QLabel(this))
    , m_issuesLabel(new QLabel(this))
    , m_recordsLayout(new QVBoxLayout)
{
    setObjectName(QStringLiteral("newRecordForm"));
    auto *layout = new QVBoxLayout(this);
    m_titleLabel->setWordWrap(true);
    layout->addWidget(m_titleLabel);
    m_issuesLabel->setObjectName(QStringLiteral("newRecordIssuesLabel"));
    m_issuesLabel->setWordWrap(true);
    m_issuesLabel->setTextFormat(Qt::RichText);
    layout->addWidget(m_issuesLabel);
    layout->addLayout(m_recordsLayout);
    m_addMemberButton = new QPushButton(tr("Add member"), this);
    m_addMemberButton->setObjectName(QStringLiteral("addMemberButton"));
    layout->addWidget(m_addMemberButton, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(m_addMemberButton, &QPushButton::clicked, this, [this] {
        addMember();
    });
}

void NewRecordForm::setDatabase(Database &db)
{
    m_db = &db;
    if (auto context = ProposalRepository(db).validationContext()) {
        m_villageCode = context->villageCode;
    }
}

NewRecordForm::~NewRecordForm() = default;

void NewRecordForm::clearRecords()
{
    for (Record &record : m_records) {
        delete record.box;
    }
    m_records.clear();
}

void NewRecordForm::setProposal(ProposalType type,
                                const QString &householdId,
                                const QList<FieldChange> &changes)
{
    m_loading = true;
    clearRecords();
    m_type = type;
    m_householdId = householdId;
    m_active = NewRecordCheck::createsRecords(type);
    m_issues.clear();
    if (m_active) {
        if (type == ProposalType::NewHousehold) {
            fillRecord(addRecord({}), changes);
            fillRecord(addRecord(kNewHeadKey), changes);
            for (const QString &key : NewRecordCheck::memberKeys(changes)) {
                if (key != kNewHeadKey) {
                    fillRecord(addRecord(key), changes);
                }
            }
        } else {
            const QStringList keys = NewRecordCheck::memberKeys(changes);
            fillRecord(addRecord(keys.isEmpty() ? QString::fromUtf16(kNewMemberKey) : keys.constFirst()),
                       changes);
        }
    }
    m_addMemberButton->setVisible(type == ProposalType::NewHousehold);
    m_titleLabel->setText(type == ProposalType::NewHousehold
                              ? tr("<b>The new household</b>: its data, its head and its further members. "
                                   "Fields marked * are required before the proposal can be marked ready.")
                              : tr("<b>The new member</b> of the chosen household. Fields marked * are "
                                   "required before the proposal can be marked ready."));
    updateTitles();
    setReadOnly(m_readOnly);
    m_loading = false;
    if (m_active) {
        revalidate();
    }
}

void NewRecordForm::setHousehold(const QString &householdId)
{
    if (householdId == m_householdId) {
        return;
    }
    m_householdId = householdId;
    if (m_active) {
        revalidate();
        Q_EMIT changed();
    }
}

void NewRecordForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_addMemberButton->setEnabled(!readOnly);
    for (const Record &record : std::as_const(m_records)) {
        for (auto it = record.editors.cbegin(); it != record.editors.cend(); ++it) {
            const bool fixed = it.key() == QLatin1String("village_code")
                               || (record.key == kNewHeadKey && it.key() == QLatin1String("relationship"));
            it.value()->setEnabled(!readOnly && !fixed);
        }
        if (record.removeButton != nullptr) {
            record.removeButton->setEnabled(!readOnly);
        }
    }
}

NewRecordForm::Record &NewRecordForm::addRecord(const QString &key)
{
    Record record;
    record.key = key;
    const bool household = key.isEmpty();
    record.required = household            ? newHouseholdColumns()
                      : key == kNewHeadKey ? newHeadColumns()
                                           : newMemberColumns();
    auto *box = new QGroupBox(this);
    box->setObjectName(household ? QStringLiteral("newHouseholdBox") : QStringLiteral("newMemberBox_") + key);
    record.box = box;
    auto *outer = new QVBoxLayout(box);
    auto *requiredForm = new QFormLayout;
    requiredForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    outer->addLayout(requiredForm);
    const auto fields = household ? householdColumns() : memberColumns();
    // Required first, in the model's order, then the groups.
    for (const QString &column : std::as_const(record.required)) {
        const std::optional<Field> field = fieldByColumn(column);
        if (!field) {
            continue;
        }
        QWidget *editor = makeEditor(fieldDef(*field), box);
        auto *label = new QLabel(tr("%1 *").arg(FieldText::label(*field)), box);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        label->setToolTip(tr("Required"));
        requiredForm->addRow(label, editor);
        record.editors.insert(column, editor);
    }
    QList<Group> order =
        household
            ? QList<Group>{Group::Identity, Group::Address, Group::Housing, Group::Assets, Group::Programmes}
            : QList<Group>{Group::Identity, Group::Education, Group::Work, Group::Health, Group::Programmes};
    for (const Group group : std::as_const(order)) {
        QFormLayout *form = nullptr;
        for (const FieldDef &def : fields) {
            const QString column = QString::fromLatin1(def.column);
            if (groupOf(def.field) != group || record.required.contains(column)) {
                continue;
            }
            if (form == nullptr) {
                form = addCollapsible(outer, box, groupTitle(group, household));
            }
            QWidget *editor = makeEditor(def, box);
            form->addRow(FieldText::label(def.field), editor);
            record.editors.insert(column, editor);
        }
    }
    if (key == kNewHeadKey) {
        if (auto *relationship =
                qobject_cast<QComboBox *>(record.editors.value(QStringLiteral("relationship")))) {
            relationship->setCurrentIndex(
                qMax(0, relationship->findData(QString::number(static_cast<int>(Relationship::Head)))));
        }
    }
    if (household) {
        if (auto *village = qobject_cast<QLineEdit *>(record.editors.value(QStringLiteral("village_code")))) {
            village->setText(m_villageCode);
            village->setReadOnly(true);
            village->setToolTip(tr("The village of this vault; it cannot be changed here."));
        }
    }
    if (!household && key != kNewHeadKey && m_type == ProposalType::NewHousehold) {
        record.removeButton = new QPushButton(tr("Remove member"), box);
        record.removeButton->setObjectName(QStringLiteral("removeMemberButton_") + key);
        outer->addWidget(record.removeButton, 0, Qt::AlignLeft);
        connect(record.removeButton, &QPushButton::clicked, this, [this, key] {
            removeMember(key);
        });
    }
    m_recordsLayout->addWidget(box);
    m_records.append(record);
    return m_records.last();
}

QWidget *NewRecordForm::makeEditor(const FieldDef &def, QWidget *parent)
{
    QWidget *editor = nullptr;
    switch (def.kind) {
    case FieldKind::Code:
    case FieldKind::YesNo: {
        auto *combo = new QComboBox(parent);
        combo->addItem(tr("(not recorded)"), QString());
        for (const CodeDef &code : codeListDef(def.codes).codes) {
            if (!code.laterListsOnly) {
                combo->addItem(CodeText::label(def.codes, code.value), QString::number(code.value));
            }
        }
        connect(combo, &QComboBox::currentIndexChanged, this, &NewRecordForm::onEdited);
        editor = combo;
        break;
    }
    case FieldKind::Flags: {
        auto *box = new QWidget(parent);
        auto *flow = new QHBoxLayout(box);
        flow->setContentsMargins(0, 0, 0, 0);
        const CodeListDef &list = codeListDef(def.codes);
        QList<QCheckBox *> checks;
        auto addCheck = [&](const QString &text, qint64 flag) {
            auto *check = new QCheckBox(text, box);
            check->setProperty(kFlagProperty, flag);
            flow->addWidget(check);
            checks << check;
        };
        for (const CodeDef &code : list.codes) {
            if (!code.laterListsOnly) {
                addCheck(CodeText::label(def.codes, code.value), code.value);
            }
        }
        if (list.hasNoneValue) {
            addCheck(CodeText::label(def.codes, 0), 0);
        }
        if (list.unknownFlag != 0) {
            addCheck(CodeText::label(def.codes, list.unknownFlag), list.unknownFlag);
        }
        flow->addStretch(1);
        for (QCheckBox *check : std::as_const(checks)) {
            connect(check, &QCheckBox::toggled, this, [this, check, checks](bool on) {
                // "None" and "unknown" stand alone.
                if (on) {
                    const qint64 flag = check->property(kFlagProperty).toLongLong();
                    for (QCheckBox *other : checks) {
                        const qint64 otherFlag = other->property(kFlagProperty).toLongLong();
                        const bool alone = flag == 0 || flag == 99 || otherFlag == 0 || otherFlag == 99;
                        if (other != check && alone) {
                            const QSignalBlocker block(other);
                            other->setChecked(false);
                        }
                    }
                }
                onEdited();
            });
        }
        editor = box;
        break;
    }
    case FieldKind::Date: {
        auto *date = new DateField(parent);
        connect(date->lineEdit(), &QLineEdit::textChanged, this, &NewRecordForm::onEdited);
        editor = date;
        break;
    }
    case FieldKind::Integer: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(static_cast<int>(def.min) - 1,
                       static_cast<int>(std::min<qint64>(def.max, 1000000000)));
        spin->setSpecialValueText(tr("—"));
        spin->setValue(spin->minimum());
        connect(spin, &QSpinBox::valueChanged, this, &NewRecordForm::onEdited);
        editor = spin;
        break;
    }
    case FieldKind::Number16: {
        auto *edit = new QLineEdit(parent);
        edit->setMaxLength(16);
        edit->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,16}")), edit));
        edit->setPlaceholderText(tr("16 digits"));
        connect(edit, &QLineEdit::textChanged, this, &NewRecordForm::onEdited);
        editor = edit;
        break;
    }
    case FieldKind::Period: {
        auto *edit = new QLineEdit(parent);
        edit->setMaxLength(7);
        edit->setPlaceholderText(tr("YYYY-MM"));
        connect(edit, &QLineEdit::textChanged, this, &NewRecordForm::onEdited);
        editor = edit;
        break;
    }
    default: {
        auto *edit = new QLineEdit(parent);
        connect(edit, &QLineEdit::textChanged, this, &NewRecordForm::onEdited);
        editor = edit;
        break;
    }
    }
    editor->setObjectName(QString::fromLatin1(def.column));
    editor->setProperty("column", QString::fromLatin1(def.column));
    return editor;
}

void NewRecordForm::fillRecord(Record &record, const QList<FieldChange> &changes)
{
    const QString table = record.key.isEmpty() ? kHouseholdsTable : kMembersTable;
    for (const FieldChange &change : changes) {
        if (change.table == table && change.recordId.isEmpty()
            && (record.key.isEmpty() || change.newRecordKey == record.key)
            && record.editors.contains(change.column) && change.column != QLatin1String("village_code")) {
            setValue(record.key, change.column, change.newValue);
        }
    }
}

NewRecordForm::Record *NewRecordForm::recordFor(const QString &key)
{
    for (Record &record : m_records) {
        if (record.key == key) {
            return &record;
        }
    }
    return nullptr;
}

const NewRecordForm::Record *NewRecordForm::recordFor(const QString &key) const
{
    for (const Record &record : m_records) {
        if (record.key == key) {
            return &record;
        }
    }
    return nullptr;
}

bool NewRecordForm::setValue(const QString &key, const QString &column, const QString &value)
{
    QWidget *editor = fieldEditor(key, column);
    if (editor == nullptr) {
        return false;
    }
    const QString text = value.trimmed();
    if (key == kNewHeadKey && column == QLatin1String("relationship")) {
        // The head's relationship is fixed.
        return text == QString::number(static_cast<int>(Relationship::Head));
    }
    bool ok = true;
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int index = combo->findData(text);
        ok = index >= 0;
        if (ok) {
            combo->setCurrentIndex(index);
        }
    } else if (auto *date = qobject_cast<DateField *>(editor)) {
        const QDate parsed = parseIsoDate(text);
        ok = text.isEmpty() || parsed.isValid();
        if (ok) {
            date->setDate(parsed);
        }
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        bool number = true;
        const int parsed = text.isEmpty() ? spin->minimum() : text.toInt(&number);
        ok = number && parsed >= spin->minimum() && parsed <= spin->maximum();
        if (ok) {
            spin->setValue(parsed);
        }
    } else if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        if (edit->isReadOnly()) {
            return false;
        }
        edit->setText(text);
        ok = edit->text() == text;
    } else {
        // Flags: the checks of the value's flags.
        bool number = true;
        const qint64 flags = text.isEmpty() ? -1 : text.toLongLong(&number);
        ok = number;
        for (QCheckBox *check : editor->findChildren<QCheckBox *>()) {
            const qint64 flag = check->property(kFlagProperty).toLongLong();
            const QSignalBlocker blockCheck(check);
            check->setChecked(
                flags >= 0
                && ((flag == 0 || flag == 99) ? flags == flag : (flags != 99 && (flags & flag) != 0)));
        }
        onEdited();
    }
    return ok;
}

QString NewRecordForm::value(const QString &key, const QString &column) const
{
    const QWidget *editor = fieldEditor(key, column);
    if (editor == nullptr) {
        return {};
    }
    if (const auto *combo = qobject_cast<const QComboBox *>(editor)) {
        return combo->currentData().toString();
    }
    if (const auto *date = qobject_cast<const DateField *>(editor)) {
        // Text that is not a date goes to the checks as typed (V18 names it), never changed.
        return date->date().isValid() ? date->date().toString(Qt::ISODate) : date->text().trimmed();
    }
    if (const auto *spin = qobject_cast<const QSpinBox *>(editor)) {
        return spin->value() == spin->minimum() ? QString() : QString::number(spin->value());
    }
    if (const auto *edit = qobject_cast<const QLineEdit *>(editor)) {
        return edit->text().trimmed();
    }
    return flagsValue(editor);
}

QWidget *NewRecordForm::fieldEditor(const QString &key, const QString &column) const
{
    const Record *record = recordFor(key);
    return record != nullptr ? record->editors.value(column) : nullptr;
}

bool NewRecordForm::isRequired(const QString &key, const QString &column) const
{
    const Record *record = recordFor(key);
    return record != nullptr && record->required.contains(column);
}

QStringList NewRecordForm::memberKeys() const
{
    QStringList keys;
    for (const Record &record : m_records) {
        if (!record.key.isEmpty()) {
            keys << record.key;
        }
    }
    return keys;
}

QString NewRecordForm::addMember()
{
    if (m_type != ProposalType::NewHousehold || !m_active || m_readOnly) {
        return {};
    }
    int number = 2;
    const QStringList keys = memberKeys();
    while (keys.contains(QStringLiteral("member%1").arg(number))) {
        ++number;
    }
    QString key = QStringLiteral("member%1").arg(number);
    addRecord(key);
    updateTitles();
    setReadOnly(m_readOnly);
    onEdited();
    return key;
}

bool NewRecordForm::removeMember(const QString &key)
{
    if (m_type != ProposalType::NewHousehold || m_readOnly || key.isEmpty() || key == kNewHeadKey) {
        return false;
    }
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        if (m_records.at(i).key == key) {
            m_records.at(i).box->deleteLater();
            m_records.at(i).box->hide();
            m_records.removeAt(i);
            updateTitles();
            onEdited();
            return true;
        }
    }
    return false;
}

QString NewRecordForm::recordTitle(const Record &record) const
{
    if (record.key.isEmpty()) {
        return tr("Household");
    }
    Proposal p;
    p.type = m_type;
    for (const Record &r : m_records) {
        if (!r.key.isEmpty()) {
            p.changes.append({kMembersTable, {}, QStringLiteral("name"), {}, {}, r.key});
        }
    }
    return NewRecordCheck::recordLabel(p, record.key);
}

void NewRecordForm::updateTitles()
{
    for (const Record &record : std::as_const(m_records)) {
        if (auto *box = qobject_cast<QGroupBox *>(record.box)) {
            box->setTitle(recordTitle(record));
        }
    }
}

QList<FieldChange> NewRecordForm::changes() const
{
    QList<FieldChange> result;
    if (!m_active) {
        return result;
    }
    for (const Record &record : m_records) {
        const QString table = record.key.isEmpty() ? kHouseholdsTable : kMembersTable;
        const auto fields = record.key.isEmpty() ? householdColumns() : memberColumns();
        // In the Field table's order, so the stored changes read like the form.
        for (const FieldDef &def : fields) {
            const QString column = QString::fromLatin1(def.column);
            if (!record.editors.contains(column)) {
                continue;
            }
            const QString text = value(record.key, column);
            if (!text.isEmpty()) {
                result.append({table, {}, column, {}, text, record.key});
            }
        }
        if (!record.key.isEmpty()) {
            const Presence presence =
                m_type == ProposalType::NewMember ? Presence::NewMember : Presence::LivesWithFamily;
            result.append({table,
                           {},
                           QStringLiteral("presence"),
                           {},
                           QString::number(static_cast<int>(presence)),
                           record.key});
        }
    }
    return result;
}

Proposal NewRecordForm::proposal() const
{
    Proposal p;
    p.type = m_type;
    p.householdId = m_type == ProposalType::NewMember ? m_householdId : QString();
    p.changes = changes();
    return p;
}

void NewRecordForm::onEdited()
{
    if (m_loading) {
        return;
    }
    revalidate();
    Q_EMIT changed();
}

void NewRecordForm::revalidate()
{
    const Proposal p = proposal();
    auto found =
        m_db != nullptr ? ProposalRepository(*m_db).newRecordIssues(p) : Result<QList<Issue>>(QList<Issue>{});
    m_issues = found ? *found : QList<Issue>{};
    for (const Record &record : std::as_const(m_records)) {
        for (QWidget *editor : record.editors) {
            Look::setFieldState(editor, false);
            editor->setToolTip({});
        }
    }
    QStringList errors;
    QStringList warnings;
    for (const Issue &issue : std::as_const(m_issues)) {
        const QString text = NewRecordCheck::describe(p, issue);
        (issue.isError() ? errors : warnings) << text;
        if (!issue.field) {
            continue;
        }
        const QString key = isMemberField(*issue.field) ? issue.personId : QString();
        if (QWidget *editor = fieldEditor(key, columnName(*issue.field))) {
            Look::setFieldState(editor, issue.isError(), !issue.isError());
            editor->setToolTip(IssueText::describe(issue));
        }
    }
    QString html;
    if (!found) {
        html = QStringLiteral("<p>%1</p>").arg(Look::errorHtml(describe(found.error()).toHtmlEscaped()));
    }
    if (!errors.isEmpty()) {
        html += QStringLiteral("<p>%1</p><ul>")
                    .arg(Look::errorHtml(
                        tr("Errors: the proposal cannot be marked ready while these stand.").toHtmlEscaped(),
                        true));
        for (const QString &line : std::as_const(errors)) {
            html += QStringLiteral("<li>%1</li>").arg(Look::errorHtml(line.toHtmlEscaped()));
        }
        html += QStringLiteral("</ul>");
    }
    if (!warnings.isEmpty()) {
        html += QStringLiteral("<p>%1</p><ul>")
                    .arg(Look::warningHtml(
                        tr("Warnings: check these; they do not block the proposal.").toHtmlEscaped(), true));
        for (const QString &line : std::as_const(warnings)) {
            html += QStringLiteral("<li>%1</li>").arg(Look::warningHtml(line.toHtmlEscaped()));
        }
        html += QStringLiteral("</ul>");
    }
    m_issuesLabel->setText(html);
    m_issuesLabel->setVisible(!html.isEmpty());
}

QStringList NewRecordForm::errorTexts() const
{
    const Proposal p = proposal();
    QStringList texts;
    for (const Issue &issue : m_issues) {
        if (issue.isError()) {
            texts << NewRecordCheck::describe(p, issue);
        }
    }
    return texts;
}

QStringList NewRecordForm::warningTexts() const
{
    const Proposal p = proposal();
    QStringList texts;
    for (const Issue &issue : m_issues) {
        if (!issue.isError()) {
            texts << NewRecordCheck::describe(p, issue);
        }
    }
    return texts;
}

QString NewRecordForm::displayValue(const QString &column, const QString &value, bool masked)
{
    const std::optional<Field> field = fieldByColumn(column);
    if (!field || value.isEmpty()) {
        return value;
    }
    const FieldDef &def = fieldDef(*field);
    if (def.sensitivity == Sensitivity::Identifier) {
        return masked ? maskNumber(value) : value;
    }
    switch (def.kind) {
    case FieldKind::Code:
    case FieldKind::YesNo:
    case FieldKind::Flags: {
        const std::optional<qint64> number = parseInteger(value);
        const QString label = number ? CodeText::label(def.codes, *number) : QString();
        return label.isEmpty() ? value : label;
    }
    case FieldKind::Date: {
        const QDate date = parseIsoDate(value);
        return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : value;
    }
    default:
        return value;
    }
}

QString NewRecordForm::summaryHtml(const Proposal &proposal)
{
    QString html;
    auto table = [&html, &proposal](const QString &title, const QString &tableName, const QString &key) {
        QString rows;
        for (const FieldChange &change : proposal.changes) {
            if (change.table != tableName || !change.recordId.isEmpty()
                || (tableName == kMembersTable && change.newRecordKey != key)) {
                continue;
            }
            const std::optional<Field> field = fieldByColumn(change.column);
            rows += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                        .arg((field ? FieldText::label(*field) : change.column).toHtmlEscaped(),
                             displayValue(change.column, change.newValue).toHtmlEscaped());
        }
        if (rows.isEmpty()) {
            rows = QStringLiteral("<tr><td colspan='2'><i>%1</i></td></tr>")
                       .arg(tr("nothing entered yet").toHtmlEscaped());
        }
        html += QStringLiteral("<h4>%1</h4><table cellpadding='3' cellspacing='0' border='1' "
                               "style='border-collapse: collapse'>%2</table>")
                    .arg(title.toHtmlEscaped(), rows);
    };
    if (proposal.type == ProposalType::NewHousehold) {
        table(tr("New household"), kHouseholdsTable, {});
    }
    QStringList keys = NewRecordCheck::memberKeys(proposal.changes);
    if (proposal.type == ProposalType::NewHousehold && keys.removeAll(kNewHeadKey) > 0) {
        keys.prepend(kNewHeadKey);
    }
    for (const QString &key : std::as_const(keys)) {
        table(NewRecordCheck::recordLabel(proposal, key), kMembersTable, key);
    }
    return html;
}

} // namespace verdes::ui
