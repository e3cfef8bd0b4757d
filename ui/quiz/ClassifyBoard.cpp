// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClassifyBoard.h"

#include "BoardCardDelegate.h"
#include "BucketList.h"

#include "ChoiceButton.h"
#include "core/quiz/QuestionText.h"
#include "ui/common/Metrics.h"
#include "ui/paint/PartyStyle.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace demarc {

namespace {

constexpr int IdRole = BoardCardDelegate::IdRole;
constexpr int CardSpacing = BoardCardDelegate::CardSpacing;

/** A column's heading: the party's fill, pattern and icon with its key and name (or "To sort"). */
class ColumnHeader : public QWidget
{
public:
    ColumnHeader(std::optional<Party> party, QString text, QWidget* parent = nullptr)
        : QWidget(parent)
        , m_party(party)
        , m_text(std::move(text))
    {
        setMinimumHeight(fontMetrics().height() * 2 + 8);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }

    void setText(const QString& text)
    {
        m_text = text;
        update();
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF r = QRectF(rect()).adjusted(1, 1, -1, -1);
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        if (m_party) {
            partystyle::paintFill(&p, r, *m_party, 6);
            const qreal em = fontMetrics().height();
            partystyle::paintIcon(&p, QRectF(r.left() + 8, r.center().y() - em * 0.6, em * 1.2, em * 1.2),
                                  *m_party);
            p.setPen(partystyle::textColor(*m_party));
            p.drawText(r.adjusted(em * 1.2 + 16, 0, -6, 0),
                       Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap, m_text);
        } else {
            p.setPen(QPen(palette().color(QPalette::Mid), 1.5, Qt::DashLine));
            p.setBrush(palette().color(QPalette::AlternateBase));
            p.drawRoundedRect(r, 6, 6);
            p.setPen(palette().color(QPalette::Text));
            p.drawText(r.adjusted(8, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap, m_text);
        }
    }

private:
    std::optional<Party> m_party;
    QString m_text;
};

} // namespace

// --- ClassifyBoard

ClassifyBoard::ClassifyBoard(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("classifyBoard"));
    setAccessibleName(tr("Sorting board"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(metrics::Medium);
}

void ClassifyBoard::clearColumns()
{
    for (QWidget* h : std::as_const(m_headers))
        delete h->parentWidget();
    m_headers.clear();
    m_columns.clear();
    m_parties.clear();
}

void ClassifyBoard::setQuestion(const Question& question)
{
    clearColumns();
    m_locked = false;
    m_parties = question.type == QuestionType::Split
        ? QList<Party> { Party::Aws, Party::Customer }
        : QList<Party> { Party::Aws, Party::Customer, Party::Shared };
    auto* layout = static_cast<QHBoxLayout*>(this->layout());
    const QStringList objectNames { QStringLiteral("toSortList"), QStringLiteral("awsList"),
                                    QStringLiteral("customerList"), QStringLiteral("sharedList") };
    for (int i = 0; i <= int(m_parties.size()); ++i) {
        const std::optional<Party> party = i == 0 ? std::nullopt : std::optional<Party>(m_parties.at(i - 1));
        auto* box = new QWidget;
        auto* v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(metrics::Tight);
        auto* header = new ColumnHeader(party, {});
        auto* list = new BucketList(party);
        list->setObjectName(objectNames.at(party ? int(*party) + 1 : 0));
        v->addWidget(header);
        v->addWidget(list, 1);
        layout->addWidget(box, 1);
        m_headers.append(header);
        m_columns.append(list);
        connect(list, &BucketList::sendRequested, this, [this, list](int column) { send(list, column); });
        connect(list, &BucketList::widthChanged, this, &ClassifyBoard::fitHeight);
        connect(list, &BucketList::neighbourRequested, this, [this, i](int step) {
            const int next = std::clamp(i + step, 0, int(m_columns.size()) - 1);
            m_columns.at(next)->setFocus(Qt::OtherFocusReason);
        });
        for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved }) {
            connect(list->model(), signal, this, [this] {
                updateColumnNames();
                emit changed();
            });
        }
    }
    for (const Choice& c : question.choices) {
        auto* item = new QListWidgetItem(c.text, m_columns.first());
        item->setData(IdRole, c.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    }
    for (BucketList* list : std::as_const(m_columns))
        list->viewport()->setAcceptDrops(true);
    updateColumnNames();
    fitHeight();
}

void ClassifyBoard::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitHeight();
}

