// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/musdes/run/ProjectorWindow.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QScreen>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace verdes::ui {

namespace {

// The projector's own colours: white and yellow on black pass any contrast check and survive a
// washed-out beamer in a bright hall. They are nowhere else in the application.
const QColor kBackground(0, 0, 0);
const QColor kText(255, 255, 255);
const QColor kAccent(255, 213, 74);  // the item number and a revealed field
const QColor kQuiet(200, 200, 200);  // the section
const QColor kAgreed(27, 94, 32);    // green behind white text
const QColor kRejected(183, 28, 28); // red behind white text
const QColor kDeferred(191, 54, 12); // deep orange behind white text
constexpr int kMaxThumbs = 3;
constexpr int kMaxPersonLines = 4;

QString css(const QColor &color)
{
    return color.name(QColor::HexRgb);
}

QLabel *makeLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::NoTextInteraction);
    label->setFocusPolicy(Qt::NoFocus);
    return label;
}

void setPixelFont(QLabel *label, double pixels, bool bold)
{
    QFont font = label->font();
    font.setPixelSize(qMax(10, qRound(pixels)));
    font.setBold(bold);
    label->setFont(font);
}

QColor decisionColour(Decision decision)
{
    switch (decision) {
    case Decision::Agreed:
    case Decision::Keep:
        return kAgreed;
    case Decision::Rejected:
    case Decision::ProposeRemoval:
        return kRejected;
    case Decision::Deferred:
    case Decision::None:
        break;
    }
    return kDeferred;
}

} // namespace

ProjectorWindow::ProjectorWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_pages(new QStackedWidget(this))
    , m_slidePage(new QWidget(m_pages))
{
    setObjectName(QStringLiteral("projectorWindow"));
    setWindowTitle(tr("Verdes · Projector"));
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, kBackground);
    palette.setColor(QPalette::WindowText, kText);
    setPalette(palette);
    setStyleSheet(QStringLiteral("QWidget#projectorWindow, QStackedWidget, QWidget#projectorSlidePage, "
                                 "QWidget#projectorPhotoPage, QWidget#projectorBlankPage "
                                 "{ background: %1; color: %2; }")
                      .arg(css(kBackground), css(kText)));

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    outer->addWidget(m_pages);

    // The slide: number and section, type, persons, RT/RW, reason, house photos, reveal, decision.

    m_slidePage->setObjectName(QStringLiteral("projectorSlidePage"));
    auto *slide = new QVBoxLayout(m_slidePage);
    auto *top = new QHBoxLayout;
    m_numberLabel = makeLabel(m_slidePage, QStringLiteral("projectorNumberLabel"));
    m_numberLabel->setStyleSheet(QStringLiteral("color: %1;").arg(css(kAccent)));
    m_sectionLabel = makeLabel(m_slidePage, QStringLiteral("projectorSectionLabel"));
    m_sectionLabel->setStyleSheet(QStringLiteral("color: %1;").arg(css(kQuiet)));
    m_sectionLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    top->addWidget(m_numberLabel, 1);
    top->addWidget(m_sectionLabel, 1);
    slide->addLayout(top);
    m_typeLabel = makeLabel(m_slidePage, QStringLiteral("projectorTypeLabel"));
    m_personsLabel = makeLabel(m_slidePage, QStringLiteral("projectorPersonsLabel"));
    m_rtRwLabel = makeLabel(m_slidePage, QStringLiteral("projectorRtRwLabel"));
    m_reasonLabel = makeLabel(m_slidePage, QStringLiteral("projectorReasonLabel"));
    m_reasonLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    for (QLabel *label : {m_typeLabel, m_personsLabel, m_rtRwLabel}) {
        label->setStyleSheet(QStringLiteral("color: %1;").arg(css(kText)));
        slide->addWidget(label);
    }
    m_reasonLabel->setStyleSheet(QStringLiteral("color: %1;").arg(css(kText)));
    slide->addWidget(m_reasonLabel, 1);
    auto *thumbs = new QHBoxLayout;
    for (int i = 0; i < kMaxThumbs; ++i) {
        auto *thumb = makeLabel(m_slidePage, QStringLiteral("projectorPhoto%1").arg(i + 1));
        thumb->setAlignment(Qt::AlignCenter);
        thumbs->addWidget(thumb);
        m_thumbLabels.append(thumb);
    }
    thumbs->addStretch(1);
    slide->addLayout(thumbs);
    m_revealLabel = makeLabel(m_slidePage, QStringLiteral("projectorRevealLabel"));
    m_revealLabel->setStyleSheet(
        QStringLiteral("color: %1; background: %2; padding: 6px;").arg(css(kBackground), css(kAccent)));
    slide->addWidget(m_revealLabel);
    m_decisionLabel = makeLabel(m_slidePage, QStringLiteral("projectorDecisionLabel"));
    m_decisionLabel->setAlignment(Qt::AlignCenter);
    slide->addWidget(m_decisionLabel);
    m_pages->addWidget(m_slidePage);

    // One house photo over the whole window.
    m_photoPage = new QWidget(m_pages);
    m_photoPage->setObjectName(QStringLiteral("projectorPhotoPage"));
    auto *photo = new QVBoxLayout(m_photoPage);
    m_photoLabel = makeLabel(m_photoPage, QStringLiteral("projectorPhotoLabel"));
    m_photoLabel->setAlignment(Qt::AlignCenter);
    m_photoLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_photoCaption = makeLabel(m_photoPage, QStringLiteral("projectorPhotoCaption"));
    m_photoCaption->setAlignment(Qt::AlignCenter);
    m_photoCaption->setStyleSheet(QStringLiteral("color: %1;").arg(css(kAccent)));
    photo->addWidget(m_photoLabel, 1);
    photo->addWidget(m_photoCaption);
    m_pages->addWidget(m_photoPage);

    // Nothing personal: the vault is locked or no item is chosen.
    m_blankPage = new QWidget(m_pages);
    m_blankPage->setObjectName(QStringLiteral("projectorBlankPage"));
    auto *blankLayout = new QVBoxLayout(m_blankPage);
    m_blankLabel = makeLabel(m_blankPage, QStringLiteral("projectorBlankLabel"));
    m_blankLabel->setAlignment(Qt::AlignCenter);
    m_blankLabel->setStyleSheet(QStringLiteral("color: %1;").arg(css(kQuiet)));
    m_blankLabel->setText(tr("Village meeting"));
    blankLayout->addWidget(m_blankLabel);
    m_pages->addWidget(m_blankPage);

    resize(1024, 768);
    blank();
    applySizes();
}

