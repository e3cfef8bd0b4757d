// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/FakeContentRepository.h"

#include "core/GlossaryLinks.h"
#include "core/pack/PackParser.h"
#include "support/TestFiles.h"

#include <gtest/gtest.h>

#include <limits>

namespace demarc::test {

namespace {
const Error Broken { QStringLiteral("the store is broken") };
}

FakeContentRepository::FakeContentRepository(Pack pack)
    : m_pack(std::move(pack))
{ }

int FakeContentRepository::reads() const
{
    int all = 0;
    for (int n : std::as_const(m_reads))
        all += n;
    return all;
}

Pack FakeContentRepository::samplePack()
{
    Pack p;
    p.info = { QStringLiteral("sample"),
               QStringLiteral("Sample"),
               1,
               QStringLiteral("en"),
               QStringLiteral("Tests"),
               {},
               {} };
    p.sources = { { QStringLiteral("srm"),
                    QStringLiteral("AWS Shared Responsibility Model"),
                    QStringLiteral("https://aws.amazon.com/compliance/shared-responsibility-model/"),
                    {},
                    QDate(2026, 11, 22) },
                  { QStringLiteral("seed"),
                    QStringLiteral("A course handout"),
                    {},
                    QStringLiteral("000_seed.txt"),
                    QDate(2026, 11, 22) } };
    p.topics = { { QStringLiteral("basics"), QStringLiteral("Basics"), QStringLiteral("A") },
                 { QStringLiteral("aws"), QStringLiteral("AWS's side"), QStringLiteral("C") },
                 { QStringLiteral("empty"), QStringLiteral("A topic without lessons"), {} } };
    auto lesson = [](const char* id, const char* topic, const char* title, const char* body) {
        Lesson l;
        l.id = QLatin1String(id);
        l.topic = QLatin1String(topic);
        l.title = QLatin1String(title);
        l.summary = QStringLiteral("Summary of ") + l.title;
        l.body = QLatin1String(body);
        l.sources = { QStringLiteral("srm"), QStringLiteral("seed") };
        return l;
    };
    p.lessons = {
        lesson("of-and-in", "basics", "Of and in", "AWS secures the cloud; you secure your data in it."),
        lesson("your-share", "basics", "Your share",
               "You patch the **guest OS** and set **security group** rules, **always**."),
        lesson("facilities", "aws", "Facilities",
               "Guards, cameras and two-factor checks <script>alert(1)</script>."),
        lesson("hypervisor", "aws", "The hypervisor", "AWS patches the hypervisor and the host OS."),
        lesson("regions", "aws", "Regions", "Regions hold Availability Zones.")
    };
    auto term = [](const char* id, const char* text, QStringList aliases, const char* definition) {
        return GlossaryTerm { QLatin1String(id),
                              QLatin1String(text),
                              std::move(aliases),
                              QLatin1String(definition),
                              { QStringLiteral("srm") } };
    };
    p.glossary = { term("security-group", "Security group", {}, "A virtual firewall you configure."),
                   term("guest-os", "Guest operating system", { QStringLiteral("guest OS") },
                        "The OS in your instance."),
                   term("hypervisor", "Hypervisor", {},
                        "Software that runs virtual machines; AWS's to patch."),
                   term("availability-zone", "Availability Zone", { QStringLiteral("AZ") },
                        "One or more data centers in a Region.") };
    return p;
}

const Pack& FakeContentRepository::bundledCourse()
{
    static const Pack pack = [] {
        const PackParseResult r = PackParser::parseFile(bundledCoursePath());
        EXPECT_TRUE(r.ok()) << "the bundled course does not parse";
        return r.pack.value_or(Pack {});
    }();
    return pack;
}

DeckMaterial FakeContentRepository::bundledDeckMaterial()
{
    const Pack& p = bundledCourse();
    DeckMaterial m;
    m.stack = ResponsibilityStack(p.layers, p.serviceModels, p.services);
    m.controls = p.controlCategories;
    m.areas = p.customerAreas;
    m.lessons = p.lessons;
    m.questions = p.questions;
    return m;
}

Result<QList<Topic>> FakeContentRepository::topics() const
{
    ++m_reads[QStringLiteral("topics")];
    if (m_failing)
        return Broken;
    return m_pack.topics;
}

Result<QList<Lesson>> FakeContentRepository::lessonOutline() const
{
    ++m_reads[QStringLiteral("lessonOutline")];
    if (m_failing)
        return Broken;
    QList<Lesson> outline;
    for (const Topic& t : m_pack.topics) {
        for (Lesson l : m_pack.lessons) {
            if (l.topic != t.id)
                continue;
            l.body.clear();
            outline.append(l);
        }
    }
    return outline;
}

Result<Lesson> FakeContentRepository::lesson(const QString& id) const
{
    ++m_reads[QStringLiteral("lesson")];
    ++m_lessonLoads;
    if (m_failing)
        return Broken;
    for (const Lesson& l : m_pack.lessons) {
        if (l.id == id)
            return l;
    }
    return Error { QStringLiteral("no lesson %1").arg(id) };
}

Result<QList<Source>> FakeContentRepository::sources() const
{
    ++m_reads[QStringLiteral("sources")];
    if (m_failing)
        return Broken;
    return m_pack.sources;
}

Result<QList<GlossaryTerm>> FakeContentRepository::glossary() const
{
    ++m_reads[QStringLiteral("glossary")];
    if (m_failing)
        return Broken;
    QList<GlossaryTerm> terms = m_pack.glossary;
    std::sort(terms.begin(), terms.end(), [](const GlossaryTerm& a, const GlossaryTerm& b) {
        return a.term.compare(b.term, Qt::CaseInsensitive) < 0;
    });
    return terms;
}

Result<QStringList> FakeContentRepository::lessonsUsingTerm(const QString& termId) const
{
    ++m_reads[QStringLiteral("lessonsUsingTerm")];
    if (m_failing)
        return Broken;
    return lessonsUsingTerms(m_pack.glossary, m_pack.lessons).value(termId);
}

Result<ResponsibilityStack> FakeContentRepository::responsibilityStack() const
{
    ++m_reads[QStringLiteral("responsibilityStack")];
    if (m_failing)
        return Broken;
    return ResponsibilityStack(m_pack.layers, m_pack.serviceModels, m_pack.services);
}

Result<QList<ControlCategory>> FakeContentRepository::controlCategories() const
{
    ++m_reads[QStringLiteral("controlCategories")];
    if (m_failing)
        return Broken;
    return m_pack.controlCategories;
}

Result<QList<CustomerArea>> FakeContentRepository::customerAreas() const
{
    ++m_reads[QStringLiteral("customerAreas")];
    if (m_failing)
        return Broken;
    return m_pack.customerAreas;
}

Result<QList<AnalogyRow>> FakeContentRepository::analogy() const
{
    ++m_reads[QStringLiteral("analogy")];
    if (m_failing)
        return Broken;
    return m_pack.analogy;
}

Result<QList<Question>> FakeContentRepository::questions() const
{
    ++m_reads[QStringLiteral("questions")];
    if (m_failing)
        return Broken;
    return m_pack.questions;
}

Result<QList<Question>> FakeContentRepository::questionOutline() const
{
    ++m_reads[QStringLiteral("questionOutline")];
    if (m_failing)
        return Broken;
    QList<Question> outline = m_pack.questions;
    for (Question& q : outline) {
        q.choices.clear();
        q.facts.clear();
        q.sources.clear();
    }
    return outline;
}

Result<QList<Question>> FakeContentRepository::questionsNamed(const QStringList& ids) const
{
    ++m_reads[QStringLiteral("questionsNamed")];
    m_reads[QStringLiteral("questionsNamedIds")] += int(ids.size());
    if (m_failing)
        return Broken;
    QList<Question> named = m_pack.questions;
    named.removeIf([&](const Question& q) { return !ids.contains(q.id); });
    return named;
}

Result<int> FakeContentRepository::searchCount(const QString& text) const
{
    auto all = searchPage(text, 0, std::numeric_limits<int>::max());
    if (!all)
        return Error { all.errorMessage() };
    return int(all->size());
}

Result<QList<SearchHit>> FakeContentRepository::searchPage(const QString& text, int offset, int limit) const
{
    ++m_reads[QStringLiteral("search")];
    if (m_failing)
        return Broken;
    QList<SearchHit> hits;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return hits;
    for (const Lesson& l : m_pack.lessons) {
        if (l.title.contains(needle, Qt::CaseInsensitive) || l.body.contains(needle, Qt::CaseInsensitive))
            hits.append({ SearchHit::Kind::Lesson, l.id, l.title, l.body, l.id });
    }
    for (const GlossaryTerm& g : m_pack.glossary) {
        if (g.term.contains(needle, Qt::CaseInsensitive)
            || g.definition.contains(needle, Qt::CaseInsensitive))
            hits.append({ SearchHit::Kind::GlossaryTerm, g.id, g.term, g.definition, {} });
    }
    return hits.mid(offset, limit);
}

Result<QList<RetiredItem>> FakeContentRepository::retiredItems() const
{
    ++m_reads[QStringLiteral("retiredItems")];
    if (m_failing)
        return Broken;
    return m_retired;
}

Result<ContentCounts> FakeContentRepository::counts() const
{
    ++m_reads[QStringLiteral("counts")];
    if (m_failing)
        return Broken;
    return ContentCounts { int(m_pack.lessons.size()), int(m_pack.glossary.size()),
                           int(m_pack.questions.size()) };
}

} // namespace demarc::test
