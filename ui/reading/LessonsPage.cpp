// SPDX-License-Identifier: GPL-3.0-or-later
#include "LessonsPage.h"

#include "LessonTocModel.h"
#include "WrappingTree.h"
#include "ui/common/Card.h"
#include "ui/common/ItemViews.h"
#include "ui/common/Metrics.h"
#include "ui/common/NotePanel.h"
#include "ui/common/ReadingBrowser.h"
#include "ui/paint/TextFit.h"

#include "core/GlossaryLinks.h"
#include "core/LearnerRepository.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSplitter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTreeView>
#include <QVBoxLayout>

namespace demarc {

LessonsPage::LessonsPage(const ContentRepository& content, QWidget* parent)
    : QWidget(parent)
    , m_content(content)
    , m_toc(new LessonTocModel(this))
    , m_tocView(new WrappingTree)
    , m_browser(new ReadingBrowser)
    , m_previous(new QPushButton)
    , m_next(new QPushButton)
    , m_position(new QLabel)
    , m_note(new NotePanel)
{
    setObjectName(QStringLiteral("lessonsView"));

    m_tocView->setObjectName(QStringLiteral("lessonTocView"));
    m_tocView->setAccessibleName(tr("Table of contents"));
    m_tocView->setModel(m_toc);
    m_tocView->setHeaderHidden(true);
    m_tocView->setMinimumWidth(220);
    m_tocView->setSelectionMode(QAbstractItemView::SingleSelection);

    m_browser->setObjectName(QStringLiteral("lessonBrowser"));
    m_browser->setAccessibleName(tr("Lesson text"));

    m_previous->setObjectName(QStringLiteral("previousLessonButton"));
    m_previous->setAccessibleName(tr("Previous lesson"));
    m_previous->setToolTip(tr("Previous lesson (Alt+Left)"));
    m_next->setObjectName(QStringLiteral("nextLessonButton"));
    m_next->setAccessibleName(tr("Next lesson"));
    m_next->setToolTip(tr("Next lesson (Alt+Right)"));
    m_position->setObjectName(QStringLiteral("lessonPositionLabel"));
    m_position->setAlignment(Qt::AlignCenter);

    auto* navigation = new QHBoxLayout;
    navigation->setContentsMargins(metrics::bar());
    navigation->addWidget(m_previous);
    navigation->addStretch();
    navigation->addWidget(m_position);
    navigation->addStretch();
    navigation->addWidget(m_next);

    auto* reader = new QWidget;
    auto* readerLayout = new QVBoxLayout(reader);
    readerLayout->setContentsMargins(metrics::Medium, metrics::Medium, metrics::Medium, 0);
    readerLayout->setSpacing(0);
    readerLayout->addWidget(new Card(m_browser, metrics::Tight), 1);
    readerLayout->addWidget(m_note);
    readerLayout->addLayout(navigation);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("lessonsSplitter"));
    splitter->addWidget(m_tocView);
    splitter->addWidget(reader);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 280, 900 });
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_previous, &QPushButton::clicked, this, &LessonsPage::showPreviousLesson);
    connect(m_next, &QPushButton::clicked, this, &LessonsPage::showNextLesson);
    auto* back =
        new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Left), this, this, &LessonsPage::showPreviousLesson);
    back->setContext(Qt::WidgetWithChildrenShortcut);
    auto* forward =
        new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Right), this, this, &LessonsPage::showNextLesson);
    forward->setContext(Qt::WidgetWithChildrenShortcut);

    connect(m_tocView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (current.data(LessonTocModel::IsLessonRole).toBool())
                    showLesson(current.data(LessonTocModel::IdRole).toString());
            });
    connect(m_browser, &ReadingBrowser::lessonActivated, this, &LessonsPage::showLesson);
    connect(m_browser, &ReadingBrowser::termActivated, this, &LessonsPage::termRequested);
    updateNavigation();
}

void LessonsPage::setLearnerStore(LearnerRepository* store)
{
    m_store = store;
    if (!store)
        return;
    auto read = store->lessonsRead();
    if (!read) {
        emit errorOccurred(read.errorMessage());
        return;
    }
    m_toc->setRead(*read);
    // The lesson on show was opened before the store came: it counts as read.
    if (!m_currentId.isEmpty() && !read->contains(m_currentId)) {
        if (Status s = store->markLessonRead(m_currentId, QDateTime::currentDateTimeUtc()); s)
            m_toc->markRead(m_currentId);
    }
}

int LessonsPage::lessonCount() const { return int(m_toc->lessonIds().size()); }

Status LessonsPage::reload()
{
    auto topics = m_content.topics();
    if (!topics)
        return Error { topics.errorMessage() };
    auto outline = m_content.lessonOutline();
    if (!outline)
        return Error { outline.errorMessage() };
    auto sources = m_content.sources();
    if (!sources)
        return Error { sources.errorMessage() };
    m_sources = ReadingBrowser::sourceCatalog(*sources);
    auto glossary = m_content.glossary();
    if (!glossary)
        return Error { glossary.errorMessage() };
    m_glossary = *glossary;
    const QString previous = m_currentId;
    m_currentId.clear();
    m_toc->setOutline(*topics, *outline);
    m_tocView->expandAll();
    const QStringList ids = m_toc->lessonIds();
    if (ids.contains(previous))
        showLesson(previous);
    else if (!ids.isEmpty())
        showLesson(ids.first());
    else
        m_browser->setReadingMarkdown(tr("No lessons are installed."));
    updateNavigation();
    return {};
}

