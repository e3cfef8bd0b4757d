// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

/** How lists and dates are kept in the content tables' columns: JSON arrays and ISO dates. */
namespace demarc::sqlrows {

QString toJson(const QStringList& list);
QString toJson(const QList<int>& list);
QStringList stringsFromJson(const QVariant& v);
QList<int> intsFromJson(const QVariant& v);
/** An ISO date, or '' for none. */
QVariant dateText(const QDate& d);
QDate dateFrom(const QVariant& v);

} // namespace demarc::sqlrows
