// SPDX-License-Identifier: GPL-3.0-or-later
#include "LiveClass.h"

#include "export/CardExport.h"

namespace demarc {

QString liveClassCsv(const QList<LiveClassSummary>& summary)
{
    // A spreadsheet runs a cell that starts with = + - @ as a formula: such text gets an apostrophe.
    auto text = [](const QString& cell) {
        return !cell.isEmpty() && QStringLiteral("=+-@").contains(cell.front()) ? QLatin1Char('\'') + cell
                                                                                : cell;
    };
    QString out = csvRow({ QStringLiteral("question_id"), QStringLiteral("prompt"),
                           QStringLiteral("answered"), QStringLiteral("right") });
    for (const LiveClassSummary& s : summary)
        out += csvRow(
            { text(s.questionId), text(s.prompt), QString::number(s.answered), QString::number(s.right) });
    return out;
}

} // namespace demarc
