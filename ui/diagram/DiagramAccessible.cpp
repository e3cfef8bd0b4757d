// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagramAccessible.h"

#include "DiagramView.h"
#include "LayerModel.h"

#include <QAccessible>
#include <QPointer>

namespace demarc {

namespace {

/** One layer of the diagram (row < the model's rows), or the line (row == the model's rows). */
class DiagramItem : public QAccessibleInterface
{
public:
    DiagramItem(DiagramView* view, int row)
        : m_view(view)
        , m_row(row)
    { }

    bool isValid() const override
    {
        return m_view && m_view->model() && m_row <= parentInterface()->layerCount();
    }
    QObject* object() const override { return nullptr; }
    QWindow* window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface* parent() const override
    {
        return m_view ? QAccessible::queryAccessibleInterface(m_view.data()) : nullptr;
    }
    QAccessibleInterface* child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface*) const override { return -1; }
    QAccessibleInterface* childAt(int, int) const override { return nullptr; }
    void setText(QAccessible::Text, const QString&) override { }

    bool isLine() const { return m_view && m_row == parentInterface()->layerCount(); }

    QAccessible::Role role() const override
    {
        return isLine() ? QAccessible::StaticText : QAccessible::ListItem;
    }

    QAccessible::State state() const override
    {
        QAccessible::State s;
        if (!isValid())
            return s;
        if (isLine()) {
            s.readOnly = true;
            return s;
        }
        s.selectable = true;
        s.focusable = true;
        const QModelIndex index = m_view->model()->index(m_row, 0);
        s.selected = m_view->selectionModel() && m_view->selectionModel()->isSelected(index);
        s.focused = m_view->hasFocus() && m_view->currentIndex() == index;
        s.active = s.focused;
        return s;
    }

    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        if (isLine())
            return t == QAccessible::Name ? parentInterface()->lineText() : QString();
        const QModelIndex i = m_view->model()->index(m_row, 0);
        if (t == QAccessible::Name) {
            QString name = DiagramView::tr("%1: %2").arg(i.data().toString(),
                                                         i.data(LayerModel::PartyNameRole).toString());
            if (i.data(LayerModel::ServiceSpecificRole).toBool())
                name += DiagramView::tr(", its own cell for this service");
            if (!i.data(LayerModel::NuanceRole).toString().isEmpty())
                name += DiagramView::tr(", popular material says otherwise");
            return name;
        }
        if (t == QAccessible::Description) {
            QStringList said { i.data(LayerModel::ExplanationRole).toString() };
            if (const QVariant other = i.data(LayerModel::ComparePartyRole); other.isValid())
                said.append(DiagramView::tr("In the comparison: %1.").arg(partyName(other.value<Party>())));
            said.append(i.data(LayerModel::NuanceRole).toString());
            said.removeAll(QString());
            return said.join(QLatin1Char(' '));
        }
        return {};
    }

    QRect rect() const override
    {
        if (!isValid())
            return {};
        const int layers = parentInterface()->layerCount();
        const int aws = qobject_cast<LayerModel*>(m_view->model())->awsLayerCount();
        QRect r;
        if (!isLine())
            r = m_view->visualRect(m_view->model()->index(m_row, 0));
        else if (layers > 0) {
            // A thin band where the line is: under the lowest layer that is not AWS's alone.
            const int above = layers - aws - 1;
            const QRect row = m_view->visualRect(m_view->model()->index(std::max(above, 0), 0));
            r = QRect(row.left(), above >= 0 ? row.bottom() : row.top() - 4, row.width(), 4);
        }
        return QRect(m_view->viewport()->mapToGlobal(r.topLeft()), r.size());
    }

private:
    DiagramAccessible* parentInterface() const { return static_cast<DiagramAccessible*>(parent()); }

    QPointer<DiagramView> m_view;
    int m_row;
};

} // namespace

DiagramAccessible::DiagramAccessible(DiagramView* view)
    : QAccessibleWidget(view, QAccessible::List)
{ }

DiagramAccessible::~DiagramAccessible()
{
    for (QAccessible::Id id : std::as_const(m_children))
        QAccessible::deleteAccessibleInterface(id);
}

DiagramView* DiagramAccessible::view() const { return static_cast<DiagramView*>(widget()); }

int DiagramAccessible::layerCount() const { return view()->model() ? view()->model()->rowCount() : 0; }

int DiagramAccessible::childCount() const { return view()->model() ? layerCount() + 1 : 0; }

QAccessibleInterface* DiagramAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    if (const auto found = m_children.constFind(index); found != m_children.cend())
        return QAccessible::accessibleInterface(*found);
    QAccessibleInterface* item = new DiagramItem(view(), index);
    m_children.insert(index, QAccessible::registerAccessibleInterface(item));
    return item;
}

int DiagramAccessible::indexOfChild(const QAccessibleInterface* child) const
{
    for (auto it = m_children.cbegin(); it != m_children.cend(); ++it) {
        if (QAccessible::accessibleInterface(it.value()) == child)
            return it.key() < childCount() ? it.key() : -1;
    }
    return -1;
}

QAccessibleInterface* DiagramAccessible::childAt(int x, int y) const
{
    for (int i = 0; i < childCount(); ++i) {
        if (child(i)->rect().contains(x, y))
            return child(i);
    }
    return nullptr;
}

QAccessibleInterface* DiagramAccessible::focusChild() const
{
    const QModelIndex current = view()->currentIndex();
    return view()->hasFocus() && current.isValid() ? child(current.row()) : nullptr;
}

QString DiagramAccessible::lineText() const
{
    const auto* layers = qobject_cast<const LayerModel*>(view()->model());
    const int aws = layers ? layers->awsLayerCount() : 0;
    if (aws == 0)
        return DiagramView::tr("The demarcation line is at the bottom: no layer is AWS's alone");
    return DiagramView::tr("AWS alone secures the %n layer(s) below the demarcation line", nullptr, aws);
}

} // namespace demarc
