// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing cut that carries meaning: every view, the diagram of every model and service and the
// comparison of every pair, at the two window sizes Demarc is made for.
#include "ui/WindowTest.h"
#include "ui/paint/DiagramPainter.h"
#include "ui/paint/TextFit.h"

#include "support/QtPrinters.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyleOptionComboBox>
#include <QTabWidget>
#include <QTableView>

using namespace demarc;
using textfit::ElisionLog;

namespace {

const QList<QSize> WindowSizes { { 1024, 768 }, { 1920, 1080 } };
const QStringList Marks { QStringLiteral("◆"), QStringLiteral("(!)") };

/** What a widget cannot show of its text in the room it was given, in words; empty when all fits. */
QString clipped(const QWidget* w)
{
    if (const auto* label = qobject_cast<const QLabel*>(w); label && !label->text().isEmpty()) {
        if (label->wordWrap() ? label->heightForWidth(label->width()) > label->height()
                              : label->minimumSizeHint().width() > label->width())
            return QStringLiteral("label \"%1\" (%2×%3)")
                .arg(label->text())
                .arg(label->width())
                .arg(label->height());
        return {};
    }
    if (const auto* box = qobject_cast<const QComboBox*>(w)) {
        QStyleOptionComboBox option;
        option.initFrom(box);
        option.editable = box->isEditable();
        const QRect field =
            box->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, box);
        const int needed = box->fontMetrics().horizontalAdvance(box->currentText())
            + (box->itemIcon(box->currentIndex()).isNull() ? 0 : box->iconSize().width() + 4);
        if (needed > field.width())
            return QStringLiteral("combo box \"%1\" (%2 px for %3)")
                .arg(box->currentText())
                .arg(field.width())
                .arg(needed);
        return {};
    }
    if (const auto* button = qobject_cast<const QAbstractButton*>(w); button && !button->text().isEmpty()) {
        if (button->minimumSizeHint().width() > button->width())
            return QStringLiteral("button \"%1\"").arg(button->text());
        return {};
    }
    if (const auto* table = qobject_cast<const QTableView*>(w); table && table->model()
        && table->objectName() != QLatin1String("matrixTableView")) { // the matrix paints parties, not text
        // A cell wraps between words; a word wider than its column is cut.
        // The delegate's margin either side of the text (Qt's item views use the focus frame's).
        const int padding =
            2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
        for (int c = 0; c < table->model()->columnCount(); ++c) {
            for (int r = 0; r < table->model()->rowCount(); ++r) {
                const QString text = table->model()->index(r, c).data().toString();
                for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                    if (table->fontMetrics().horizontalAdvance(word) + padding > table->columnWidth(c))
                        return QStringLiteral("cell \"%1\" (%2 px wide)")
                            .arg(text)
                            .arg(table->columnWidth(c));
                }
            }
        }
        return {};
    }
    if (const auto* header = qobject_cast<const QHeaderView*>(w); header && header->model()) {
        for (int s = 0; s < header->count(); ++s) {
            if (header->isSectionHidden(s))
                continue;
            const QString text = header->model()->headerData(s, header->orientation()).toString();
            QFont font = header->font();
            font.setBold(true);
            const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
            const QFontMetrics fm(font);
            if (header->defaultAlignment() & Qt::TextWordWrap) {
                const QRect room(0, 0, header->sectionSize(s) - 2 * margin, QWIDGETSIZE_MAX);
                const int needed = fm.boundingRect(room, Qt::AlignCenter | Qt::TextWordWrap, text).height();
                if (needed > header->height() - 2 * margin)
                    return QStringLiteral("header \"%1\" (%2 px high for %3)")
                        .arg(text)
                        .arg(header->height())
                        .arg(needed);
                continue;
            }
            const int needed = fm.horizontalAdvance(text) + 2 * margin;
            if (header->orientation() == Qt::Horizontal && needed > header->sectionSize(s))
                return QStringLiteral("header \"%1\" (%2 px for %3)")
                    .arg(text)
                    .arg(header->sectionSize(s))
                    .arg(needed);
        }
    }
    return {};
}

/** Everything visible under @p root that is cut, one line each. */
QStringList clippedUnder(const QWidget* root)
{
    QStringList found;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(const_cast<QWidget*>(root));
    for (const QWidget* w : std::as_const(widgets)) {
        if (!w->isVisible())
            continue;
        if (const QString what = clipped(w); !what.isEmpty())
            found << QStringLiteral("%1 in %2")
                         .arg(what, w->parentWidget() ? w->parentWidget()->objectName() : QString());
    }
    return found;
}

