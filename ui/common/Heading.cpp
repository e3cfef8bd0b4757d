// SPDX-License-Identifier: GPL-3.0-or-later
#include "Heading.h"

#include <QLabel>

namespace demarc {

QLabel* heading(const QString& text, qreal scale, const char* objectName)
{
    auto* label = new QLabel(text);
    if (objectName)
        label->setObjectName(QLatin1String(objectName));
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(true);
    label->setFont(f);
    label->setWordWrap(true);
    return label;
}

} // namespace demarc