ProjectorWindow::~ProjectorWindow() = default;

void ProjectorWindow::setPhotoLoader(PhotoLoader loader)
{
    m_loader = std::move(loader);
}

void ProjectorWindow::clearTexts()
{
    for (QLabel *label : {m_numberLabel,
                          m_sectionLabel,
                          m_typeLabel,
                          m_personsLabel,
                          m_rtRwLabel,
                          m_reasonLabel,
                          m_revealLabel,
                          m_decisionLabel,
                          m_photoCaption}) {
        label->clear();
    }
    for (QLabel *thumb : std::as_const(m_thumbLabels)) {
        thumb->clear();
        thumb->hide();
    }
    m_photoLabel->clear();
    m_revealLabel->hide();
    m_decisionLabel->hide();
}

void ProjectorWindow::showSlide(const ProjectorSlide &slide)
{
    const bool sameItem = m_slide && m_slide->itemId == slide.itemId;
    const QString revealed = sameItem ? m_revealLabel->text() : QString();
    m_slide = slide;
    clearTexts();
    m_numberLabel->setText(tr("Proposal %1 of %2").arg(slide.position).arg(slide.total));
    m_sectionLabel->setText(MeetingText::sectionLabel(slide.section));
    m_typeLabel->setText(slide.typeLabel);
    QStringList persons;
    for (const ProjectorSlide::Person &person : slide.persons) {
        if (persons.size() == kMaxPersonLines) {
            persons.append(tr("and %n more", "", static_cast<int>(slide.persons.size()) - kMaxPersonLines));
            break;
        }
        persons.append(person.age ? tr("%1 (%n years)", "", *person.age).arg(person.name) : person.name);
    }
    m_personsLabel->setText(persons.join(QLatin1Char('\n')));
    m_rtRwLabel->setText(slide.rtRw);
    m_reasonLabel->setText(slide.reason);
    if (!revealed.isEmpty()) {
        m_revealLabel->setText(revealed);
        m_revealLabel->show();
    }
    if (slide.decision != Decision::None) {
        m_decisionLabel->setText(slide.decisionText.isEmpty() ? MeetingText::decisionLabel(slide.decision)
                                                              : slide.decisionText);
        m_decisionLabel->setStyleSheet(QStringLiteral("color: %1; background: %2; padding: 8px;")
                                           .arg(css(kText), css(decisionColour(slide.decision))));
        m_decisionLabel->show();
    }
    if (!sameItem) {
        m_photos.clear();
        m_photoIndex = 0;
        for (const qint64 id : slide.housePhotoIds) {
            m_photos.append(m_loader ? m_loader(id) : QImage());
        }
        if (m_photoMode && m_photos.isEmpty()) {
            m_photoMode = false;
        }
    }
    updatePhotos();
    m_pages->setCurrentWidget(m_photoMode ? m_photoPage : m_slidePage);
    if (m_photoMode) {
        updatePhotoPage();
    }
}

void ProjectorWindow::showRevealed(qint64 itemId, const QString &label, const QString &value)
{
    if (!m_slide || m_slide->itemId != itemId) {
        return;
    }
    m_revealLabel->setText(tr("Shown at the chair's request · %1: %2").arg(label, value));
    m_revealLabel->show();
}

