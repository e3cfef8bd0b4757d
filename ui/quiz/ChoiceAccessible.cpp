// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChoiceAccessible.h"

#include "ChoiceButton.h"

namespace demarc {

ChoiceAccessible::ChoiceAccessible(ChoiceButton* choice)
    : QAccessibleWidget(choice,
                        choice->mark() == ChoiceButton::Mark::Radio ? QAccessible::RadioButton
                                                                    : QAccessible::CheckBox)
{ }

ChoiceButton* ChoiceAccessible::choice() const { return static_cast<ChoiceButton*>(widget()); }

QAccessible::State ChoiceAccessible::state() const
{
    QAccessible::State s = QAccessibleWidget::state();
    s.checkable = true;
    s.checked = choice()->isChecked();
    // A checked answer is locked: it shows the answer that was graded.
    s.readOnly = choice()->verdict().has_value();
    return s;
}

QStringList ChoiceAccessible::actionNames() const
{
    QStringList names = QAccessibleWidget::actionNames();
    if (!choice()->verdict() && choice()->isEnabled())
        names.prepend(QAccessibleActionInterface::toggleAction());
    return names;
}

void ChoiceAccessible::doAction(const QString& actionName)
{
    if (actionName == QAccessibleActionInterface::toggleAction()
        || actionName == QAccessibleActionInterface::pressAction()) {
        choice()->click();
        return;
    }
    QAccessibleWidget::doAction(actionName);
}

} // namespace demarc
