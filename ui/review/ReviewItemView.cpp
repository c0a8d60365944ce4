// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/ReviewItemView.h"

#include "models/core/Error.h"
#include "models/domain/Codes.h"
#include "models/domain/Field.h"
#include "models/domain/RegionTable.h"
#include "models/itemmodels/ReviewQueueModel.h"
#include "models/proposals/ProposalType.h"
#include "models/vault/Vault.h"
#include "sync/batch/Verdict.h"
#include "ui/common/Look.h"
#include "ui/proposals/EvidenceViewer.h"
#include "ui/review/VerdictDialog.h"
#include "ui_ReviewItemView.h"

#include <QHeaderView>
#include <QIcon>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPixmap>
#include <QShortcut>

#include <array>

namespace verdes::ui {

namespace {

constexpr int kThumbnailSize = 160;

enum HistoryColumn
{
    WhenColumn,
    OfficerColumn,
    VerdictColumn,
    ReasonColumn,
    NikMatchColumn,
    SentColumn,
    HistoryColumnCount,
};

// A verdict's button: its text, its one-key shortcut and the state it gives.
struct VerdictAction
{
    QPushButton *button = nullptr;
    QString text;
    Qt::Key key = Qt::Key_unknown;
    ProposalState state = ProposalState::Verified;
};

QString localTime(const QString &utc)
{
    const QDateTime at = QDateTime::fromString(utc, Qt::ISODateWithMs);
    return at.isValid() ? Look::shortDateTime(at.toLocalTime()) : utc;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString fieldLabelOf(const QString &column)
{
    if (const auto field = fieldByColumn(column)) {
        return FieldText::label(*field);
    }
    return column;
}

// A coded value with its label ("2 – Deceased"), as the district reads it; other values as they are.
QString valueText(const QString &column, const QString &value)
{
    const auto field = fieldByColumn(column);
    if (!field || value.isEmpty()) {
        return value;
    }
    const FieldDef &def = fieldDef(*field);
    bool isNumber = false;
    const qint64 number = value.toLongLong(&isNumber);
    if (!isNumber) {
        return value;
    }
    QString label;
    if (def.kind == FieldKind::Code) {
        label = CodeText::label(def.codes, number);
    } else if (def.kind == FieldKind::Flags) {
        label = CodeText::flagLabels(def.codes, number).join(QStringLiteral(", "));
    }
    return label.isEmpty() ? value : ReviewItemView::tr("%1 – %2").arg(value, label);
}

// The record a change or a base names: "member P0008", "household H0003".
QString recordText(const QString &table, const QString &recordId)
{
    if (table == u"members") {
        return ReviewItemView::tr("member %1").arg(recordId);
    }
    if (table == u"households") {
        return ReviewItemView::tr("household %1").arg(recordId);
    }
    return ReviewItemView::tr("%1 %2").arg(table, recordId);
}

QString evidenceLabelOf(const QString &kind)
{
    if (const auto evidenceKind = evidenceKindFromCode(kind)) {
        return ProposalTypeText::evidenceLabel(*evidenceKind);
    }
    return kind;
}

QString row(const QStringList &cells, bool header = false)
{
    const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
    QString html = QStringLiteral("<tr>");
    for (const QString &cell : cells) {
        html += QStringLiteral("<%1 align=\"left\">%2</%1>").arg(tag, cell);
    }
    return html + QStringLiteral("</tr>");
}

QString table(const QString &rows)
{
    return QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">") + rows
           + QStringLiteral("</table>");
}

QString heading(const QString &text)
{
    return QStringLiteral("<h3>%1</h3>").arg(escaped(text));
}

} // namespace

ReviewItemView::ReviewItemView(Vault &vault, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::ReviewItemView>())
    , m_vault(vault)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("reviewItemView"));
    QFont title = m_ui->titleLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.2);
    m_ui->titleLabel->setFont(title);
    m_ui->itemMessageLabel->hide();
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->evidenceListWidget->setIconSize(QSize(kThumbnailSize, kThumbnailSize));
    m_ui->evidenceListWidget->setGridSize(QSize(kThumbnailSize + 24, kThumbnailSize + 40));
    m_ui->historyTableWidget->setColumnCount(HistoryColumnCount);
    m_ui->historyTableWidget->setHorizontalHeaderLabels(
        {tr("When"), tr("Reviewer"), tr("Verdict"), tr("Reason"), tr("NIK match"), tr("Sent to the hub")});
    m_ui->historyTableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    // One key per verdict, mostly the Indonesian word's first letter (kembalikan, hasil, setujui, tolak),
    // the same in both languages so that the office's habits carry over.
    const std::array<VerdictAction, 6> actions{{
        {m_ui->verifyButton, tr("Verify"), Qt::Key_V, ProposalState::Verified},
        {m_ui->returnButton, tr("Return…"), Qt::Key_K, ProposalState::Returned},
        {m_ui->groundCheckButton, tr("Ground check…"), Qt::Key_G, ProposalState::GcAssigned},
        {m_ui->groundResultButton, tr("Ground check result…"), Qt::Key_H, ProposalState::GcDone},
        {m_ui->approveButton, tr("Approve"), Qt::Key_S, ProposalState::Approved},
        {m_ui->rejectButton, tr("Reject…"), Qt::Key_T, ProposalState::RejectedByDinas},
    }};
    for (const auto &action : actions) {
        const QKeySequence key(action.key);
        action.button->setText(tr("%1 [%2]", "button text and its key")
                                   .arg(action.text, key.toString(QKeySequence::NativeText)));
        action.button->setShortcut(key);
        action.button->setToolTip(tr("%1 (key %2)").arg(action.text, key.toString(QKeySequence::NativeText)));
        const ProposalState state = action.state;
        connect(action.button, &QPushButton::clicked, this, [this, state] {
            if (VerdictDialog *dialog = askVerdict(state)) {
                dialog->open();
            }
        });
    }
    m_ui->backButton->setText(tr("Back to the queue [Esc]"));
    m_ui->backButton->setToolTip(tr("Back to the queue (Escape)"));
    m_ui->previousButton->setText(tr("Previous [P]"));
    m_ui->previousButton->setToolTip(tr("The previous item of the queue (P or Page Up)"));
    m_ui->nextButton->setText(tr("Next [N]"));
    m_ui->nextButton->setToolTip(tr("The next item of the queue (N or Page Down)"));
    const auto next = [this] {
        showNext();
    };
    const auto previous = [this] {
        showPrevious();
    };
    for (const QKeySequence &key : {QKeySequence(Qt::Key_N), QKeySequence(Qt::Key_PageDown)}) {
        connect(new QShortcut(key, this), &QShortcut::activated, this, next);
    }
    for (const QKeySequence &key : {QKeySequence(Qt::Key_P), QKeySequence(Qt::Key_PageUp)}) {
        connect(new QShortcut(key, this), &QShortcut::activated, this, previous);
    }
    connect(new QShortcut(QKeySequence(Qt::Key_Escape), this),
            &QShortcut::activated,
            this,
            &ReviewItemView::backRequested);
    connect(m_ui->backButton, &QPushButton::clicked, this, &ReviewItemView::backRequested);
    connect(m_ui->nextButton, &QPushButton::clicked, this, next);
    connect(m_ui->previousButton, &QPushButton::clicked, this, previous);
    connect(m_ui->evidenceListWidget, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        openEvidence(m_ui->evidenceListWidget->row(item));
    });
    connect(m_ui->takeButton, &QPushButton::clicked, this, &ReviewItemView::take);
    connect(m_ui->releaseButton, &QPushButton::clicked, this, &ReviewItemView::release);
    if (auto keyId = sync::ReviewClaims(vault.database()).keyIdOf(vault.actor()); keyId) {
        m_ownKeyId = *keyId;
    }
    updateActions();
}

