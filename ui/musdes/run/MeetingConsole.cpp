// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/musdes/run/MeetingConsole.h"

#include "models/domain/Field.h"
#include "models/domain/Issue.h"
#include "models/musdes/MeetingRepository.h"
#include "models/proposals/Evidence.h"
#include "models/proposals/Proposal.h"
#include "models/proposals/ProposalRepository.h"
#include "models/vault/Database.h"
#include "ui/common/Look.h"
#include "ui/musdes/run/ProjectorWindow.h"
#include "ui/musdes/run/RevealDialog.h"
#include "ui/musdes/run/SealDialog.h"
#include "ui/proposals/EvidenceViewer.h"
#include "ui/proposals/NewRecordForm.h"

#include <QAction>
#include <QButtonGroup>
#include <QCloseEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

namespace verdes::ui {

namespace {

constexpr int kThumbSize = 96;
constexpr int kMaxVotes = 100000;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString rtRwText(const AgendaItem &item)
{
    if (!item.rt && !item.rw) {
        return {};
    }
    return MeetingConsole::tr("RT %1 / RW %2")
        .arg(item.rt ? QStringLiteral("%1").arg(*item.rt, 3, 10, QLatin1Char('0')) : QStringLiteral("–"),
             item.rw ? QStringLiteral("%1").arg(*item.rw, 3, 10, QLatin1Char('0')) : QStringLiteral("–"));
}

QString itemTypeText(const AgendaItem &item)
{
    return item.type ? ProposalTypeText::label(*item.type) : MeetingConsole::tr("Flagged household");
}

Decision decisionFor(const AgendaItem &item, int choice)
{
    switch (choice) {
    case 0:
        return item.isHouseholdItem() ? Decision::Keep : Decision::Agreed;
    case 1:
        return item.isHouseholdItem() ? Decision::ProposeRemoval : Decision::Rejected;
    default:
        return Decision::Deferred;
    }
}

int choiceFor(Decision decision)
{
    switch (decision) {
    case Decision::Agreed:
    case Decision::Keep:
        return 0;
    case Decision::Rejected:
    case Decision::ProposeRemoval:
        return 1;
    case Decision::Deferred:
        return 2;
    case Decision::None:
        break;
    }
    return -1;
}

} // namespace

MeetingConsole::MeetingConsole(Database &db, Actor actor, qint64 meetingId, QWidget *parent)
    : QMainWindow(parent, Qt::Window)
    , m_db(db)
    , m_actor(std::move(actor))
    , m_meetingId(meetingId)
    , m_projector(new ProjectorWindow(this))
{
    setObjectName(QStringLiteral("meetingConsole"));
    setWindowTitle(tr("Running the meeting"));

    m_projector->setPhotoLoader([this](qint64 evidenceId) {
        auto bytes = ProposalRepository(m_db).evidenceBytes(evidenceId);
        return bytes ? QImage::fromData(*bytes) : QImage();
    });
    connect(m_projector, &ProjectorWindow::dismissed, this, [this] {
        m_projectorAction->setChecked(false);
        activateWindow();
    });
    connect(m_projector, &ProjectorWindow::navigate, this, [this](int step) {
        if (step > 0) {
            next();
        } else {
            previous();
        }
    });
    connect(m_projector, &ProjectorWindow::photosRequested, this, &MeetingConsole::showPhotosOnProjector);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_progressLabel = new QLabel(central);
    m_progressLabel->setObjectName(QStringLiteral("consoleProgressLabel"));
    QFont big = m_progressLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_progressLabel->setFont(big);
    layout->addWidget(m_progressLabel);
    m_sealedLabel = new QLabel(central);
    m_sealedLabel->setObjectName(QStringLiteral("consoleSealedLabel"));
    m_sealedLabel->setWordWrap(true);
    Look::setNoticeStyle(m_sealedLabel);
    m_sealedLabel->hide();
    layout->addWidget(m_sealedLabel);

    auto *splitter = new QSplitter(Qt::Horizontal, central);
    m_agendaList = new QListWidget(splitter);
    m_agendaList->setObjectName(QStringLiteral("consoleAgendaList"));
    m_agendaList->setAccessibleName(tr("Agenda"));
    m_agendaList->setWordWrap(true);
    connect(m_agendaList, &QListWidget::itemActivated, this, [this](QListWidgetItem *row) {
        const int index = row->data(Qt::UserRole).toInt();
        if (index >= 0) {
            goToIndex(index);
        }
    });
    connect(m_agendaList, &QListWidget::itemClicked, this, [this](QListWidgetItem *row) {
        const int index = row->data(Qt::UserRole).toInt();
        if (index >= 0 && index != m_index && !goToIndex(index)) {
            fillAgenda();
        }
    });

    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *right = new QWidget(scroll);
    auto *rightLayout = new QVBoxLayout(right);
    m_titleLabel = new QLabel(right);
    m_titleLabel->setObjectName(QStringLiteral("consoleTitleLabel"));
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_titleLabel->setWordWrap(true);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    rightLayout->addWidget(m_titleLabel);
    m_details = new QTextBrowser(right);
    m_details->setObjectName(QStringLiteral("consoleDetailsView"));
    m_details->setOpenLinks(false);
    m_details->setMinimumHeight(140);
    rightLayout->addWidget(m_details, 2);
    auto *evidenceLabel = new QLabel(tr("Evidence (double-click to open here; only house photos go to the "
                                        "projector, with F11):"),
                                     right);
    evidenceLabel->setWordWrap(true);
    rightLayout->addWidget(evidenceLabel);
    m_evidenceList = new QListWidget(right);
    m_evidenceList->setObjectName(QStringLiteral("consoleEvidenceList"));
    m_evidenceList->setViewMode(QListView::IconMode);
    m_evidenceList->setIconSize(QSize(kThumbSize, kThumbSize));
    m_evidenceList->setFlow(QListView::LeftToRight);
    m_evidenceList->setWrapping(false);
    m_evidenceList->setMovement(QListView::Static);
    m_evidenceList->setWordWrap(true);
    m_evidenceList->setGridSize(QSize(kThumbSize + 80, kThumbSize + 48));
    m_evidenceList->setFixedHeight(kThumbSize + 56);
    connect(m_evidenceList, &QListWidget::itemActivated, this, [this](QListWidgetItem *row) {
        openEvidence(row->data(Qt::UserRole).toLongLong());
    });
    rightLayout->addWidget(m_evidenceList);
    rightLayout->addWidget(buildDecisionPanel(right));
    scroll->setWidget(right);
    splitter->addWidget(m_agendaList);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    buildActions();
    resize(1280, 720);
    reload();
    // Continue where the meeting stands: the first item not decided yet.
    int start = 0;
    for (int i = 0; i < m_items.size(); ++i) {
        if (!m_items.at(i).isDecided()) {
            start = i;
            break;
        }
    }
    m_index = m_items.isEmpty() ? -1 : start;
    showCurrent();
}

MeetingConsole::~MeetingConsole() = default;

void MeetingConsole::setVault(Vault *vault)
{
    m_vault = vault;
    updateEnabled();
}

void MeetingConsole::buildActions()
{
    auto *bar = addToolBar(tr("Meeting"));
    bar->setObjectName(QStringLiteral("consoleToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_previousAction = bar->addAction(tr("◀ Previous item"), this, &MeetingConsole::previous);
    m_previousAction->setObjectName(QStringLiteral("consolePreviousAction"));
    m_previousAction->setShortcuts({QKeySequence(Qt::Key_PageUp), QKeySequence(Qt::ALT | Qt::Key_Left)});
    m_previousAction->setToolTip(tr("Previous item (PgUp, Alt+Left)"));
    m_nextAction = bar->addAction(tr("Next item ▶"), this, &MeetingConsole::next);
    m_nextAction->setObjectName(QStringLiteral("consoleNextAction"));
    m_nextAction->setShortcuts({QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::ALT | Qt::Key_Right)});
    m_nextAction->setToolTip(tr("Next item (PgDown, Alt+Right)"));
    bar->addSeparator();
    m_projectorAction = bar->addAction(tr("Projector"));
    m_projectorAction->setObjectName(QStringLiteral("consoleProjectorAction"));
    m_projectorAction->setCheckable(true);
    m_projectorAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_projectorAction->setToolTip(tr("Show or hide the projector window (F5)"));
    connect(m_projectorAction, &QAction::triggered, this, [this] {
        toggleProjector();
    });
    m_photosAction =
        bar->addAction(tr("House photos on the projector"), this, &MeetingConsole::showPhotosOnProjector);
    m_photosAction->setObjectName(QStringLiteral("consolePhotosAction"));
    m_photosAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_photosAction->setToolTip(tr("The house photos full screen on the projector; again for the next one "
                                  "(F11, Esc to leave)"));
    m_revealAction = bar->addAction(tr("Show to the room…"), this, &MeetingConsole::askReveal);
    m_revealAction->setObjectName(QStringLiteral("consoleRevealAction"));
    bar->addSeparator();
    m_sealAction = bar->addAction(tr("Seal the meeting…"), this, &MeetingConsole::openSealDialog);
    m_sealAction->setObjectName(QStringLiteral("consoleSealAction"));
    bar->addSeparator();
    m_closeAction = bar->addAction(tr("Back"), this, &MeetingConsole::escape);
    m_closeAction->setObjectName(QStringLiteral("consoleBackAction"));
    m_closeAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_closeAction->setToolTip(tr("Leave the photos on the projector, else close this window (Esc)"));

    // The decisions by number and by letter, and saving.
    const QList<QList<QKeySequence>> keys = {
        {QKeySequence(Qt::Key_1), QKeySequence(Qt::ALT | Qt::Key_S)},
        {QKeySequence(Qt::Key_2), QKeySequence(Qt::ALT | Qt::Key_T)},
        {QKeySequence(Qt::Key_3), QKeySequence(Qt::ALT | Qt::Key_D)},
    };
    for (int choice = 0; choice < keys.size(); ++choice) {
        for (const QKeySequence &key : keys.at(choice)) {
            auto *shortcut = new QShortcut(key, this);
            connect(shortcut, &QShortcut::activated, this, [this, choice] {
                chooseDecision(choice);
            });
        }
    }
    for (const QKeySequence &key :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(key, this);
        connect(shortcut, &QShortcut::activated, this, [this] {
            saveDecision();
        });
    }
}

QWidget *MeetingConsole::buildDecisionPanel(QWidget *parent)
{
    m_decisionBox = new QGroupBox(tr("Decision"), parent);
    m_decisionBox->setObjectName(QStringLiteral("consoleDecisionBox"));
    auto *layout = new QVBoxLayout(m_decisionBox);

    auto *choices = new QHBoxLayout;
    m_choiceGroup = new QButtonGroup(m_decisionBox);
    m_choiceGroup->setExclusive(true);
    const QStringList names = {QStringLiteral("decisionFirstRadio"),
                               QStringLiteral("decisionSecondRadio"),
                               QStringLiteral("decisionDeferredRadio")};
    for (int i = 0; i < names.size(); ++i) {
        auto *radio = new QRadioButton(m_decisionBox);
        radio->setObjectName(names.at(i));
        m_choiceGroup->addButton(radio, i);
        choices->addWidget(radio);
        m_choices.append(radio);
    }
    choices->addStretch(1);
    layout->addLayout(choices);
    connect(m_choiceGroup, &QButtonGroup::idClicked, this, [this] {
        markDirty();
    });

    auto *mode = new QHBoxLayout;
    m_consensusRadio = new QRadioButton(tr("By &consensus"), m_decisionBox);
    m_consensusRadio->setObjectName(QStringLiteral("decisionConsensusRadio"));
    m_voteRadio = new QRadioButton(tr("By &vote:"), m_decisionBox);
    m_voteRadio->setObjectName(QStringLiteral("decisionVoteRadio"));
    auto *modeGroup = new QButtonGroup(m_decisionBox);
    modeGroup->addButton(m_consensusRadio);
    modeGroup->addButton(m_voteRadio);
    mode->addWidget(m_consensusRadio);
    mode->addWidget(m_voteRadio);
    auto addSpin = [this, mode](const QString &label, const QString &name) {
        auto *text = new QLabel(label, m_decisionBox);
        auto *spin = new QSpinBox(m_decisionBox);
        spin->setObjectName(name);
        spin->setRange(0, kMaxVotes);
        spin->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        text->setBuddy(spin);
        mode->addWidget(text);
        mode->addWidget(spin);
        connect(spin, &QSpinBox::valueChanged, this, [this] {
            markDirty();
        });
        return spin;
    };
    m_forSpin = addSpin(tr("Fo&r:"), QStringLiteral("votesForSpin"));
    m_againstSpin = addSpin(tr("A&gainst:"), QStringLiteral("votesAgainstSpin"));
    m_abstainSpin = addSpin(tr("A&bstain:"), QStringLiteral("votesAbstainSpin"));
    mode->addStretch(1);
    layout->addLayout(mode);
    connect(m_consensusRadio, &QRadioButton::toggled, this, [this] {
        updateEnabled();
        markDirty();
    });

    auto *noteRow = new QHBoxLayout;
    auto *noteLabel = new QLabel(tr("&Note:"), m_decisionBox);
    m_noteEdit = new QLineEdit(m_decisionBox);
    m_noteEdit->setObjectName(QStringLiteral("decisionNoteEdit"));
    noteLabel->setBuddy(m_noteEdit);
    noteRow->addWidget(noteLabel);
    noteRow->addWidget(m_noteEdit, 1);
    connect(m_noteEdit, &QLineEdit::textEdited, this, [this] {
        markDirty();
    });
    m_saveButton = new QPushButton(tr("Save decision"), m_decisionBox);
    m_saveButton->setObjectName(QStringLiteral("decisionSaveButton"));
    m_saveButton->setToolTip(tr("Ctrl+Enter"));
    m_saveButton->setDefault(true);
    connect(m_saveButton, &QPushButton::clicked, this, [this] {
        saveDecision();
    });
    noteRow->addWidget(m_saveButton);
    layout->addLayout(noteRow);

    m_historyLabel = new QLabel(m_decisionBox);
    m_historyLabel->setObjectName(QStringLiteral("decisionHistoryLabel"));
    m_historyLabel->setWordWrap(true);
    m_historyLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(m_historyLabel);
    m_messageLabel = new QLabel(m_decisionBox);
    m_messageLabel->setObjectName(QStringLiteral("decisionMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->hide();
    layout->addWidget(m_messageLabel);
    return m_decisionBox;
}

void MeetingConsole::reload()
{
    MeetingRepository meetings(m_db);
    auto meeting = meetings.get(m_meetingId);
    if (meeting && meeting->has_value()) {
        m_meeting = **meeting;
    } else {
        showMessage(meeting ? tr("This meeting is no longer in the vault.") : describe(meeting.error()),
                    true);
    }
    auto agenda = meetings.agenda(m_meetingId);
    if (agenda) {
        m_items = *agenda;
    } else {
        showMessage(describe(agenda.error()), true);
    }
    if (m_index >= m_items.size()) {
        m_index = static_cast<int>(m_items.size()) - 1;
    }
    setWindowTitle(tr("Running the meeting %1").arg(m_meeting.number));
    if (m_meeting.isSealed()) {
        m_sealedLabel->setText(tr("This meeting is sealed (seal %1): its decisions can no longer change.")
                                   .arg(m_meeting.seal->shortHash()));
        m_sealedLabel->show();
    } else {
        m_sealedLabel->hide();
    }
    fillAgenda();
    updateProgress();
    updateEnabled();
}

void MeetingConsole::fillAgenda()
{
    m_agendaList->clear();
    std::optional<AgendaSection> section;
    for (int i = 0; i < m_items.size(); ++i) {
        const AgendaItem &item = m_items.at(i);
        if (section != item.section) {
            section = item.section;
            auto *heading = new QListWidgetItem(MeetingText::sectionLabel(item.section), m_agendaList);
            QFont font = heading->font();
            font.setBold(true);
            heading->setFont(font);
            heading->setFlags(Qt::ItemIsEnabled);
            heading->setData(Qt::UserRole, -1);
        }
        QString text = tr("%1. %2 — %3").arg(item.position).arg(itemTypeText(item), item.subject);
        const QString place = rtRwText(item);
        if (!place.isEmpty()) {
            text += QStringLiteral(" · ") + place;
        }
        text += QLatin1Char('\n')
                + (item.isDecided() ? QStringLiteral("✔ ") + MeetingText::decisionWithVotes(item)
                                    : tr("not decided yet"));
        auto *row = new QListWidgetItem(text, m_agendaList);
        row->setData(Qt::UserRole, i);
        if (i == m_index) {
            m_agendaList->setCurrentItem(row);
            QFont font = row->font();
            font.setBold(true);
            row->setFont(font);
        }
    }
    if (QListWidgetItem *current = m_agendaList->currentItem(); current != nullptr) {
        m_agendaList->scrollToItem(current);
    }
}

qint64 MeetingConsole::currentItemId() const
{
    return m_index >= 0 && m_index < m_items.size() ? m_items.at(m_index).id : 0;
}

QString MeetingConsole::progressText() const
{
    int undecided = 0;
    for (const AgendaItem &item : m_items) {
        undecided += item.isDecided() ? 0 : 1;
    }
    if (m_items.isEmpty()) {
        return tr("The agenda is empty.");
    }
    return tr("Item %1 of %2 · %n not decided", "", undecided).arg(m_index + 1).arg(m_items.size());
}

void MeetingConsole::updateProgress()
{
    m_progressLabel->setText(progressText());
}

bool MeetingConsole::goToIndex(int index)
{
    if (index < 0 || index >= m_items.size()) {
        return false;
    }
    if (index == m_index) {
        return true;
    }
    if (!settleUnsaved()) {
        return false;
    }
    m_index = index;
    showCurrent();
    return true;
}

bool MeetingConsole::next()
{
    return goToIndex(m_index + 1);
}

bool MeetingConsole::previous()
{
    return goToIndex(m_index - 1);
}

void MeetingConsole::showCurrent()
{
    fillAgenda();
    updateProgress();
    m_messageLabel->hide();
    if (m_index < 0) {
        m_titleLabel->setText(tr("No items on the agenda."));
        m_details->clear();
        m_evidenceList->clear();
        if (m_projector) {
            m_projector->blank();
        }
        updateEnabled();
        return;
    }
    const AgendaItem &item = m_items.at(m_index);
    showDetails(item);
    showEvidence(item);
    fillDecision(item);
    updateProjector();
    updateEnabled();
}

void MeetingConsole::showDetails(const AgendaItem &item)
{
    m_titleLabel->setText(tr("%1. %2 — %3").arg(item.position).arg(itemTypeText(item), item.subject));
    ProposalRepository proposals(m_db);
    auto value = [&proposals](const QString &table, const QString &id, const QString &column) {
        auto read = proposals.currentValue(table, id, column);
        return read ? *read : QString();
    };
    QString html;
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(escaped(tr("Section:")), escaped(MeetingText::sectionLabel(item.section)));
    const QString place = rtRwText(item);
    if (!place.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(escaped(tr("Where:")), escaped(place));
    }
    if (!item.householdId.isEmpty()) {
        const QString kk = value(kHouseholdsTable, item.householdId, QStringLiteral("kk_number"));
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(escaped(tr("KK number:")), escaped(maskNumber(kk)));
    }
    html += QStringLiteral("<p><b>%1</b> %2</p>").arg(escaped(tr("Reason:")), escaped(item.reason));
    if (item.proposalId) {
        auto loaded = proposals.get(*item.proposalId);
        if (loaded && loaded->has_value()) {
            const Proposal &proposal = **loaded;
            if (!proposal.personIds.isEmpty()) {
                html += QStringLiteral("<p><b>%1</b></p><ul>").arg(escaped(tr("Persons:")));
                for (const QString &person : proposal.personIds) {
                    html +=
                        QStringLiteral("<li>%1 · NIK %2</li>")
                            .arg(escaped(value(kMembersTable, person, QStringLiteral("name"))),
                                 escaped(maskNumber(value(kMembersTable, person, QStringLiteral("nik")))));
                }
                html += QStringLiteral("</ul>");
            }
            if (proposal.type == ProposalType::NewHousehold || proposal.type == ProposalType::NewMember) {
                html += NewRecordForm::summaryHtml(proposal);
            } else if (!proposal.changes.isEmpty()) {
                html +=
                    QStringLiteral("<p><b>%1</b></p><table cellpadding='3'>").arg(escaped(tr("Changes:")));
                for (const FieldChange &change : proposal.changes) {
                    const auto field = fieldByColumn(change.column);
                    const QString label = field ? FieldText::label(*field) : change.column;
                    html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>→</td><td><b>%3</b></td></tr>")
                                .arg(escaped(label),
                                     escaped(NewRecordForm::displayValue(change.column, change.oldValue)),
                                     escaped(NewRecordForm::displayValue(change.column, change.newValue)));
                }
                html += QStringLiteral("</table>");
            }
            if (proposal.details.eventDate.isValid()) {
                html += QStringLiteral("<p><b>%1</b> %2</p>")
                            .arg(escaped(tr("Date of the event:")),
                                 escaped(Look::longDate(proposal.details.eventDate)));
            }
        } else if (!loaded) {
            html += QStringLiteral("<p>%1</p>").arg(Look::errorHtml(escaped(describe(loaded.error()))));
        }
    }
    m_details->setHtml(html);
}

void MeetingConsole::showEvidence(const AgendaItem &item)
{
    m_evidenceList->clear();
    if (!item.proposalId) {
        return;
    }
    ProposalRepository proposals(m_db);
    auto evidence = proposals.evidence(*item.proposalId);
    if (!evidence) {
        return;
    }
    for (const EvidenceInfo &info : std::as_const(*evidence)) {
        QImage thumb;
        if (auto bytes = proposals.evidenceBytes(info.id); bytes) {
            thumb = EvidenceCheck::isImage(info.mime) ? QImage::fromData(*bytes)
                                                      : EvidenceViewer::firstPage(*bytes, kThumbSize);
        }
        auto *row = new QListWidgetItem(ProposalTypeText::evidenceLabel(info.kind), m_evidenceList);
        if (!thumb.isNull()) {
            row->setIcon(QIcon(QPixmap::fromImage(
                thumb.scaled(kThumbSize, kThumbSize, Qt::KeepAspectRatio, Qt::SmoothTransformation))));
        }
        row->setToolTip(info.fileName);
        row->setData(Qt::UserRole, info.id);
    }
}

void MeetingConsole::openEvidence(qint64 evidenceId)
{
    ProposalRepository proposals(m_db);
    auto bytes = proposals.evidenceBytes(evidenceId);
    if (!bytes) {
        showMessage(describe(bytes.error()), true);
        return;
    }
    QString name;
    QString mime;
    if (m_index >= 0 && m_items.at(m_index).proposalId) {
        if (auto list = proposals.evidence(*m_items.at(m_index).proposalId); list) {
            for (const EvidenceInfo &info : std::as_const(*list)) {
                if (info.id == evidenceId) {
                    name = info.fileName;
                    mime = info.mime;
                }
            }
        }
    }
    auto *viewer =
        new EvidenceViewer(name, mime.isEmpty() ? EvidenceCheck::sniffMime(*bytes) : mime, *bytes, this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->open();
}

void MeetingConsole::fillDecision(const AgendaItem &item)
{
    m_filling = true;
    const bool household = item.isHouseholdItem();
    m_choices.at(0)->setText(household ? tr("Keep (1)") : tr("Agreed (1)"));
    m_choices.at(1)->setText(household ? tr("Propose removal (2)") : tr("Rejected (2)"));
    m_choices.at(2)->setText(tr("Deferred (3)"));
    m_choices.at(0)->setToolTip(tr("Key 1 or Alt+S"));
    m_choices.at(1)->setToolTip(tr("Key 2 or Alt+T"));
    m_choices.at(2)->setToolTip(tr("Key 3 or Alt+D"));
    m_choiceGroup->setExclusive(false);
    for (QRadioButton *radio : std::as_const(m_choices)) {
        radio->setChecked(false);
    }
    m_choiceGroup->setExclusive(true);
    if (const int choice = choiceFor(item.decision); choice >= 0) {
        m_choices.at(choice)->setChecked(true);
    }
    (item.mode == DecisionMode::Vote ? m_voteRadio : m_consensusRadio)->setChecked(true);
    m_forSpin->setValue(item.votesFor);
    m_againstSpin->setValue(item.votesAgainst);
    m_abstainSpin->setValue(item.votesAbstain);
    m_noteEdit->setText(item.note);
    QStringList history;
    if (item.isDecided()) {
        history.append(tr("Recorded: %1 by %2, %3")
                           .arg(MeetingText::decisionWithVotes(item),
                                item.decidedByName,
                                Look::shortDateTime(item.decidedAt.toLocalTime())));
    }
    history += m_corrections.value(item.id);
    m_historyLabel->setText(history.join(QLatin1Char('\n')));
    m_historyLabel->setVisible(!history.isEmpty());
    m_filling = false;
    m_dirty = false;
}

void MeetingConsole::markDirty()
{
    if (!m_filling) {
        m_dirty = true;
    }
}

void MeetingConsole::chooseDecision(int choice)
{
    if (!m_decisionBox->isEnabled() || choice < 0 || choice >= m_choices.size()) {
        return;
    }
    m_choices.at(choice)->setChecked(true);
    markDirty();
}

void MeetingConsole::updateEnabled()
{
    const bool hasItem = m_index >= 0 && m_index < m_items.size();
    const bool sealed = m_meeting.isSealed();
    const bool mayDecide = m_actor.may(Action::RecordDecision);
    m_decisionBox->setEnabled(hasItem && !sealed && mayDecide);
    const bool vote = m_voteRadio->isChecked();
    m_forSpin->setEnabled(vote);
    m_againstSpin->setEnabled(vote);
    m_abstainSpin->setEnabled(vote);
    if (m_previousAction != nullptr) {
        m_previousAction->setEnabled(m_index > 0);
        m_nextAction->setEnabled(m_index + 1 < m_items.size());
        m_revealAction->setEnabled(hasItem && !sealed);
        m_sealAction->setEnabled(m_vault != nullptr && !sealed && !m_items.isEmpty());
        m_sealAction->setVisible(m_vault != nullptr);
    }
    if (!mayDecide && hasItem && !sealed) {
        m_decisionBox->setTitle(tr("Decision (your role may not record decisions)"));
    } else {
        m_decisionBox->setTitle(tr("Decision"));
    }
}

void MeetingConsole::showMessage(const QString &text, bool error)
{
    m_messageLabel->setText(text);
    Look::setMessageStyle(m_messageLabel, error);
    m_messageLabel->show();
}

QString MeetingConsole::messageText() const
{
    return m_messageLabel->isHidden() ? QString() : m_messageLabel->text();
}

bool MeetingConsole::saveDecision()
{
    if (m_index < 0 || !m_decisionBox->isEnabled()) {
        return false;
    }
    const AgendaItem before = m_items.at(m_index);
    const int choice = m_choiceGroup->checkedId();
    if (choice < 0) {
        showMessage(tr("Choose the decision first (1, 2 or 3)."), true);
        return false;
    }
    DecisionInput input;
    input.decision = decisionFor(before, choice);
    input.mode = m_voteRadio->isChecked() ? DecisionMode::Vote : DecisionMode::Consensus;
    if (input.mode == DecisionMode::Vote) {
        input.votesFor = m_forSpin->value();
        input.votesAgainst = m_againstSpin->value();
        input.votesAbstain = m_abstainSpin->value();
    }
    input.note = m_noteEdit->text().trimmed();
    MeetingRepository meetings(m_db);
    auto decided = meetings.decide(m_actor, m_meetingId, before.id, input);
    if (!decided) {
        showMessage(describe(decided.error()), true);
        return false;
    }
    if (before.isDecided()) {
        m_corrections[before.id].append(tr("Corrected at %1; it was: %2")
                                            .arg(Look::shortDateTime(QDateTime::currentDateTime()),
                                                 MeetingText::decisionWithVotes(before)));
    }
    m_items[m_index] = *decided;
    m_dirty = false;
    const int index = m_index;
    reload();
    m_index = index;
    fillAgenda();
    fillDecision(m_items.at(m_index));
    updateProjector();
    updateProgress();
    showMessage(before.isDecided()
                    ? tr("Decision corrected: %1").arg(MeetingText::decisionWithVotes(*decided))
                    : tr("Decision saved: %1").arg(MeetingText::decisionWithVotes(*decided)),
                false);
    Q_EMIT decisionSaved(before.id);
    return true;
}

bool MeetingConsole::settleUnsaved()
{
    if (!m_dirty || m_closingForLock) {
        return true;
    }
    QMessageBox box(QMessageBox::Question,
                    tr("Decision not saved"),
                    tr("The decision on this item is not saved yet."),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                    this);
    box.setObjectName(QStringLiteral("unsavedDecisionBox"));
    box.button(QMessageBox::Save)->setText(tr("Save decision"));
    box.button(QMessageBox::Discard)->setText(tr("Do not save"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return saveDecision();
    case QMessageBox::Discard:
        m_dirty = false;
        return true;
    default:
        return false;
    }
}

void MeetingConsole::updateProjector()
{
    if (!m_projector) {
        return;
    }
    if (m_index < 0) {
        m_projector->blank();
        return;
    }
    auto slide = MeetingRepository(m_db).slide(m_meetingId, currentItemId());
    if (!slide) {
        m_projector->blank();
        showMessage(describe(slide.error()), true);
        return;
    }
    m_projector->showSlide(*slide);
}

void MeetingConsole::toggleProjector()
{
    if (!m_projector) {
        return;
    }
    if (m_projector->isVisible()) {
        m_projector->hide();
        m_projectorAction->setChecked(false);
        return;
    }
    updateProjector();
    m_projector->present();
    m_projectorAction->setChecked(true);
}

void MeetingConsole::showPhotosOnProjector()
{
    if (!m_projector || m_index < 0) {
        return;
    }
    if (m_projector->showsPhotos()) {
        m_projector->nextPhoto();
        return;
    }
    if (!m_projector->showPhotos(true)) {
        showMessage(tr("This item has no house photos. Other evidence is shown only on this screen."), false);
        return;
    }
    if (!m_projector->isVisible()) {
        m_projector->present();
        m_projectorAction->setChecked(true);
    }
}

void MeetingConsole::askReveal()
{
    if (m_index < 0) {
        return;
    }
    auto *dialog = new RevealDialog(m_items.at(m_index).subject, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reveal(static_cast<int>(dialog->field()), dialog->why());
    });
    dialog->open();
}

bool MeetingConsole::reveal(int field, const QString &why)
{
    if (m_index < 0) {
        return false;
    }
    const auto which = static_cast<RevealField>(field);
    const qint64 itemId = currentItemId();
    auto value = MeetingRepository(m_db).reveal(m_actor, m_meetingId, itemId, which, why.trimmed());
    if (!value) {
        showMessage(describe(value.error()), true);
        return false;
    }
    if (m_projector) {
        m_projector->showRevealed(itemId, RevealDialog::fieldLabel(which), *value);
    }
    showMessage(tr("%1 is shown on the projector until the next item (recorded).")
                    .arg(RevealDialog::fieldLabel(which)),
                false);
    return true;
}

void MeetingConsole::openSealDialog()
{
    if (m_vault == nullptr || m_meeting.isSealed()) {
        return;
    }
    if (!settleUnsaved()) {
        return;
    }
    auto *dialog = new SealDialog(*m_vault, m_meetingId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SealDialog::sealed, this, [this] {
        reload();
        showCurrent();
        Q_EMIT sealed(m_meetingId);
    });
    dialog->open();
}

void MeetingConsole::escape()
{
    if (m_projector && m_projector->showsPhotos()) {
        m_projector->showPhotos(false);
        return;
    }
    close();
}

void MeetingConsole::closeForLock()
{
    m_closingForLock = true;
    m_dirty = false;
    if (m_projector) {
        m_projector->blank();
        m_projector->hide();
    }
    // Dialogs of this window (evidence, reveal, seal) go with it; the seal dialog waits for a
    // passphrase check that is under way.
    const QList<QDialog *> dialogs = findChildren<QDialog *>(Qt::FindDirectChildrenOnly);
    for (QDialog *dialog : dialogs) {
        dialog->hide();
        delete dialog;
    }
    close();
}

void MeetingConsole::closeEvent(QCloseEvent *event)
{
    if (!settleUnsaved()) {
        event->ignore();
        return;
    }
    if (m_projector) {
        m_projector->blank();
        m_projector->hide();
    }
    QMainWindow::closeEvent(event);
}

} // namespace verdes::ui
