// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/paint/DiagramPainter.h"

#include <QAbstractItemView>
#include <QAccessible>

class QVariantAnimation;

namespace demarc {

class LayerModel;

/**
 * The responsibility stack as an item view over a LayerModel: every layer is an item
 * with a visual rectangle, selectable by mouse and keyboard; the demarcation line moves
 * with a short animation when the selection changes (off with reduced motion).
 */
class DiagramView : public QAbstractItemView
{
    Q_OBJECT

public:
    explicit DiagramView(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model) override;
    /** Turns the line's animation off (or on again). */
    void setReducedMotion(bool reduced);
    bool isAnimating() const;

    /** The scene for @p model as it stands (line settled), for drawing elsewhere. */
    static DiagramScene sceneFor(const LayerModel& model, int currentRow = -1);

    QRect visualRect(const QModelIndex& index) const override;
    void scrollTo(const QModelIndex& index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint& point) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    int horizontalOffset() const override { return 0; }
    int verticalOffset() const override { return 0; }
    bool isIndexHidden(const QModelIndex&) const override { return false; }
    void setSelection(const QRect& rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection& selection) const override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void dataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                     const QList<int>& roles = {}) override;
    void currentChanged(const QModelIndex& current, const QModelIndex& previous) override;
    void selectionChanged(const QItemSelection& selected, const QItemSelection& deselected) override;

private:
    DiagramScene currentScene() const;
    DiagramPainter::Layout currentLayout() const;
    void animateLineTo(qreal target, qreal& line, QVariantAnimation* animation);
    /** Tells a screen reader of @p event on the layer @p child (the line is the last child). */
    void announce(QAccessible::Event event, int child);

    LayerModel* m_layers = nullptr;
    qreal m_line = 0;
    qreal m_compareLine = 0;
    QVariantAnimation* m_lineAnimation;
    QVariantAnimation* m_compareAnimation;
    bool m_reducedMotion = false;
};

} // namespace demarc
