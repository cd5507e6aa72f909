"""Which elements a page's styles and style sheets hide or lay out as boxes: inline styles,
class rules (scoped, compound, desktop media), and the verdicts on table cells."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from attrs import define

from ..findings import Finding, make
from .html_base import (
    _BLANK,
    _BOX,
    _BOX_CONTAINER,
    _BOX_NONE,
    _CLEAR,
    _GONE,
    _HIDES,
    _INLINE_TAGS,
    _MARK,
    _NO_FONT,
    _ROW,
    _SHOWN,
    _SHOWN_CELL,
    _STRIKE,
    _Element,
)

if TYPE_CHECKING:
    from .html import _Page

# Matched on lower-case text, as browsers match CSS words (ASCII case-insensitively);
# each starts with a literal, which makes a search cheap.
_DISPLAY_NONE = re.compile(r"display\s*:\s*none")

# (collapse: a row or column browsers leave out; any other element is hidden)
_VISIBILITY_HIDDEN = re.compile(r"visibility\s*:\s*(?:hidden|collapse)")

# A font size of 0 in any unit (not mso-bidi-font-size and the like): anti-copy text.
_ZERO_FONT = re.compile(
    r"(?<![\w-])font-size\s*:\s*(?:0+(?:\.0*)?|\.0+)(?:[a-z%]{1,4})?\s*(?:!\s*important\s*)?(?:[;}]|\Z)"
)  # (on lower-case text)

# Raised or lowered text (a footnote mark made with CSS), Word's footnote reference.
_RAISED = re.compile(r"vertical-align\s*:\s*(?:super|sub)\b|mso-(?:foot|end)note-id")

# Word's footnote, endnote and review-comment references ([1], [i], [ZS1]).
_WORD_NOTE_CLASSES = frozenset(
    {"msofootnotereference", "msoendnotereference", "msocommentreference", "msocomanchor"}
)

_LINE_THROUGH = re.compile("line-through")

# Placed at least 1000 px off the screen (left, top, a margin), or clipped to nothing
# (``clip: rect(0 0 0 0)``, a screen reader's text), by an absolute or fixed position,
# or indented off it: anti-copy characters shown nowhere (on lower-case text).
_OFF_SCREEN = re.compile(
    r"(?<![\w-])(?:left|top|margin-left|margin-top)\s*:\s*-\d{4,}(?:\.\d+)?(?:px)?\b"
    r"|(?<![\w-])clip\s*:\s*rect\(\s*(?:0|1px)(?:[\s,]+(?:0|1px)){3}\s*\)"
)

_PLACED = re.compile(r"position\s*:\s*(?:absolute|fixed)")

_FAR_INDENT = re.compile(r"text-indent\s*:\s*-\d{4,}(?:\.\d+)?(?:px)?\b")


def _off_screen(lowered: str) -> bool:
    """Whether a style (lower case) places its text off the screen (see ``_OFF_SCREEN``)."""
    if "indent" in lowered and _FAR_INDENT.search(lowered):
        return True
    return _OFF_SCREEN.search(lowered) is not None and _PLACED.search(lowered) is not None


_ZERO_SIZE = re.compile(r"font-size\s*:\s*\.?0")  # (on lower-case text)

# Transparent text (anti-copy characters shown as nothing): no opacity, or a transparent
# colour (not a background's).
_TRANSPARENT = re.compile(
    r"(?<![\w-])(?:opacity\s*:\s*(?:0+(?:\.0*)?|\.0+)%?\s*(?:!\s*important\s*)?(?:[;}]|\Z)"
    r"|color\s*:\s*transparent\b)"
)  # (on lower-case text)

#: Most elements inside an inline element of font size 0 that can still hide its text.
_MAX_ZERO_FONT_INSIDE = 32

# In the page's style sheets: comments, a lone class selector, the words that start a
# hiding declaration (display:none, visibility:hidden, font-size:0).
_CSS_COMMENT = re.compile(r"/\*.*?(?:\*/|\Z)", re.DOTALL)  # (an unclosed one ends the sheet)

_CLASS_SELECTOR = re.compile(r"\s*\.(-?[a-z_][\w-]*)\s*")

_HIDING_WORDS = {
    "display": _DISPLAY_NONE,
    "visibility": _VISIBILITY_HIDDEN,
    "font-size": _ZERO_FONT,
    "vertical-align": _RAISED,
    "line-through": _LINE_THROUGH,
    "opacity": _TRANSPARENT,
    "position": _PLACED,  # (off the screen: see ``_off_screen``)
    "text-indent": _FAR_INDENT,
    # (found by its value: "color" is in most rules, and each rule found is judged)
    "transparent": re.compile(r"(?:(?<=[^\w-]color:)|(?<=[^\w-]color: ))transparent\b"),
}


def _hidden_finding(text: str, line: int, hiding: int) -> Finding:
    """The ``repaired_cell`` info for a table cell or row hidden by its style, its class
    or the ``hidden`` attribute, that held text."""
    if hiding == _ROW:
        what = (
            f"table row {text!r} is hidden (its style, class or hidden attribute, or its "
            "row group's: display: none, visibility: hidden or collapse); not read"
        )
    elif hiding == _GONE:
        what = (
            f"table cell {text!r} is hidden (display: none, by its style or class, or the "
            "hidden attribute); browsers lay its row out without it, and so was it read"
        )
    else:
        what = f"table cell {text!r} is invisible (visibility: hidden); read as blank"
    return make("repaired_cell", what, line=line, severity="info")


def _cell_hiding(element: _Element, names: Sequence[str | bytes], page: _Page) -> int:
    """How a table cell is hidden: ``_GONE`` (the ``hidden`` attribute, ``display:
    none`` in its style or a class of the page's style sheets), ``_BLANK`` (``visibility:
    hidden``) or ``_SHOWN_CELL``. Also used for rows (either hides a row)."""
    if "hidden" in names:
        return _GONE
    if "style" in names:
        style = element.get("style")
        # (Word gives cells long styles, a cost to judge: only one naming display or
        # visibility, in lower or upper case or capitalized, is; both hold a y, which
        # str's search for one character finds fastest, and cells' styles rarely do)
        if (
            style
            and ("y" in style or "Y" in style)
            and (
                "isplay" in style
                or "isibility" in style
                or "ISPLAY" in style
                or "ISIBILITY" in style
            )
            and _judged(page.styles, style, _hidden_style) == _HIDES
        ):
            return _GONE if _DISPLAY_NONE.search(style.lower()) else _BLANK
    if "class" in names:
        value = element.get("class")
        if value:
            return page.sheets.cell_hiding(element, value)
    return _SHOWN_CELL


def _judged(verdicts: dict[str, int], value: str | None, judge: Callable[[str], int]) -> int:
    """``judge(value)`` for a non-empty attribute value, remembered in ``verdicts``."""
    if not value:
        return _SHOWN
    verdict = verdicts.get(value)
    if verdict is None:
        verdict = verdicts[value] = judge(value)
    return verdict


def _hidden(
    element: _Element,
    names: Sequence[str | bytes],
    styles: dict[str, int],
    sheets: _Sheets | None = None,
) -> int:
    """Whether browsers do not show an element (``_HIDES``: the ``hidden`` attribute, a
    hiding style, a class the page's style sheets hide), show it as a footnote mark
    (``_MARK``: raised or lowered by CSS, Word's footnote reference, by its class or its
    link's name) or struck through
    (``_STRIKE``: ``text-decoration: line-through``, as editors strike text), or show
    it (``_SHOWN``, 0).

    ``names`` are its attributes' names (``keys()``): a look-up in them costs a small
    part of an lxml ``get``, which is made for the style only if there is one.
    """
    if "hidden" in names:
        return _HIDES
    if "style" in names:
        verdict = _judged(styles, element.get("style"), _hidden_style)
        if verdict and (verdict := _effect(element, verdict)):
            return verdict
    if ("name" in names or "href" in names) and element.tag == "a" and _word_note_link(element):
        return _MARK
    if sheets is not None and "class" in names:
        value = element.get("class")
        if value:
            return sheets.verdict(element, value)
    return _SHOWN


#: How Word names a footnote's or endnote's reference (``<a name="_ftnref1"
#: href="#_ftn1">``), kept by sites that drop the reference's class and style.
_NOTE_ANCHORS = ("_ftnref", "_ednref")

_NOTE_TARGETS = ("#_ftn", "#_edn")


def _word_note_link(link: _Element) -> bool:
    """Whether a link is Word's reference to a footnote or endnote (a footnote mark)."""
    name = link.get("name")
    if name is not None and name.startswith(_NOTE_ANCHORS):
        return True
    href = link.get("href")  # (most links name no anchor: one search tells)
    return (
        href is not None and "#_" in href and (_NOTE_TARGETS[0] in href or _NOTE_TARGETS[1] in href)
    )


def _effect(element: _Element, verdict: int) -> int:
    """What a style (or class) judged ``verdict`` does to ``element``.

    A font size of 0 hides the text of a small inline element (``<span>``, ``<font>``:
    anti-copy characters among the report's); a block of font size 0 is a layout trick
    (no gaps between inline blocks) whose children set their own size, and so is an
    element holding one that sizes its text. So for transparent text: a block made
    transparent is one that scripts fade in, and an element holding one that sets a
    colour shows it. Only inline text is a footnote mark.
    """
    if verdict in (_HIDES, _STRIKE):
        return verdict
    if element.tag not in _INLINE_TAGS:
        return _SHOWN
    if verdict == _MARK:
        return verdict
    resets = "color" if verdict == _CLEAR else "size"  # (a <font> attribute, a style's word)
    for count, inner in enumerate(element.iterdescendants()):
        if count >= _MAX_ZERO_FONT_INSIDE or (inner.tag == "font" and inner.get(resets)):
            return _SHOWN
        style = inner.get("style")
        if style and resets in style.lower():
            return _SHOWN
    return _HIDES


_BOX_DISPLAY = re.compile(
    r"display\s*:\s*(inline-block|inline-flex|inline-grid|inline-table|table-cell|table-row|"
    r"table|flex|grid|block|list-item|flow-root)(?![\w-])"
)

#: A lone class's rule setting a box display (lower case).
_BOX_RULE = re.compile(r"\.(-?[a-z_][\w-]*)\s*\{[^{}]*?" + _BOX_DISPLAY.pattern)


def _box_of(display: str) -> int:
    """What a ``display`` value makes of an element (see ``_BOX``)."""
    return _BOX_CONTAINER if display in ("flex", "grid", "inline-flex", "inline-grid") else _BOX


def _box(style: str) -> int:
    """What an element's ``style`` makes of it (see ``_BOX``)."""
    match = _BOX_DISPLAY.search(style.lower())
    return _BOX_NONE if match is None else _box_of(match.group(1))


def _class_box(boxes: dict[str, int], value: str, element: _Element) -> bool:
    """Whether the inline ``element``, whose classes are ``value``, is a box by the sheets'
    ``boxes``: by a class of its own, or as a child of a flex or grid container."""
    if any(name in boxes for name in value.lower().split()):
        return True
    parent = element.getparent()
    around = parent.get("class") if parent is not None else None
    if not around:
        return False
    return any(boxes.get(name) == _BOX_CONTAINER for name in around.lower().split())


#: A PDF converter's spacer class and its width (pdf2htmlEX: ``._3{width:36.8px;}``).
_SPACER_RULE = re.compile(r"\.(_\w{1,8})\s*\{\s*(?:width|margin-left)\s*:\s*(\d{1,5}(?:\.\d*)?)px")

#: The least width in pixels of a spacer read as a gap between cells: kerning steps are a
#: pixel or two, the gaps between a table's columns tens.
_GAP_WIDTH = 10.0


class _Sheets:
    """The classes a page's ``<style>`` sheets hide or raise, found when first asked for."""

    __slots__ = ("classes", "gaps", "gone", "root", "scoped", "texts")

    def __init__(self, root: _Element) -> None:
        self.root = root
        self.texts: list[str] | None = None  # the sheets' texts, found when first asked for
        #: The classes of a PDF converter's spacer spans as wide as a gap (see ``gap``).
        self.gaps: set[str] | None = None
        self.classes: dict[str, int] | None = None  # lower-case class → verdict
        self.gone: set[str] = set()  # the classes hidden by display:none
        #: The other rules judged (see ``_ScopedRule``), by a class their element has.
        self.scoped: dict[str, list[_ScopedRule]] = {}

    def _classes(self) -> dict[str, int]:
        classes = self.classes
        if classes is None:
            classes = self.classes = {}
            for css in self._texts():
                _read_style_sheet(css, classes, self.gone, self.scoped)
        return classes

    def box_classes(self) -> dict[str, int]:
        """The classes that a lone class rule of the sheets lays out as boxes (see
        ``_box``): ``.td{display:table-cell}``, ``.tr{display:flex}``."""
        boxes: dict[str, int] = {}
        for css in self._texts():
            lowered = css.lower()
            if "display" in lowered:
                for name, display in _BOX_RULE.findall(lowered):
                    boxes[name] = _box_of(display)
        return boxes

    def _texts(self) -> list[str]:
        """The texts of the page's ``<style>`` sheets (one walk over the tree)."""
        texts = self.texts
        if texts is None:
            texts = self.texts = [style.text for style in self.root.iter("style") if style.text]
        return texts

    def gap(self, value: str) -> bool:
        """Whether an empty ``<span>`` of class ``value`` is a PDF converter's spacer as
        wide as a gap between two cells (pdf2htmlEX's ``_ _N``, given its width by the
        sheets: ``._N{width:36.8px}``), not a kerning step (``._0{margin-left:-1px}``)."""
        names = value.split()
        if len(names) < 2 or names[0] != "_":
            return False
        gaps = self.gaps
        if gaps is None:
            gaps = self.gaps = set()
            for css in self._texts():
                if "._" in css:
                    for name, width in _SPACER_RULE.findall(css):
                        if float(width) >= _GAP_WIDTH:
                            gaps.add(name)
        return any(name in gaps for name in names[1:])

    def _scoped_rule(self, element: _Element, names: list[str]) -> _ScopedRule | None:
        """The first scoped rule (one naming more than a class) that applies to
        ``element``, whose classes are ``names``."""
        scoped = self.scoped
        for name in names:
            for rule in scoped.get(name, ()):
                if rule.applies(element, names):
                    return rule
        return None

    def cell_hiding(self, element: _Element, value: str) -> int:
        """How the classes in ``value`` (``element``'s ``class``: a table cell's or row's)
        hide it (see ``_cell_hiding``)."""
        classes = self._classes()
        if not classes and not self.scoped:
            return _SHOWN_CELL
        names = value.lower().split()
        for name in names:
            if classes.get(name) == _HIDES:
                return _GONE if name in self.gone else _BLANK
        rule = self._scoped_rule(element, names) if self.scoped else None
        if rule is not None and rule.verdict == _HIDES:
            return _GONE if rule.removes else _BLANK
        return _SHOWN_CELL

    def verdict(self, element: _Element, value: str) -> int:
        """What the classes in ``value`` (the element's ``class``) do to the inline
        ``element`` (see ``_hidden``). Only inline elements: anti-copy characters are
        spans; a block hidden by a class is a menu or a tab that scripts show."""
        if element.tag not in _INLINE_TAGS:
            return _SHOWN
        names = value.lower().split()  # (matched as in quirks mode)
        if not _WORD_NOTE_CLASSES.isdisjoint(names):
            return _MARK
        classes = self._classes()
        for name in names:
            verdict = classes.get(name)
            if verdict and (verdict := _effect(element, verdict)):
                return verdict
        if self.scoped and (rule := self._scoped_rule(element, names)) is not None:
            return _effect(element, rule.verdict)
        return _SHOWN


def _read_style_sheet(
    css: str, found: dict[str, int], gone: set[str], scoped: dict[str, list[_ScopedRule]]
) -> None:
    """Add to ``found`` the classes that ``css`` hides with a top-level rule of their own
    (``.x{display:none}``, ``.x, .y{font-size:0}``; not inside another block, but for an
    ``@media`` block that a desktop browser applies, see ``_desktop_media``), and to
    ``gone`` those it hides by ``display: none``; to ``scoped`` the rules whose selector
    names more than a class (see ``_ScopedRule``). Each hiding word is found with
    ``str.find``; linear in the sheet's size."""
    lowered = css.lower()
    if "/*" in lowered:
        lowered = _CSS_COMMENT.sub(" ", lowered)
    starts = sorted(
        at
        for word, pattern in _HIDING_WORDS.items()
        for at in _occurrences(lowered, word)
        if pattern.match(lowered, at)
    )
    media = _desktop_media(lowered) if starts and "@media" in lowered else []
    block_index = 0
    rule = _Rule()
    last = 0
    for at in starts:
        rule.advance(lowered, last, at)
        last = at
        while block_index < len(media) and media[block_index][1] < at:
            block_index += 1
        depth = 1
        if block_index < len(media) and media[block_index][0] < at:
            depth = 2  # in an @media block a desktop browser applies
        if rule.opened < 0 or rule.depth != depth or rule.opened == rule.judged:
            continue  # not in a rule, in one inside another block, or judged
        rule.judged = opened = rule.opened
        start = rule.selector
        start = max(start, lowered.rfind(";", start, opened) + 1)  # (after @import …;)
        close = lowered.find("}", opened)
        block = lowered[opened + 1 : close if close >= 0 else len(lowered)]
        verdict = _hidden_style(block)
        removes = verdict == _HIDES and _DISPLAY_NONE.search(block) is not None
        if not verdict:
            continue
        for selector in lowered[start:opened].split(","):
            match = _CLASS_SELECTOR.fullmatch(selector)
            if match is not None:
                found[match.group(1)] = verdict
                if removes:
                    gone.add(match.group(1))
            elif len(scoped) < _MAX_SCOPED_CLASSES and (
                read := _ScopedRule.read(selector, verdict, removes)
            ):
                rules = scoped.setdefault(read.element[2][0], [])
                if len(rules) < _MAX_SCOPED_RULES:
                    rules.append(read)


#: Scoped hiding rules kept per page: classes, rules per class (each element of such a
#: class is matched against its rules; more would let a hostile sheet cost quadratic time).
_MAX_SCOPED_CLASSES = 256

_MAX_SCOPED_RULES = 16

#: A compound selector made of a tag (or ``*``), ids and classes, and nothing else.
_COMPOUND = re.compile(r"(?:([a-z][a-z0-9]*)|\*)?((?:[.#]-?[a-z_][\w-]*)*)")

_SIMPLE = re.compile(r"[.#]-?[a-z_][\w-]*")

#: What a compound selector asks of an element: its tag (or None), its id (or None),
#: classes it has (all lower-case).
_Compound = tuple[str | None, str | None, tuple[str, ...]]


def _compound(text: str) -> _Compound | None:
    """A compound selector read (see ``_COMPOUND``), or None for anything else."""
    match = _COMPOUND.fullmatch(text)
    if match is None or not text:
        return None
    ids: tuple[str, ...] = ()
    classes: tuple[str, ...] = ()
    for simple in _SIMPLE.findall(match.group(2)):
        if simple[0] == "#":
            ids += (simple[1:],)
        else:
            classes += (simple[1:],)
    if len(ids) > 1:
        return None
    return match.group(1), ids[0] if ids else None, classes


def _compound_matches(element: _Element, compound: _Compound, names: list[str] | None) -> bool:
    """Whether ``element`` (whose lower-case classes are ``names``, if known) is what
    ``compound`` asks for (ids are compared as the sheets are read: in lower case)."""
    tag, id_, classes = compound
    if tag is not None and element.tag != tag:
        return False
    if id_ is not None and (element.get("id") or "").lower() != id_:
        return False
    if classes:
        if names is None:
            names = (element.get("class") or "").lower().split()
        return all(name in names for name in classes)
    return True


@define
class _ScopedRule:
    """A hiding rule whose selector names more than a class: the element's tag or other
    classes (``span.x``, ``.a.x``), or elements around it (``.TRS_Editor .x``,
    ``#zoom > p .x``: an article box scoping its rules). Only tags, ids and classes with
    descendant or child combinators are read (a child is taken for any descendant);
    the element's part must name a class."""

    element: _Compound
    around: tuple[_Compound, ...]  # outermost first
    verdict: int
    removes: bool  # display:none (the element takes no room)

    @classmethod
    def read(cls, selector: str, verdict: int, removes: bool) -> _ScopedRule | None:
        """The rule of one selector of a hiding rule's list, or None if it says more
        than tags, ids and classes or its element's part names no class."""
        parts = [_compound(part) for part in selector.replace(">", " ").split()]
        if not parts or any(part is None for part in parts):
            return None
        compounds = [part for part in parts if part is not None]
        if not compounds[-1][2]:
            return None
        return cls(compounds[-1], tuple(compounds[:-1]), verdict, removes)

    def applies(self, element: _Element, names: list[str]) -> bool:
        """Whether the rule applies to ``element`` (whose classes are ``names``): it
        matches, and so do elements around it, innermost first."""
        if not _compound_matches(element, self.element, names):
            return False
        waiting = len(self.around) - 1
        if waiting < 0:
            return True
        for outer in element.iterancestors():
            if _compound_matches(outer, self.around[waiting], None):
                waiting -= 1
                if waiting < 0:
                    return True
        return False


#: The viewport width (CSS pixels) of the desktop browser whose ``@media`` rules apply.
_DESKTOP_WIDTH = 1366

_MEDIA_WIDTH = re.compile(r"\(\s*(min|max)-width\s*:\s*(\d{1,5}(?:\.\d*)?)\s*(px|r?em)?\s*\)")


def _desktop_media(css: str) -> list[tuple[int, int]]:
    """The ``@media`` blocks (``{`` and ``}`` positions, in order) of the lower-case
    ``css`` that a desktop browser's screen applies: each query of its list made of
    ``screen``, ``all``, ``only``, ``and`` and ``min-width``/``max-width`` that a
    viewport ``_DESKTOP_WIDTH`` pixels wide meets (a responsive page hides its mobile
    copy with ``@media (min-width:768px){.wap{display:none}}``). Print, other features
    and ``not`` never apply; an ``@media`` nested in another is skipped. Linear: every
    search starts past the last."""
    blocks: list[tuple[int, int]] = []
    at = css.find("@media")
    while at >= 0:
        opening = css.find("{", at)
        if opening < 0:
            break
        # its closing brace: the next of each kind of brace is found once, moving on
        next_open, next_close = css.find("{", opening + 1), css.find("}", opening + 1)
        close, depth = len(css), 1
        while next_close >= 0:
            if 0 <= next_open < next_close:
                depth += 1
                next_open = css.find("{", next_open + 1)
                continue
            depth -= 1
            if not depth:
                close = next_close
                break
            next_close = css.find("}", next_close + 1)
        if _applies_on_desktop(css[at + len("@media") : opening]):
            blocks.append((opening, close))
        at = css.find("@media", close)
    return blocks


def _applies_on_desktop(queries: str) -> bool:
    """Whether a media query list applies on a desktop screen (see ``_desktop_media``)."""
    for query in queries.split(","):
        fits = True
        for kind, number, unit in _MEDIA_WIDTH.findall(query):
            width = float(number) * (16 if unit in ("em", "rem") else 1)
            if (width > _DESKTOP_WIDTH) if kind == "min" else (width < _DESKTOP_WIDTH):
                fits = False
        words = _MEDIA_WIDTH.sub(" ", query).split()
        if fits and all(word in ("screen", "all", "only", "and") for word in words):
            return True
    return False


class _Rule:
    """Where a style sheet's reading stands: braces open, the rule it is in (the ``{``
    and where its selector starts), the last brace, and the rule judged last. Moved on
    by ``advance``, which only looks between the last position and the next, so a sheet
    is read in linear time whatever its braces."""

    __slots__ = ("depth", "judged", "last_brace", "opened", "selector")

    def __init__(self) -> None:
        self.depth = 0
        self.opened = self.judged = self.last_brace = -1
        self.selector = 0

    def advance(self, css: str, start: int, end: int) -> None:
        """Take in the braces in ``css[start:end]``."""
        opening = css.rfind("{", start, end)
        closing = css.rfind("}", start, end)
        if opening < 0 and closing < 0:
            return
        self.depth += css.count("{", start, end) - css.count("}", start, end)
        if opening > closing:
            before = max(css.rfind("}", start, opening), css.rfind("{", start, opening))
            self.selector = (before if before >= 0 else self.last_brace) + 1
            self.opened = opening
        else:
            self.opened = -1
        self.last_brace = max(opening, closing)


def _occurrences(text: str, word: str) -> list[int]:
    found: list[int] = []
    at = text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + len(word))
    return found


def _hidden_style(style: str) -> int:
    """The verdict on a style: ``_HIDES``, ``_NO_FONT`` (font size 0), ``_STRIKE``
    (struck through), ``_CLEAR`` (transparent, or placed off the screen), ``_MARK``
    (raised or lowered text, Word's footnote reference) or ``_SHOWN``. Each pattern
    runs only on the styles holding its last word."""
    lowered = style.lower()
    if ("none" in lowered and _DISPLAY_NONE.search(lowered)) or (
        ("hidden" in lowered or "collapse" in lowered) and _VISIBILITY_HIDDEN.search(lowered)
    ):
        return _HIDES
    if "size" in lowered and _ZERO_SIZE.search(lowered) and _ZERO_FONT.search(lowered):
        return _NO_FONT
    if "line-through" in lowered:
        return _STRIKE
    if (
        ("opacity" in lowered or "transparent" in lowered)
        and _TRANSPARENT.search(lowered)
        and "clip" not in lowered
        and "shadow" not in lowered
    ):
        return _CLEAR  # (unless the text is painted otherwise: a gradient, a shadow)
    if ("position" in lowered or "indent" in lowered) and _off_screen(lowered):
        return _CLEAR  # (anti-copy characters placed off the screen: as transparent ones)
    if ("sub" in lowered or "super" in lowered or "note-id" in lowered) and _RAISED.search(lowered):
        return _MARK
    return _SHOWN
