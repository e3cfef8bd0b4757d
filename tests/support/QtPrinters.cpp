// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/QtPrinters.h"

#include <QDebug>

QT_BEGIN_NAMESPACE

void PrintTo(const QString& value, std::ostream* os) { *os << '"' << value.toStdString() << '"'; }

void PrintTo(const QStringList& value, std::ostream* os)
{
    *os << '[';
    for (qsizetype i = 0; i < value.size(); ++i)
        *os << (i ? ", " : "") << '"' << value.at(i).toStdString() << '"';
    *os << ']';
}

void PrintTo(const QByteArray& value, std::ostream* os) { *os << '"' << value.toStdString() << '"'; }

void PrintTo(const QVariant& value, std::ostream* os)
{
    QString text;
    QDebug(&text) << value;
    *os << text.toStdString();
}

QT_END_NAMESPACE
