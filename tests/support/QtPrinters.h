// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <ostream>

// gtest finds these by argument-dependent lookup, so failures print readable Qt values.
QT_BEGIN_NAMESPACE
void PrintTo(const QString& value, std::ostream* os);
void PrintTo(const QStringList& value, std::ostream* os);
void PrintTo(const QByteArray& value, std::ostream* os);
void PrintTo(const QVariant& value, std::ostream* os);
QT_END_NAMESPACE