bool LessonsPage::showLesson(const QString& id)
{
    if (id == m_currentId)
        return true;
    const QModelIndex index = m_toc->indexOfLesson(id);
    if (!index.isValid())
        return false;
    auto lesson = m_content.lesson(id);
    if (!lesson) {
        emit errorOccurred(lesson.errorMessage());
        return false;
    }
    m_currentId = id;
    if (m_store && !m_toc->data(index, LessonTocModel::ReadRole).toBool()) {
        if (Status s = m_store->markLessonRead(id, QDateTime::currentDateTimeUtc()); !s)
            emit errorOccurred(s.errorMessage());
        else
            m_toc->markRead(id);
    }
    QString md =
        QStringLiteral("*%1*\n\n# %2\n\n**%3**\n\n%4")
            .arg(ReadingBrowser::escapeMarkdown(index.parent().data().toString()),
                 ReadingBrowser::escapeMarkdown(lesson->title),
                 ReadingBrowser::escapeMarkdown(lesson->summary), withTermLinks(lesson->body, m_glossary));
    md += ReadingBrowser::sourcesMarkdown(lesson->sources, m_sources);
    m_browser->setReadingMarkdown(md);
    m_browser->setExtraSelections({});
    m_note->setTarget(NoteTarget::lesson(id), lesson->title);
    m_tocView->setCurrentIndex(index);
    m_tocView->scrollTo(index);
    updateNavigation();
    emit currentLessonChanged(id);
    return true;
}

void LessonsPage::highlightWords(const QString& text)
{
    QList<QTextEdit::ExtraSelection> marks;
    QTextCursor first;
    static const QRegularExpression word(QStringLiteral("[\\w']+"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString w = it.next().captured();
        if (w.size() < 2)
            continue;
        const QRegularExpression place(QStringLiteral("\\b%1\\w*").arg(QRegularExpression::escape(w)),
                                       QRegularExpression::CaseInsensitiveOption);
        QTextDocument* document = m_browser->document();
        for (QTextCursor c = document->find(place); !c.isNull(); c = document->find(place, c)) {
            QTextEdit::ExtraSelection mark;
            mark.cursor = c;
            mark.format.setBackground(palette().color(QPalette::Highlight));
            mark.format.setForeground(palette().color(QPalette::HighlightedText));
            marks.append(mark);
            if (first.isNull() || c.selectionStart() < first.selectionStart())
                first = c;
        }
    }
    m_browser->setExtraSelections(marks);
    if (!first.isNull()) {
        m_browser->setTextCursor(first);
        m_browser->ensureCursorVisible();
    }
}

void LessonsPage::showNextLesson()
{
    const QStringList ids = m_toc->lessonIds();
    const qsizetype at = ids.indexOf(m_currentId);
    if (at >= 0 && at + 1 < ids.size())
        showLesson(ids.at(at + 1));
}

void LessonsPage::showPreviousLesson()
{
    const QStringList ids = m_toc->lessonIds();
    const qsizetype at = ids.indexOf(m_currentId);
    if (at > 0)
        showLesson(ids.at(at - 1));
}

void LessonsPage::updateNavigation()
{
    const QStringList ids = m_toc->lessonIds();
    const qsizetype at = ids.indexOf(m_currentId);
    const bool hasPrevious = at > 0;
    const bool hasNext = at >= 0 && at + 1 < ids.size();
    m_previous->setEnabled(hasPrevious);
    m_next->setEnabled(hasNext);
    // A long title is shortened on its button; the whole title is its tooltip.
    const QFontMetricsF fm(m_previous->fontMetrics());
    const int width = m_previous->fontMetrics().averageCharWidth() * 32;
    const QString previous = hasPrevious ? m_toc->lessonTitle(ids.at(at - 1)) : QString();
    const QString next = hasNext ? m_toc->lessonTitle(ids.at(at + 1)) : QString();
    m_previous->setText(hasPrevious ? textfit::elided(fm, QStringLiteral("← ") + previous, Qt::ElideRight,
                                                      width, "previous lesson button")
                                    : tr("← Previous"));
    m_previous->setToolTip(hasPrevious ? tr("Previous lesson (Alt+Left): %1").arg(previous)
                                       : tr("Previous lesson (Alt+Left)"));
    m_next->setText(
        hasNext ? textfit::elided(fm, next + QStringLiteral(" →"), Qt::ElideLeft, width, "next lesson button")
                : tr("Next →"));
    m_next->setToolTip(hasNext ? tr("Next lesson (Alt+Right): %1").arg(next) : tr("Next lesson (Alt+Right)"));
    m_position->setText(at >= 0 ? tr("Lesson %1 of %2").arg(at + 1).arg(ids.size()) : QString());
}

} // namespace demarc
