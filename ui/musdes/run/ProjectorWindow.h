// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/musdes/Meeting.h"

#include <QImage>
#include <QList>
#include <QString>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QStackedWidget;

namespace verdes::ui {

// The window the room sees (issue 12 §2, DOMAIN.md §10): large white type on black, readable at
// 1024×768 from the back of a hall, and no editing controls at all — only labels.
//
// What it shows comes from one ProjectorSlide (MeetingRepository::slide: number, type, names with
// age, RT/RW, reason, the ids of the house photos, the decision) and at most one field the chair
// revealed for the current item. It is never given a proposal, a record or a database: the only
// images it can show are those whose ids are in the slide's housePhotoIds, fetched through the
// photo loader, so an ID card or a PDF of other evidence cannot reach it.
//
// On a second screen it opens full screen there; with one screen it is a full-screen mode the
// console toggles, and Esc on it hides it again (dismissed()).
class ProjectorWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectorWindow)

public:
    // The bytes of one house photo by its evidence id (an empty image when it cannot be read).
    using PhotoLoader = std::function<QImage(qint64 evidenceId)>;

    explicit ProjectorWindow(QWidget *parent = nullptr);
    ~ProjectorWindow() override;

    void setPhotoLoader(PhotoLoader loader);

    // Shows one item. A revealed value stays only while the item stays the same.
    void showSlide(const ProjectorSlide &slide);
    // The one field the chair revealed for the shown item ("NIK", "3273…"), until the item changes.
    void showRevealed(qint64 itemId, const QString &label, const QString &value);
    // Nothing of any item: a neutral screen (the vault locked, the console closed).
    void blank();

    bool isBlank() const { return !m_slide.has_value(); }

    // The house photos one at a time over the whole window; false when the item has none.
    bool showPhotos(bool on);

    bool showsPhotos() const { return m_photoMode; }

    // The next house photo in photo mode (wraps around).
    void nextPhoto();
    int photoCount() const;

    // Opens it: full screen on the second screen when there is one, else full screen here.
    void present();

    // True when a second screen holds it (then Esc does not hide it: the operator's screen is free).
    bool onSecondScreen() const { return m_onSecondScreen; }

    // The item shown (0 when blank).
    qint64 itemId() const { return m_slide ? m_slide->itemId : 0; }

Q_SIGNALS:
    // Esc on the projector itself: it hid itself (one screen) and the console takes over again.
    void dismissed();
    // Keys pressed on the projector while it covers the only screen, for the console to act on:
    // PgDown / Alt+Right / Space the next item (+1), PgUp / Alt+Left the previous (-1), F11 photos.
    void navigate(int step);
    void photosRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applySizes();
    void updatePhotos();
    void updatePhotoPage();
    QImage photo(int index);
    void clearTexts();

    std::optional<ProjectorSlide> m_slide;
    PhotoLoader m_loader;
    QList<QImage> m_photos; // loaded for the shown slide, same order as housePhotoIds
    bool m_photoMode = false;
    int m_photoIndex = 0;
    bool m_onSecondScreen = false;

    QStackedWidget *m_pages = nullptr;
    QWidget *m_slidePage = nullptr;
    QWidget *m_photoPage = nullptr;
    QWidget *m_blankPage = nullptr;
    QLabel *m_numberLabel = nullptr;
    QLabel *m_sectionLabel = nullptr;
    QLabel *m_typeLabel = nullptr;
    QLabel *m_personsLabel = nullptr;
    QLabel *m_rtRwLabel = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QList<QLabel *> m_thumbLabels;
    QLabel *m_revealLabel = nullptr;
    QLabel *m_decisionLabel = nullptr;
    QLabel *m_photoLabel = nullptr;
    QLabel *m_photoCaption = nullptr;
    QLabel *m_blankLabel = nullptr;
};

} // namespace verdes::ui
