// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchPage.h"

#include "SearchResultsModel.h"
#include "ui/common/Controls.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace demarc {

SearchPage::SearchPage(const ContentRepository& content, QWidget* parent)
    : QWidget(parent)
    , m_content(content)
    , m_model(new SearchResultsModel(this))
    , m_summary(new QLabel)
    , m_list(new QListView)
{
    setObjectName(QStringLiteral("searchView"));
    m_summary->setObjectName(QStringLiteral("searchSummaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setContentsMargins(12, 8, 12, 8);

    m_list->setObjectName(QStringLiteral("searchResultsView"));
    m_list->setAccessibleName(tr("Search results"));
    controls::showAsResults(m_list, m_model);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    setFocusProxy(m_list);

    connect(m_list, &QListView::activated, this, &SearchPage::open);
}

void SearchPage::setQuery(const QString& text)
{
    m_query = text.trimmed();
    auto hits = m_content.search(m_query, MaxResults);
    if (!hits) {
        m_model->setHits({});
        m_summary->setText(tr("Search failed: %1").arg(hits.errorMessage()));
        emit errorOccurred(hits.errorMessage());
        return;
    }
    m_model->setHits(*hits);
    if (m_query.isEmpty())
        m_summary->setText(tr("Type in the search box to search lessons, glossary terms and questions."));
    else if (hits->isEmpty())
        m_summary->setText(tr("Nothing matches “%1”. Try fewer or shorter words.").arg(m_query));
    else
        m_summary->setText(
            tr("%n result(s) for “%1”. Press Enter to open one.", nullptr, int(hits->size())).arg(m_query));
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
}

void SearchPage::open(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const auto kind = static_cast<SearchHit::Kind>(index.data(SearchResultsModel::KindRole).toInt());
    if (kind == SearchHit::Kind::GlossaryTerm)
        emit termRequested(index.data(SearchResultsModel::IdRole).toString());
    else
        emit lessonRequested(index.data(SearchResultsModel::LessonIdRole).toString());
}

} // namespace demarc
