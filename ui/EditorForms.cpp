// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditorForms.h"

#include "ChoicesModel.h"

#include "core/Party.h"

#include <QComboBox>
#include <QDataWidgetMapper>
#include <QFormLayout>
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

PartyDelegate::PartyDelegate(const ChoicesModel& model, QObject* parent) : QStyledItemDelegate(parent), m_model(model) { }

QWidget* PartyDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const
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

void EditorSection::bind(QWidget* widget, int column, const QString& label)
{
    mapper->addMapping(widget, column);
    widget->setAccessibleName(label);
    fields->addRow(label, widget);
    FormDelegate* d = delegate;
    if (auto* line = qobject_cast<QLineEdit*>(widget))
        QObject::connect(line, &QLineEdit::textEdited, d, [d, line] { d->commit(line); });
    else if (auto* plain = qobject_cast<QPlainTextEdit*>(widget))
        // Also when the form itself fills the box: writing the same text back changes nothing.
        QObject::connect(plain, &QPlainTextEdit::textChanged, d, [d, plain] { d->commit(plain); });
    else if (auto* combo = qobject_cast<QComboBox*>(widget))
        QObject::connect(combo, &QComboBox::activated, d, [d, combo] { d->commit(combo); });
}

QPlainTextEdit* textBox(const char* objectName, int lines)
{
    auto* edit = new QPlainTextEdit;
    edit->setObjectName(QLatin1String(objectName));
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * (lines * 3) + 12);
    return edit;
}

QLineEdit* lineBox(const char* objectName, const QString& placeholder)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(QLatin1String(objectName));
    edit->setPlaceholderText(placeholder);
    return edit;
}

} // namespace demarc
