// SPDX-License-Identifier: GPL-3.0-or-later
#include "PresenterStage.h"

#include "DiagramView.h"
#include "LayerModel.h"
#include "MatrixPainter.h"
#include "PartyStyle.h"
#include "PresenterController.h"
#include "ResponsibilityMatrixModel.h"

#include <QFontMetricsF>
#include <QPaintEvent>
#include <QPainter>
#include <QVariantAnimation>

#include <algorithm>
#include <cmath>

namespace demarc {

namespace {

QFont sized(qreal pixels, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(8, int(std::lround(pixels))));
    f.setBold(bold);
    return f;
}

/** The height @p text takes wrapped to @p width in @p font. */
qreal textHeight(const QFont& font, qreal width, const QString& text)
{
    const QFontMetricsF fm(font);
    return fm.boundingRect(QRectF(0, 0, std::max<qreal>(1, width), 1e6), Qt::TextWordWrap, text).height();
}

QColor soft(const QPalette& palette, qreal alpha = 0.75)
{
    QColor c = palette.color(QPalette::WindowText);
    c.setAlphaF(alpha);
    return c;
}

bool isStack(const PresenterStep& s)
{
    return s.kind == DeckItem::Kind::Stack || s.kind == DeckItem::Kind::Services || s.kind == DeckItem::Kind::Compare;
}

} // namespace

PresenterStage::PresenterStage(PresenterController* controller, Role role, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_role(role)
    , m_animation(new QVariantAnimation(this))
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::NoFocus);
    m_animation->setDuration(650);
    m_animation->setEasingCurve(QEasingCurve::InOutCubic);
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    connect(m_animation, &QVariantAnimation::valueChanged, this, qOverload<>(&QWidget::update));
    connect(controller, &PresenterController::changed, this, qOverload<>(&QWidget::update));
    connect(controller, &PresenterController::stepChanged, this, &PresenterStage::onStepChanged);
}

QPalette PresenterStage::palette(bool dark)
{
    QPalette p;
    const QColor background = dark ? QColor(0, 0, 0) : QColor(255, 255, 255);
    const QColor ink = dark ? QColor(255, 255, 255) : QColor(0, 0, 0);
    for (auto role : { QPalette::Window, QPalette::Base, QPalette::Button })
        p.setColor(role, background);
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(role, ink);
    p.setColor(QPalette::Highlight, dark ? QColor(255, 214, 0) : QColor(0, 60, 190));
    p.setColor(QPalette::HighlightedText, dark ? QColor(0, 0, 0) : QColor(255, 255, 255));
    return p;
}

int PresenterStage::stepIndex() const
{
    const int index = m_controller->index() + (m_role == Role::Next ? 1 : 0);
    return m_controller->step(index) ? index : -1;
}

int PresenterStage::bodyPixels() const { return int(std::lround(height() / 30.0 * m_controller->zoom())); }

bool PresenterStage::isAnimating() const { return m_animation->state() == QAbstractAnimation::Running; }

void PresenterStage::onStepChanged(int previous)
{
    const PresenterStep* from = m_controller->step(previous + (m_role == Role::Next ? 1 : 0));
    const PresenterStep* to = m_controller->step(stepIndex());
    m_animation->stop();
    if (m_reducedMotion || !from || !to || !isStack(*from) || !isStack(*to) || from->compare.isEmpty() != to->compare.isEmpty())
        return;
    const auto before = sceneFor(*from);
    if (!before)
        return;
    m_fromLine = before->line;
    m_fromCompareLine = before->compareLine;
    m_animation->start();
}

std::optional<DiagramScene> PresenterStage::sceneFor(const PresenterStep& step) const
{
    LayerModel model;
    model.setStack(m_controller->material().stack);
    if (!model.setSelection(step.selection) || (!step.compare.isEmpty() && !model.setComparison(step.compare)))
        return std::nullopt;
    DiagramScene scene = DiagramView::sceneFor(model);
    scene.revealed = step.kind == DeckItem::Kind::Stack ? step.revealed : -1;
    return scene;
}

