// SPDX-License-Identifier: GPL-3.0-or-later
#include "GlossaryPage.h"

#include "GlossaryModel.h"
#include "ui/common/Card.h"
#include "ui/common/ItemViews.h"
#include "ui/common/Metrics.h"
#include "ui/common/NotePanel.h"
#include "ui/common/ReadingBrowser.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QVBoxLayout>

namespace demarc {

GlossaryPage::GlossaryPage(const ContentRepository& content, QWidget* parent)
    : QWidget(parent)
    , m_content(content)
    , m_model(new GlossaryModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_filterEdit(new QLineEdit)
    , m_list(new ListView)
    , m_emptyLabel(new QLabel)
    , m_browser(new ReadingBrowser)
    , m_note(new NotePanel)
{
    setObjectName(QStringLiteral("glossaryView"));

    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(GlossaryModel::SearchTextRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_filter->sort(0);

    m_filterEdit->setObjectName(QStringLiteral("glossaryFilterEdit"));
    m_filterEdit->setAccessibleName(tr("Filter glossary terms"));
    m_filterEdit->setPlaceholderText(tr("Filter terms…"));
    m_filterEdit->setClearButtonEnabled(true);

    m_list->setObjectName(QStringLiteral("glossaryListView"));
    m_list->setAccessibleName(tr("Glossary terms"));
    m_list->setModel(m_filter);
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);

    m_emptyLabel->setObjectName(QStringLiteral("glossaryEmptyLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setVisible(false);

    m_browser->setObjectName(QStringLiteral("glossaryBrowser"));
    m_browser->setAccessibleName(tr("Definition"));

    auto* left = new QWidget;
    left->setMinimumWidth(220);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filterEdit);
    leftLayout->addWidget(m_emptyLabel);
    leftLayout->addWidget(m_list, 1);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("glossarySplitter"));
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(metrics::Medium, metrics::Medium, metrics::Medium, 0);
    rightLayout->setSpacing(0);
    rightLayout->addWidget(new Card(m_browser, metrics::Tight), 1);
    rightLayout->addWidget(m_note);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 300, 700 });
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    setFocusProxy(m_filterEdit);
    connect(m_filterEdit, &QLineEdit::textChanged, this, &GlossaryPage::setFilterText);
    // Down from the filter moves into the list, as in a search field with suggestions.
    connect(m_filterEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_filter->rowCount() > 0) {
            m_list->setFocus();
            if (!m_list->currentIndex().isValid())
                m_list->setCurrentIndex(m_filter->index(0, 0));
        }
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    showDetails(current.data(GlossaryModel::IdRole).toString());
            });
    connect(m_browser, &ReadingBrowser::lessonActivated, this, &GlossaryPage::lessonRequested);
    connect(m_browser, &ReadingBrowser::termActivated, this, &GlossaryPage::showTerm);
}

Status GlossaryPage::reload()
{
    auto terms = m_content.glossary();
    if (!terms)
        return Error { terms.errorMessage() };
    auto sources = m_content.sources();
    if (!sources)
        return Error { sources.errorMessage() };
    auto outline = m_content.lessonOutline();
    if (!outline)
        return Error { outline.errorMessage() };
    m_sources = ReadingBrowser::sourceCatalog(*sources);
    m_lessonTitles.clear();
    for (const Lesson& l : std::as_const(*outline))
        m_lessonTitles.insert(l.id, l.title);
    const QString previous = m_currentId;
    m_currentId.clear();
    m_model->setTerms(*terms);
    if (!showTerm(previous) && m_filter->rowCount() > 0)
        m_list->setCurrentIndex(m_filter->index(0, 0));
    updateEmptyState();
    return {};
}

bool GlossaryPage::showTerm(const QString& id)
{
    const QModelIndex source = m_model->indexOfTerm(id);
    if (!source.isValid())
        return false;
    if (!m_filter->mapFromSource(source).isValid())
        m_filterEdit->clear();
    m_list->setCurrentIndex(m_filter->mapFromSource(source));
    m_list->scrollTo(m_list->currentIndex());
    showDetails(id);
    return true;
}

void GlossaryPage::setFilterText(const QString& text)
{
    if (m_filterEdit->text() != text)
        m_filterEdit->setText(text); // comes back here through textChanged
    m_filter->setFilterFixedString(text.trimmed());
    updateEmptyState();
    if (m_filter->rowCount() > 0 && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_filter->index(0, 0));
}

void GlossaryPage::showDetails(const QString& id)
{
    const GlossaryTerm* term = m_model->term(id);
    if (!term || id == m_currentId)
        return;
    m_currentId = id;
    QString md = QStringLiteral("# %1\n\n").arg(ReadingBrowser::escapeMarkdown(term->term));
    if (!term->aliases.isEmpty()) {
        QStringList escaped;
        for (const QString& a : term->aliases)
            escaped.append(ReadingBrowser::escapeMarkdown(a));
        md += QStringLiteral("*%1 %2*\n\n").arg(tr("Also written:"), escaped.join(QStringLiteral(", ")));
    }
    md += term->definition + QLatin1String("\n\n");
    auto lessons = m_content.lessonsUsingTerm(id);
    if (!lessons) {
        emit errorOccurred(lessons.errorMessage());
    } else {
        md += QStringLiteral("### %1\n\n").arg(tr("Used in these lessons"));
        if (lessons->isEmpty())
            md += tr("No lesson uses this term yet.") + QLatin1String("\n");
        for (const QString& lessonId : std::as_const(*lessons)) {
            md +=
                QStringLiteral("- [%1](lesson:%2)\n")
                    .arg(ReadingBrowser::escapeMarkdown(m_lessonTitles.value(lessonId, lessonId)), lessonId);
        }
    }
    md += ReadingBrowser::sourcesMarkdown(term->sources, m_sources);
    m_browser->setReadingMarkdown(md);
    m_note->setTarget(NoteTarget::term(id), term->term);
}

void GlossaryPage::updateEmptyState()
{
    const bool empty = m_filter->rowCount() == 0;
    m_emptyLabel->setVisible(empty);
    if (empty) {
        m_emptyLabel->setText(m_model->rowCount() == 0
                                  ? tr("No glossary terms are installed.")
                                  : tr("No term matches “%1”.").arg(m_filterEdit->text()));
    }
}

} // namespace demarc
