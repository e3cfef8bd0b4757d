# SPDX-License-Identifier: GPL-3.0-or-later
"""What a screen reader meets in Demarc, read over the real accessibility bus (AT-SPI).

Run by tests/atspi/run-atspi-test inside a private D-Bus session with Demarc started under Xvfb
with accessibility on. Finds the running app, then checks the tree a screen reader walks:
each view's controls named, the diagram's layers with their parties and the line's words.
Prints each problem and exits 1 on any; exits 2 when the app never appears on the bus.
"""
import sys
import time

import pyatspi

problems = []


def problem(text):
    problems.append(text)
    print("atspi: " + text, file=sys.stderr)


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

    # Every view, opened through its View menu item as a screen reader user may: no control that
    # takes the focus without a name.
    menu = None
    for n in app_nodes(frame):
        if n.getRoleName() == "menu item" and n.name == "View":
            menu = n
            break
    titles = [views.getChildAtIndex(i).name for i in range(views.childCount)]
    titles.sort(key=lambda t: t == "Quiz")  # the quiz last: its options are checked after
    for title in titles:
        item = next((n for n in app_nodes(menu) if n.getRoleName() == "menu item" and n.name == title), None)
        if item is None:
            problem(f"no View menu item for {title}")
            continue
        action = item.queryAction()
        action.doAction(0)
        time.sleep(0.8)
        unnamed_focusable(frame, title)
    check_quiz_options(frame)
    return 1 if problems else 0


def press(frame, name):
    """Presses the showing push button called name; False when there is none."""
    button = next((n for n in nodes(frame) if n.getRoleName() == "push button" and n.name == name), None)
    if button is None:
        return False
    button.queryAction().doAction(0)
    time.sleep(0.4)
    return True


def check_quiz_options(frame):
    """A started quiz (the last view opened): options are radio buttons or check boxes, never push buttons."""
    if not press(frame, "Start"):
        problem("no Start button on the Quiz view")
        return
    roles = set()
    for _ in range(40):
        options = [n for n in nodes(frame) if (n.name or "").startswith("Choice ")]
        roles.update(n.getRoleName() for n in options)
        if {"radio button", "check box"} <= roles or not press(frame, "Skip (K)"):
            break
    if "radio button" not in roles:
        problem(f"no option read as a radio button (one answer): {sorted(roles)}")
    if "push button" in roles:
        problem("an option is read as a push button")


if __name__ == "__main__":
    sys.exit(main())
