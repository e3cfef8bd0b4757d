<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ClassCommand</name>
    <message numerus="yes">
        <source>Class server at %1: room code %2, %n class question(s)</source>
        <translation>
            <numerusform>Class server at %1: room code %2, %n class question</numerusform>
            <numerusform>Class server at %1: room code %2, %n class questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Class ended: %n student(s) joined</source>
        <translation>
            <numerusform>Class ended: %n student joined</numerusform>
            <numerusform>Class ended: %n students joined</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveClassPanel</name>
    <message numerus="yes">
        <source>%n joined</source>
        <translation>
            <numerusform>%n joined</numerusform>
            <numerusform>%n joined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answered</source>
        <translation>
            <numerusform>%n answered</numerusform>
            <numerusform>%n answered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackCommands</name>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lesson</numerusform>
            <numerusform>%n lessons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n glossary term(s)</source>
        <translation>
            <numerusform>%n glossary term</numerusform>
            <numerusform>%n glossary terms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) no longer in the pack are retired (their history is kept)</source>
        <translation>
            <numerusform>%n item no longer in the pack is retired (its history is kept)</numerusform>
            <numerusform>%n items no longer in the pack are retired (their history is kept)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>--step %1: the presenter deck has %n step(s)</source>
        <translation>
            <numerusform>--step %1: the presenter deck has %n step</numerusform>
            <numerusform>--step %1: the presenter deck has %n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionText</name>
    <message numerus="yes">
        <source>%1 of %n right answer(s) picked</source>
        <translation>
            <numerusform>%1 of %n right answer picked</numerusform>
            <numerusform>%1 of %n right answers picked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong one(s) picked</source>
        <translation>
            <numerusform>%n wrong one picked</numerusform>
            <numerusform>%n wrong ones picked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudyNotes</name>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n glossary term(s)</source>
        <translation>
            <numerusform>%n glossary term</numerusform>
            <numerusform>%n glossary terms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>My latest answer is marked above. Answered %n time(s), %1 of them right.</source>
        <translation>
            <numerusform>My latest answer is marked above. Answered %n time, %1 of them right.</numerusform>
            <numerusform>My latest answer is marked above. Answered %n times, %1 of them right.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) whose latest answer was not right, each with the answer given and every option explained: ✓ right (the words say if it was not picked), ✗ wrong, ◯ not sorted.</source>
        <translation>
            <numerusform>%n question whose latest answer was not right, with the answer given and every option explained: ✓ right (the words say if it was not picked), ✗ wrong, ◯ not sorted.</numerusform>
            <numerusform>%n questions whose latest answer was not right, each with the answer given and every option explained: ✓ right (the words say if it was not picked), ✗ wrong, ◯ not sorted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarc::ActivityChart</name>
    <message numerus="yes">
        <source>No answers in the last %n day(s).</source>
        <translation>
            <numerusform>No answers in the last day.</numerusform>
            <numerusform>No answers in the last %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarc::ClassifyBoard</name>
    <message numerus="yes">
        <source>To sort: %n item(s)</source>
        <translation>
            <numerusform>To sort: %n item</numerusform>
            <numerusform>To sort: %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1: %n item</numerusform>
            <numerusform>%1: %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarc::DeckEditorDialog</name>
    <message numerus="yes">
        <source>Adds %n step(s)</source>
        <translation>
            <numerusform>Adds %n step</numerusform>
            <numerusform>Adds %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are not in the course and will be skipped</source>
        <translation>
            <numerusform>%n item is not in the course and will be skipped</numerusform>
            <numerusform>%n items are not in the course and will be skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarc::DiagramView</name>
    <message numerus="yes">
        <source>AWS alone secures the %n layer(s) below the demarcation line</source>
        <translation>
            <numerusform>AWS alone secures the %n layer below the demarcation line</numerusform>
            <numerusform>AWS alone secures the %n layers below the demarcation line</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarc::EditorPage</name>
    <message numerus="yes">
        <source>%n problem(s) to fix</source>
        <translation>
            <numerusform>%n problem to fix</numerusform>
            <numerusform>%n problems to fix</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fix the %n problem(s)</source>
        <translation>
            <numerusform>fix the %n problem</numerusform>
            <numerusform>fix the %n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarc::HomePage</name>
    <message numerus="yes">
        <source>A question is mastered while its latest answer is right. Practise a topic for a round of %n question(s) on it.</source>
        <translation>
            <numerusform>A question is mastered while its latest answer is right. Practise a topic for a round of %n question on it.</numerusform>
            <numerusform>A question is mastered while its latest answer is right. Practise a topic for a round of %n questions on it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;1.&lt;/b&gt; Read lesson 1, &lt;i&gt;%1&lt;/i&gt;, then &lt;b&gt;2.&lt;/b&gt; check what stayed with %n question(s).</source>
        <translation>
            <numerusform>&lt;b&gt;1.&lt;/b&gt; Read lesson 1, &lt;i&gt;%1&lt;/i&gt;, then &lt;b&gt;2.&lt;/b&gt; check what stayed with %n question.</numerusform>
            <numerusform>&lt;b&gt;1.&lt;/b&gt; Read lesson 1, &lt;i&gt;%1&lt;/i&gt;, then &lt;b&gt;2.&lt;/b&gt; check what stayed with %n questions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lesson(s) read</source>
        <translation>
            <numerusform>%1 of %n lesson read</numerusform>
            <numerusform>%1 of %n lessons read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today: %1 of %n question(s)</source>
        <translation>
            <numerusform>Today: %1 of %n question</numerusform>
            <numerusform>Today: %1 of %n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s) in a row</source>
        <translation>
            <numerusform>Streak: %n day in a row</numerusform>
            <numerusform>Streak: %n days in a row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your weakest topic is “%1”: %2 of %n question(s) mastered.</source>
        <translation>
            <numerusform>Your weakest topic is “%1”: %2 of %n question mastered.</numerusform>
            <numerusform>Your weakest topic is “%1”: %2 of %n questions mastered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarc::LessonTocModel</name>
    <message numerus="yes">
        <source>%1, %2 of %n lesson(s) read</source>
        <translation>
            <numerusform>%1, %2 of %n lesson read</numerusform>
            <numerusform>%1, %2 of %n lessons read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lesson(s) read</source>
        <translation>
            <numerusform>%1 of %n lesson read</numerusform>
            <numerusform>%1 of %n lessons read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarc::MainWindow</name>
    <message numerus="yes">
        <source>Presenter steps saved: %n item(s)</source>
        <translation>
            <numerusform>Presenter steps saved: %n item</numerusform>
            <numerusform>Presenter steps saved: %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lesson</numerusform>
            <numerusform>%n lessons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n glossary term(s)</source>
        <translation>
            <numerusform>%n glossary term</numerusform>
            <numerusform>%n glossary terms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarc::NotesPage</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bookmark(s)</source>
        <translation>
            <numerusform>%n bookmark</numerusform>
            <numerusform>%n bookmarks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarc::PacksPage</name>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lesson</numerusform>
            <numerusform>%n lessons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n glossary term(s)</source>
        <translation>
            <numerusform>%n glossary term</numerusform>
            <numerusform>%n glossary terms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) it no longer has are retired; their history is kept.</source>
        <translation>
            <numerusform>%n item it no longer has is retired; its history is kept.</numerusform>
            <numerusform>%n items it no longer has are retired; their history is kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarc::PresenterStage</name>
    <message numerus="yes">
        <source>%n hand(s)</source>
        <translation>
            <numerusform>%n hand</numerusform>
            <numerusform>%n hands</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarc::ProgressPage</name>
    <message numerus="yes">
        <source>%n exam(s) taken</source>
        <translation>
            <numerusform>%n exam taken</numerusform>
            <numerusform>%n exams taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n glossary term(s)</source>
        <translation>
            <numerusform>%n glossary term</numerusform>
            <numerusform>%n glossary terms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mistake(s)</source>
        <translation>
            <numerusform>%n mistake</numerusform>
            <numerusform>%n mistakes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarc::QuizPage</name>
    <message numerus="yes">
        <source>End the exam now? The %n question(s) not answered yet count as not answered, so this exam will not be passed.</source>
        <translation>
            <numerusform>End the exam now? The %n question not answered yet counts as not answered, so this exam will not be passed.</numerusform>
            <numerusform>End the exam now? The %n questions not answered yet count as not answered, so this exam will not be passed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarc::QuizStartPane</name>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Mistakes — the %n question(s) you last answered wrongly</source>
        <translation>
            <numerusform>&amp;Mistakes — the %n question you last answered wrongly</numerusform>
            <numerusform>&amp;Mistakes — the %n questions you last answered wrongly</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n glossary term(s)</source>
        <translation>
            <numerusform>%n glossary term</numerusform>
            <numerusform>%n glossary terms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All topics: %n question(s). Tick topics to ask from those alone.</source>
        <translation>
            <numerusform>All topics: %n question. Tick topics to ask from those alone.</numerusform>
            <numerusform>All topics: %n questions. Tick topics to ask from those alone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n topic</numerusform>
            <numerusform>%n topics</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarc::QuizSummaryPane</name>
    <message numerus="yes">
        <source>%n question(s) skipped.</source>
        <translation>
            <numerusform>%n question skipped.</numerusform>
            <numerusform>%n questions skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ended after %n question(s).</source>
        <translation>
            <numerusform>Ended after %n question.</numerusform>
            <numerusform>Ended after %n questions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) flagged for review.</source>
        <translation>
            <numerusform>%n question flagged for review.</numerusform>
            <numerusform>%n questions flagged for review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✗ Ended early after %1 of %n question(s): not passed</source>
        <translation>
            <numerusform>✗ Ended early after %1 of %n question: not passed</numerusform>
            <numerusform>✗ Ended early after %1 of %n questions: not passed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next step: retry the %n question(s) you missed while the explanations are fresh.</source>
        <translation>
            <numerusform>Next step: retry the question you missed while the explanation is fresh.</numerusform>
            <numerusform>Next step: retry the %n questions you missed while the explanations are fresh.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarc::ReviewPage</name>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n glossary term(s)</source>
        <translation>
            <numerusform>%n glossary term</numerusform>
            <numerusform>%n glossary terms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the questions is flagged by you.</source>
        <translation>
            <numerusform>%n of the questions is flagged by you.</numerusform>
            <numerusform>%n of the questions are flagged by you.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Mistakes:&lt;/b&gt; %n question(s) whose latest answer was wrong.</source>
        <translation>
            <numerusform>&lt;b&gt;Mistakes:&lt;/b&gt; %n question whose latest answer was wrong.</numerusform>
            <numerusform>&lt;b&gt;Mistakes:&lt;/b&gt; %n questions whose latest answer was wrong.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Answered %n time(s), last on %1.</source>
        <translation>
            <numerusform>Answered %n time, last on %1.</numerusform>
            <numerusform>Answered %n times, last on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %1 more of %n mistake(s) not shown</source>
        <translation>
            <numerusform>Show %1 more of %n mistake not shown</numerusform>
            <numerusform>Show %1 more of %n mistakes not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarc::SearchPage</name>
    <message numerus="yes">
        <source>%n result(s) for “%1”. Press Enter to open one.</source>
        <translation>
            <numerusform>%n result for “%1”. Press Enter to open it.</numerusform>
            <numerusform>%n results for “%1”. Press Enter to open one.</numerusform>
        </translation>
    </message>
</context>
</TS>
