// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResponsibilityStack.h"

namespace demarc {

QString StackSelection::shortName() const
{
    const qsizetype open = name.indexOf(QLatin1String(" ("));
    if (open < 0 || !name.endsWith(QLatin1Char(')')))
        return name;
    // Keep the shorter half: the abbreviation or the plain name, whichever side it is on.
    const QString before = name.left(open);
    const QString inside = name.mid(open + 2, name.size() - open - 3);
    return inside.size() < before.size() ? inside : before;
}

ResponsibilityStack::ResponsibilityStack(QList<Layer> layers, QList<ServiceModel> models,
                                         QList<Service> services)
    : m_layers(std::move(layers))
    , m_models(std::move(models))
    , m_services(std::move(services))
{ }

QList<StackSelection> ResponsibilityStack::modelSelections() const
{
    QList<StackSelection> out;
    for (const ServiceModel& m : m_models)
        out.append({ StackSelection::Kind::Model, m.id, m.name, m.id });
    return out;
}

QList<StackSelection> ResponsibilityStack::serviceSelections() const
{
    QList<StackSelection> out;
    for (const Service& s : m_services)
        out.append({ StackSelection::Kind::Service, s.id, s.name, s.model });
    return out;
}

std::optional<StackSelection> ResponsibilityStack::selection(const QString& id) const
{
    // Looked up once per question when the bank is placed on the matrix: no lists made for it.
    for (const ServiceModel& m : m_models) {
        if (m.id == id)
            return StackSelection { StackSelection::Kind::Model, m.id, m.name, m.id };
    }
    for (const Service& s : m_services) {
        if (s.id == id)
            return StackSelection { StackSelection::Kind::Service, s.id, s.name, s.model };
    }
    return std::nullopt;
}

QStringList ResponsibilityStack::selectionIds() const
{
    QStringList ids;
    for (const StackSelection& s : modelSelections() + serviceSelections())
        ids.append(s.id);
    return ids;
}

const Layer* ResponsibilityStack::layer(const QString& id) const
{
    for (const Layer& l : m_layers) {
        if (l.id == id)
            return &l;
    }
    return nullptr;
}

const Service* ResponsibilityStack::service(const QString& id) const
{
    for (const Service& s : m_services) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

int ResponsibilityStack::layerIndex(const QString& id) const
{
    for (int i = 0; i < m_layers.size(); ++i) {
        if (m_layers.at(i).id == id)
            return i;
    }
    return -1;
}

std::optional<Responsibility> ResponsibilityStack::cell(const QString& layerId,
                                                        const QString& selectionId) const
{
    const Layer* l = layer(layerId);
    if (!l)
        return std::nullopt;
    if (const Service* s = service(selectionId)) {
        if (auto it = s->responsibility.constFind(layerId); it != s->responsibility.cend())
            return *it;
        return l->responsibility.contains(s->model) ? std::optional(l->responsibility.value(s->model))
                                                    : std::nullopt;
    }
    if (auto it = l->responsibility.constFind(selectionId); it != l->responsibility.cend())
        return *it;
    return std::nullopt;
}

bool ResponsibilityStack::hasOwnCell(const QString& layerId, const QString& selectionId) const
{
    const Service* s = service(selectionId);
    return s && s->responsibility.contains(layerId);
}

bool ResponsibilityStack::isServiceSpecific(const QString& layerId, const QString& selectionId) const
{
    if (!hasOwnCell(layerId, selectionId))
        return false;
    const auto own = cell(layerId, selectionId);
    const auto model = cell(layerId, service(selectionId)->model);
    return own && model && own->party != model->party;
}

int ResponsibilityStack::awsLayerCount(const QString& selectionId) const
{
    int count = 0;
    for (const Layer& l : m_layers) {
        const auto c = cell(l.id, selectionId);
        if (!c || c->party != Party::Aws)
            break;
        ++count;
    }
    return count;
}

QStringList ResponsibilityStack::layersThatChangeHands(const QString& from, const QString& to) const
{
    QStringList out;
    for (const Layer& l : m_layers) {
        const auto a = cell(l.id, from);
        const auto b = cell(l.id, to);
        if (a && b && a->party != b->party)
            out.append(l.id);
    }
    return out;
}

} // namespace demarc
