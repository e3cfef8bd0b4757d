// SPDX-License-Identifier: GPL-3.0-or-later
#include "PresenterStage.h"

#include "ui/paint/Theme.h"

#include "LiveClassPanel.h"
#include "PresenterController.h"
#include "ui/diagram/DiagramView.h"
#include "ui/diagram/LayerModel.h"
#include "ui/matrix/ResponsibilityMatrixModel.h"
#include "ui/paint/MatrixPainter.h"
#include "ui/paint/PartyStyle.h"

#include <QFontMetricsF>
#include <QPaintEvent>
#include <QPainter>
#include <QVariantAnimation>

#include <algorithm>
#include <cmath>

namespace demarc {

namespace {

/** The share of the screen's height the smallest type takes: what reads from the back of a room. */
constexpr qreal MinReadableShare = 0.03;

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
    return s.kind == DeckItem::Kind::Stack || s.kind == DeckItem::Kind::Services
        || s.kind == DeckItem::Kind::Compare;
}

/** What the class has said and seen of a quiz step so far. */
struct QuizState
{
    bool revealed = false;
    QList<int> tally; ///< hands per choice; -1 where none were counted
    bool phones = false; ///< the tally is the live class's answers, not hands
    bool entering = false; ///< the instructor is typing a count
    int tallyChoice = -1;
    QString tallyDigits;
    bool tallied() const
    {
        return entering || std::any_of(tally.begin(), tally.end(), [](int n) { return n >= 0; });
    }
};

/** The type and spacing a quiz step is drawn in. */
struct QuizLayout
{
    qreal px = 0;
    QFont label, prompt, choice, small;
    qreal gap = 0, letterWidth = 0, sideWidth = 0, textWidth = 0, headingHeight = 0, promptHeight = 0;
    QList<qreal> choiceHeights;
};

/**
 * Questions start larger than the body text: there is little else on screen. The size is
 * chosen for the revealed question, so that pressing R never makes the type jump.
 */
QuizLayout quizLayout(const Question& q, const QRectF& area, qreal bodyPixels, const QuizState& state)
{
    for (qreal scale = 1.45;; scale *= 0.92) {
        QuizLayout l;
        l.px = bodyPixels * scale;
        l.label = sized(l.px * 0.7, true);
        l.prompt = sized(l.px * 1.15, true);
        l.choice = sized(l.px);
        l.small = sized(l.px * 0.78);
        l.gap = l.px * 0.45;
        l.letterWidth = l.px * 2.0;
        l.sideWidth = q.assignsParties() ? l.px * 8.5 : (state.revealed || state.tallied() ? l.px * 7.5 : 0);
        l.textWidth = area.width() - l.letterWidth - l.sideWidth - l.gap * 3;
        l.headingHeight = QFontMetricsF(l.label).height() * 1.5;
        l.promptHeight = textHeight(l.prompt, area.width(), q.prompt) + l.gap * 1.5;
        qreal total = l.headingHeight + l.promptHeight;
        for (const Choice& c : q.choices) {
            const qreal plain =
                std::max(textHeight(l.choice, l.textWidth, c.text), QFontMetricsF(l.choice).height())
                + l.gap * 1.2;
            const bool explained = !c.explanation.isEmpty() && (c.correct || q.assignsParties());
            const qreal withExplanation =
                explained ? plain + l.gap * 0.4 + textHeight(l.small, l.textWidth, c.explanation) : plain;
            l.choiceHeights.append(state.revealed ? withExplanation : plain);
            total += withExplanation + l.gap * 0.5;
        }
        total += QFontMetricsF(l.small).height() * 1.5;
        if (total <= area.height() || l.px <= 11)
            return l;
    }
}

/**
 * Beside choice @p i: its party once revealed on a sorting question, else the hands counted and the
 * verdict.
 */
void paintChoiceSide(QPainter* painter, const QRectF& side, const Question& q, int i, const QuizLayout& l,
                     const QuizState& state, const QPalette& pal)
{
    const Choice& c = q.choices.at(i);
    const QColor ink = pal.color(QPalette::WindowText);
    const QColor highlight = pal.color(QPalette::Highlight);
    if (q.assignsParties()) {
        if (state.revealed && c.party) {
            painter->setFont(sized(l.px * 0.8, true));
            const QRectF badge = side.adjusted(0, l.gap * 0.5, 0, -l.gap * 0.5);
            partystyle::paintFill(painter, badge, *c.party, l.px * 0.25);
            painter->setPen(partystyle::textColor(*c.party));
            painter->drawText(badge, Qt::AlignCenter, partystyle::label(*c.party));
        } else {
            painter->setFont(sized(l.px * 0.8));
            painter->setPen(soft(pal));
            painter->drawText(side, Qt::AlignCenter, PresenterStage::tr("AWS, customer or shared?"));
        }
        return;
    }
    if (!state.tallied() && !state.revealed)
        return;
    const bool typing = state.entering && state.tallyChoice == i;
    QString right;
    if (typing)
        right = PresenterStage::tr("%1▏ hands").arg(state.tallyDigits);
    else if (i < state.tally.size() && state.tally.at(i) >= 0)
        right = state.phones ? PresenterStage::tr("%n answer(s)", nullptr, state.tally.at(i))
                             : PresenterStage::tr("%n hand(s)", nullptr, state.tally.at(i));
    painter->setFont(sized(l.px * 0.8, true));
    if (state.revealed) {
        // The verdict beside the count on one line where it fits ("✗ 3 answers"), above it if not:
        // a one-line choice has room for one line.
        const QString verdict = c.correct ? PresenterStage::tr("✓ Correct") : PresenterStage::tr("✗");
        const QString oneLine = verdict + QLatin1Char(' ') + right;
        right = right.isEmpty() ? verdict
            : painter->fontMetrics().horizontalAdvance(oneLine) <= side.width() - l.gap
            ? oneLine
            : verdict + u'\n' + right;
    }
    painter->setPen(c.correct && state.revealed ? highlight : ink);
    if (typing) {
        painter->setPen(QPen(highlight, 2));
        painter->drawRect(side.adjusted(0, l.gap * 0.4, 0, -l.gap * 0.4));
        painter->setPen(ink);
    }
    // The phones' answers also as a bar behind the count: its share of all the answers.
    if (state.phones && i < state.tally.size()) {
        int total = 0;
        for (int n : state.tally)
            total += std::max(0, n);
        const QRectF track = side.adjusted(l.gap * 0.5, l.gap * 0.35, -l.gap * 0.5, -l.gap * 0.35);
        painter->fillRect(track, soft(pal, 0.1));
        if (total > 0) {
            QColor bar = c.correct && state.revealed ? highlight : ink;
            bar.setAlphaF(0.3);
            painter->fillRect(
                QRectF(track.topLeft(), QSizeF(track.width() * state.tally.at(i) / total, track.height())),
                bar);
        }
    }
    painter->drawText(side, Qt::AlignCenter, right);
}

/**
 * Choice @p i in @p box: its frame, the letter the class answers with, its text, and its explanation once
 * revealed.
 */
void paintChoice(QPainter* painter, const QRectF& box, const Question& q, int i, const QuizLayout& l,
                 const QuizState& state, const QPalette& pal)
{
    const Choice& c = q.choices.at(i);
    const qreal h = box.height();
    const bool right = state.revealed && !q.assignsParties() && c.correct;
    const bool wrong = state.revealed && !q.assignsParties() && !c.correct;
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(right ? pal.color(QPalette::Highlight) : soft(pal, wrong ? 0.25 : 0.5),
                         right ? std::max<qreal>(3, l.px * 0.16) : 1.5));
    painter->drawRoundedRect(box.adjusted(1, 1, -1, -1), l.px * 0.3, l.px * 0.3);
    painter->setFont(sized(l.px, true));
    painter->setPen(wrong ? soft(pal, 0.45) : pal.color(QPalette::WindowText));
    painter->drawText(QRectF(box.left() + l.gap, box.top(), l.letterWidth, h), Qt::AlignCenter,
                      QString(QChar(u'A' + i)));
    const QRectF text(box.left() + l.gap + l.letterWidth + l.gap, box.top() + l.gap * 0.6, l.textWidth,
                      h - l.gap * 1.2);
    painter->setFont(l.choice);
    painter->drawText(text, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, c.text);
    if (state.revealed && !c.explanation.isEmpty() && (c.correct || q.assignsParties())) {
        const qreal top = textHeight(l.choice, l.textWidth, c.text) + l.gap * 0.4;
        painter->setFont(l.small);
        painter->setPen(soft(pal, 0.85));
        painter->drawText(text.adjusted(0, top, 0, 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                          c.explanation);
    }
    paintChoiceSide(painter, QRectF(box.right() - l.sideWidth - l.gap, box.top(), l.sideWidth, h), q, i, l,
                    state, pal);
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

QPalette PresenterStage::palette(bool dark) { return theme::presenter(dark); }

int PresenterStage::stepIndex() const
{
    const int index = m_controller->index() + (m_role == Role::Next ? 1 : 0);
    return m_controller->step(index) ? index : -1;
}

int PresenterStage::bodyPixels() const { return int(std::lround(height() / 30.0 * m_controller->zoom())); }

qreal PresenterStage::readablePixels() const { return std::ceil(height() * MinReadableShare); }

bool PresenterStage::isAnimating() const { return m_animation->state() == QAbstractAnimation::Running; }

void PresenterStage::onStepChanged(int previous)
{
    const PresenterStep* from = m_controller->step(previous + (m_role == Role::Next ? 1 : 0));
    const PresenterStep* to = m_controller->step(stepIndex());
    m_animation->stop();
    if (m_reducedMotion || !from || !to || !isStack(*from) || !isStack(*to)
        || from->compare.isEmpty() != to->compare.isEmpty())
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
    if (!model.setSelection(step.selection)
        || (!step.compare.isEmpty() && !model.setComparison(step.compare)))
        return std::nullopt;
    DiagramScene scene = DiagramView::sceneFor(model);
    scene.revealed = step.kind == DeckItem::Kind::Stack ? step.revealed : -1;
    // While the stack is being built, the slide says what is being built.
    if (scene.revealed >= 0 && scene.revealed < scene.rows.size())
        scene.subtitle = tr("Who secures each layer, built from the ground up: %1 of %2 layers shown")
                             .arg(scene.revealed)
                             .arg(scene.rows.size());
    scene.legendPixels = readablePixels();
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
        painter.fillRect(
            area, theme::presenter(blank == PresenterController::Blank::Black).color(QPalette::Window));
        return;
    }
    painter.fillRect(area, pal.color(QPalette::Window));
    const PresenterStep* step = m_controller->step(stepIndex());
    const qreal body = bodyPixels();
    if (!step) {
        painter.setPen(soft(pal));
        painter.setFont(sized(body));
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
                         m_role == Role::Next ? tr("The end of the deck")
                                              : tr("No steps: choose some in Presenter Steps…"));
        return;
    }
    const qreal margin = std::max<qreal>(6, height() * 0.03);
    const qreal counter = std::max<qreal>(readablePixels(), body * 0.6);
    const qreal footer = std::max(body * 1.3, counter * 1.4);
    QRectF content = area.adjusted(margin, margin, -margin, -margin - footer);
    // While a class answers live (or could not start), its join panel stands beside the slide.
    if (m_role != Role::Next && (m_controller->liveClass() || !m_controller->liveProblem().isEmpty())) {
        const qreal side = liveclasspanel::width(content.size());
        liveclasspanel::paint(&painter, QRectF(content.right() - side, content.top(), side, content.height()),
                              m_controller->liveClass(), m_controller->liveProblem(),
                              m_controller->question(stepIndex()) != nullptr, body, pal);
        content.setRight(content.right() - side - margin);
    }
    paintStep(&painter, content, *step, pal);