ReviewItemView::~ReviewItemView() = default;

void ReviewItemView::setItems(const QList<qint64> &itemIds, qint64 current)
{
    m_itemIds = itemIds;
    showItem(current);
}

bool ReviewItemView::showItem(qint64 itemId)
{
    m_ui->itemMessageLabel->hide();
    auto detail = sync::ReviewItemDetail::read(m_vault.database(), itemId);
    if (!detail) {
        m_detail.reset();
        showMessage(describe(detail.error()), true);
        Q_EMIT errorOccurred(describe(detail.error()));
        updateActions();
        return false;
    }
    m_detail = std::move(detail).value();
    showDetail();
    showEvidence();
    showHistory();
    updateActions();
    return true;
}

bool ReviewItemView::showNext()
{
    const qsizetype at = m_itemIds.indexOf(currentItemId());
    if (at < 0 || at + 1 >= m_itemIds.size()) {
        return false;
    }
    return showItem(m_itemIds.at(at + 1));
}

bool ReviewItemView::showPrevious()
{
    const qsizetype at = m_itemIds.indexOf(currentItemId());
    if (at <= 0) {
        return false;
    }
    return showItem(m_itemIds.at(at - 1));
}

void ReviewItemView::showDetail()
{
    const sync::ReviewItemDetail &detail = *m_detail;
    const ReviewQueueItem &item = detail.item;
    const sync::BatchItem &batchItem = detail.batchItem;
    const RegionTable::Region *region = RegionTable::instance().find(detail.villageCode);
    const QString village = region != nullptr
                                ? tr("%1 (%2)").arg(region->name, RegionTable::dotted(detail.villageCode))
                                : RegionTable::dotted(detail.villageCode);
    m_ui->titleLabel->setText(
        item.householdId.isEmpty()
            ? tr("%1 · %2").arg(ReviewQueueModel::typeLabel(item.type), village)
            : tr("%1 · %2 · household %3")
                  .arg(ReviewQueueModel::typeLabel(item.type), village, item.householdId));
    const qsizetype at = m_itemIds.indexOf(item.itemId);
    m_ui->positionLabel->setText(
        at < 0 ? QString()
               : tr("%1 of %2").arg(QLocale().toString(at + 1), QLocale().toString(m_itemIds.size())));
    m_ui->previousButton->setEnabled(at > 0);
    m_ui->nextButton->setEnabled(at >= 0 && at + 1 < m_itemIds.size());

    // The flags: what the reviewer must not miss.
    QStringList flags;
    if (item.type == u"FLAGGED_REMOVAL") {
        flags << tr("The village's meeting proposes to remove this flagged household from the registry.");
    }
    QStringList missing;
    for (const QString &code : item.incomplete.split(u' ', Qt::SkipEmptyParts)) {
        if (const auto reason = ReviewReason::fromCode(code)) {
            missing << ReviewCodeText::codeAndLabel(*reason);
        }
    }
    if (!missing.isEmpty()) {
        flags << tr("The completeness check found missing: %1.").arg(missing.join(QStringLiteral("; ")));
    }
    if (!detail.hasMeeting) {
        flags << tr("The batch holds no sealed berita acara or SPTJM.");
    }
    m_ui->flagsLabel->setText(flags.join(u'\n'));
    m_ui->flagsLabel->setVisible(!flags.isEmpty());
    if (!flags.isEmpty()) {
        Look::setNoticeStyle(m_ui->flagsLabel);
    }

    QString html;
    html += table(row({escaped(tr("State")), escaped(ProposalStateText::label(item.state))})
                  + row({escaped(tr("Village's proposal number")),
                         item.proposalId == 0 ? escaped(tr("none (a flagged household)"))
                                              : QString::number(item.proposalId)})
                  + row({escaped(tr("Batch")),
                         escaped(tr("number %1 of the village, made %2, received by the hub %3")
                                     .arg(QString::number(detail.sequence),
                                          localTime(detail.createdAt),
                                          localTime(detail.receivedAt)))})
                  + row({escaped(tr("Channel")), escaped(batchItem.channel)})
                  + row({escaped(tr("Berita acara or SPTJM")),
                         escaped(detail.hasMeeting ? tr("in the batch, sealed") : tr("missing"))}));

    html += heading(tr("Changes (old → new)"));
    if (batchItem.changes.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(escaped(tr("No field changes.")));
    } else {
        QString rows =
            row({escaped(tr("Record")), escaped(tr("Field")), escaped(tr("Old")), escaped(tr("New"))}, true);
        for (const sync::BatchChange &change : batchItem.changes) {
            const QString record =
                change.newRecordKey.isEmpty()
                    ? recordText(change.table, change.recordId)
                    : tr("%1 (new: %2)")
                          .arg(recordText(change.table, QString()).trimmed(), change.newRecordKey);
            rows +=
                row({escaped(record),
                     escaped(fieldLabelOf(change.column)),
                     escaped(valueText(change.column, change.oldValue)),
                     QStringLiteral("<b>%1</b>").arg(escaped(valueText(change.column, change.newValue)))});
        }
        html += table(rows);
    }
    if (!batchItem.bases.isEmpty()) {
        html += heading(tr("Base versions"));
        QStringList bases;
        for (const sync::BatchBase &base : batchItem.bases) {
            bases << escaped(
                tr("%1: version %2").arg(recordText(base.table, base.recordId)).arg(base.version));
        }
        html += QStringLiteral("<p>%1</p>").arg(bases.join(QStringLiteral("<br>")));
    }
    html += heading(tr("The village's reason"));
    html += QStringLiteral("<p>%1</p>")
                .arg(batchItem.reason.isEmpty() ? escaped(tr("none given")) : escaped(batchItem.reason));
    const QJsonObject details = QJsonDocument::fromJson(batchItem.details.toUtf8()).object();
    if (!details.isEmpty()) {
        html += heading(tr("Details"));
        QString rows;
        for (auto it = details.begin(); it != details.end(); ++it) {
            const QJsonValue value = it.value();
            rows += row(
                {escaped(it.key()),
                 escaped(value.isString() ? value.toString()
                                          : QString::fromUtf8(QJsonDocument(QJsonObject{{it.key(), value}})
                                                                  .toJson(QJsonDocument::Compact)))});
        }
        html += table(rows);
    }
    if (!batchItem.persons.isEmpty()) {
        html += heading(tr("Persons"));
        html += QStringLiteral("<p>%1</p>").arg(escaped(batchItem.persons.join(QStringLiteral(", "))));
    }
    if (batchItem.bnba.size() >= sync::BatchItem::kBnbaColumns) {
        html += heading(tr("BNBA line"));
        QString rows = row({escaped(tr("Name")),
                            escaped(tr("NIK")),
                            escaped(tr("KK")),
                            escaped(tr("Address")),
                            escaped(tr("RT/RW")),
                            escaped(tr("Type")),
                            escaped(tr("Reason")),
                            escaped(tr("Decision"))},
                           true);
        for (qsizetype i = 0; i + sync::BatchItem::kBnbaColumns <= batchItem.bnba.size();
             i += sync::BatchItem::kBnbaColumns) {
            QStringList cells;
            for (int c = 0; c < sync::BatchItem::kBnbaColumns; ++c) {
                cells << escaped(batchItem.bnba.at(i + c));
            }
            rows += row(cells);
        }
        html += table(rows);
    }
    m_ui->detailsBrowser->setHtml(html);

    m_ui->householdListWidget->clear();
    for (const ReviewQueueItem &other : detail.householdItems) {
        m_ui->householdListWidget->addItem(tr("%1 · %2 · received %3")
                                               .arg(ReviewQueueModel::typeLabel(other.type),
                                                    ProposalStateText::label(other.state),
                                                    localTime(other.receivedAt)));
    }
    if (detail.householdItems.isEmpty()) {
        m_ui->householdListWidget->addItem(tr("Nothing else is pending for this household."));
    }
}