void ClassifyBoard::fitHeight()
{
    if (m_columns.isEmpty())
        return;
    const BucketList* sample = m_columns.first();
    // The width a card gets: the list's own viewport once laid out, else the board's share.
    int viewport = sample->viewport()->width();
    if (viewport < 60) {
        const int columns = int(m_columns.size());
        viewport = (width() - layout()->spacing() * (columns - 1)) / columns - 2 * sample->frameWidth();
    }
    const int cardWidth = viewport - 2 * CardSpacing;
    auto heightOf = [&](const QListWidgetItem* item) {
        const QString text = item->data(BoardCardDelegate::VerdictRole).isValid()
            ? QStringLiteral("✓ ") + item->text()
            : item->text();
        return BoardCardDelegate::cardHeight(sample->font(), cardWidth, text,
                                             item->data(BoardCardDelegate::VerdictTextRole).toString())
            + 2 * CardSpacing; // the list keeps the spacing on both sides of every item
    };
    // While sorting, any column may come to hold every item; once checked, nothing moves.
    int needed = 0;
    for (const BucketList* list : std::as_const(m_columns)) {
        int column = 0;
        for (int r = 0; r < list->count(); ++r)
            column += heightOf(list->item(r));
        needed = m_locked ? std::max(needed, column) : needed + column;
    }
    const int height =
        std::max(fontMetrics().height() * 4, needed + CardSpacing + 2 * sample->frameWidth() + 2);
    for (BucketList* list : std::as_const(m_columns))
        list->setMinimumHeight(height);
}

void ClassifyBoard::updateColumnNames()
{
    const bool split = m_parties.size() == 2;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const int n = m_columns.at(i)->count();
        QString name;
        if (i == 0) {
            name = tr("0 · To sort");
            m_columns.at(i)->setAccessibleName(tr("To sort: %n item(s)", nullptr, n));
        } else {
            const Party party = m_parties.at(i - 1);
            const QString who = split ? (party == Party::Aws ? tr("AWS's part") : tr("The customer's part"))
                                      : partystyle::label(party);
            name = QStringLiteral("%1 · %2").arg(i).arg(who);
            m_columns.at(i)->setAccessibleName(tr("%1: %n item(s)", nullptr, n).arg(who));
        }
        static_cast<ColumnHeader*>(m_headers.at(i))->setText(name);
        m_headers.at(i)->setAccessibleName(name);
    }
}

void ClassifyBoard::send(BucketList* from, int column)
{
    if (m_locked || column < 0 || column >= m_columns.size())
        return;
    QListWidgetItem* item = from->currentItem();
    if (!item)
        return;
    BucketList* to = m_columns.at(column);
    if (to == from)
        return;
    const int row = from->row(item);
    to->addItem(from->takeItem(row));
    // Focus stays where the learner is sorting from, on the next item.
    if (from->count() > 0)
        from->setCurrentRow(std::min(row, from->count() - 1));
    else
        to->setFocus(Qt::OtherFocusReason);
}

bool ClassifyBoard::assign(const QString& itemId, std::optional<Party> party)
{
    int target = 0;
    if (party) {
        target = int(m_parties.indexOf(*party)) + 1;
        if (target == 0)
            return false;
    }
    for (BucketList* list : std::as_const(m_columns)) {
        for (int r = 0; r < list->count(); ++r) {
            if (list->item(r)->data(IdRole).toString() == itemId) {
                list->setCurrentRow(r);
                send(list, target);
                return true;
            }
        }
    }
    return false;
}

Answer ClassifyBoard::answer() const
{
    Answer a;
    for (qsizetype i = 1; i < m_columns.size(); ++i) {
        for (int r = 0; r < m_columns.at(i)->count(); ++r)
            a.assigned.insert(m_columns.at(i)->item(r)->data(IdRole).toString(), m_parties.at(i - 1));
    }
    return a;
}

int ClassifyBoard::itemCount() const
{
    int n = 0;
    for (BucketList* list : m_columns)
        n += list->count();
    return n;
}

int ClassifyBoard::sortedCount() const
{
    return itemCount() - (m_columns.isEmpty() ? 0 : m_columns.first()->count());
}

void ClassifyBoard::showVerdicts(const Question& question, const Answer& answer)
{
    m_locked = true;
    for (BucketList* list : std::as_const(m_columns)) {
        list->setDragDropMode(QAbstractItemView::NoDragDrop);
        list->clearSelection(); // the verdicts' tints show, not the selection
        for (int r = 0; r < list->count(); ++r) {
            QListWidgetItem* item = list->item(r);
            const QString id = item->data(IdRole).toString();
            const auto choice = std::find_if(question.choices.cbegin(), question.choices.cend(),
                                             [&](const Choice& c) { return c.id == id; });
            if (choice == question.choices.cend())
                continue;
            const ChoiceVerdict v = choiceVerdict(question, *choice, answer) == ChoiceVerdict::Right
                ? ChoiceVerdict::Right
                : ChoiceVerdict::Wrong;
            const QString words = choiceVerdictText(question, *choice, answer);
            item->setData(BoardCardDelegate::VerdictRole, int(v));
            item->setData(BoardCardDelegate::VerdictTextRole, words);
            item->setToolTip(choice->explanation);
            item->setData(Qt::AccessibleDescriptionRole, words + QLatin1Char(' ') + choice->explanation);
        }
    }
    fitHeight();
}

void ClassifyBoard::focusItems()
{
    for (BucketList* list : std::as_const(m_columns)) {
        if (list->count() > 0) {
            list->setFocus(Qt::OtherFocusReason);
            if (!list->currentItem())
                list->setCurrentRow(0);
            return;
        }
    }
}

} // namespace demarc
