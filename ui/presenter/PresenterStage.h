// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/paint/DiagramPainter.h"

#include <QPalette>
#include <QWidget>

class QVariantAnimation;

namespace demarc {

class PresenterController;
struct PresenterStep;

/**
 * One presenter step drawn to fill the widget, in type sized from the widget's height (and
 * the controller's zoom), so that the same picture reads on a projector and in the console's
 * small preview. The stack is drawn by DiagramPainter and the matrix by MatrixPainter, as
 * everywhere else; between two stacks the line moves with a short animation.
 */
class PresenterStage : public QWidget
{
    Q_OBJECT

public:
    /** The keys presenter mode answers to, each with what it does (F1 shows them on the stage). */
    static QList<std::pair<QString, QString>> keys();
    enum class Role {
        Audience, ///< what the class sees, blanked when the instructor blanks it
        Current, ///< the console's copy of it: never blanked, says when the audience's is
        Next, ///< the console's preview of the next step, answers hidden
    };

    PresenterStage(PresenterController* controller, Role role, QWidget* parent = nullptr);

    Role role() const { return m_role; }
    /** The step shown (from 0), or -1 when there is none (the end of the deck for Next). */
    int stepIndex() const;
    /** The pixel size of body text, after zoom: what Ctrl +/- change. */
    int bodyPixels() const;
    /** The smallest type a class reads from the back: the step counter and the legends. */
    qreal readablePixels() const;
    /** Turns the line's animation off (or on again). */
    void setReducedMotion(bool reduced) { m_reducedMotion = reduced; }
    bool isAnimating() const;

    /** The palette of a presenter theme: high contrast, dark or light. */
    static QPalette palette(bool dark);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void onStepChanged(int previous);
    std::optional<DiagramScene> sceneFor(const PresenterStep& step) const;
    void paintStep(QPainter* painter, const QRectF& area, const PresenterStep& step,
                   const QPalette& palette) const;
    void paintQuiz(QPainter* painter, const QRectF& area, const PresenterStep& step,
                   const QPalette& palette) const;
    void paintTable(QPainter* painter, const QRectF& area, const QString& title, const QStringList& headers,
                    const QList<QStringList>& rows, const QList<qreal>& widths,
                    const QPalette& palette) const;
    void paintHelp(QPainter* painter, const QRectF& area, const QPalette& palette) const;

    PresenterController* m_controller;
    Role m_role;
    QVariantAnimation* m_animation;
    qreal m_fromLine = 0;
    qreal m_fromCompareLine = 0;
    bool m_reducedMotion = false;
};

} // namespace demarc