void PresenterStage::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QPalette pal = palette(m_controller->theme() == PresenterController::Theme::Dark);
    const QRectF area = rect();
    const auto blank = m_controller->blank();
    if (m_role == Role::Audience && blank != PresenterController::Blank::None) {
        painter.fillRect(area, blank == PresenterController::Blank::Black ? Qt::black : Qt::white);
        return;
    }
    painter.fillRect(area, pal.color(QPalette::Window));
    const PresenterStep* step = m_controller->step(stepIndex());
    const qreal body = bodyPixels();
    if (!step) {
        painter.setPen(soft(pal));
        painter.setFont(sized(body));
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
                         m_role == Role::Next ? tr("The end of the deck") : tr("No steps: choose some in Presenter Steps…"));
        return;
    }
    const qreal margin = std::max<qreal>(6, height() * 0.03);
    const qreal footer = body * 1.3;
    const QRectF content = area.adjusted(margin, margin, -margin, -margin - footer);
    paintStep(&painter, content, *step, pal);

    // The footer: where the class is in the deck, and a running countdown.
    painter.setFont(sized(body * 0.6));
    painter.setPen(soft(pal, 0.7));
    const QRectF foot(margin, height() - margin - footer, width() - 2 * margin, footer);
    painter.drawText(foot, Qt::AlignRight | Qt::AlignVCenter, tr("%1 / %2").arg(stepIndex() + 1).arg(m_controller->count()));
    if (m_role != Role::Next && m_controller->secondsLeft() >= 0) {
        const int left = m_controller->secondsLeft();
        painter.setFont(sized(body * 0.9, true));
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(foot, Qt::AlignLeft | Qt::AlignVCenter,
                         left > 0 ? tr("⏱ %1:%2 left").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')) : tr("⏱ Time is up"));
    }
    if (m_role == Role::Current && blank != PresenterController::Blank::None) {
        const QString text = blank == PresenterController::Blank::Black ? tr("The audience sees a black screen (B to bring it back)")
                                                                          : tr("The audience sees a white screen (W to bring it back)");
        painter.setFont(sized(std::max<qreal>(12, body * 0.8), true));
        const QRectF banner(0, 0, width(), QFontMetricsF(painter.font()).height() * 1.6);
        painter.fillRect(banner, pal.color(QPalette::Highlight));
        painter.setPen(pal.color(QPalette::HighlightedText));
        painter.drawText(banner, Qt::AlignCenter, text);
    }
    if (m_role == Role::Audience && m_controller->helpShown())
        paintHelp(&painter, area, pal);
}

