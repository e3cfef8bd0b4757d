// SPDX-License-Identifier: GPL-3.0-or-later
#include "Heading.h"

#include "ScaledFont.h"

#include <QLabel>

namespace demarc {

QLabel* heading(const QString& text, qreal scale, const char* objectName)
{
    auto* label = new QLabel(text);
    if (objectName)
        label->setObjectName(QLatin1String(objectName));
    setScaledFont(label, scale, true);
    label->setWordWrap(true);
    return label;
}

} // namespace demarc
