// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChoiceButton.h"

#include "ChoiceAccessible.h"
#include "ui/common/AccessibleFactory.h"
#include "ui/common/ScaledFont.h"
#include "ui/paint/Theme.h"

#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QResizeEvent>
#include <QStyle>
#include <QStyleOption>

namespace demarc {

namespace {

constexpr int Radius = 8;

} // namespace

ChoiceButton::ChoiceButton(int number, const QString& text, Mark mark, QWidget* parent)
    : QAbstractButton(parent)
    , m_number(number)
    , m_mark(mark)
{
    // Before the text is set: setting it makes Qt look up (and keep) the option's interface.
    installAccessibleFactory<ChoiceButton, ChoiceAccessible>();
    setText(text);
    // A little larger than body text: the options are what the learner reads most closely.
    setScaledFont(this, 1.1);
    setCheckable(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    QSizePolicy policy = sizePolicy();
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_Hover);
    connect(this, &QAbstractButton::toggled, this, &ChoiceButton::updateAccessibleText);
    updateAccessibleText();
}

QColor ChoiceButton::verdictColor(ChoiceVerdict verdict)
{
    // Each with at least 4.5:1 on the theme's window and base, as frames and as words.
    const ThemeColors& colours = theme::current();
    switch (verdict) {
    // A right answer not picked is shown as right: the words under it say it was not picked.
    case ChoiceVerdict::Right:
    case ChoiceVerdict::Missed: return colours.right;
    case ChoiceVerdict::Wrong: return colours.wrong;
    case ChoiceVerdict::Neutral: break;
    }
    return colours.neutral;
}

void ChoiceButton::setVerdict(std::optional<ChoiceVerdict> verdict, const QString& words)
{
    m_verdict = verdict;
    m_verdictWords = verdict ? words : QString();
    setCursor(verdict ? Qt::ArrowCursor : Qt::PointingHandCursor);
    updateAccessibleText();
    updateGeometry();
    update();
}

int ChoiceButton::padding() const { return fontMetrics().height() / 2 + 4; }

QRect ChoiceButton::textRect(int width) const
{
    const int pad = padding();
    const int lead = fontMetrics().height() * 3 + pad; // number badge and mark
    const int trail = m_verdict ? fontMetrics().height() * 2 : pad;
    return QRect(lead, pad, std::max(40, width - lead - trail), 0);
}

int ChoiceButton::heightForWidth(int width) const
{
    const QRect r = textRect(width);
    QFontMetrics fm(font());
    int h = fm.boundingRect(QRect(0, 0, r.width(), 100000), Qt::TextWordWrap, text()).height();
    if (m_verdict && !m_verdictWords.isEmpty()) {
        QFont small = font();
        small.setBold(true);
        h += QFontMetrics(small)
                 .boundingRect(QRect(0, 0, r.width(), 100000), Qt::TextWordWrap, m_verdictWords)
                 .height()
            + 4;
    }
    return std::max(h + padding() * 2, fm.height() * 2 + padding());
}

QSize ChoiceButton::sizeHint() const
{
    const int width = std::max(360, fontMetrics().averageCharWidth() * 70);
    return { width, heightForWidth(width) };
}

QSize ChoiceButton::minimumSizeHint() const
{
    // At the width it has once laid out, so that a narrow guess never reserves empty space.
    const int w = width() > 100 ? width() : sizeHint().width();
    return { 200, heightForWidth(w) };
}

void ChoiceButton::resizeEvent(QResizeEvent* event)
{
    QAbstractButton::resizeEvent(event);
    if (event->oldSize().width() != event->size().width())
        updateGeometry(); // the height it needs follows the width
}

void ChoiceButton::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    paintFrame(p);
    paintKeyAndMark(p);
    paintText(p);
}

void ChoiceButton::paintFrame(QPainter& p) const
{
    const QPalette& pal = palette();
    const QRectF frame = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    QColor border = pal.color(QPalette::Mid);
    QColor background = pal.color(QPalette::Base);
    qreal borderWidth = 1.5;
    if (m_verdict && *m_verdict != ChoiceVerdict::Neutral) {
        border = verdictColor(*m_verdict);
        background = border;
        background.setAlpha(28);
        borderWidth = 3;
    } else if (isChecked()) {
        border = pal.color(QPalette::Highlight);
        background = pal.color(QPalette::Highlight);
        background.setAlpha(30);
        borderWidth = 3;
    } else if (underMouse() && !m_verdict) {
        border = pal.color(QPalette::Highlight);
    }
    QPainterPath path;
    path.addRoundedRect(frame, Radius, Radius);
    p.fillPath(path, pal.color(QPalette::Base));
    p.fillPath(path, background);
    p.setPen(QPen(border, borderWidth));
    p.drawPath(path);
    if (hasFocus()) {
        // A second, dashed ring inside: the focus shows even on a checked or marked choice.
        QPen focus(pal.color(QPalette::Highlight), 2, Qt::DashLine);
        p.setPen(focus);
        p.drawRoundedRect(frame.adjusted(4, 4, -4, -4), Radius - 3, Radius - 3);
    }
}

