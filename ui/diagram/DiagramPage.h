// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ContentRepository.h"

#include <QHash>
#include <QWidget>

class QComboBox;

namespace demarc {

class DiagramView;
class LayerModel;
class NotePanel;
class ReadingBrowser;

/**
 * The diagram page: choose a service model or service (and optionally a second one to
 * compare), see the stack and the line, and read about the chosen layer.
 */
class DiagramPage : public QWidget
{
    Q_OBJECT

public:
    explicit DiagramPage(const ContentRepository& content, QWidget* parent = nullptr);

    Status reload();
    /**
     * Gives the diagram the keyboard focus. (Not a focus proxy: a page that hands its focus to a
     * widget in the middle of it makes Tab skip the controls before that widget.)
     */
    void focusContent();
    /** The learner's note on the current layer (hidden until MainWindow gives it a store). */
    NotePanel* notePanel() const { return m_note; }

    LayerModel* model() const { return m_model; }
    DiagramView* view() const { return m_view; }
    QString selection() const;
    QString currentLayerId() const;

public slots:
    bool setSelection(const QString& id);
    /** An empty id ends the comparison. */
    bool setComparison(const QString& id);
    bool selectLayer(const QString& layerId);
    void setReducedMotion(bool reduced);

signals:
    void selectionChanged(const QString& id);
    void layerSelected(const QString& layerId);
    void lessonRequested(const QString& lessonId);

private:
    void fillSelectors();
    void showDetails();

    const ContentRepository& m_content;
    LayerModel* m_model;
    DiagramView* m_view;
    QComboBox* m_selector;
    QComboBox* m_compare;
    ReadingBrowser* m_details;
    NotePanel* m_note;
    QHash<QString, Source> m_sources;
};

} // namespace demarc