void ReviewItemView::showEvidence()
{
    m_ui->evidenceListWidget->clear();
    const QList<sync::BatchEvidence> &evidence = m_detail->batchItem.evidence;
    for (const sync::BatchEvidence &piece : evidence) {
        QImage image;
        if (piece.mime == u"application/pdf") {
            image = EvidenceViewer::firstPage(piece.content, kThumbnailSize);
        } else {
            image = QImage::fromData(piece.content);
        }
        auto *item = new QListWidgetItem(evidenceLabelOf(piece.kind), m_ui->evidenceListWidget);
        if (!image.isNull()) {
            item->setIcon(QIcon(QPixmap::fromImage(image.scaled(
                kThumbnailSize, kThumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation))));
        }
        item->setToolTip(tr("%1 – open it large with Enter or a double click").arg(item->text()));
    }
    m_ui->evidenceLabel->setText(evidence.isEmpty() ? tr("No evidence came with this item.")
                                                    : tr("&Evidence (Enter opens it large):"));
    if (!evidence.isEmpty()) {
        m_ui->evidenceListWidget->setCurrentRow(0);
    }
}

void ReviewItemView::showHistory()
{
    m_nikMatch = NikMatch::NotChecked;
    QTableWidget *history = m_ui->historyTableWidget;
    history->setRowCount(0);
    auto rows = sync::ReviewVerdicts(m_vault.database()).history(currentItemId());
    if (!rows) {
        showMessage(describe(rows.error()), true);
        return;
    }
    QHash<QString, QString> names;
    if (const auto officers = m_vault.officers()) {
        for (const Vault::OfficerInfo &officer : *officers) {
            names.insert(officer.officerId, officer.name);
        }
    }
    history->setRowCount(static_cast<int>(rows->size()));
    int at = 0;
    for (const sync::VerdictRow &verdict : std::as_const(*rows)) {
        QString reason;
        if (verdict.reason) {
            reason = ReviewCodeText::codeAndLabel(*verdict.reason);
        } else if (verdict.groundCheck) {
            reason = ReviewCodeText::label(*verdict.groundCheck);
        } else if (!verdict.facilitator.isEmpty()) {
            reason = tr("facilitator: %1").arg(verdict.facilitator);
        }
        if (!verdict.note.isEmpty()) {
            reason = reason.isEmpty() ? verdict.note : tr("%1 – %2").arg(reason, verdict.note);
        }
        QString sent;
        if (verdict.outcome.isEmpty()) {
            sent = tr("not yet");
        } else if (verdict.outcome == u"refused") {
            sent = tr("refused (%1)").arg(verdict.refusal);
        } else {
            sent = tr("accepted");
        }
        history->setItem(at, WhenColumn, new QTableWidgetItem(localTime(verdict.decidedAt)));
        history->setItem(
            at, OfficerColumn, new QTableWidgetItem(names.value(verdict.officerId, verdict.officerId)));
        history->setItem(at, VerdictColumn, new QTableWidgetItem(ProposalStateText::label(verdict.state)));
        history->setItem(at, ReasonColumn, new QTableWidgetItem(reason));
        history->setItem(at, NikMatchColumn, new QTableWidgetItem(ReviewCodeText::label(verdict.nikMatch)));
        history->setItem(at, SentColumn, new QTableWidgetItem(sent));
        m_nikMatch = verdict.nikMatch;
        ++at;
    }
    m_ui->historyLabel->setText(rows->isEmpty() ? tr("No verdict on this item yet.")
                                                : tr("Verdicts on this item:"));
}

