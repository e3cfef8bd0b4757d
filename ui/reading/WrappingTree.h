// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/ItemViews.h"

#include <QStyledItemDelegate>

namespace demarc {

/**
 * A tree whose items wrap onto more lines rather than being cut with "…" when the pane is
 * narrow: each row is as tall as its text needs at the width it has, laid out again when the
 * width changes (the table of contents at 1024 × 768).
 */
class WrappingTree : public TreeView
{
    Q_OBJECT

public:
    explicit WrappingTree(QWidget* parent = nullptr);

    /** The width the text of @p index has: the column less its indentation and decorations. */
    int textWidth(const QModelIndex& index) const;

protected:
    void resizeEvent(QResizeEvent* event) override;
};

} // namespace demarc
