// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChoicesModel.h"

#include "PackEditor.h"

namespace demarc {

ChoicesModel::ChoicesModel(PackEditor& editor, QObject* parent)
    : ListTableModel(parent)
    , m_editor(editor)
{
    // A choice added, removed or moved is told as such; a question that is gone empties the table.
    connect(&m_editor, &PackEditor::packAboutToChange, this, [this](const Pack& next) {
        beginChange(m_question >= next.questions.size() ? ListChange { ListChange::Kind::Replaced, 0, 0, 0 }
                                                        : listChange(ids(m_editor.pack()), ids(next)));
    });
    connect(&m_editor, &PackEditor::packChanged, this, [this] {
        endChange([this] {
            if (m_question >= m_editor.pack().questions.size())
                m_question = -1;
            m_rows = count();
        });
        emit headerDataChanged(Qt::Horizontal, Answer, Answer);
    });
    connect(&m_editor, &PackEditor::problemsChanged, this, &ChoicesModel::announceAllData);
}

QStringList ChoicesModel::ids(const Pack& pack) const
{
    QStringList out;
    if (m_question >= 0 && m_question < pack.questions.size()) {
        for (const Choice& c : pack.questions.at(m_question).choices)
            out.append(c.id);
    }
    return out;
}

int ChoicesModel::count() const
{
    const auto& questions = m_editor.pack().questions;
    return m_question >= 0 && m_question < questions.size() ? int(questions.at(m_question).choices.size())
                                                            : 0;
}

void ChoicesModel::setQuestion(int row)
{
    beginResetModel();
    m_question = row;
    m_rows = count();
    endResetModel();
}

bool ChoicesModel::assignsParties() const
{
    const auto& questions = m_editor.pack().questions;
    return m_question >= 0 && m_question < questions.size() && questions.at(m_question).assignsParties();
}

QString ChoicesModel::pointer(int row, int column) const
{
    static const char* const keys[] = { "id", "text", nullptr, "explanation" };
    QString p = QStringLiteral("/questions/%1/choices/%2").arg(m_question).arg(row);
    if (column == Answer)
        p += assignsParties() ? QStringLiteral("/party") : QStringLiteral("/correct");
    else if (column >= 0)
        p += u'/' + QLatin1String(keys[column]);
    return p;
}

int ChoicesModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : m_rows; }

int ChoicesModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ChoicesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows)
        return {};
    const Choice& c = m_editor.pack().questions.at(m_question).choices.at(index.row());
    if (role == ProblemsRole)
        return m_editor.problemTextUnder(pointer(index.row(), index.column()));
    if (role == Qt::ToolTipRole)
        return m_editor.problemTextUnder(pointer(index.row(), -1));
    if (index.column() == Answer) {
        if (assignsParties()) {
            if (role == Qt::DisplayRole)
                return c.party ? partyName(*c.party) : QString();
            if (role == Qt::EditRole)
                return c.party ? partyId(*c.party) : QString();
            return {};
        }
        if (role == Qt::CheckStateRole)
            return c.correct ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::DisplayRole)
            return c.correct ? tr("Right") : tr("Wrong"); // said in words beside the box
        if (role == Qt::EditRole)
            return c.correct;
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Id: return c.id;
    case Text: return c.text;
    case Explanation: return c.explanation;
    default: return {};
    }
}

bool ChoicesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.row() >= m_rows)
        return false;
    const int question = m_question;
    const int row = index.row();
    const int column = index.column();
    if (column == Answer && !assignsParties() && (role == Qt::CheckStateRole || role == Qt::EditRole)) {
        const bool correct = role == Qt::CheckStateRole ? value.toInt() == Qt::Checked : value.toBool();
        if (correct == m_editor.pack().questions.at(question).choices.at(row).correct)
            return false;
        m_editor.change(correct ? tr("Mark a choice right") : tr("Mark a choice wrong"),
                        [&](Pack& p) { p.questions[question].choices[row].correct = correct; });
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    const QString text = value.toString();
    if (column == Answer) {
        const auto party = partyFromId(text);
        if (!party || m_editor.pack().questions.at(question).choices.at(row).party == party)
            return false;
        m_editor.change(tr("Set a choice's party"),
                        [&](Pack& p) { p.questions[question].choices[row].party = party; });
        return true;
    }
    if (data(index, Qt::EditRole).toString() == text)
        return false;
    m_editor.change(
        column == Id         ? tr("Edit choice id")
            : column == Text ? tr("Edit choice text")
                             : tr("Edit explanation"),
        [&](Pack& p) {
            Choice& c = p.questions[question].choices[row];
            if (column == Id)
                c.id = text.trimmed();
            else if (column == Text)
                c.text = text;
            else
                c.explanation = text;
        },
        pointer(row, column));
    return true;
}

Qt::ItemFlags ChoicesModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
    if (index.column() == Answer && !assignsParties())
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ChoicesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id: return tr("Id");
    case Text: return tr("Choice");
    case Answer: return assignsParties() ? tr("Whose job") : tr("Right?");
    case Explanation: return tr("Why (shown after answering)");
    default: return {};
    }
}

int ChoicesModel::addChoice()
{
    if (m_question < 0)
        return -1;
    const int question = m_question;
    const int row = m_rows;
    m_editor.change(tr("Add a choice"), [&](Pack& p) {
        Question& q = p.questions[question];
        QString id;
        for (char letter = 'a'; letter <= 'z' && id.isEmpty(); ++letter) {
            const QString candidate(QLatin1Char { letter });
            if (std::none_of(q.choices.cbegin(), q.choices.cend(),
                             [&](const Choice& c) { return c.id == candidate; }))
                id = candidate;
        }
        Choice c;
        c.id = id.isEmpty() ? QStringLiteral("choice-%1").arg(q.choices.size() + 1) : id;
        if (q.assignsParties())
            c.party = Party::Customer;
        q.choices.append(c);
    });
    return row;
}

void ChoicesModel::removeChoice(int row)
{
    if (m_question < 0 || row < 0 || row >= m_rows)
        return;
    const int question = m_question;
    m_editor.change(tr("Remove a choice"), [&](Pack& p) { p.questions[question].choices.removeAt(row); });
}

void ChoicesModel::moveChoice(int row, int by)
{
    const int to = row + by;
    if (m_question < 0 || row < 0 || row >= m_rows || to < 0 || to >= m_rows)
        return;
    const int question = m_question;
    m_editor.change(tr("Move a choice"), [&](Pack& p) { p.questions[question].choices.move(row, to); });
}

} // namespace demarc
