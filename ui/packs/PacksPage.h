// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pack/PackStore.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace demarc {

class PacksModel;

/**
 * The installed content packs: the course and the packs that add to it. Import a pack file,
 * export one, switch one off and on, or remove it. What happened is said in the view; a pack
 * with problems lists them, one "FILE:LINE:COL: message" per line, and nothing is imported.
 */
class PacksPage : public QWidget
{
    Q_OBJECT

public:
    explicit PacksPage(PackStore& store, QWidget* parent = nullptr);

    Status reload();
    PacksModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    /** The id of the selected pack, or an empty string. */
    QString currentPackId() const;
    void selectPack(const QString& id);
    /** What the last action did, as shown above the table. */
    QString message() const;
    /** The problems of the last pack that could not be imported, one per line; empty otherwise. */
    QString problems() const;

    /** Asked before a newer installed version is replaced by an older one; true to go ahead. */
    std::function<bool(const PackImportOutcome&)> confirmDowngrade;
    /** Asked before a pack is removed: what to do with the learner's history, or nothing to cancel. */
    std::function<std::optional<LearnerHistory>(const PackSummary&)> confirmRemove;
    /** Asks for a pack file to import, or to export to; an empty string when cancelled. */
    std::function<QString()> chooseImportFile;
    std::function<QString(const PackSummary&)> chooseExportFile;

public slots:
    /** Imports @p path (asking before a downgrade) and selects the pack. */
    void importFile(const QString& path);
    void importChosenFile();
    /** Writes the selected pack to @p path. */
    void exportCurrent(const QString& path);
    void exportToChosenFile();
    /** Enables the selected pack when disabled, and the other way round. */
    void toggleCurrent();
    /** Removes the selected pack, after asking what to keep. */
    void removeCurrent();

signals:
    /** Packs were imported, switched or removed: what the views show has changed. */
    void contentChanged();

private:
    void setUpTable();
    QLayout* buildButtons();
    /**
     * The default answers to chooseImportFile, chooseExportFile, confirmDowngrade and confirmRemove:
     * dialogs.
     */
    void askWithDialogs();
    void updateState();
    void say(const QString& message, const QString& problems = {});

    PackStore& m_store;
    bool m_readFailed = false;
    PacksModel* m_model;
    QTableView* m_table;
    QLabel* m_message;
    QPlainTextEdit* m_problems;
    QLabel* m_details;
    QPushButton* m_import;
    QPushButton* m_export;
    QPushButton* m_toggle;
    QPushButton* m_remove;
};

} // namespace demarc
