# SPDX-License-Identifier: GPL-3.0-or-later
"""What a screen reader meets in Demarc, read over the real accessibility bus (AT-SPI).

Run by tests/atspi/run-atspi-test inside a private D-Bus session with Demarc started under Xvfb
with accessibility on. Finds the running app, then checks the tree a screen reader walks and the
focus events it hears: each view's controls named, the diagram's layers with their parties and the
line's words, the matrix's cells with their headers, no focus reported by a control not shown or
passing through others on the way, the quiz's question, options, verdict and Tab order.
Keys are typed with xdotool into the app's window, as a keyboard user would.
Prints each problem and exits 1 on any; exits 2 when the app never appears on the bus.
"""
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

problems = []


def problem(text):
    problems.append(text)
    print("atspi: " + text, file=sys.stderr)


# Every focus a screen reader heard: (role, name, description, showing, object).
heard = []
# Every object that announced it appeared: (role, name).
appeared = []
# Every text selection a screen reader heard: (name of the text, the words selected).
selected = []


def on_focus(event):
    if event.detail1 != 1:
        return
    try:
        source = event.source
        heard.append((source.getRoleName(), source.name or "", source.description or "",
                      source.getState().contains(pyatspi.STATE_SHOWING), source))
    except Exception:  # gone before it was read
        pass


def on_showing(event):
    if event.detail1 != 1:
        return
    try:
        appeared.append((event.source.getRoleName(), event.source.name or ""))
    except Exception:
        pass


def on_selection(event):
    try:
        text = event.source.queryText()
        for i in range(text.getNSelections()):
            selected.append((event.source.name or "", text.getText(*text.getSelection(i))))
    except Exception:
        pass


def pump(seconds):
    """Lets the events that arrived in @p seconds reach on_focus and on_showing."""
    end = time.time() + seconds
    context = GLib.MainContext.default()
    while time.time() < end:
        while context.iteration(False):
            pass
        time.sleep(0.05)


def act(what, seconds=0.8):
    """Runs what() and returns the focus events it caused."""
    pump(0.1)
    heard.clear()
    appeared.clear()
    selected.clear()
    what()
    pump(seconds)
    return list(heard)


def key(name):
    """Types key @p name (xdotool's names) into Demarc's window."""
    for window in subprocess.run(["xdotool", "search", "--name", "Demarc"], capture_output=True,
                                 text=True).stdout.split():
        subprocess.run(["xdotool", "windowfocus", "--sync", window], capture_output=True)
    subprocess.run(["xdotool", "key", name], check=False)


def said(events):
    return [f"{role} '{name}'" for role, name, *_ in events]


def check_focus_shown(events, where):
    """No control that is not shown reports the focus."""
    for role, name, _, showing, _ in events:
        if not showing:
            problem(f"{where}: the hidden {role} '{name}' reported the focus")


def find_app(name, seconds=30):
    end = time.time() + seconds
    while time.time() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name and app.name.lower() == name:
                return app
        time.sleep(0.25)
    return None


def nodes(node, depth=0):
    """Every object under node that is showing, depth first."""
    if node is None or depth > 60:
        return
    try:
        states = node.getState()
        if not states.contains(pyatspi.STATE_SHOWING):
            return
        yield node
        for i in range(node.childCount):
            yield from nodes(node.getChildAtIndex(i), depth + 1)
    except Exception:  # an object gone while walking (a view rebuilt) is skipped
        return


def app_nodes(node, depth=0):
    """Every object under node, shown or not (a closed menu's items are not showing)."""
    if node is None or depth > 60:
        return
    yield node
    for i in range(node.childCount):
        yield from app_nodes(node.getChildAtIndex(i), depth + 1)


def find(root, role, name=None):
    for n in nodes(root):
        if n.getRoleName() == role and (name is None or n.name == name):
            return n
    return None


def wait_for(condition, seconds=10):
    end = time.time() + seconds
    while time.time() < end:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    return condition()


def unnamed_focusable(root, where):
    for n in nodes(root):
        states = n.getState()
        if (states.contains(pyatspi.STATE_FOCUSABLE) and states.contains(pyatspi.STATE_ENABLED)
                and not (n.name or "").strip()):
            problem(f"{where}: a focusable {n.getRoleName()} without a name")


