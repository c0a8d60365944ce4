// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/review/ReviewClaims.h"
#include "sync/transport/HttpTransport.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ReviewerPage;
} // namespace Ui

namespace verdes {
class Vault;
} // namespace verdes

namespace verdes::ui {

class ReviewItemView;
class ReviewProgressView;
class ReviewQueueView;

// The start of a district review vault (issue 14 §1): which office and hub it is, what the hub sent for
// review (the counts per state and per village, with the batches fetched by USB stick: a request file
// for the hub's operator, then the file they give back), the office's reviewers and where each one's
// enrolment stands, and the officer's own enrolment in two steps —
// the request signed with their reviewer key (saved for the hub's operator, its fingerprint shown
// large to read aloud), then the hub's answer, accepted only with the fingerprint the operator gave.
// Nothing of a village's registry is in a district vault, and nothing of it is shown here. The queue tab
// holds the review queue and, once an item is opened, its item view; the verdicts the reviewers gave go
// to the hub on a USB stick (an upload file, then the hub's receipt back).
class ReviewerPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewerPage)

public:
    explicit ReviewerPage(Vault &vault, QWidget *parent = nullptr);

    // How the page's views take and release items at a hub with an address: each request over HTTPS on
    // a thread of its own, the window waiting (with the wait cursor, no event loop) for the answer or
    // the transport's timeout, so that nothing can close the page or the vault under the request.
    static sync::ReviewClaims::Sender httpsClaimSender(const sync::HttpTransport::Options &options);
    ~ReviewerPage() override;

    // Reads the office, the hub and the reviewers again.
    void reload();

    // The steps the buttons take after their file dialogs (tests call them with a path).
    bool saveRequest(const QString &path);
    bool openAnswer(const QString &path);
    bool acceptAnswer(const QString &fingerprint);
    bool saveFeedRequest(const QString &path);
    bool importFeed(const QString &path);
    bool saveVerdicts(const QString &path);
    bool importVerdictReceipt(const QString &path);

    ReviewQueueView *queueView() const { return m_queueView; }

    ReviewProgressView *progressView() const { return m_progressView; }

    ReviewItemView *itemView() const { return m_itemView; }

    // Shows the queue tab with the queue, or one item of it.
    void showQueue();
    void showItem(qint64 itemId, const QList<qint64> &queue);

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    void chooseRequestFile();
    void chooseAnswerFile();
    void reloadInbox();
    void reloadVerdicts();
    void chooseVerdictsFile();
    void showMessage(const QString &text, bool error);
    void updateActions();

    std::unique_ptr<::Ui::ReviewerPage> m_ui;
    Vault &m_vault;
    ReviewQueueView *m_queueView = nullptr;
    ReviewItemView *m_itemView = nullptr;
    ReviewProgressView *m_progressView = nullptr;
    QByteArray m_answerFile;
    bool m_asking = false; // a request was made in this session: its steps stay shown
};

} // namespace verdes::ui
