// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/quiz/QuestionText.h"

#include <QAbstractButton>

#include <optional>

class QPainter;

namespace demarc {

/**
 * One answer to a question: its number (the key that picks it), a round or square mark
 * (one answer or several), and its text, wrapped. After checking it shows its verdict with
 * an icon, a colour and words ("✓ Your answer, and right"), so colour is never the only cue.
 * Space, Enter and the number keys are left to the quiz, which owns them.
 */
class ChoiceButton : public QAbstractButton
{
    Q_OBJECT

public:
    enum class Mark { Radio, Check };

    ChoiceButton(int number, const QString& text, Mark mark, QWidget* parent = nullptr);

    int number() const { return m_number; }
    Mark mark() const { return m_mark; }
    /** Shows the verdict (and locks the button), or clears it. */
    void setVerdict(std::optional<ChoiceVerdict> verdict, const QString& words = {});
    std::optional<ChoiceVerdict> verdict() const { return m_verdict; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

    /** The colour of a verdict; with its icon and words, never alone. */
    static QColor verdictColor(ChoiceVerdict verdict);

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    bool hitButton(const QPoint& pos) const override { return rect().contains(pos); }
    /** A choice with a verdict is locked: the answer it shows is the one that was graded. */
    void nextCheckState() override;

private:
    void paintFrame(QPainter& p) const;
    void paintKeyAndMark(QPainter& p) const;
    void paintText(QPainter& p) const;
    QRect textRect(int width) const;
    int padding() const;
    void updateAccessibleText();

    int m_number;
    Mark m_mark;
    std::optional<ChoiceVerdict> m_verdict;
    QString m_verdictWords;
};

} // namespace demarc
