// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/proposals/ProposalState.h"
#include "sync/review/ReviewClaims.h"
#include "sync/review/ReviewItemDetail.h"
#include "sync/review/ReviewVerdicts.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QPushButton;

namespace Ui {
class ReviewItemView;
} // namespace Ui

namespace verdes {
class Vault;
} // namespace verdes

namespace verdes::ui {

class EvidenceViewer;
class VerdictDialog;

// One item of the review queue, for deciding (issue 14 §1): the proposal's fields old → new, the base
// versions, the village's reason, details, persons and BNBA line, its flags (a household flagged for
// removal, what the completeness check found missing), the evidence beside it as thumbnails that open
// large, the household's other open items and the item's verdicts so far. The verdicts the officer's
// role gives are buttons with one-key shortcuts (V verify, K return, G ground check, H its result,
// S approve, T reject), each through a VerdictDialog; N/P or Page Down/Up move along the queue and
// Escape goes back to it.
class ReviewItemView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewItemView)

public:
    explicit ReviewItemView(Vault &vault, QWidget *parent = nullptr);
    ~ReviewItemView() override;

    // The items N/P move through (the queue's order) and the one to show.
    void setItems(const QList<qint64> &itemIds, qint64 current);
    // Shows one item; false (and a message) when it cannot be read.
    bool showItem(qint64 itemId);
    bool showNext();
    bool showPrevious();

    qint64 currentItemId() const { return m_detail ? m_detail->item.itemId : 0; }

    // The dialog of a verdict for the shown item (as its button does); nullptr when the role or the
    // item's state does not allow it.
    VerdictDialog *askVerdict(ProposalState state);
    // Gives a verdict on the shown item (after its dialog); false and a message when refused.
    bool decide(const sync::VerdictInput &input);
    // Opens evidence `index` of the shown item large.
    EvidenceViewer *openEvidence(int index);

    // How claims reach the hub (issue 14 §1); without one, taking and releasing are not offered.
    void setClaimSender(sync::ReviewClaims::Sender sender);
    // Takes (for ReviewClaims::kOfficeDays) or releases the shown item, as its buttons do; false and a
    // message when the hub did not give it (another reviewer holds it) or could not be asked.
    bool take();
    bool release();

Q_SIGNALS:
    void backRequested();
    // A verdict was stored: the queue and the counts change.
    void decided(qint64 itemId);
    void errorOccurred(const QString &message);

private:
    void showDetail();
    void showEvidence();
    void showHistory();
    void updateActions();
    // Says who holds the shown item, and offers to take or release it.
    void showClaim();
    bool exchange(sync::ClaimAction action);
    void showMessage(const QString &text, bool error);
    QPushButton *buttonFor(ProposalState state) const;

    std::unique_ptr<::Ui::ReviewItemView> m_ui;
    Vault &m_vault;
    std::optional<sync::ReviewItemDetail> m_detail;
    NikMatch m_nikMatch = NikMatch::NotChecked; // the item's NIK match as its last verdict left it
    QList<qint64> m_itemIds;
    QPointer<VerdictDialog> m_dialog;
    sync::ReviewClaims::Sender m_claimSender;
    QByteArray m_ownKeyId;
};

} // namespace verdes::ui
