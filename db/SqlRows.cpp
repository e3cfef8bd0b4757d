// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlRows.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

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

namespace {

/**
 * A list as toJson() writes it (["srm","ec2"] or [1,2]: no spaces, no escapes) split without a
 * JSON parser: the bank holds two per question. std::nullopt for any other form.
 */
std::optional<QList<QStringView>> quickList(QStringView json, bool quoted)
{
    if (json.size() < 2 || json.front() != u'[' || json.back() != u']')
        return std::nullopt;
    QList<QStringView> items;
    const QStringView inner = json.sliced(1, json.size() - 2);
    if (inner.isEmpty())
        return items;
    for (QStringView item : inner.tokenize(u',')) {
        if (quoted) {
            if (item.size() < 2 || item.front() != u'"' || item.back() != u'"')
                return std::nullopt;
            item = item.sliced(1, item.size() - 2);
            if (item.contains(u'"') || item.contains(u'\\'))
                return std::nullopt;
        } else if (item.isEmpty() || item.contains(u'"')) {
            return std::nullopt;
        }
        items.append(item);
    }
    return items;
}

} // namespace

QStringList stringsFromJson(const QVariant& v)
{
    QStringList out;
    const QString text = v.toString();
    if (const auto items = quickList(text, true)) {
        for (QStringView item : *items)
            out.append(item.toString());
        return out;
    }
    for (const QJsonValue& x : QJsonDocument::fromJson(text.toUtf8()).array())
        out.append(x.toString());
    return out;
}

QList<int> intsFromJson(const QVariant& v)
{
    QList<int> out;
    const QString text = v.toString();
    if (const auto items = quickList(text, false)) {
        bool all = true;
        for (QStringView item : *items) {
            bool ok = false;
            out.append(item.toInt(&ok));
            all = all && ok;
        }
        if (all)
            return out;
        out.clear();
    }
    for (const QJsonValue& x : QJsonDocument::fromJson(text.toUtf8()).array())
        out.append(x.toInt());
    return out;
}

QVariant dateText(const QDate& d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }

QDate dateFrom(const QVariant& v) { return QDate::fromString(v.toString(), Qt::ISODate); }

} // namespace demarc::sqlrows
