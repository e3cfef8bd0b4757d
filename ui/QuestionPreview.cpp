// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuestionPreview.h"

#include "QuizPage.h"

#include "core/LearnerRepository.h"

#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace demarc {

/** The course, with the question being previewed as the whole bank. */
class QuestionPreview::Content final : public ContentRepository
{
public:
    explicit Content(const ContentRepository& course) : m_course(course) { }

    void set(const Question& question, const QList<Topic>& topics)
    {
        m_questions = { question };
        m_topics = topics;
    }

    Result<QList<Topic>> topics() const override
    {
        auto course = m_course.topics();
        if (!course)
            return course;
        QList<Topic> all = *course;
        for (const Topic& t : m_topics) {
            if (std::none_of(all.cbegin(), all.cend(), [&](const Topic& x) { return x.id == t.id; }))
                all.append(t);
        }
        return all;
    }
    Result<QList<Lesson>> lessonOutline() const override { return m_course.lessonOutline(); }
    Result<Lesson> lesson(const QString& id) const override { return m_course.lesson(id); }
    Result<QList<Source>> sources() const override { return m_course.sources(); }
    Result<QList<GlossaryTerm>> glossary() const override { return m_course.glossary(); }
    Result<QStringList> lessonsUsingTerm(const QString& termId) const override { return m_course.lessonsUsingTerm(termId); }
    Result<ResponsibilityStack> responsibilityStack() const override { return m_course.responsibilityStack(); }
    Result<QList<ControlCategory>> controlCategories() const override { return m_course.controlCategories(); }
    Result<QList<CustomerArea>> customerAreas() const override { return m_course.customerAreas(); }
    Result<QList<AnalogyRow>> analogy() const override { return m_course.analogy(); }
    Result<QList<Question>> questions() const override { return m_questions; }
    Result<QList<SearchHit>> search(const QString& text, int limit) const override { return m_course.search(text, limit); }
    Result<QList<RetiredItem>> retiredItems() const override { return QList<RetiredItem> {}; }

private:
    const ContentRepository& m_course;
    QList<Question> m_questions;
    QList<Topic> m_topics;
};

/** A learner with no past who forgets every answer: a preview records nothing. */
class QuestionPreview::Learner final : public LearnerRepository
{
public:
    Status recordAttempt(const Attempt&, const ReviewState&) override { return {}; }
    Result<QHash<QString, ItemStats>> itemStats() const override { return QHash<QString, ItemStats> {}; }
    Result<QList<DayActivity>> dailyActivity(const QDate&) const override { return QList<DayActivity> {}; }
    Result<QHash<QString, ReviewState>> reviewStates() const override { return QHash<QString, ReviewState> {}; }
    Status recordExam(const ExamResult&) override { return {}; }
    Result<ExamRecord> examRecord() const override { return ExamRecord {}; }
    Result<int> attemptCount() const override { return 0; }
    Result<QList<Attempt>> attempts() const override { return QList<Attempt> {}; }
    Result<QList<Note>> notes() const override { return QList<Note> {}; }
    Result<std::optional<Note>> note(const NoteTarget&) const override { return std::optional<Note> {}; }
    Status saveNote(const NoteTarget&, const QString&) override { return {}; }
    Result<QList<Bookmark>> bookmarks() const override { return QList<Bookmark> {}; }
    Status setBookmarked(const NoteTarget&, bool) override { return {}; }
    Result<QStringList> presenterDeck() const override { return QStringList {}; }
    Status savePresenterDeck(const QStringList&) override { return {}; }
};

QuestionPreview::QuestionPreview(const ContentRepository& course, QWidget* parent)
    : QWidget(parent)
    , m_previewContent(std::make_unique<Content>(course))
    , m_previewLearner(std::make_unique<Learner>())
    , m_stack(new QStackedWidget)
    , m_reason(new QLabel)
{
    setObjectName(QStringLiteral("questionPreview"));
    m_reason->setObjectName(QStringLiteral("previewReason"));
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_reason->setMargin(16);
    m_stack->addWidget(m_reason);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

QuestionPreview::~QuestionPreview()
{
    // The quiz page reads the preview's content and learner to its end.
    delete m_quiz;
}

bool QuestionPreview::isAsking() const { return m_quiz && m_stack->currentWidget() == m_quiz; }

Status QuestionPreview::preview(const Question& question, const QList<Topic>& topics, const QString& problems)
{
    if (!problems.isEmpty()) {
        m_reason->setText(tr("The preview shows the question once it has no problems:\n\n%1").arg(problems));
        m_stack->setCurrentWidget(m_reason);
        return {};
    }
    m_previewContent->set(question, topics);
    if (!m_quiz) {
        // Made when first needed: most sessions never preview a question.
        m_quiz = new QuizPage(*m_previewContent, *m_previewLearner);
        m_stack->addWidget(m_quiz);
    }
    if (Status s = m_quiz->reload(); !s)
        return s;
    if (!m_quiz->startWith({ question.id }, QuizMode::Practice))
        return Error { tr("the question \"%1\" cannot be asked").arg(question.id) };
    m_stack->setCurrentWidget(m_quiz);
    return {};
}

} // namespace demarc
