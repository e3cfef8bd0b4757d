// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackEditor.h"

#include "core/pack/PackWriter.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace demarc {

/** One change to the pack, kept as the pack before and after it. */
class PackChangeCommand : public QUndoCommand
{
public:
    PackChangeCommand(PackEditor* editor, const QString& text, Pack before, Pack after, QString mergeKey)
        : QUndoCommand(text)
        , m_editor(editor)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeKey(std::move(mergeKey))
    { }

    void undo() override { m_editor->apply(m_before); }
    void redo() override { m_editor->apply(m_after); }
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = static_cast<const PackChangeCommand*>(other);
        if (next->m_mergeKey != m_mergeKey)
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    PackEditor* m_editor;
    Pack m_before;
    Pack m_after;
    QString m_mergeKey;
};

PackEditor::PackEditor(PackBaseLookup bases, QObject* parent)
    : QObject(parent)
    , m_bases(std::move(bases))
    , m_undo(new QUndoStack(this))
{ }

void PackEditor::setPack(const Pack& pack)
{
    // The course a pack extends is read once per pack opened, not at every keystroke.
    m_base.reset();
    m_baseRead = false;
    m_undo->clear();
    apply(pack);
    m_undo->setClean();
}

void PackEditor::change(const QString& text, const std::function<void(Pack&)>& edit, const QString& mergeKey)
{
    Pack after = m_pack;
    edit(after);
    if (after == m_pack)
        return;
    m_undo->push(new PackChangeCommand(this, text, m_pack, std::move(after), mergeKey));
}

void PackEditor::apply(const Pack& pack)
{
    emit packAboutToChange(pack);
    m_pack = pack;
    // The pack as it would be written, through the validator of --validate-pack.
    const auto base = [this](const QString& id) -> std::optional<PackBase> {
        if (!m_baseRead || m_baseId != id) {
            m_base = m_bases ? m_bases(id) : std::nullopt;
            m_baseId = id;
            m_baseRead = true;
        }
        return m_base;
    };
    m_problems =
        PackParser::parse(writePack(m_pack), m_pack.info.id + QStringLiteral(".json"), base).problems;
    emit packChanged();
}

QList<PackProblem> PackEditor::problemsUnder(const QString& pointer) const
{
    QList<PackProblem> out;
    for (const PackProblem& p : m_problems) {
        if (p.pointer == pointer || p.pointer.startsWith(pointer + u'/'))
            out.append(p);
    }
    return out;
}

QString PackEditor::problemTextUnder(const QString& pointer) const
{
    QStringList lines;
    for (const PackProblem& p : problemsUnder(pointer))
        lines.append(p.message);
    return lines.join(u'\n');
}

bool PackEditor::isModified() const { return !m_undo->isClean(); }

void PackEditor::markSaved() { m_undo->setClean(); }

} // namespace demarc
