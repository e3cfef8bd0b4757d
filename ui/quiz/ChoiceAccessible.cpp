// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChoiceAccessible.h"

#include "ChoiceButton.h"

namespace demarc {

namespace {

QAccessibleInterface* choiceFactory(const QString& key, QObject* object)
{
    if (key == QLatin1String("demarc::ChoiceButton"))
        if (auto* choice = qobject_cast<ChoiceButton*>(object))
            return new ChoiceAccessible(choice);
    return nullptr;
}

} // namespace

ChoiceAccessible::ChoiceAccessible(ChoiceButton* choice)
    : QAccessibleWidget(choice,
                        choice->mark() == ChoiceButton::Mark::Radio ? QAccessible::RadioButton
                                                                    : QAccessible::CheckBox)
{ }

ChoiceButton* ChoiceAccessible::choice() const { return static_cast<ChoiceButton*>(widget()); }

QAccessible::Role ChoiceAccessible::role() const
{
    return choice()->mark() == ChoiceButton::Mark::Radio ? QAccessible::RadioButton : QAccessible::CheckBox;
}

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

void installChoiceAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(&choiceFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace demarc