    // The footer: where the class is in the deck, and a running countdown.
    painter.setFont(sized(counter));
    painter.setPen(soft(pal, 0.7));
    const QRectF foot(margin, height() - margin - footer, width() - 2 * margin, footer);
    painter.drawText(foot, Qt::AlignRight | Qt::AlignVCenter,
                     tr("%1 / %2").arg(stepIndex() + 1).arg(m_controller->count()));
    if (m_role != Role::Next && m_controller->secondsLeft() >= 0) {
        const int left = m_controller->secondsLeft();
        painter.setFont(sized(body * 0.9, true));
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(foot, Qt::AlignLeft | Qt::AlignVCenter,
                         left > 0 ? tr("⏱ %1:%2 left").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'))
                                  : tr("⏱ Time is up"));
    }
    if (m_role == Role::Current && blank != PresenterController::Blank::None) {
        const QString text = blank == PresenterController::Blank::Black
            ? tr("The audience sees a black screen (B to bring it back)")
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

void PresenterStage::paintStep(QPainter* painter, const QRectF& area, const PresenterStep& step,
                               const QPalette& pal) const
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
        painter->drawText(QRectF(area.left(), area.top(), area.width(), titleHeight),
                          Qt::AlignLeft | Qt::AlignVCenter, tr("Who secures each layer"));
        ResponsibilityMatrixModel model;
        model.setStack(m.stack);
        MatrixPainter::paint(painter, area.adjusted(0, titleHeight, 0, 0), model, -1, step.revealed, pal,
                             sized(body), readablePixels());
        return;
    }
    case DeckItem::Kind::Controls:
    case DeckItem::Kind::Areas: {
        const SlideTable t = slideTable(step, m);
        paintTable(painter, area, t.title, t.headers, t.rows, t.widths, pal);
        return;
    }
    case DeckItem::Kind::Quiz: paintQuiz(painter, area, step, pal); return;
    }
}

