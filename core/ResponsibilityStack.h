// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Content.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace demarc {

/** What the stack can be shown for: a service model (a column of the matrix) or a named service. */
struct StackSelection
{
    enum class Kind { Model, Service };
    Kind kind = Kind::Model;
    QString id;
    QString name;
    /** The model whose column applies: the id itself for a model, the service's model otherwise. */
    QString modelId;

    /** A compact label for headers: the shorter of a name and its bracketed part ("IaaS", "Amazon RDS"). */
    QString shortName() const;
};

/**
 * The layered stack and who is responsible for each layer under every service model and
 * service: a service's own cell where the content gives one, else its model's.
 */
class ResponsibilityStack
{
public:
    ResponsibilityStack() = default;
    ResponsibilityStack(QList<Layer> layers, QList<ServiceModel> models, QList<Service> services);

    /** Bottom to top. */
    const QList<Layer>& layers() const { return m_layers; }
    const QList<ServiceModel>& models() const { return m_models; }
    const QList<Service>& services() const { return m_services; }

    QList<StackSelection> modelSelections() const;
    QList<StackSelection> serviceSelections() const;
    /** A model or service by id. */
    std::optional<StackSelection> selection(const QString& id) const;
    /** Every valid selection id, models first. */
    QStringList selectionIds() const;

    const Layer* layer(const QString& id) const;
    const Service* service(const QString& id) const;
    int layerIndex(const QString& id) const;

    /** Who is responsible for @p layerId under the model or service @p selectionId, and why. */
    std::optional<Responsibility> cell(const QString& layerId, const QString& selectionId) const;
    /** Whether a service gives its own reason for a layer rather than its model's. */
    bool hasOwnCell(const QString& layerId, const QString& selectionId) const;
    /** Whether a service's party for a layer differs from its model's column (marked ◆). */
    bool isServiceSpecific(const QString& layerId, const QString& selectionId) const;

    /**
     * Where the demarcation line sits: the number of layers, from the bottom, that AWS
     * alone secures under @p selectionId (0 on premises: everything is the customer's).
     */
    int awsLayerCount(const QString& selectionId) const;
    /** Layers whose party differs between two selections, bottom to top. */
    QStringList layersThatChangeHands(const QString& from, const QString& to) const;

private:
    QList<Layer> m_layers;
    QList<ServiceModel> m_models;
    QList<Service> m_services;
};

} // namespace demarc
