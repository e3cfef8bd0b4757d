// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormDelegate.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace demarc {

void FormDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        const int at = combo->findData(value);
        if (at != combo->currentIndex())
            combo->setCurrentIndex(at);
        return;
    }
    if (auto* plain = qobject_cast<QPlainTextEdit*>(editor)) {
        if (plain->toPlainText() != value.toString())
            plain->setPlainText(value.toString());
        return;
    }
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        if (line->text() != value.toString())
            line->setText(value.toString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void FormDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentData());
        return;
    }
    if (auto* plain = qobject_cast<QPlainTextEdit*>(editor)) {
        model->setData(index, plain->toPlainText());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace demarc