void PresenterStage::paintTable(QPainter* painter, const QRectF& area, const QString& title,
                                const QStringList& headers, const QList<QStringList>& rows,
                                const QList<qreal>& widths, const QPalette& pal) const
{
    // The largest type, up to a little above the body size (a short page reads larger), at which the
    // whole table fits.
    for (qreal scale = 1.3;; scale *= 0.92) {
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
                h = std::max(h,
                             textHeight(header       ? headFont
                                            : c == 0 ? nameFont
                                                     : cellFont,
                                        columnWidths.at(c) - 2 * pad, cells.at(c)));
            return h + 2 * pad;
        };
        qreal total = titleHeight + rowHeight(headers, true);
        for (const QStringList& r : rows)
            total += rowHeight(r, false);
        if (total > area.height() && px > 11)
            continue;
        painter->setPen(pal.color(QPalette::WindowText));
        painter->setFont(titleFont);
        painter->drawText(QRectF(area.left(), area.top(), area.width(), titleHeight),
                          Qt::AlignLeft | Qt::AlignVCenter, title);
        qreal y = area.top() + titleHeight;
        auto drawRow = [&](const QStringList& cells, bool header) {
            const qreal h = rowHeight(cells, header);
            qreal x = area.left();
            if (header)
                painter->fillRect(QRectF(area.left(), y, area.width(), h), soft(pal, 0.18));
            for (int c = 0; c < cells.size() && c < columnWidths.size(); ++c) {
                painter->setFont(header ? headFont : c == 0 ? nameFont : cellFont);
                painter->setPen(pal.color(QPalette::WindowText));
                painter->drawText(QRectF(x + pad, y + pad, columnWidths.at(c) - 2 * pad, h - 2 * pad),
                                  Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, cells.at(c));
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

void PresenterStage::paintQuiz(QPainter* painter, const QRectF& area, const PresenterStep& step,
                               const QPalette& pal) const
{
    const Question* q = m_controller->material().question(step.questionId);
    if (!q)
        return;
    const int index = stepIndex();
    QuizState state;
    if (m_role != Role::Next) {
        state.revealed = m_controller->isRevealed(index);
        state.tally = m_controller->tally(index);
        state.tallyChoice = m_controller->tallyChoice();
        state.entering = state.tallyChoice >= 0;
        state.tallyDigits = m_controller->tallyDigits();
        // The class's phones count instead of hands: on the console always, for the audience on H.
        if (const LiveClass* live = m_controller->liveClass();
            live && (m_role == Role::Current || m_controller->countsShown())) {
            state.tally = live->counts();
            state.phones = true;
        }
    }
    const QuizLayout l = quizLayout(*q, area, bodyPixels(), state);
    const QString heading = step.title
        + (q->type == QuestionType::Multiple ? tr(" · choose every answer that applies")
               : q->assignsParties()         ? tr(" · who is responsible for each?")
                                             : QString());
    qreal y = area.top();
    painter->setFont(l.label);
    painter->setPen(soft(pal));
    painter->drawText(QRectF(area.left(), y, area.width(), l.headingHeight), Qt::AlignLeft | Qt::AlignVCenter,
                      heading.toUpper());
    y += l.headingHeight;
    painter->setFont(l.prompt);
    painter->setPen(pal.color(QPalette::WindowText));
    painter->drawText(QRectF(area.left(), y, area.width(), l.promptHeight),
                      Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, q->prompt);
    y += l.promptHeight;
    for (int i = 0; i < q->choices.size(); ++i) {
        paintChoice(painter, QRectF(area.left(), y, area.width(), l.choiceHeights.at(i)), *q, i, l, state,
                    pal);
        y += l.choiceHeights.at(i) + l.gap * 0.5;
    }
    if (!state.revealed && m_role == Role::Audience) {
        painter->setFont(l.small);
        painter->setPen(soft(pal, 0.6));
        painter->drawText(
            QRectF(area.left(), y, area.width(), QFontMetricsF(l.small).height() * 1.5),
            Qt::AlignLeft | Qt::AlignVCenter,
            tr("Answer aloud or with a show of hands; the answer comes when the instructor reveals it."));
    }
}

QList<std::pair<QString, QString>> PresenterStage::keys()
{
    return {
        { tr("Page Down, Space, →, ↓"), tr("next step") },
        { tr("Page Up, Backspace, ←, ↑"), tr("previous step") },
        { tr("Home, End"), tr("first, last step") },
        { tr("R"), tr("reveal or hide the answer") },
        { tr("0–9, Enter"), tr("count hands for each answer in turn") },
        { tr("T"), tr("start or stop a 60-second timer") },
        { tr("L"), tr("start or end live answers from phones") },
        { tr("H"), tr("show or hide the live counts") },
        { tr("B or .  /  W or ,"), tr("black / white screen") },
        { tr("C"), tr("dark or light theme") },
        { tr("Ctrl + / − / 0"), tr("larger, smaller, normal size") },
        { tr("F1 or ?"), tr("this list") },
        { tr("Esc"), tr("leave presenter mode") },
    };
}

void PresenterStage::paintHelp(QPainter* painter, const QRectF& area, const QPalette& pal) const
{
    const QList<std::pair<QString, QString>> keys = PresenterStage::keys();
    const qreal px = std::max<qreal>(12, bodyPixels() * 0.75);
    const QFont keyFont = sized(px, true);
    const QFont textFont = sized(px);
    const qreal line = QFontMetricsF(keyFont).height() * 1.35;
    const QRectF box(area.center().x() - px * 19, area.center().y() - line * (keys.size() + 2) / 2.0, px * 38,
                     line * (keys.size() + 2));
    painter->setPen(QPen(pal.color(QPalette::Highlight), 3));
    painter->setBrush(pal.color(QPalette::Window));
    painter->drawRoundedRect(box, px, px);
    qreal y = box.top() + line;
    for (const auto& [key, what] : keys) {
        painter->setPen(pal.color(QPalette::WindowText));
        painter->setFont(keyFont);
        painter->drawText(QRectF(box.left() + px, y, px * 15, line), Qt::AlignRight | Qt::AlignVCenter, key);
        painter->setFont(textFont);
        painter->drawText(QRectF(box.left() + px * 17, y, px * 20, line), Qt::AlignLeft | Qt::AlignVCenter,
                          what);
        y += line;
    }
}

} // namespace demarc