void ProjectorWindow::blank()
{
    m_slide.reset();
    m_photos.clear();
    m_photoMode = false;
    m_photoIndex = 0;
    clearTexts();
    m_pages->setCurrentWidget(m_blankPage);
}

int ProjectorWindow::photoCount() const
{
    return static_cast<int>(m_photos.size());
}

bool ProjectorWindow::showPhotos(bool on)
{
    if (on && (!m_slide || m_photos.isEmpty())) {
        return false;
    }
    m_photoMode = on;
    if (!m_slide) {
        return false;
    }
    m_pages->setCurrentWidget(on ? m_photoPage : m_slidePage);
    if (on) {
        updatePhotoPage();
    } else {
        m_photoLabel->clear();
        m_photoCaption->clear();
    }
    return true;
}

void ProjectorWindow::nextPhoto()
{
    if (!m_photoMode || m_photos.isEmpty()) {
        return;
    }
    m_photoIndex = (m_photoIndex + 1) % static_cast<int>(m_photos.size());
    updatePhotoPage();
}

QImage ProjectorWindow::photo(int index)
{
    return index >= 0 && index < m_photos.size() ? m_photos.at(index) : QImage();
}

void ProjectorWindow::updatePhotos()
{
    const int height = qMax(60, this->height() * 240 / 768);
    for (int i = 0; i < m_thumbLabels.size(); ++i) {
        QLabel *thumb = m_thumbLabels.at(i);
        const QImage image = photo(i);
        if (image.isNull()) {
            thumb->clear();
            thumb->hide();
            continue;
        }
        thumb->setPixmap(QPixmap::fromImage(
            image.scaled(height * 4 / 3, height, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        thumb->show();
    }
}

void ProjectorWindow::updatePhotoPage()
{
    const QImage image = photo(m_photoIndex);
    const QSize room = m_photoPage->size() - QSize(24, m_photoCaption->sizeHint().height() + 24);
    if (image.isNull() || room.isEmpty()) {
        m_photoLabel->clear();
    } else {
        m_photoLabel->setPixmap(
            QPixmap::fromImage(image.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
    m_photoCaption->setText(tr("House photo %1 of %2").arg(m_photoIndex + 1).arg(m_photos.size()));
}

void ProjectorWindow::applySizes()
{
    // Type sized by the window's height: at 768 pixels the names are 52 pixels tall, about 1/15 of
    // the screen, which a person reads from 15 m on an ordinary beamer.
    const double unit = height() / 768.0;
    setPixelFont(m_numberLabel, 36 * unit, true);
    setPixelFont(m_sectionLabel, 28 * unit, false);
    setPixelFont(m_typeLabel, 46 * unit, true);
    setPixelFont(m_personsLabel, 54 * unit, true);
    setPixelFont(m_rtRwLabel, 40 * unit, false);
    setPixelFont(m_reasonLabel, 34 * unit, false);
    setPixelFont(m_revealLabel, 36 * unit, true);
    setPixelFont(m_decisionLabel, 46 * unit, true);
    setPixelFont(m_photoCaption, 32 * unit, true);
    setPixelFont(m_blankLabel, 48 * unit, true);
    const int margin = qRound(28 * unit);
    m_slidePage->layout()->setContentsMargins(margin, margin, margin, margin);
    m_slidePage->layout()->setSpacing(qRound(10 * unit));
}

void ProjectorWindow::present()
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    QScreen *here = parentWidget() != nullptr ? parentWidget()->screen() : QGuiApplication::primaryScreen();
    QScreen *target = here;
    for (QScreen *screen : screens) {
        if (screen != here) {
            target = screen;
            break;
        }
    }
    m_onSecondScreen = target != here;
    setScreen(target);
    setGeometry(target->geometry());
    showFullScreen();
    raise();
    if (!m_onSecondScreen) {
        activateWindow();
        setFocus();
    }
}

void ProjectorWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_PageDown:
    case Qt::Key_Right:
    case Qt::Key_Space:
        Q_EMIT navigate(1);
        event->accept();
        return;
    case Qt::Key_PageUp:
    case Qt::Key_Left:
        Q_EMIT navigate(-1);
        event->accept();
        return;
    case Qt::Key_F11:
        Q_EMIT photosRequested();
        event->accept();
        return;
    case Qt::Key_F5:
        hide();
        Q_EMIT dismissed();
        event->accept();
        return;
    default:
        break;
    }
    if (event->key() == Qt::Key_Escape) {
        if (m_photoMode) {
            showPhotos(false);
        } else {
            hide();
            Q_EMIT dismissed();
        }
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ProjectorWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applySizes();
    updatePhotos();
    if (m_photoMode) {
        updatePhotoPage();
    }
}

} // namespace verdes::ui