void PresenterStage::paintStep(QPainter* painter, const QRectF& area, const PresenterStep& step, const QPalette& pal) const
{
    const DeckMaterial& m = m_controller->material();
    const qreal body = bodyPixels();
    switch (step.kind) {
    case DeckItem::Kind::Stack:
    case DeckItem::Kind::Services:
    case DeckItem::Kind::Compare: {
        auto scene = sceneFor(step);
        if (!scene)
            return;
        if (isAnimating()) {
            const qreal t = m_animation->currentValue().toReal();
            scene->line = m_fromLine + (scene->line - m_fromLine) * t;
            scene->compareLine = m_fromCompareLine + (scene->compareLine - m_fromCompareLine) * t;
        }
        DiagramPainter::paint(painter, area, *scene, pal, sized(body));
        return;
    }
    case DeckItem::Kind::Matrix: {
        painter->setPen(pal.color(QPalette::WindowText));
        painter->setFont(sized(body * 1.3, true));
        const qreal titleHeight = QFontMetricsF(painter->font()).height() * 1.3;
        painter->drawText(QRectF(area.left(), area.top(), area.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                          tr("Who secures each layer"));
        ResponsibilityMatrixModel model;
        model.setStack(m.stack);
        MatrixPainter::paint(painter, area.adjusted(0, titleHeight, 0, 0), model, -1, step.revealed, pal, sized(body));
        return;
    }
    case DeckItem::Kind::Controls: {
        QList<QStringList> rows;
        for (const ControlCategory& c : m.controls) {
            QStringList examples;
            for (const ControlExample& e : c.examples)
                examples.append(e.name);
            rows.append({ c.name, c.summary, examples.join(QStringLiteral(", ")) });
        }
        paintTable(painter, area, tr("IT controls: who owns them"), { tr("Kind of control"), tr("What it means"), tr("For example") },
                   rows, { 0.22, 0.5, 0.28 }, pal);
        return;
    }
    case DeckItem::Kind::Areas: {
        QList<QStringList> rows;
        for (const CustomerArea& a : m.areas)
            rows.append({ a.name, a.items.join(QStringLiteral(" · ")) });
        paintTable(painter, area, tr("What the customer manages"), { tr("Area"), tr("What it includes") }, rows, { 0.3, 0.7 }, pal);
        return;
    }
    case DeckItem::Kind::Quiz:
        paintQuiz(painter, area, step, pal);
        return;
    }
}

void PresenterStage::paintTable(QPainter* painter, const QRectF& area, const QString& title, const QStringList& headers,
                                const QList<QStringList>& rows, const QList<qreal>& widths, const QPalette& pal) const
{
    // The largest type, up to the body size, at which the whole table fits.
    for (qreal scale = 1.0;; scale *= 0.92) {
        const qreal px = bodyPixels() * scale;
        const QFont titleFont = sized(px * 1.3, true);
        const QFont headFont = sized(px * 0.8, true);
        const QFont cellFont = sized(px * 0.85);
        const QFont nameFont = sized(px * 0.85, true);
        const qreal pad = px * 0.35;
        const qreal titleHeight = QFontMetricsF(titleFont).height() * 1.4;
        QList<qreal> columnWidths;
        for (qreal w : widths)
            columnWidths.append(area.width() * w);
        auto rowHeight = [&](const QStringList& cells, bool header) {
            qreal h = 0;
            for (int c = 0; c < cells.size() && c < columnWidths.size(); ++c)
                h = std::max(h, textHeight(header ? headFont : c == 0 ? nameFont : cellFont, columnWidths.at(c) - 2 * pad, cells.at(c)));
            return h + 2 * pad;
        };
        qreal total = titleHeight + rowHeight(headers, true);
        for (const QStringList& r : rows)
            total += rowHeight(r, false);
        if (total > area.height() && px > 11)
            continue;
        painter->setPen(pal.color(QPalette::WindowText));
        painter->setFont(titleFont);
        painter->drawText(QRectF(area.left(), area.top(), area.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter, title);
        qreal y = area.top() + titleHeight;
        auto drawRow = [&](const QStringList& cells, bool header) {
            const qreal h = rowHeight(cells, header);
            qreal x = area.left();
            if (header)
                painter->fillRect(QRectF(area.left(), y, area.width(), h), soft(pal, 0.18));
            for (int c = 0; c < cells.size() && c < columnWidths.size(); ++c) {
                painter->setFont(header ? headFont : c == 0 ? nameFont : cellFont);
                painter->setPen(pal.color(QPalette::WindowText));
                painter->drawText(QRectF(x + pad, y + pad, columnWidths.at(c) - 2 * pad, h - 2 * pad), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                                  cells.at(c));
                x += columnWidths.at(c);
            }
            painter->setPen(QPen(soft(pal, 0.45), 1));
            painter->drawLine(QPointF(area.left(), y + h), QPointF(area.right(), y + h));
            y += h;
        };
        drawRow(headers, true);
        for (const QStringList& r : rows)
            drawRow(r, false);
        return;
    }
}

void PresenterStage::paintQuiz(QPainter* painter, const QRectF& area, const PresenterStep& step, const QPalette& pal) const
{
    const Question* q = m_controller->material().question(step.questionId);
    if (!q)
        return;
    const int index = stepIndex();
    const bool revealed = m_role != Role::Next && m_controller->isRevealed(index);
    const QList<int> tally = m_role == Role::Next ? QList<int>() : m_controller->tally(index);
    const bool entering = m_role != Role::Next && m_controller->tallyChoice() >= 0;
    const bool tallied = entering || std::any_of(tally.begin(), tally.end(), [](int n) { return n >= 0; });
    const QColor ink = pal.color(QPalette::WindowText);
    const QColor highlight = pal.color(QPalette::Highlight);

    // Questions start larger than the body text: there is little else on screen. The size is
    // chosen for the revealed question, so that pressing R never makes the type jump.
    for (qreal scale = 1.45;; scale *= 0.92) {
        const qreal px = bodyPixels() * scale;
        const QFont label = sized(px * 0.7, true);
        const QFont prompt = sized(px * 1.15, true);
        const QFont choiceFont = sized(px);
        const QFont small = sized(px * 0.78);
        const qreal gap = px * 0.45;
        const qreal letterWidth = px * 2.0;
        const qreal sideWidth = q->assignsParties() ? px * 8.5 : (revealed || tallied ? px * 7.5 : 0);
        const qreal textWidth = area.width() - letterWidth - sideWidth - gap * 3;
        const QString heading = step.title + (q->type == QuestionType::Multiple ? tr(" · choose every answer that applies")
                                              : q->assignsParties()            ? tr(" · who is responsible for each?")
                                                                               : QString());
        const qreal headingHeight = QFontMetricsF(label).height() * 1.5;
        const qreal promptHeight = textHeight(prompt, area.width(), q->prompt) + gap * 1.5;
        QList<qreal> choiceHeights;
        qreal total = headingHeight + promptHeight;
        for (const Choice& c : q->choices) {
            const qreal plain = std::max(textHeight(choiceFont, textWidth, c.text), QFontMetricsF(choiceFont).height()) + gap * 1.2;
            const bool explained = !c.explanation.isEmpty() && (c.correct || q->assignsParties());
            const qreal withExplanation = explained ? plain + gap * 0.4 + textHeight(small, textWidth, c.explanation) : plain;
            choiceHeights.append(revealed ? withExplanation : plain);
            total += withExplanation + gap * 0.5;
        }
        total += QFontMetricsF(small).height() * 1.5;
        if (total > area.height() && px > 11)
            continue;

        qreal y = area.top();
        painter->setFont(label);
        painter->setPen(soft(pal));
        painter->drawText(QRectF(area.left(), y, area.width(), headingHeight), Qt::AlignLeft | Qt::AlignVCenter, heading.toUpper());
        y += headingHeight;
        painter->setFont(prompt);
        painter->setPen(ink);
        painter->drawText(QRectF(area.left(), y, area.width(), promptHeight), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, q->prompt);
        y += promptHeight;
        for (int i = 0; i < q->choices.size(); ++i) {
            const Choice& c = q->choices.at(i);
            const qreal h = choiceHeights.at(i);
            const QRectF box(area.left(), y, area.width(), h);
            const bool right = revealed && !q->assignsParties() && c.correct;
            const bool wrong = revealed && !q->assignsParties() && !c.correct;
            painter->setBrush(Qt::NoBrush);
            painter->setPen(QPen(right ? highlight : soft(pal, wrong ? 0.25 : 0.5), right ? std::max<qreal>(3, px * 0.16) : 1.5));
            painter->drawRoundedRect(box.adjusted(1, 1, -1, -1), px * 0.3, px * 0.3);
            // The letter the class answers with.
            painter->setFont(sized(px, true));
            painter->setPen(wrong ? soft(pal, 0.45) : ink);
            painter->drawText(QRectF(box.left() + gap, box.top(), letterWidth, h), Qt::AlignCenter, QString(QChar(u'A' + i)));
            const QRectF text(box.left() + gap + letterWidth + gap, box.top() + gap * 0.6, textWidth, h - gap * 1.2);
            painter->setFont(choiceFont);
            painter->drawText(text, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, c.text);
            if (revealed && !c.explanation.isEmpty() && (c.correct || q->assignsParties())) {
                const qreal top = textHeight(choiceFont, textWidth, c.text) + gap * 0.4;
                painter->setFont(small);
                painter->setPen(soft(pal, 0.85));
                painter->drawText(text.adjusted(0, top, 0, 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, c.explanation);
            }
            const QRectF side(box.right() - sideWidth - gap, box.top(), sideWidth, h);
            if (q->assignsParties()) {
                if (revealed && c.party) {
                    painter->setFont(sized(px * 0.8, true));
                    const QRectF badge = side.adjusted(0, gap * 0.5, 0, -gap * 0.5);
                    partystyle::paintFill(painter, badge, *c.party, px * 0.25);
                    painter->setPen(partystyle::textColor(*c.party));
                    painter->drawText(badge, Qt::AlignCenter, partystyle::label(*c.party));
                } else {
                    painter->setFont(sized(px * 0.8));
                    painter->setPen(soft(pal));
                    painter->drawText(side, Qt::AlignCenter, tr("AWS, customer or shared?"));
                }
            } else if (tallied || revealed) {
                QString right;
                if (m_role != Role::Next && entering && m_controller->tallyChoice() == i)
                    right = tr("%1▏ hands").arg(m_controller->tallyDigits());
                else if (i < tally.size() && tally.at(i) >= 0)
                    right = tally.at(i) == 1 ? tr("1 hand") : tr("%1 hands").arg(tally.at(i));
                if (revealed)
                    right = (c.correct ? tr("✓ Correct") : tr("✗")) + (right.isEmpty() ? QString() : QStringLiteral("\n") + right);
                painter->setFont(sized(px * 0.8, true));
                painter->setPen(c.correct && revealed ? highlight : ink);
                if (m_role != Role::Next && entering && m_controller->tallyChoice() == i) {
                    painter->setPen(QPen(highlight, 2));
                    painter->drawRect(side.adjusted(0, gap * 0.4, 0, -gap * 0.4));
                    painter->setPen(ink);
                }
                painter->drawText(side, Qt::AlignCenter, right);
            }
            y += h + gap * 0.5;
        }
        if (!revealed && m_role == Role::Audience) {
            painter->setFont(small);
            painter->setPen(soft(pal, 0.6));
            painter->drawText(QRectF(area.left(), y, area.width(), QFontMetricsF(small).height() * 1.5), Qt::AlignLeft | Qt::AlignVCenter,
                              tr("Answer aloud or with a show of hands; the answer comes when the instructor reveals it."));
        }
        return;
    }
}

void PresenterStage::paintHelp(QPainter* painter, const QRectF& area, const QPalette& pal) const
{
    const QList<std::pair<QString, QString>> keys {
        { tr("Page Down, Space, →, ↓"), tr("next step") },
        { tr("Page Up, Backspace, ←, ↑"), tr("previous step") },
        { tr("Home, End"), tr("first, last step") },
        { tr("R"), tr("reveal or hide the answer") },
        { tr("0–9, Enter"), tr("count hands for each answer in turn") },
        { tr("T"), tr("start or stop a 60-second timer") },
        { tr("B or .  /  W or ,"), tr("black / white screen") },
        { tr("C"), tr("dark or light theme") },
        { tr("Ctrl + / − / 0"), tr("larger, smaller, normal size") },
        { tr("F1 or ?"), tr("this list") },
        { tr("Esc"), tr("leave presenter mode") },
    };
    const qreal px = std::max<qreal>(12, bodyPixels() * 0.75);
    const QFont keyFont = sized(px, true);
    const QFont textFont = sized(px);
    const qreal line = QFontMetricsF(keyFont).height() * 1.35;
    const QRectF box(area.center().x() - px * 19, area.center().y() - line * (keys.size() + 2) / 2.0, px * 38, line * (keys.size() + 2));
    painter->setPen(QPen(pal.color(QPalette::Highlight), 3));
    painter->setBrush(pal.color(QPalette::Window));
    painter->drawRoundedRect(box, px, px);
    qreal y = box.top() + line;
    for (const auto& [key, what] : keys) {
        painter->setPen(pal.color(QPalette::WindowText));
        painter->setFont(keyFont);
        painter->drawText(QRectF(box.left() + px, y, px * 15, line), Qt::AlignRight | Qt::AlignVCenter, key);
        painter->setFont(textFont);
        painter->drawText(QRectF(box.left() + px * 17, y, px * 20, line), Qt::AlignLeft | Qt::AlignVCenter, what);
        y += line;
    }
}

} // namespace demarc
