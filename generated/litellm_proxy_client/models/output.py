from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.output_outcome_exit import OutputOutcomeExit
    from ..models.output_outcome_timeout import OutputOutcomeTimeout


T = TypeVar("T", bound="Output")


@_attrs_define
class Output:
    """The content of a shell tool call output that was emitted.

    Attributes:
        outcome (OutputOutcomeExit | OutputOutcomeTimeout):
        stderr (str):
        stdout (str):
        created_by (None | str | Unset):
    """

    outcome: OutputOutcomeExit | OutputOutcomeTimeout
    stderr: str
    stdout: str
    created_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.output_outcome_timeout import OutputOutcomeTimeout  # noqa: PLC0415

        outcome: dict[str, Any]
        if isinstance(self.outcome, OutputOutcomeTimeout):
            outcome = self.outcome.to_dict()
        else:
            outcome = self.outcome.to_dict()

        stderr = self.stderr

        stdout = self.stdout

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outcome": outcome,
                "stderr": stderr,
                "stdout": stdout,
            }
        )
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.output_outcome_exit import OutputOutcomeExit  # noqa: PLC0415
        from ..models.output_outcome_timeout import OutputOutcomeTimeout  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_outcome(data: object) -> OutputOutcomeExit | OutputOutcomeTimeout:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                outcome_type_0 = OutputOutcomeTimeout.from_dict(data)

                return outcome_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            outcome_type_1 = OutputOutcomeExit.from_dict(data)

            return outcome_type_1

        outcome = _parse_outcome(d.pop("outcome"))

        stderr = d.pop("stderr")

        stdout = d.pop("stdout")

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        output = cls(
            outcome=outcome,
            stderr=stderr,
            stdout=stdout,
            created_by=created_by,
        )

        output.additional_properties = d
        return output

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
