// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/musdes/AgendaTree.h"

#include <QDragMoveEvent>
#include <QDropEvent>
#include <QKeyEvent>

namespace verdes::ui {

AgendaTree::AgendaTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(ColumnCount);
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setDropIndicatorShown(true);
    setDefaultDropAction(Qt::MoveAction);
    setReorderable(false);
}

AgendaTree::~AgendaTree() = default;

void AgendaTree::setReorderable(bool reorderable)
{
    m_reorderable = reorderable;
    setDragEnabled(reorderable);
    setAcceptDrops(reorderable);
    viewport()->setAcceptDrops(reorderable);
    setDragDropMode(reorderable ? QAbstractItemView::InternalMove : QAbstractItemView::NoDragDrop);
}

qint64 AgendaTree::itemIdOf(const QTreeWidgetItem *row)
{
    return row != nullptr ? row->data(NumberColumn, ItemIdRole).toLongLong() : 0;
}

int AgendaTree::dropPosition(QTreeWidgetItem *dragged, QTreeWidgetItem *target, DropAt at)
{
    if (dragged == nullptr || target == nullptr || itemIdOf(dragged) == 0 || dragged->parent() == nullptr
        || at == DropAt::Nowhere) {
        return 0;
    }
    QTreeWidgetItem *section = dragged->parent();
    const int from = section->indexOfChild(dragged);
    int slot = -1; // the gap before child `slot` of the section, as the children are now
    if (target == section) {
        // On or below the section's heading: to the top of the section.
        if (at != DropAt::Above) {
            slot = 0;
        }
    } else if (target->parent() == section) {
        const int index = section->indexOfChild(target);
        slot = at == DropAt::Below ? index + 1 : index;
    }
    if (slot < 0) {
        return 0;
    }
    const int to = slot > from ? slot - 1 : slot;
    return to == from ? 0 : to + 1;
}

int AgendaTree::currentDropPosition(const QPoint &pointer)
{
    DropAt at = DropAt::Nowhere;
    switch (dropIndicatorPosition()) {
    case QAbstractItemView::AboveItem:
        at = DropAt::Above;
        break;
    case QAbstractItemView::BelowItem:
        at = DropAt::Below;
        break;
    case QAbstractItemView::OnItem:
        at = DropAt::On;
        break;
    case QAbstractItemView::OnViewport:
        at = DropAt::Nowhere;
        break;
    }
    return dropPosition(currentItem(), itemAt(pointer), at);
}

void AgendaTree::dragMoveEvent(QDragMoveEvent *event)
{
    QTreeWidget::dragMoveEvent(event);
    if (event->source() != this || currentDropPosition(event->position().toPoint()) == 0) {
        // From elsewhere, or outside the item's own section: the order of the sections is fixed.
        event->ignore();
    }
}

void AgendaTree::dropEvent(QDropEvent *event)
{
    const qint64 itemId = itemIdOf(currentItem());
    const int position = event->source() == this ? currentDropPosition(event->position().toPoint()) : 0;
    // Nothing moves here: the editor stores the move and fills the tree again.
    event->setDropAction(Qt::IgnoreAction);
    event->accept();
    setState(QAbstractItemView::NoState);
    viewport()->update();
    if (position > 0 && itemId != 0) {
        Q_EMIT moveRequested(itemId, position);
    }
}

void AgendaTree::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (modifiers == Qt::AltModifier && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
        Q_EMIT moveByKeyRequested(event->key() == Qt::Key_Up ? -1 : 1);
        event->accept();
        return;
    }
    if (modifiers == Qt::NoModifier && event->key() == Qt::Key_Delete) {
        Q_EMIT removeRequested();
        event->accept();
        return;
    }
    QTreeWidget::keyPressEvent(event);
}

} // namespace verdes::ui
