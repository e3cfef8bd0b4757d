// SPDX-License-Identifier: GPL-3.0-or-later
#include "PartyDelegate.h"

#include "ChoicesModel.h"
#include "core/Party.h"

#include <QComboBox>

namespace demarc {

PartyDelegate::PartyDelegate(const ChoicesModel& model, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{ }

QWidget* PartyDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const
{
    if (index.column() != ChoicesModel::Answer || !m_model.assignsParties())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("choicePartyCombo"));
    for (Party p : { Party::Aws, Party::Customer, Party::Shared })
        combo->addItem(partyName(p), partyId(p));
    // Picked is chosen: the party is written at once (filling the box writes nothing new).
    auto* self = const_cast<PartyDelegate*>(this);
    connect(combo, &QComboBox::currentIndexChanged, self, [self, combo] { emit self->commitData(combo); });
    return combo;
}

void PartyDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void PartyDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        model->setData(index, combo->currentData());
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace demarc
