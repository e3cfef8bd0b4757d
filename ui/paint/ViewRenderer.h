// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DiagramPainter.h"
#include "core/ResponsibilityStack.h"
#include "core/Result.h"

#include <QSize>
#include <QString>

#include <optional>

namespace demarc {

/**
 * Draws views as pictures without a window: PNG or SVG, chosen by the file's extension.
 * The same painters as on screen.
 */
class ViewRenderer
{
public:
    /** The stack for @p selection (and, when not empty, side by side with @p comparison). */
    static Status renderDiagram(const ResponsibilityStack& stack, const QString& selection,
                                const QString& comparison, const QSize& size, const QString& path);

    /**
     * The matrix: layers × service models, or × services when @p selection is a service
     * (its column highlighted).
     */
    static Status renderMatrix(const ResponsibilityStack& stack, const QString& selection, const QSize& size,
                               const QString& path);

    /** What the diagram draws for @p selection; std::nullopt for an unknown id. */
    static std::optional<DiagramScene> diagramScene(const ResponsibilityStack& stack,
                                                    const QString& selection);

    /** Whether @p path names a format the renderer writes. */
    static bool supportsFile(const QString& path);
};

} // namespace demarc
