// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchPage.h"

#include "SearchResultsModel.h"
#include "ui/common/Controls.h"
#include "ui/common/ItemViews.h"
#include "ui/common/Metrics.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace demarc {

SearchPage::SearchPage(const ContentRepository& content, QWidget* parent)
    : QWidget(parent)
    , m_content(content)
    , m_model(new SearchResultsModel(this))
    , m_summary(new QLabel)
    , m_list(new ListView)
{
    setObjectName(QStringLiteral("searchView"));
    m_summary->setObjectName(QStringLiteral("searchSummaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setContentsMargins(metrics::bar());

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
    connect(m_model, &SearchResultsModel::fetchFailed, this, [this](const QString& message) {
        m_summary->setText(tr("More results cannot be read: %1").arg(message));
        emit errorOccurred(message);
    });
}

void SearchPage::setQuery(const QString& text)
{
    m_query = text.trimmed();
    // The first page now, the rest as the list is scrolled to them.
    auto total = m_content.searchCount(m_query);
    const Status shown = !total ? Status(Error { total.errorMessage() })
                                : m_model->setSearch(
                                    [this, query = m_query](int offset, int limit) {
                                        return m_content.searchPage(query, offset, limit);
                                    },
                                    *total);
    if (!shown) {
        m_model->setHits({});
        m_summary->setText(tr("Search failed: %1").arg(shown.errorMessage()));
        emit errorOccurred(shown.errorMessage());
        return;
    }
    if (m_query.isEmpty())
        m_summary->setText(tr("Type in the search box to search lessons, glossary terms and questions."));
    else if (m_model->total() == 0)
        m_summary->setText(tr("Nothing matches “%1”. Try fewer or shorter words.").arg(m_query));
    else
        m_summary->setText(
            tr("%n result(s) for “%1”. Press Enter to open one.", nullptr, m_model->total()).arg(m_query));
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
