// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace demarc {

class ChoicesModel;

/** In the choices table, a sorting question's party is picked from the three, not typed. */
class PartyDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    PartyDelegate(const ChoicesModel& model, QObject* parent);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    const ChoicesModel& m_model;
};

} // namespace demarc
