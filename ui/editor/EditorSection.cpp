// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditorSection.h"

#include "FormDelegate.h"

#include <QComboBox>
#include <QDataWidgetMapper>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace demarc {

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
