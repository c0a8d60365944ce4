// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeWidget>

namespace verdes::ui {

// The agenda as a tree: the fixed headings (opening, the three sections, closing) at the top level,
// the items of a section under its heading. An item is moved within its section by dragging it or
// with Alt+Up / Alt+Down; the tree only asks (moveRequested, moveByKeyRequested) and never moves an
// item itself: the editor stores the move in the vault and fills the tree again from it.
class AgendaTree final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgendaTree)

public:
    enum Column
    {
        NumberColumn,
        TypeColumn,
        SubjectColumn,
        PlaceColumn,
        ReasonColumn,
        DecisionColumn,
        ColumnCount,
    };

    enum Role
    {
        ItemIdRole = Qt::UserRole + 1, // qint64, on item rows only
        DecidedRole,                   // bool
    };

    // Where a drop lands against the row under the pointer.
    enum class DropAt : quint8
    {
        Above,
        Below,
        On,
        Nowhere, // on the empty part of the view
    };

    explicit AgendaTree(QWidget *parent = nullptr);
    ~AgendaTree() override;

    // Whether items may be dragged (off for a sealed meeting or a role that may not prepare).
    void setReorderable(bool reorderable);

    bool isReorderable() const { return m_reorderable; }

    // The item id of a row (0 for a heading or none).
    static qint64 itemIdOf(const QTreeWidgetItem *row);
    // Where `dragged` lands when dropped at `at` of `target`: its new 1-based position within its
    // section, or 0 when the drop is outside its section or would not move it.
    static int dropPosition(QTreeWidgetItem *dragged, QTreeWidgetItem *target, DropAt at);

Q_SIGNALS:
    // A drop asks for `itemId` to be at `position` (1-based within its section).
    void moveRequested(qint64 itemId, int position);
    // Alt+Up (-1) or Alt+Down (+1) on the current item.
    void moveByKeyRequested(int delta);
    // Delete on the current item.
    void removeRequested();

protected:
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    // The drop as the view shows its indicator now.
    int currentDropPosition(const QPoint &pointer);

    bool m_reorderable = false;
};

} // namespace verdes::ui
