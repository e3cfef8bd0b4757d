// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAccessibleWidget>

namespace demarc {

class ChoiceButton;

/**
 * A quiz option as a screen reader meets it: a radio button when the question takes one answer,
 * a check box when it takes several (Qt would call any checkable custom button a check box),
 * checked as chosen, with its name, its verdict as description after checking, and the actions
 * that choose it.
 */
class ChoiceAccessible : public QAccessibleWidget
{
public:
    explicit ChoiceAccessible(ChoiceButton* choice);

    QAccessible::State state() const override;
    QStringList actionNames() const override;
    void doAction(const QString& actionName) override;

private:
    ChoiceButton* choice() const;
};

} // namespace demarc