def main():
    pyatspi.Registry.registerEventListener(on_focus, "object:state-changed:focused")
    pyatspi.Registry.registerEventListener(on_showing, "object:state-changed:showing")
    pyatspi.Registry.registerEventListener(on_selection, "object:text-selection-changed")
    app = find_app("demarc")
    if app is None:
        print("atspi: Demarc never appeared on the accessibility bus", file=sys.stderr)
        return 2
    frame = wait_for(lambda: find(app, "frame", "Demarc"))
    views = wait_for(lambda: find(frame, "list", "Views")) if frame else None
    if views is None:
        problem("no 'Views' list in the window")
        return 1

    # The diagram (opened with --view diagram --service ec2): a list of the layers, top down,
    # each "Layer: Party", then the line's words.
    diagram = wait_for(lambda: find(frame, "list", "Responsibility diagram"))
    if diagram is None:
        problem("the diagram is not a list named 'Responsibility diagram'")
    else:
        items = [diagram.getChildAtIndex(i) for i in range(diagram.childCount)]
        layers = [i for i in items if i.getRoleName() == "list item"]
        names = [i.name for i in layers]
        if len(layers) < 10:
            problem(f"the diagram lists {len(layers)} layers")
        if "Guest operating system: Customer" not in names:
            problem(f"EC2's guest operating system is not said to be the customer's: {names}")
        if "Host operating system: AWS" not in names:
            problem(f"EC2's host operating system is not said to be AWS's: {names}")
        if not all(i.description for i in layers):
            problem("a layer has no reason as its description")
        line = items[-1] if items else None
        if line is None or "below the demarcation line" not in (line.name or ""):
            problem(f"the line's place is not said: {line.name if line else None}")

    menu = None
    for n in app_nodes(frame):
        if n.getRoleName() == "menu item" and n.name == "View":
            menu = n
            break

    def open_view(title):
        item = next((n for n in app_nodes(menu) if n.getRoleName() == "menu item" and n.name == title), None)
        if item is None:
            problem(f"no View menu item for {title}")
            return []
        return act(lambda: item.queryAction().doAction(0), 1.0)

    check_matrix(frame, open_view)
    check_diagram_keys(frame, open_view)
    check_reading_links(frame, open_view)

    # Every view, opened through its View menu item as a screen reader user may: no control that
    # takes the focus without a name, and the focus goes straight to the view opened.
    titles = [views.getChildAtIndex(i).name for i in range(views.childCount)]
    titles.sort(key=lambda t: t == "Quiz")  # the quiz last: its options are checked after
    for title in titles + titles:  # twice: each view left while it holds the focus
        events = open_view(title)
        check_focus_shown(events, f"opening {title}")
        if any(name == "Search" for _, name, *_ in events):
            problem(f"opening {title}: the focus passed through the search field: {said(events)}")
        if events and not events[-1][1].strip():
            problem(f"opening {title}: the focus landed on an unnamed {events[-1][0]}")
        unnamed_focusable(frame, title)
    check_quiz(frame)
    return 1 if problems else 0


def check_matrix(frame, open_view):
    """The matrix is a table whose cells a screen reader reads with their layer, column and party."""
    open_view("Matrix")
    table = wait_for(lambda: find(frame, "table", "Responsibility matrix"))
    if table is None:
        problem("the matrix is not a table named 'Responsibility matrix'")
        return
    grid = table.queryTable()
    headers = [grid.getColumnHeader(c).name if grid.getColumnHeader(c) else "" for c in range(grid.nColumns)]
    if grid.nRows < 10 or grid.nColumns < 3 or not all(h.strip() for h in headers):
        problem(f"the matrix has {grid.nRows} rows and column headers {headers}")
    rows = [grid.getRowHeader(r).name if grid.getRowHeader(r) else "" for r in range(grid.nRows)]
    if not all(r.strip() for r in rows):
        problem(f"a matrix row has no header: {rows}")
    cell = grid.getAccessibleAt(0, 1)
    if cell is None or f"{rows[0]} under {headers[1]}: " not in (cell.name or "") or not cell.description:
        problem(f"a matrix cell is not read with its layer, column, party and reason: "
                f"{cell.name if cell else None!r}")


def check_reading_links(frame, open_view):
    """Tab from link to link in a lesson: each link reached is said (its words, as the selection)."""
    open_view("Lessons")
    text = next((n for n in nodes(frame) if n.name == "Lesson text"), None)
    if text is None:
        problem("the lesson has no 'Lesson text'")
        return
    act(lambda: text.queryComponent().grabFocus())
    links = []
    for _ in range(3):
        act(lambda: key("Tab"), 0.5)
        links += [words for name, words in selected if name == "Lesson text" and words.strip()]
    if len(set(links)) < 2:
        problem(f"Tab through a lesson's links: the links reached were not said: {links}")


