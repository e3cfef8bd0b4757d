// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAccessibleWidget>
#include <QHash>

namespace demarc {

class DiagramView;

/**
 * The diagram as a screen reader meets it: a list whose items are the layers, top to bottom,
 * each named with its party under the service shown ("Host operating system: AWS", with "its own
 * cell for this service" and "popular material says otherwise" in words where the picture has ◆
 * and (!)) and described by why that party; the current layer is selected and focused. A last
 * item, static text, says where the demarcation line is. Installed for every DiagramView by
 * its constructor (installAccessibleFactory()).
 */
class DiagramAccessible : public QAccessibleWidget
{
public:
    explicit DiagramAccessible(DiagramView* view);
    ~DiagramAccessible() override;

    int childCount() const override;
    QAccessibleInterface* child(int index) const override;
    int indexOfChild(const QAccessibleInterface* child) const override;
    QAccessibleInterface* childAt(int x, int y) const override;
    QAccessibleInterface* focusChild() const override;

    DiagramView* view() const;
    /** The layer rows of the model, and the line's item after them. */
    int layerCount() const;
    /** What the line's item says, e.g. "AWS alone secures the 5 layers below the line". */
    QString lineText() const;

private:
    mutable QHash<int, QAccessible::Id> m_children;
};

} // namespace demarc
