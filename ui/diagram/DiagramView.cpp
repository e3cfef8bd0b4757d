// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagramView.h"

#include "DiagramAccessible.h"
#include "LayerModel.h"
#include "ui/common/AccessibleFactory.h"

#include <QPaintEvent>
#include <QPainter>
#include <QVariantAnimation>

namespace demarc {

namespace {

constexpr int LineAnimationMs = 450;

QString subtitleFor(const ResponsibilityStack& stack, const QString& id)
{
    if (const Service* s = stack.service(id)) {
        const auto model = stack.selection(s->model);
        // What AWS calls the service comes first; the column it is drawn with second.
        return DiagramView::tr("AWS calls it: %1 · drawn with the %2 column except where marked ◆")
            .arg(s->awsTerm, model ? model->shortName() : s->model);
    }
    // The services AWS itself files under the model come first (Amazon Connect for SaaS, not
    // the abstracted services drawn with that column); others only when AWS names none.
    const auto model = stack.selection(id);
    const QString label = model ? model->shortName() : id;
    QStringList own;
    QStringList others;
    for (const Service& s : stack.services()) {
        if (s.model == id)
            (s.awsTerm.contains(label) ? own : others).append(s.name);
    }
    const QStringList examples = (own.isEmpty() ? others : own).mid(0, 3);
    if (examples.isEmpty())
        return DiagramView::tr("No cloud provider: every layer is yours to secure");
    return DiagramView::tr("Service model · for example %1").arg(examples.join(QStringLiteral(", ")));
}

} // namespace

DiagramView::DiagramView(QWidget* parent)
    : QAbstractItemView(parent)
    , m_lineAnimation(new QVariantAnimation(this))
    , m_compareAnimation(new QVariantAnimation(this))
{
    // Before the name is set: setting it makes Qt look up (and keep) the view's interface.
    installAccessibleFactory<DiagramView, DiagramAccessible>();
    setObjectName(QStringLiteral("diagramView"));
    setAccessibleName(tr("Responsibility diagram"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    for (QVariantAnimation* a : { m_lineAnimation, m_compareAnimation }) {
        a->setDuration(LineAnimationMs);
        a->setEasingCurve(QEasingCurve::InOutCubic);
    }
    connect(m_lineAnimation, &QVariantAnimation::valueChanged, this, [this](const QVariant& v) {
        m_line = v.toReal();
        viewport()->update();
    });
    connect(m_compareAnimation, &QVariantAnimation::valueChanged, this, [this](const QVariant& v) {
        m_compareLine = v.toReal();
        viewport()->update();
    });
}

void DiagramView::setModel(QAbstractItemModel* model)
{
    QAbstractItemView::setModel(model);
    m_layers = qobject_cast<LayerModel*>(model);
    Q_ASSERT_X(m_layers || !model, "DiagramView::setModel", "the diagram shows a LayerModel");
    if (m_layers) {
        m_line = m_layers->awsLayerCount();
        m_compareLine = m_layers->comparisonAwsLayerCount();
        connect(m_layers, &QAbstractItemModel::modelReset, this, [this] {
            m_line = m_layers->awsLayerCount();
            m_compareLine = m_layers->comparisonAwsLayerCount();
        });
    }
    viewport()->update();
}

void DiagramView::setReducedMotion(bool reduced) { m_reducedMotion = reduced; }

bool DiagramView::isAnimating() const
{
    return m_lineAnimation->state() == QAbstractAnimation::Running
        || m_compareAnimation->state() == QAbstractAnimation::Running;
}

DiagramScene DiagramView::sceneFor(const LayerModel& model, int currentRow)
{
    DiagramScene scene;
    const ResponsibilityStack& stack = model.stack();
    if (const auto s = stack.selection(model.selection())) {
        scene.title = s->name;
        scene.subtitle = subtitleFor(stack, s->id);
    }
    if (const auto c = stack.selection(model.comparison())) {
        scene.compareTitle = c->name;
        scene.compareSubtitle = subtitleFor(stack, c->id);
    }
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex i = model.index(r);
        DiagramRow row;
        row.name = i.data().toString();
        row.party = i.data(LayerModel::PartyRole).value<Party>();
        if (const QVariant c = i.data(LayerModel::ComparePartyRole); c.isValid())
            row.compareParty = c.value<Party>();
        row.serviceSpecific = i.data(LayerModel::ServiceSpecificRole).toBool();
        row.hasNuance = !i.data(LayerModel::NuanceRole).toString().isEmpty();
        row.compareServiceSpecific = i.data(LayerModel::CompareServiceSpecificRole).toBool();
        row.compareHasNuance = !i.data(LayerModel::CompareNuanceRole).toString().isEmpty();
        scene.rows.append(row);
    }
    scene.line = model.awsLayerCount();
    scene.compareLine = model.comparisonAwsLayerCount();
    scene.currentRow = currentRow;
    return scene;
}

DiagramScene DiagramView::currentScene() const
{
    if (!m_layers)
        return {};
    DiagramScene scene = sceneFor(*m_layers, currentIndex().isValid() ? currentIndex().row() : -1);
    scene.line = m_line;
    scene.compareLine = m_compareLine;
    return scene;
}

DiagramPainter::Layout DiagramView::currentLayout() const
{
    return DiagramPainter::layout(QRectF(viewport()->rect()), currentScene(), font());
}

namespace {

/** Where row @p row is drawn in @p layout: its bar, with its twin when comparing. */
QRect rowRect(const DiagramPainter::Layout& layout, int row)
{
    if (row < 0 || row >= layout.bars.size())
        return {};
    QRectF r = layout.bars.at(row);
    if (row < layout.compareBars.size())
        r = r.united(layout.compareBars.at(row));
    return r.toAlignedRect();
}

} // namespace

QRect DiagramView::visualRect(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != model())
        return {};
    return rowRect(currentLayout(), index.row());
}

void DiagramView::scrollTo(const QModelIndex&, ScrollHint)
{
    // The whole stack always fits the view.
}

QModelIndex DiagramView::indexAt(const QPoint& point) const
{
    if (!model())
        return {};
    // One layout for every row: laying the diagram out measures its texts.
    const auto layout = currentLayout();
    for (int r = 0; r < model()->rowCount(rootIndex()); ++r) {
        if (rowRect(layout, r).contains(point))
            return model()->index(r, 0, rootIndex());
    }
    return {};
}

QSize DiagramView::sizeHint() const { return { 720, 560 }; }

QSize DiagramView::minimumSizeHint() const
{
    return DiagramPainter::minimumSize(model() ? model()->rowCount() : 0).toSize();
}

QModelIndex DiagramView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers)
{
    if (!model() || model()->rowCount(rootIndex()) == 0)
        return {};
    const int last = model()->rowCount(rootIndex()) - 1;
    const int row = currentIndex().isValid() ? currentIndex().row() : -1;
    int next = row;
    switch (cursorAction) {
    case MoveUp:
    case MovePrevious: next = row < 0 ? last : std::max(0, row - 1); break;
    case MoveDown:
    case MoveNext: next = row < 0 ? 0 : std::min(last, row + 1); break;
    case MoveHome:
    case MovePageUp: next = 0; break;
    case MoveEnd:
    case MovePageDown: next = last; break;
    case MoveLeft:
    case MoveRight: break;
    }
    return model()->index(std::max(0, next), 0, rootIndex());
}