def check_diagram_keys(frame, open_view):
    """Arrow keys in the diagram (the matrix built and hidden) report focus on the diagram alone."""
    open_view("Diagram")
    diagram = find(frame, "list", "Responsibility diagram")
    if diagram is None:
        return
    act(lambda: diagram.queryComponent().grabFocus())
    events = act(lambda: (key("Down"), key("Down")))
    check_focus_shown(events, "arrow keys in the diagram")
    if any(role == "table cell" for role, *_ in events):
        problem(f"arrow keys in the diagram: the hidden matrix reported the focus: {said(events)}")
    if not events or events[-1][0] != "list item":
        problem(f"arrow keys in the diagram: no layer reported the focus: {said(events)}")
    # On Linux Qt names a combo box by its current item; its label is a relation.
    shown_for = next((n for n in nodes(frame) if n.getRoleName() == "combo box"
                      and "Show for:" in labels_of(n)), None)
    if shown_for is None:
        problem("the diagram has no choice labelled 'Show for:'")
        return
    act(lambda: shown_for.queryComponent().grabFocus())
    events = act(lambda: key("Down"))
    check_focus_shown(events, "another service in 'Show for'")
    if any(role != "combo box" and role != "list item" for role, *_ in events):
        problem(f"another service in 'Show for': the focus went elsewhere: {said(events)}")


def press(frame, name):
    """Presses the showing push button called name; False when there is none."""
    button = next((n for n in nodes(frame) if n.getRoleName() == "push button" and n.name == name), None)
    if button is None:
        return False
    button.queryAction().doAction(0)
    time.sleep(0.4)
    return True


def labels_of(node):
    names = []
    for relation in node.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            names += [relation.getTarget(i).name for i in range(relation.getNTargets())]
    return names


def ancestors(node):
    while node is not None:
        node = node.parent
        if node is not None:
            yield node


def check_quiz(frame):
    """A started quiz (the last view opened): the question named where the focus enters, options
    as radio buttons or check boxes, the verdict announced, and Tab in reading order."""
    events = act(lambda: press(frame, "Start"), 1.2)
    check_focus_shown(events, "starting the quiz")
    # The first option, or the sorting board's first list: inside the group named by the question.
    if not events:
        problem("starting the quiz: nothing took the focus")
    else:
        group = next((a for a in ancestors(events[-1][4]) if a.name.startswith("Question 1 of ")), None)
        if group is None or ": " not in group.name:
            problem(f"starting the quiz: the focus is not inside a group named by the question: {said(events)}")
        # Every stop on the way is inside the question (a sorting list, then its item, is one place).
        elif any(not any(a.name.startswith("Question 1 of ") for a in ancestors(e[4])) for e in events):
            problem(f"starting the quiz: the focus stopped on the way: {said(events)}")

    roles = set()
    for _ in range(40):
        options = [n for n in nodes(frame) if (n.name or "").startswith("Choice ")]
        roles.update(n.getRoleName() for n in options)
        if {"radio button", "check box"} <= roles or "check box" in roles and len(roles) == 1:
            break
        act(lambda: press(frame, "Skip (K)"))
    if "radio button" not in roles and "check box" not in roles:
        problem(f"no option read as a radio button or a check box: {sorted(roles)}")
    if "push button" in roles:
        problem("an option is read as a push button")
    check_quiz_tab_order(frame)
    check_verdict(frame)


def check_quiz_tab_order(frame):
    """Tab from the first option: the options, then Flag, End and Skip, before leaving the quiz."""
    first = next((n for n in nodes(frame) if (n.name or "").startswith("Choice 1: ")), None)
    if first is None:
        return
    act(lambda: first.queryComponent().grabFocus())
    order = []
    for _ in range(14):
        events = act(lambda: key("Tab"), 0.5)
        check_focus_shown(events, "Tab on the quiz")
        if events:
            order.append(events[-1][1])
        if order and order[-1].startswith("Choice 1: "):
            break
    wanted = ["Flag for review (F)", "End quiz", "Skip (K)"]
    at = [order.index(w) if w in order else -1 for w in wanted]
    options = [i for i, name in enumerate(order) if name.startswith("Choice ")][:-1]
    if -1 in at or at != sorted(at) or any(i > at[0] for i in options):
        problem(f"Tab on the quiz does not go options, Flag, End, Skip: {order}")


def check_verdict(frame):
    """Choosing the first option and checking: the verdict is announced and said with Next."""
    first = next((n for n in nodes(frame) if (n.name or "").startswith("Choice 1: ")), None)
    if first is None:
        return
    act(lambda: first.queryAction().doAction(0))
    events = act(lambda: press(frame, "Check"), 1.2)
    verdicts = [name for role, name in appeared if role == "notification"]
    if not verdicts or not verdicts[-1].startswith(("Right.", "Not right.", "Not quite")):
        problem(f"checking: no verdict announced: {appeared}")
        return
    if not events or events[-1][1] not in ("Next", "See the results") or events[-1][2] != verdicts[-1]:
        problem(f"checking: the focus is not on Next with the verdict: {[(e[1], e[2]) for e in events]}")


if __name__ == "__main__":
    sys.exit(main())