/**
 * The number badge (the key that picks this choice) and the mark: round for one answer, square for several.
 */
void ChoiceButton::paintKeyAndMark(QPainter& p) const
{
    const QPalette& pal = palette();
    const int pad = padding();
    const int em = fontMetrics().height();
    const QRectF badge(pad, pad, em * 1.3, em * 1.3);
    p.setPen(Qt::NoPen);
    p.setBrush(pal.color(QPalette::AlternateBase).darker(108));
    p.drawRoundedRect(badge, 4, 4);
    p.setPen(pal.color(QPalette::Text));
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(badge, Qt::AlignCenter, QString::number(m_number));

    const QRectF markRect(badge.right() + em * 0.5, badge.center().y() - em * 0.45, em * 0.9, em * 0.9);
    p.setPen(QPen(pal.color(QPalette::Text), 1.6));
    p.setBrush(Qt::NoBrush);
    if (m_mark == Mark::Radio)
        p.drawEllipse(markRect);
    else
        p.drawRoundedRect(markRect, 2, 2);
    if (isChecked()) {
        p.setBrush(pal.color(QPalette::Text));
        p.setPen(Qt::NoPen);
        const QRectF inner = markRect.adjusted(em * 0.22, em * 0.22, -em * 0.22, -em * 0.22);
        if (m_mark == Mark::Radio)
            p.drawEllipse(inner);
        else
            p.drawRect(inner);
    }
}

/** The choice's text and, once checked, what became of it. */
void ChoiceButton::paintText(QPainter& p) const
{
    const QPalette& pal = palette();
    const int em = fontMetrics().height();
    QFont bold = font();
    bold.setBold(true);
    const QRect area = textRect(width());
    p.setFont(font());
    p.setPen(pal.color(QPalette::Text));
    QRect textArea(area.left(), area.top(), area.width(), height() - area.top());
    QRect used;
    p.drawText(textArea, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text(), &used);

    if (m_verdict && *m_verdict != ChoiceVerdict::Neutral) {
        const QColor c = verdictColor(*m_verdict);
        p.setFont(bold);
        p.setPen(c);
        if (!m_verdictWords.isEmpty()) {
            p.drawText(QRect(area.left(), used.bottom() + 4, area.width(), height()),
                       Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, m_verdictWords);
        }
        QFont big = bold;
        big.setPointSizeF(big.pointSizeF() * 1.5);
        p.setFont(big);
        p.drawText(QRect(width() - em * 2 - 2, 0, em * 2, height()), Qt::AlignCenter,
                   verdictMark(*m_verdict == ChoiceVerdict::Missed ? ChoiceVerdict::Right : *m_verdict));
    } else if (m_verdict && !m_verdictWords.isEmpty()) {
        p.setFont(font());
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(QRect(area.left(), used.bottom() + 4, area.width(), height()),
                   Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, m_verdictWords);
    }
}

void ChoiceButton::nextCheckState()
{
    if (!m_verdict)
        QAbstractButton::nextCheckState();
}

void ChoiceButton::keyPressEvent(QKeyEvent* event)
{
    // The quiz decides what these keys do (check, continue, pick, flag, move).
    switch (event->key()) {
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Left:
    case Qt::Key_Right: event->ignore(); return;
    default: break;
    }
    if (event->key() >= Qt::Key_0 && event->key() <= Qt::Key_9) {
        event->ignore();
        return;
    }
    QAbstractButton::keyPressEvent(event);
}

void ChoiceButton::keyReleaseEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space) {
        event->ignore();
        return;
    }
    QAbstractButton::keyReleaseEvent(event);
}

void ChoiceButton::updateAccessibleText()
{
    setAccessibleName(tr("Choice %1: %2").arg(m_number).arg(text()));
    QString state = isChecked() ? tr("Chosen.") : tr("Not chosen.");
    if (m_verdict)
        state += QLatin1Char(' ') + m_verdictWords;
    setAccessibleDescription(state);
}

} // namespace demarc