void DiagramView::setSelection(const QRect& rect, QItemSelectionModel::SelectionFlags command)
{
    if (!model())
        return;
    QItemSelection selection;
    const auto layout = currentLayout();
    for (int r = 0; r < model()->rowCount(rootIndex()); ++r) {
        const QModelIndex i = model()->index(r, 0, rootIndex());
        if (rowRect(layout, r).intersects(rect.normalized()))
            selection.select(i, i);
    }
    selectionModel()->select(selection, command);
}

QRegion DiagramView::visualRegionForSelection(const QItemSelection& selection) const
{
    QRegion region;
    const auto layout = currentLayout();
    for (const QModelIndex& i : selection.indexes()) {
        if (i.model() == model())
            region += rowRect(layout, i.row());
    }
    return region;
}

void DiagramView::paintEvent(QPaintEvent*)
{
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), palette().color(QPalette::Base));
    DiagramPainter::paint(&painter, QRectF(viewport()->rect()), currentScene(), palette(), font());
}

void DiagramView::resizeEvent(QResizeEvent* event)
{
    QAbstractItemView::resizeEvent(event);
    viewport()->update();
}

void DiagramView::animateLineTo(qreal target, qreal& line, QVariantAnimation* animation)
{
    if (qFuzzyCompare(line + 1, target + 1) && animation->state() != QAbstractAnimation::Running)
        return;
    animation->stop();
    if (m_reducedMotion || !isVisible()) {
        line = target;
        return;
    }
    animation->setStartValue(line);
    animation->setEndValue(target);
    animation->start();
}

void DiagramView::dataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                              const QList<int>& roles)
{
    QAbstractItemView::dataChanged(topLeft, bottomRight, roles);
    if (m_layers) {
        animateLineTo(m_layers->awsLayerCount(), m_line, m_lineAnimation);
        animateLineTo(m_layers->comparisonAwsLayerCount(), m_compareLine, m_compareAnimation);
        // Another service: each layer's party, and where the line is, read differently now.
        for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
            announce(QAccessible::NameChanged, row);
        announce(QAccessible::NameChanged, m_layers->rowCount());
    }
    viewport()->update();
}

void DiagramView::currentChanged(const QModelIndex& current, const QModelIndex& previous)
{
    QAbstractItemView::currentChanged(current, previous);
    if (current.isValid() && hasFocus())
        announce(QAccessible::Focus, current.row());
}

void DiagramView::selectionChanged(const QItemSelection& selected, const QItemSelection& deselected)
{
    QAbstractItemView::selectionChanged(selected, deselected);
    for (const QModelIndex& index : selected.indexes())
        announce(QAccessible::Selection, index.row());
}

void DiagramView::announce(QAccessible::Event event, int child)
{
    if (!QAccessible::isActive())
        return;
    QAccessibleEvent e(this, event);
    e.setChild(child);
    QAccessible::updateAccessibility(&e);
}

} // namespace demarc
