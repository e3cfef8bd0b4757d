// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackEditor.h"

#include "core/pack/PackWriter.h"

#include <QTimer>
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

namespace {

/** The problems the validator of --validate-pack finds in @p pack as it would be written. */
QList<PackProblem> problemsOf(const Pack& pack, const std::optional<PackBase>& base)
{
    const auto lookup = [&](const QString& id) { return base && base->info.id == id ? base : std::nullopt; };
    return PackParser::parse(writePack(pack), pack.info.id + QStringLiteral(".json"), lookup).problems;
}

int itemCount(const Pack& pack)
{
    return int(pack.questions.size() + pack.lessons.size() + pack.glossary.size());
}

} // namespace

PackEditor::PackEditor(PackBaseLookup bases, QObject* parent)
    : QObject(parent)
    , m_bases(std::move(bases))
    , m_undo(new QUndoStack(this))
{
    m_checker.setMaxThreadCount(1);
}

PackEditor::~PackEditor() { m_checker.waitForDone(); }

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
    ++m_generation;
    if (itemCount(m_pack) <= m_synchronousLimit) {
        const bool wasChecking = m_checking;
        m_problems = problemsOf(m_pack, baseOf(m_pack));
        m_checking = false;
        emit packChanged();
        if (wasChecking)
            emit problemsChanged();
        return;
    }
    m_checking = true;
    emit packChanged();
    // Started once the change is on screen: reading the base pack and copying this one for the
    // worker then take nothing from the first showing of a pack or from a key typed.
    if (!m_running)
        QTimer::singleShot(0, this, [this] {
            if (m_checking && !m_running)
                checkInBackground();
        });
}

std::optional<PackBase> PackEditor::baseOf(const Pack& pack)
{
    if (!m_baseRead || m_baseId != pack.info.extends) {
        m_base = m_bases && !pack.info.extends.isEmpty() ? m_bases(pack.info.extends) : std::nullopt;
        m_baseId = pack.info.extends;
        m_baseRead = true;
    }
    return m_base;
}

void PackEditor::checkInBackground()
{
    m_running = true;
    const quint64 generation = m_generation;
    m_checker.start([this, generation, pack = m_pack, base = baseOf(m_pack)] {
        const QList<PackProblem> problems = problemsOf(pack, base);
        QMetaObject::invokeMethod(
            this, [this, generation, problems] { landed(generation, problems); }, Qt::QueuedConnection);
    });
}

void PackEditor::landed(quint64 generation, const QList<PackProblem>& problems)
{
    m_running = false;
    if (!m_checking)
        return; // finishChecking() found them first
    if (generation != m_generation) {
        checkInBackground(); // the pack changed meanwhile: check it as it is now
        return;
    }
    m_problems = problems;
    m_checking = false;
    emit problemsChanged();
}

void PackEditor::finishChecking()
{
    if (!m_checking)
        return;
    m_checker.waitForDone();
    m_problems = problemsOf(m_pack, baseOf(m_pack));
    m_checking = false;
    emit problemsChanged();
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
