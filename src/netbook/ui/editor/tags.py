"""Tags typed as a comma-separated list, completing the word being typed from the book's tags."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from netbook.model.text import fold


def split_tags(text: str) -> list[str]:
    """Comma-separated tags, trimmed, without repeats (tags are case-insensitive)."""
    seen: set[str] = set()
    tags = []
    for part in text.split(","):
        name = part.strip()
        if name and fold(name) not in seen:
            seen.add(fold(name))
            tags.append(name)
    return tags


class TagsEdit(QLineEdit):
    """A line edit for "Clients, Friends" that completes each tag from `known`."""

    def __init__(self, known: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Comma-separated, e.g. Clients, Conference 2025"))
        self.completer_model = QStringListModel(list(known), self)
        self.tag_completer = QCompleter(self.completer_model, self)
        self.tag_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tag_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        # Not setCompleter(): that would complete the whole text, not the tag being typed.
        self.tag_completer.setWidget(self)
        self.tag_completer.activated[str].connect(self.insert_completion)  # type: ignore[index]
        self.textEdited.connect(self._edited)

    def _hide_popup(self) -> None:
        popup = self.tag_completer.popup()
        if popup is not None:
            popup.hide()

    def current_word(self) -> str:
        return self.text()[: self.cursorPosition()].rsplit(",", 1)[-1].strip()

    def _edited(self, _text: str) -> None:
        word = self.current_word()
        if not word:
            self._hide_popup()
            return
        self.tag_completer.setCompletionPrefix(word)
        if self.tag_completer.completionCount():
            self.tag_completer.complete()
        else:
            self._hide_popup()

    def insert_completion(self, tag: str) -> None:
        """Replace the word being typed with `tag` and get ready for the next one."""
        before = self.text()[: self.cursorPosition()]
        after = self.text()[self.cursorPosition() :]
        head = before.rsplit(",", 1)[0] + ", " if "," in before else ""
        text = f"{head}{tag}, "
        self.setText(text + after.lstrip(", "))
        self.setCursorPosition(len(text))

    def tags(self) -> list[str]:
        return split_tags(self.text())

    def set_tags(self, tags: Sequence[str]) -> None:
        self.setText(", ".join(tags))
