// SPDX-License-Identifier: GPL-3.0-or-later
#include "Messages.h"

#include <QObject>
#include <QRegularExpression>
#include <QTextStream>

namespace demarc {

QString readable(const QString& message)
{
    // A run of more than this many characters without a space is a value, not words.
    constexpr qsizetype Longest = 300;
    if (message.size() <= Longest)
        return message;
    static const QRegularExpression longRun(QStringLiteral("\\S{%1,}").arg(Longest + 1));
    QString out;
    qsizetype from = 0;
    for (auto it = longRun.globalMatch(message); it.hasNext();) {
        const auto match = it.next();
        out += message.mid(from, match.capturedStart() - from);
        out += QObject::tr("%1… (%2 characters)").arg(match.captured().left(60)).arg(match.capturedLength());
        from = match.capturedEnd();
    }
    out += message.mid(from);
    return out;
}

void report(QTextStream& err, const QString& message)
{
    err << "demarc: " << readable(message) << "\n";
    err.flush();
}

} // namespace demarc
