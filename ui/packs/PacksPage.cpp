// SPDX-License-Identifier: GPL-3.0-or-later
#include "PacksPage.h"

#include "PacksModel.h"
#include "ui/common/Controls.h"
#include "ui/common/Heading.h"
#include "ui/common/ItemViews.h"
#include "ui/common/Metrics.h"
#include "ui/paint/ViewIcons.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace demarc {

namespace {

QString counts(int lessons, int terms, int questions)
{
    return QStringLiteral("%1, %2, %3")
        .arg(PacksPage::tr("%n lesson(s)", nullptr, lessons),
             PacksPage::tr("%n glossary term(s)", nullptr, terms),
             PacksPage::tr("%n question(s)", nullptr, questions));
}

} // namespace

PacksPage::PacksPage(PackStore& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new PacksModel(this))
    , m_table(new TableView)
    , m_message(new QLabel)
    , m_problems(new QPlainTextEdit)
    , m_details(new QLabel)
    , m_import(new QPushButton(tr("&Import Pack…")))
    , m_export(new QPushButton(tr("E&xport Pack…")))
    , m_toggle(new QPushButton(tr("&Disable")))
    , m_remove(new QPushButton(tr("&Remove…")))
{
    setObjectName(QStringLiteral("packsView"));
    m_import->setIcon(viewicons::action(QStringLiteral("import")));
    m_export->setIcon(viewicons::action(QStringLiteral("export")));
    m_toggle->setIcon(viewicons::action(QStringLiteral("disable")));
    m_remove->setIcon(viewicons::action(QStringLiteral("delete")));

    QLabel* title = heading(tr("Content packs"), 1.4);
    auto* intro =
        new QLabel(tr("The course, and the packs that add lessons, glossary terms and questions to it. "
                      "A disabled pack stays installed but is left out of every lesson list, quiz and "
                      "search; a removed pack's items keep the learner's history, marked retired."));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_message->setObjectName(QStringLiteral("packsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_problems->setObjectName(QStringLiteral("packProblems"));
    m_problems->setAccessibleName(tr("Problems in the pack"));
    m_problems->setReadOnly(true);
    m_problems->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_problems->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_problems->setMaximumHeight(180);
    m_problems->hide();

    setUpTable();

    m_details->setObjectName(QStringLiteral("packDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    QLayout* buttons = buildButtons();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(metrics::page());
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addWidget(m_problems);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    layout->addLayout(buttons);
    setFocusProxy(m_table);

    askWithDialogs();
    updateState();
}

void PacksPage::setUpTable()
{
    m_table->setObjectName(QStringLiteral("packsTable"));
    controls::styleTable(m_table, false);
    m_table->setAccessibleName(tr("Installed packs"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false); // the arrows move between packs; Tab leaves the list
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(PacksModel::Title, QHeaderView::Stretch);
    for (int c = PacksModel::Author; c < PacksModel::ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PacksPage::updateState);
}

QLayout* PacksPage::buildButtons()
{
    m_import->setObjectName(QStringLiteral("importPackButton"));
    m_import->setToolTip(tr("Install a pack file, or a newer version of an installed one"));
    m_export->setObjectName(QStringLiteral("exportPackButton"));
    m_export->setToolTip(tr("Write the selected pack to a file to share or edit"));
    m_toggle->setObjectName(QStringLiteral("togglePackButton"));
    m_remove->setObjectName(QStringLiteral("removePackButton"));
    m_remove->setToolTip(tr("Uninstall the selected pack (Delete)"));
    connect(m_import, &QPushButton::clicked, this, &PacksPage::importChosenFile);
    connect(m_export, &QPushButton::clicked, this, &PacksPage::exportToChosenFile);
    connect(m_toggle, &QPushButton::clicked, this, &PacksPage::toggleCurrent);
    connect(m_remove, &QPushButton::clicked, this, &PacksPage::removeCurrent);
    auto* remove = new QShortcut(QKeySequence::Delete, m_table, this, &PacksPage::removeCurrent);
    remove->setContext(Qt::WidgetShortcut);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_import);
    buttons->addWidget(m_export);
    buttons->addStretch();
    buttons->addWidget(m_toggle);
    buttons->addWidget(m_remove);
    return buttons;
}

void PacksPage::askWithDialogs()
{
    chooseImportFile = [this] {
        return QFileDialog::getOpenFileName(
            this, tr("Import Content Pack"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("Content packs (*.json)"));
    };
    chooseExportFile = [this](const PackSummary& pack) {
        const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                      .filePath(pack.info.id + QStringLiteral(".json"));
        QString path = QFileDialog::getSaveFileName(this, tr("Export Content Pack"), suggested,
                                                    tr("Content packs (*.json)"));
        if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".json");
        return path;
    };
    confirmDowngrade = [this](const PackImportOutcome& o) {
        return QMessageBox::question(
                   this, tr("Replace with an older version?"),
                   tr("Version %1 of \"%2\" is installed. The file holds version %3, which is older.\n\n"
                      "Replace the installed version with the older one? Learner history is kept either way.")
                       .arg(o.previousVersion)
                       .arg(o.info.title)
                       .arg(o.info.version),
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
    confirmRemove = [this](const PackSummary& pack) -> std::optional<LearnerHistory> {
        QMessageBox box(
            QMessageBox::Question, tr("Remove pack"),
            tr("Remove \"%1\"?\n\nIts %2 leave the course. The answers, notes and bookmarks about them are "
               "kept, marked retired, and come back if the pack is imported again.")
                .arg(pack.info.title, counts(pack.lessons, pack.glossaryTerms, pack.questions)),
            QMessageBox::Cancel, this);
        QPushButton* removeButton = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        auto* deleteHistory =
            new QCheckBox(tr("Also delete my answers, notes and bookmarks about its items"));
        box.setCheckBox(deleteHistory);
        box.exec();
        if (box.clickedButton() != removeButton)
            return std::nullopt;
        return deleteHistory->isChecked() ? LearnerHistory::Delete : LearnerHistory::Keep;
    };
}

Status PacksPage::reload()
{
    const QString current = currentPackId();
    auto packs = m_store.packs();
    if (!packs) {
        // Said in the view, never an empty list that looks like no course at all.
        say(tr("The installed packs could not be read: %1").arg(packs.errorMessage()));
        m_readFailed = true;
        updateState();
        return Error { packs.errorMessage() };
    }
    if (std::exchange(m_readFailed, false))
        say({});
    m_model->setPacks(*packs);
    selectPack(current.isEmpty() && m_model->rowCount() > 0 ? m_model->pack(0)->info.id : current);
    updateState();
    return {};
}

QString PacksPage::currentPackId() const
{
    const PackSummary* p = m_model->pack(m_table->currentIndex().row());
    return p ? p->info.id : QString();
}

void PacksPage::selectPack(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->selectionModel()->setCurrentIndex(
            m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateState();
}

QString PacksPage::message() const { return m_message->isHidden() ? QString() : m_message->text(); }

QString PacksPage::problems() const { return m_problems->isHidden() ? QString() : m_problems->toPlainText(); }

void PacksPage::say(const QString& message, const QString& problems)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_problems->setPlainText(problems);
    m_problems->setVisible(!problems.isEmpty());
}

void PacksPage::importChosenFile()
{
    const QString path = chooseImportFile ? chooseImportFile() : QString();
    if (!path.isEmpty())
        importFile(path);
}

void PacksPage::importFile(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    auto outcome = m_store.importPack(path, Downgrade::Refuse);
    if (outcome && outcome->action == PackImportOutcome::Action::NeedsDowngrade) {
        if (!confirmDowngrade || !confirmDowngrade(*outcome)) {
            say(tr("%1 was not imported: version %2 of \"%3\" stays installed.")
                    .arg(name)
                    .arg(outcome->previousVersion)
                    .arg(outcome->info.title));
            return;
        }
        outcome = m_store.importPack(path, Downgrade::Allow);
    }
    if (!outcome) {
        say(tr("Nothing was imported from %1:").arg(name), outcome.errorMessage());
        return;
    }
    const PackImportOutcome& o = *outcome;
    const QString what = counts(o.lessons, o.glossaryTerms, o.questions);
    switch (o.action) {
    case PackImportOutcome::Action::Installed:
        say(tr("Imported \"%1\" version %2: %3.").arg(o.info.title).arg(o.info.version).arg(what));
        break;
    case PackImportOutcome::Action::Updated:
    case PackImportOutcome::Action::Downgraded:
        say(tr("Replaced \"%1\" version %2 with version %3: %4.%5")
                .arg(o.info.title)
                .arg(o.previousVersion)
                .arg(o.info.version)
                .arg(what)
                .arg(o.retired == 0 ? QString()
                                    : QLatin1Char(' ')
                             + tr("%n item(s) it no longer has are retired; their history is kept.", nullptr,
                                  o.retired)));
        break;
    case PackImportOutcome::Action::UpToDate:
        say(tr("\"%1\" version %2 is already installed; nothing changed.")
                .arg(o.info.title)
                .arg(o.info.version));
        break;
    case PackImportOutcome::Action::NeedsDowngrade: break;
    }
    if (o.action != PackImportOutcome::Action::UpToDate)
        emit contentChanged();
    if (Status s = reload(); !s)
        say(s.errorMessage());
    selectPack(o.info.id);
}

void PacksPage::exportToChosenFile()
{
    const PackSummary* pack = m_model->pack(m_table->currentIndex().row());
    if (!pack)
        return;
    const QString path = chooseExportFile ? chooseExportFile(*pack) : QString();
    if (!path.isEmpty())
        exportCurrent(path);
}

void PacksPage::exportCurrent(const QString& path)
{
    const PackSummary* pack = m_model->pack(m_table->currentIndex().row());
    if (!pack)
        return;
    if (Status s = m_store.exportPack(pack->info.id, path); !s) {
        say(tr("\"%1\" was not exported: %2").arg(pack->info.title, s.errorMessage()));
        return;
    }
    say(tr("Exported \"%1\" version %2 to %3.")
            .arg(pack->info.title)
            .arg(pack->info.version)
            .arg(QDir::toNativeSeparators(path)));
}

void PacksPage::toggleCurrent()
{
    const PackSummary* pack = m_model->pack(m_table->currentIndex().row());
    if (!pack || pack->bundled)
        return;
    const QString id = pack->info.id;
    const QString title = pack->info.title;
    const bool enable = !pack->enabled;
    if (Status s = m_store.setEnabled(id, enable); !s) {
        say(s.errorMessage());
        return;
    }
    say(enable ? tr("\"%1\" is enabled: its material is back in the course.").arg(title)
               : tr("\"%1\" is disabled: its material is left out until you enable it again.").arg(title));
    emit contentChanged();
    if (Status s = reload(); !s)
        say(s.errorMessage());
    selectPack(id);
}

void PacksPage::removeCurrent()
{
    const PackSummary* pack = m_model->pack(m_table->currentIndex().row());
    if (!pack || pack->bundled)
        return;
    const PackSummary chosen = *pack;
    const std::optional<LearnerHistory> history = confirmRemove ? confirmRemove(chosen) : std::nullopt;
    if (!history)
        return;
    if (Status s = m_store.removePack(chosen.info.id, *history); !s) {
        say(tr("\"%1\" was not removed: %2").arg(chosen.info.title, s.errorMessage()));
        return;
    }
    say(*history == LearnerHistory::Keep
            ? tr("Removed \"%1\". The history of its items is kept, marked retired.").arg(chosen.info.title)
            : tr("Removed \"%1\" and the history of its items.").arg(chosen.info.title));
    emit contentChanged();
    if (Status s = reload(); !s)
        say(s.errorMessage());
}

void PacksPage::updateState()
{
    const PackSummary* pack = m_model->pack(m_table->currentIndex().row());
    m_export->setEnabled(pack != nullptr);
    m_toggle->setEnabled(pack && !pack->bundled);
    m_remove->setEnabled(pack && !pack->bundled);
    m_toggle->setText(pack && !pack->enabled ? tr("&Enable") : tr("&Disable"));
    m_toggle->setToolTip(pack && pack->bundled ? tr("The course is always on")
                             : pack && !pack->enabled
                             ? tr("Bring the selected pack's material back into the course")
                             : tr("Leave the selected pack's material out, without removing it"));
    if (!pack) {
        m_details->setText(tr("No pack is selected."));
        return;
    }
    QStringList lines;
    if (!pack->info.description.isEmpty())
        lines.append(pack->info.description);
    const QString installed = QLocale().toString(pack->installedAt.toLocalTime(), QLocale::ShortFormat);
    if (pack->bundled)
        lines.append(tr("The course that comes with Demarc, installed %1. It is always on; packs add to it.")
                         .arg(installed));
    else if (pack->info.extends.isEmpty())
        lines.append(tr("A course of its own, installed %1; %2.")
                         .arg(installed, pack->enabled ? tr("enabled") : tr("disabled")));
    else {
        const PackSummary* course = m_model->pack(m_model->rowOf(pack->info.extends));
        lines.append(tr("Adds %1 to \"%2\". Installed %3; %4.")
                         .arg(counts(pack->lessons, pack->glossaryTerms, pack->questions),
                              course ? course->info.title : pack->info.extends, installed,
                              pack->enabled ? tr("enabled") : tr("disabled")));
    }
    m_details->setText(lines.join(u'\n'));
}

} // namespace demarc