QPushButton *ReviewItemView::buttonFor(ProposalState state) const
{
    switch (state) {
    case ProposalState::Verified:
        return m_ui->verifyButton;
    case ProposalState::Returned:
        return m_ui->returnButton;
    case ProposalState::GcAssigned:
        return m_ui->groundCheckButton;
    case ProposalState::GcDone:
        return m_ui->groundResultButton;
    case ProposalState::Approved:
        return m_ui->approveButton;
    case ProposalState::RejectedByDinas:
        return m_ui->rejectButton;
    default:
        return nullptr;
    }
}

void ReviewItemView::updateActions()
{
    const Actor &actor = m_vault.actor();
    for (const ProposalState state : sync::Verdict::verdictStates()) {
        QPushButton *button = buttonFor(state);
        if (button == nullptr) {
            continue;
        }
        const Action needs = sync::Verdict::roleFor(state) == sync::ReviewerRole::OfficeHead
                                 ? Action::EndorseItems
                                 : Action::ReviewItems;
        // Only the verdicts of the officer's role are shown at all (DOMAIN.md §8.5: two people).
        button->setVisible(!actor.isRecovery() && actor.may(needs));
        button->setEnabled(m_detail.has_value() && sync::Verdict::mayFollow(m_detail->item.state, state));
    }
    showClaim();
}