/** The log's entries in words, one line each. */
QStringList described(const ElisionLog& log)
{
    QStringList out;
    for (const textfit::Elision& e : log.entries())
        out << QStringLiteral("%1: \"%2\" shown as \"%3\" in %4 px")
                   .arg(e.where, e.text, e.shown)
                   .arg(e.width);
    return out;
}

/** Paints @p widget as the screen would; saved as @p shot when DEMARC_TEST_SHOTS names a folder. */
void paintNow(QWidget* widget, const QString& shot = {})
{
    QImage image(widget->size(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    widget->render(&painter);
    painter.end();
    const QString folder = qEnvironmentVariable("DEMARC_TEST_SHOTS");
    if (!folder.isEmpty() && !shot.isEmpty())
        image.save(QStringLiteral("%1/%2.png").arg(folder, shot));
}

class ClippingTest : public test::WindowTest
{
protected:
    void openAt(QSize size)
    {
        openWindow(Show::No);
        m_window->resize(size);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        ASSERT_EQ(m_window->size(), size) << "the window needs more room than the screen gives";
    }
};

} // namespace

TEST(TextFit, a_label_wraps_then_shrinks_and_is_cut_last_keeping_its_marks)
{
    QFont font;
    font.setPixelSize(20);
    const textfit::Label name(QStringLiteral("Network & firewall configuration"), QStringLiteral("◆ "),
                              QStringLiteral("  (!)"));
    const qreal oneLine = QFontMetricsF(font).horizontalAdvance(name.whole());
    const qreal lineHeight = QFontMetricsF(font).lineSpacing();
    ElisionLog log;

    textfit::Fit fit = textfit::fit(name, font, QSizeF(oneLine + 1, lineHeight), 0.8, 2, "test");
    EXPECT_EQ(fit.lines, QStringList { name.whole() });
    EXPECT_EQ(fit.font.pixelSize(), 20);

    fit = textfit::fit(name, font, QSizeF(oneLine * 0.6, lineHeight * 2.1), 0.8, 2, "test");
    EXPECT_EQ(fit.lines.size(), 2) << "wrapped at its own size first";
    EXPECT_EQ(fit.font.pixelSize(), 20);
    EXPECT_EQ(fit.lines.join(QLatin1Char(' ')), name.whole().simplified());

    fit = textfit::fit(name, font, QSizeF(oneLine * 0.85, lineHeight * 1.2), 0.8, 2, "test");
    EXPECT_EQ(fit.lines.size(), 1) << "no room for two lines: smaller";
    EXPECT_LT(fit.font.pixelSize(), 20);
    EXPECT_FALSE(fit.cut);
    EXPECT_TRUE(log.entries().isEmpty()) << described(log).join(QLatin1Char('\n')).toStdString();

    fit = textfit::fit(name, font, QSizeF(oneLine * 0.4, lineHeight), 0.8, 2, "test");
    ASSERT_TRUE(fit.cut);
    ASSERT_EQ(fit.lines.size(), 1);
    EXPECT_TRUE(fit.lines.first().startsWith(QStringLiteral("◆ ")));
    EXPECT_TRUE(fit.lines.first().endsWith(QStringLiteral("(!)")));
    EXPECT_TRUE(fit.lines.first().contains(QStringLiteral("…")));
    ASSERT_EQ(log.entries().size(), 1);
    EXPECT_EQ(log.entries().first().where, QStringLiteral("test"));
    EXPECT_EQ(log.entries().first().text, name.whole());
}

TEST(TextFit, a_diagram_too_small_to_read_still_keeps_every_mark)
{
    QWidget host;
    host.resize(200, 150);
    ElisionLog log;
    // The views' own diagrams are tested at full size below; this one is squeezed to force cuts.
    DiagramScene scene;
    scene.title = QStringLiteral("Amazon Relational Database Service (Amazon RDS)");
    scene.rows = {
        { QStringLiteral("Network & firewall configuration"), Party::Shared, {}, true, true, false, false }
    };
    QImage image(200, 150, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    DiagramPainter::paint(&painter, QRectF(0, 0, 200, 150), scene, host.palette(), host.font());
    ASSERT_FALSE(log.entries().isEmpty());
    for (const textfit::Elision& e : log.entries()) {
        for (const QString& mark : Marks)
            EXPECT_EQ(e.shown.contains(mark), e.text.contains(mark)) << e.shown.toStdString();
    }
}

TEST_F(ClippingTest, every_view_shows_its_texts_whole_at_both_window_sizes)
{
    for (const QSize size : WindowSizes) {
        openAt(size);
        for (const QString& view : MainWindow::viewNames()) {
            ASSERT_TRUE(m_window->showView(view));
            QCoreApplication::processEvents();
            ElisionLog log;
            paintNow(m_window.get(), QStringLiteral("%1-%2").arg(view).arg(size.width()));
            EXPECT_EQ(described(log), QStringList()) << view.toStdString() << " at " << size.width();
            EXPECT_EQ(clippedUnder(m_window.get()), QStringList())
                << view.toStdString() << " at " << size.width();
        }
        m_window.reset();
    }
}

TEST_F(ClippingTest, the_diagram_of_every_model_service_and_pair_shows_every_name_and_mark_whole)
{
    for (const QSize size : WindowSizes) {
        openAt(size);
        ASSERT_TRUE(m_window->showView(QStringLiteral("diagram")));
        auto* selection = child<QComboBox>("diagramSelectionCombo");
        auto* compare = child<QComboBox>("diagramCompareCombo");
        auto* view = m_window->findChild<QWidget*>(QStringLiteral("diagramView"));
        ASSERT_NE(view, nullptr);
        for (int s = 0; s < selection->count(); ++s) {
            selection->setCurrentIndex(s);
            for (int c = 0; c < compare->count(); ++c) {
                compare->setCurrentIndex(c);
                QCoreApplication::processEvents();
                ElisionLog log;
                paintNow(view);
                EXPECT_EQ(described(log), QStringList())
                    << selection->currentText().toStdString() << " / " << compare->currentText().toStdString()
                    << " at " << size.width();
                EXPECT_EQ(clippedUnder(child<QWidget>("diagramPage")), QStringList())
                    << selection->currentText().toStdString() << " at " << size.width();
            }
        }
        m_window.reset();
    }
}

TEST_F(ClippingTest, the_matrix_and_its_tables_show_every_header_whole)
{
    for (const QSize size : WindowSizes) {
        openAt(size);
        ASSERT_TRUE(m_window->showView(QStringLiteral("matrix")));
        auto* columns = child<QComboBox>("matrixColumnsCombo");
        for (int c = 0; c < columns->count(); ++c) {
            columns->setCurrentIndex(c);
            QCoreApplication::processEvents();
            ElisionLog log;
            paintNow(m_window.get(), QStringLiteral("matrix-columns%1-%2").arg(c).arg(size.width()));
            EXPECT_EQ(described(log), QStringList()) << columns->currentText().toStdString();
            EXPECT_EQ(clippedUnder(child<QWidget>("matrixPage")), QStringList())
                << columns->currentText().toStdString() << " at " << size.width();
        }
        auto* tabs = child<QTabWidget>("matrixTabs");
        for (int t = 1; t < tabs->count(); ++t) {
            tabs->setCurrentIndex(t);
            QCoreApplication::processEvents();
            ElisionLog log;
            paintNow(m_window.get(), QStringLiteral("matrix-tab%1-%2").arg(t).arg(size.width()));
            EXPECT_EQ(described(log), QStringList()) << tabs->tabText(t).toStdString();
            EXPECT_EQ(clippedUnder(tabs->currentWidget()), QStringList())
                << tabs->tabText(t).toStdString() << " at " << size.width();
        }
        m_window.reset();
    }
}

TEST_F(ClippingTest, a_quiz_round_shows_its_questions_feedback_and_summary_whole)
{
    for (const QSize size : WindowSizes) {
        openAt(size);
        ASSERT_TRUE(m_window->showView(QStringLiteral("quiz")));
        child<QPushButton>("startQuizButton")->click();
        auto* panes = child<QStackedWidget>("quizPanes");
        auto check = [&](const QString& what) {
            QCoreApplication::processEvents();
            ElisionLog log;
            paintNow(m_window.get(), QStringLiteral("%1-%2").arg(what).arg(size.width()));
            EXPECT_EQ(described(log), QStringList()) << what.toStdString() << " at " << size.width();
            EXPECT_EQ(clippedUnder(panes), QStringList()) << what.toStdString() << " at " << size.width();
        };
        for (int q = 0; panes->currentWidget()->objectName() == QLatin1String("quizQuestionPane"); ++q) {
            ASSERT_LT(q, 50) << "the round never ended";
            check(QStringLiteral("quiz-question%1").arg(q));
            auto* primary = child<QPushButton>("primaryButton");
            if (auto* option = m_window->findChild<QAbstractButton*>(QStringLiteral("choiceButton1"));
                option && option->isVisible()) {
                option->click();
                primary->click(); // Check
                check(QStringLiteral("quiz-feedback%1").arg(q));
                primary->click(); // Next
            } else {
                child<QPushButton>("skipButton")->click(); // a sorting board: seen, not answered
            }
        }
        check(QStringLiteral("quiz-summary"));
        m_window.reset();
    }
}
