// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlRows.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace demarc::sqlrows {

QString toJson(const QStringList& list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QString toJson(const QList<int>& list)
{
    QJsonArray a;
    for (int v : list)
        a.append(v);
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QStringList stringsFromJson(const QVariant& v)
{
    QStringList out;
    if (v.toString() == QLatin1String("[]"))
        return out; // most lists are empty: no parser for them
    for (const QJsonValue& x : QJsonDocument::fromJson(v.toString().toUtf8()).array())
        out.append(x.toString());
    return out;
}

QList<int> intsFromJson(const QVariant& v)
{
    QList<int> out;
    if (v.toString() == QLatin1String("[]"))
        return out;
    for (const QJsonValue& x : QJsonDocument::fromJson(v.toString().toUtf8()).array())
        out.append(x.toInt());
    return out;
}

QVariant dateText(const QDate& d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }

QDate dateFrom(const QVariant& v) { return QDate::fromString(v.toString(), Qt::ISODate); }

} // namespace demarc::sqlrows