VerdictDialog *ReviewItemView::askVerdict(ProposalState state)
{
    QPushButton *button = buttonFor(state);
    if (button == nullptr || !button->isVisibleTo(this) || !button->isEnabled() || !m_detail) {
        return nullptr;
    }
    if (m_dialog) {
        m_dialog->close();
    }
    auto *dialog = new VerdictDialog(state, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNikMatch(m_nikMatch);
    if (state == ProposalState::Returned) {
        dialog->setCompleteness(m_detail->item.incomplete);
    }
    const qint64 itemId = currentItemId();
    connect(dialog, &QDialog::accepted, this, [this, dialog, itemId] {
        if (currentItemId() == itemId) {
            decide(dialog->input());
        }
    });
    m_dialog = dialog;
    return dialog;
}

bool ReviewItemView::decide(const sync::VerdictInput &input)
{
    if (!m_detail) {
        return false;
    }
    const qint64 itemId = currentItemId();
    auto given = sync::ReviewVerdicts(m_vault.database()).decide(m_vault.actor(), itemId, input);
    if (!given) {
        const QString text = describe(given.error());
        showMessage(text, true);
        Q_EMIT errorOccurred(text);
        return false;
    }
    showItem(itemId);
    showMessage(tr("%1: the verdict is signed and kept. It goes to the hub with the next upload.")
                    .arg(ProposalStateText::label(input.state)),
                false);
    Q_EMIT decided(itemId);
    return true;
}

EvidenceViewer *ReviewItemView::openEvidence(int index)
{
    if (!m_detail || index < 0 || index >= m_detail->batchItem.evidence.size()) {
        return nullptr;
    }
    const sync::BatchEvidence &piece = m_detail->batchItem.evidence.at(index);
    auto *viewer = new EvidenceViewer(evidenceLabelOf(piece.kind), piece.mime, piece.content, this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->open();
    return viewer;
}

void ReviewItemView::showMessage(const QString &text, bool error)
{
    m_ui->itemMessageLabel->setText(text);
    Look::setMessageStyle(m_ui->itemMessageLabel, error);
    m_ui->itemMessageLabel->show();
}

void ReviewItemView::setClaimSender(sync::ReviewClaims::Sender sender)
{
    m_claimSender = std::move(sender);
    updateActions();
}

void ReviewItemView::showClaim()
{
    std::optional<sync::ItemClaim> claim;
    if (m_detail) {
        auto read = sync::ReviewClaims(m_vault.database()).claimOf(m_detail->item.itemId);
        if (read) {
            claim = *read;
        }
    }
    const bool mine = claim && claim->holderKeyId == m_ownKeyId;
    if (!claim) {
        m_ui->claimLabel->clear();
    } else if (mine) {
        m_ui->claimLabel->setText(tr("You hold this item until %1.").arg(claim->untilText()));
    } else {
        //: another reviewer took the item through the hub ("Sri Wahyuni", "08-12 14:00")
        m_ui->claimLabel->setText(tr("Held: %1 until %2").arg(claim->holderName, claim->untilText()));
    }
    const bool offered =
        m_claimSender && !m_ownKeyId.isEmpty() && !m_vault.actor().isRecovery() && m_detail.has_value();
    m_ui->takeButton->setVisible(offered);
    m_ui->releaseButton->setVisible(offered);
    m_ui->takeButton->setEnabled(offered && (!claim || mine));
    m_ui->releaseButton->setEnabled(offered && mine);
}

bool ReviewItemView::take()
{
    return exchange(sync::ClaimAction::Take);
}

bool ReviewItemView::release()
{
    return exchange(sync::ClaimAction::Release);
}

bool ReviewItemView::exchange(sync::ClaimAction action)
{
    if (!m_claimSender || !m_detail) {
        return false;
    }
    auto summary = sync::ReviewClaims(m_vault.database())
                       .exchange(m_vault.actor(),
                                 m_claimSender,
                                 action,
                                 {m_detail->item.itemId},
                                 action == sync::ClaimAction::Take ? sync::ReviewClaims::kOfficeDays : 0);
    if (!summary) {
        showMessage(describe(summary.error()), true);
        return false;
    }
    updateActions();
    if (!summary->heldByOthers.isEmpty()) {
        const sync::ItemClaim &holder = summary->heldByOthers.constFirst();
        showMessage(tr("%1 has taken this item until %2.").arg(holder.holderName, holder.untilText()), true);
        return false;
    }
    if (action == sync::ClaimAction::Release) {
        showMessage(tr("The item is released."), false);
        return true;
    }
    auto held = sync::ReviewClaims(m_vault.database()).claimOf(m_detail->item.itemId);
    showMessage(held && *held ? tr("The item is yours until %1.").arg((*held)->untilText())
                              : tr("The hub did not give the item."),
                !(held && *held));
    return held && held->has_value();
}

} // namespace verdes::ui
