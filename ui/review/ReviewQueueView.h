// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/proposals/ProposalState.h"
#include "sync/review/ReviewClaims.h"
#include "sync/review/ReviewVerdicts.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class ReviewQueueView;
} // namespace Ui

namespace verdes {
class ReviewQueueModel;
class Vault;
} // namespace verdes

namespace verdes::ui {

class VerdictDialog;

// The review queue of a district review vault (issue 14 §1): the counts per state, the items oldest
// first in a table fetched in pages, filtered by village, type, state, incompleteness and age; Enter
// or a double click opens an item. Several selected items take one verdict together only through a
// VerdictDialog that lists what will change and what is left out (ReviewVerdicts::preview), then all
// of them at once (decideMany) or none.
class ReviewQueueView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewQueueView)

public:
    explicit ReviewQueueView(Vault &vault, QWidget *parent = nullptr);
    ~ReviewQueueView() override;

    // Reads the filters' choices, the counts and the queue again, keeping the filter.
    void reload();

    ReviewQueueModel *model() const { return m_model; }

    // Makes an item the current row (back from its item view), when it is shown.
    void selectItem(qint64 itemId);
    QList<qint64> selectedItemIds() const;
    // The confirmation of a verdict on the selected items (as its button does); nullptr (and a
    // message) when nothing is selected or the preview fails.
    VerdictDialog *askBulk(ProposalState state);
    // The verdict on many items, all or none; false and a message when refused.
    bool decideMany(const QList<qint64> &itemIds, const sync::VerdictInput &input);

    // How claims reach the hub (issue 14 §1); without one, taking items is not offered.
    void setClaimSender(sync::ReviewClaims::Sender sender);
    // Takes every open item of the village chosen in the filter for `days` days (as the field visit
    // button does); false and a message when nothing was taken.
    bool claimVillage(int days);

Q_SIGNALS:
    // Opens an item; `queue` is the order N/P move through.
    void openRequested(qint64 itemId, const QList<qint64> &queue);
    void decided();
    void errorOccurred(const QString &message);

private:
    void applyFilter();
    void reloadChoices();
    void reloadCounts();
    void openCurrent();
    void updateActions();
    void showMessage(const QString &text, bool error);
    QString describeItem(qint64 itemId) const;

    std::unique_ptr<::Ui::ReviewQueueView> m_ui;
    Vault &m_vault;
    ReviewQueueModel *m_model = nullptr;
    QPointer<VerdictDialog> m_dialog;
    bool m_loading = false; // the filters' choices are being filled: no filter change yet
    sync::ReviewClaims::Sender m_claimSender;
    QByteArray m_ownKeyId; // the acting reviewer's key id, for "taken by me"
};

} // namespace verdes::ui
