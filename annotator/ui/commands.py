"""Undo commands: each stores before/after and calls a service; nothing is written twice."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

from annotator.domain.model import Claim, Source
from annotator.services import claims as claim_service
from annotator.services.changes import Changes
from annotator.services.workspace import Store
from annotator.ui.conflict import Conflict

_MERGE_ID = 0x41_4E  # consecutive edits of one text field merge into one entry


class Desk(Protocol):
    """What the commands need from the edit controller that runs them."""

    @property
    def store(self) -> Store: ...

    def run_service(self, call: Callable[[], Changes], *, reveal: int | None = None) -> None: ...


class ServiceCommand(QUndoCommand):
    """A command whose first run happens before it is pushed (see `EditController.push`).

    So a refused edit (a UserError) is shown and never reaches the stack, and
    QUndoStack.push's own call to redo() does not write a second time.
    """

    def __init__(self, desk: Desk, text: str):
        super().__init__(text)
        self.desk = desk
        self._pushed = False

    def first_run(self) -> Changes:
        return self._do()

    def reveal(self) -> int | None:
        """The claim to show after redo/undo (None: leave the selection)."""
        return None

    # Another desk changed the claim since the revision this edit was made from
    # (ClaimChangedError): `rebase` says whether the edit still applies to the claim
    # as it is now (and takes its revision), `conflict` what to show the user if not.
    def rebase(self, now: Claim) -> bool:
        return False

    def conflict(self, now: Claim) -> Conflict | None:
        return None

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self.desk.run_service(self._do, reveal=self.reveal())

    def undo(self) -> None:
        self.desk.run_service(self._undo, reveal=self.reveal())

    def _do(self) -> Changes:
        raise NotImplementedError

    def _undo(self) -> Changes:
        raise NotImplementedError


class MarkClaimCommand(ServiceCommand):
    """Undo deletes the claim; redo restores it whole, with the same id."""

    def __init__(self, desk: Desk, text: str, *, article_id: int, start: int, end: int):
        super().__init__(desk, text)
        self._args = {"article_id": article_id, "start": start, "end": end}
        self.claim_id: int | None = None
        self._deleted: Claim | None = None

    def reveal(self) -> int | None:
        return self.claim_id

    def _do(self) -> Changes:
        if self._deleted is not None:
            return claim_service.restore_claim(self.desk.store, self._deleted)
        claim, changes = claim_service.mark_claim(self.desk.store, **self._args)
        self.claim_id = claim.id
        return changes

    def _undo(self) -> Changes:
        assert self.claim_id is not None
        self._deleted, changes = claim_service.delete_claim(self.desk.store, claim_id=self.claim_id)
        return changes


class DeleteClaimCommand(ServiceCommand):
    """Deletes the claim as the window showed it (`revision`): never one changed since."""

    def __init__(self, desk: Desk, text: str, *, claim_id: int, revision: int | None = None):
        super().__init__(desk, text)
        self.claim_id = claim_id
        self._revision = revision
        self._deleted: Claim | None = None

    def reveal(self) -> int | None:
        return self.claim_id

    def _do(self) -> Changes:
        self._deleted, changes = claim_service.delete_claim(
            self.desk.store, claim_id=self.claim_id, expected_revision=self._revision
        )
        self._revision = None  # redo deletes what undo put back
        return changes

    def _undo(self) -> Changes:
        assert self._deleted is not None
        return claim_service.restore_claim(self.desk.store, self._deleted)


def field_value(claim: Claim, field: str) -> Any:
    return getattr(claim.review if field in claim_service.REVIEW_FIELDS else claim, field)


def _same(a: Any, b: Any) -> bool:
    return (a or None) == (b or None)


class SetClaimFieldCommand(ServiceCommand):
    """One field of a claim or its review; typing in a text field merges into one entry.

    Made from the revision the window shows; undo and redo only put back a value the
    field still holds as this desk left it (else they say who changed it).
    """

    def __init__(
        self,
        desk: Desk,
        text: str,
        *,
        claim_id: int,
        field: str,
        before: Any,
        after: Any,
        mergeable: bool = False,
        revision: int | None = None,
    ):
        super().__init__(desk, text)
        self.claim_id = claim_id
        self.field = field
        self.before = before
        self.after = after
        self._mergeable = mergeable
        self.revision = revision  # the claim's revision this edit is made from

    def reveal(self) -> int | None:
        return self.claim_id

    def first_run(self) -> Changes:
        return claim_service.update_claim(
            self.desk.store, claim_id=self.claim_id, expected_revision=self.revision,
            **{self.field: self.after},
        )  # fmt: skip

    def _set(self, value: Any, *, holding: Any) -> Changes:
        """Write `value` if the field still holds `holding` (what this desk left there)."""
        store = self.desk.store
        now = claim_service.get_claim(store, self.claim_id)
        if not _same(field_value(now, self.field), holding):
            raise claim_service.ClaimChangedError(
                self.claim_id, now.revision, (now.revision, now.updated_by, now.updated_at)
            )
        return claim_service.update_claim(
            store, claim_id=self.claim_id, expected_revision=now.revision, **{self.field: value}
        )

    def _do(self) -> Changes:
        return self._set(self.after, holding=self.before)

    def _undo(self) -> Changes:
        return self._set(self.before, holding=self.after)

    def rebase(self, now: Claim) -> bool:
        """They changed other fields only: this one applies on top of theirs."""
        if not _same(field_value(now, self.field), self.before):
            return False
        self.revision = now.revision
        return True

    def conflict(self, now: Claim) -> Conflict | None:
        return Conflict(
            self.claim_id, self.field, field_value(now, self.field), self.after,
            now.updated_by, now.updated_at,
        )  # fmt: skip

    def id(self) -> int:
        return _MERGE_ID if self._mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, SetClaimFieldCommand)
            and other._mergeable
            and other.claim_id == self.claim_id
            and other.field == self.field
        ):
            return False
        self.after = other.after
        if (self.after or None) == (self.before or None):
            self.setObsolete(True)  # typed back to where it was: no entry at all
        return True


class AddSourceCommand(ServiceCommand):
    def __init__(self, desk: Desk, text: str, *, claim_id: int, fields: dict[str, Any]):
        super().__init__(desk, text)
        self.claim_id = claim_id
        self._fields = dict(fields)
        self._source_id: int | None = None
        self._position: int | None = None

    def reveal(self) -> int | None:
        return self.claim_id

    def _do(self) -> Changes:
        source, changes = claim_service.add_source(
            self.desk.store,
            claim_id=self.claim_id,
            source_id=self._source_id,
            position=self._position,
            **self._fields,
        )
        self._source_id = source.id
        return changes

    def _undo(self) -> Changes:
        assert self._source_id is not None
        _claim_id, self._position, _source, changes = claim_service.remove_source(
            self.desk.store, source_id=self._source_id
        )
        return changes


class EditSourceCommand(ServiceCommand):
    def __init__(
        self, desk: Desk, text: str, *, claim_id: int, source: Source, after: dict[str, Any],
        revision: int | None = None,
    ):  # fmt: skip
        super().__init__(desk, text)
        self.claim_id = claim_id
        self._source_id = source.id
        self._before = {f: getattr(source, f) for f in after}
        self._after = dict(after)
        self.revision = revision

    def reveal(self) -> int | None:
        return self.claim_id

    def _do(self) -> Changes:
        assert self._source_id is not None
        revision, self.revision = self.revision, None  # undo and redo: as the desk left it
        return claim_service.update_source(
            self.desk.store, source_id=self._source_id, expected_revision=revision,
            **self._after,
        )  # fmt: skip

    def rebase(self, now: Claim) -> bool:
        source = next((s for s in now.sources if s.id == self._source_id), None)
        if source is None or any(getattr(source, f) != v for f, v in self._before.items()):
            return False
        self.revision = now.revision
        return True

    def _undo(self) -> Changes:
        assert self._source_id is not None
        return claim_service.update_source(
            self.desk.store, source_id=self._source_id, **self._before
        )


class RemoveSourceCommand(ServiceCommand):
    def __init__(
        self, desk: Desk, text: str, *, claim_id: int, source: Source, revision: int | None = None
    ):
        super().__init__(desk, text)
        assert source.id is not None
        self.claim_id = claim_id
        self._source_id = source.id
        self._shown = source
        self.revision = revision
        self._removed: tuple[int, Source] | None = None

    def reveal(self) -> int | None:
        return self.claim_id

    def rebase(self, now: Claim) -> bool:
        """Still there as the desk showed it: removing it takes nothing of theirs."""
        if self._shown not in now.sources:
            return False
        self.revision = now.revision
        return True

    def _do(self) -> Changes:
        revision, self.revision = self.revision, None
        _claim_id, position, source, changes = claim_service.remove_source(
            self.desk.store, source_id=self._source_id, expected_revision=revision
        )
        self._removed = (position, source)
        return changes

    def _undo(self) -> Changes:
        assert self._removed is not None
        position, source = self._removed
        _source, changes = claim_service.add_source(
            self.desk.store,
            claim_id=self.claim_id,
            url=source.url,
            title=source.title,
            publisher=source.publisher,
            date=source.date,
            quote=source.quote,
            source_id=self._source_id,
            position=position,
        )
        return changes


class AnchorCommand(ServiceCommand):
    """Settle a claim's place: accept a proposal, reject it, or anchor the claim on a span.

    Undo puts the whole anchor back as it was (offsets, quote, context, state).
    """

    ACCEPT, REJECT, MOVE = "accept", "reject", "move"

    def __init__(
        self,
        desk: Desk,
        text: str,
        *,
        claim: Claim,
        action: str,
        span: tuple[int, int] | None = None,
    ):
        super().__init__(desk, text)
        assert claim.id is not None
        assert action in (self.ACCEPT, self.REJECT, self.MOVE)
        assert (span is not None) == (action == self.MOVE)
        self.claim_id = claim.id
        self._before = claim
        self._action = action
        self._span = span

    def reveal(self) -> int | None:
        return self.claim_id

    def _do(self) -> Changes:
        store = self.desk.store
        if self._action == self.ACCEPT:
            return claim_service.accept_anchor(store, claim_id=self.claim_id)
        if self._action == self.REJECT:
            return claim_service.reject_anchor(store, claim_id=self.claim_id)
        assert self._span is not None
        start, end = self._span
        return claim_service.move_claim(store, claim_id=self.claim_id, start=start, end=end)

    def _undo(self) -> Changes:
        return claim_service.set_anchor_state(self.desk.store, self._before)
