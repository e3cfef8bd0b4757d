// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace demarc {

/**
 * Puts values into a form's widgets only when they differ from what is shown, so the text
 * being typed keeps its cursor when the model announces the change it just made; combo boxes
 * are read and set by their items' data (the stored id), not their text.
 */
class FormDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /** Writes @p editor's value alone into the model (the mapper's other widgets are left as they are). */
    void commit(QWidget* editor) { emit commitData(editor); }

    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace demarc
