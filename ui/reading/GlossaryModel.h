// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Content.h"

#include <QAbstractListModel>

namespace demarc {

/** Glossary terms, one per row, in the order given (the store sorts them by term). */
class GlossaryModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        DefinitionRole,
        AliasesRole, ///< QStringList
        SearchTextRole, ///< term, aliases and definition: what the filter matches
    };
    Q_ENUM(Role)

    explicit GlossaryModel(QObject* parent = nullptr);

    void setTerms(const QList<GlossaryTerm>& terms);
    const GlossaryTerm* term(const QString& id) const;
    QModelIndex indexOfTerm(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<GlossaryTerm> m_terms;
};

} // namespace demarc
