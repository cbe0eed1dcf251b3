from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.outcome_exit import OutcomeExit
    from ..models.outcome_timeout import OutcomeTimeout


T = TypeVar("T", bound="ResponseFunctionShellCallOutputContentParam")


@_attrs_define
class ResponseFunctionShellCallOutputContentParam:
    """Captured stdout and stderr for a portion of a shell tool call output.

    Attributes:
        outcome (OutcomeExit | OutcomeTimeout):
        stderr (str):
        stdout (str):
    """

    outcome: OutcomeExit | OutcomeTimeout
    stderr: str
    stdout: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.outcome_timeout import OutcomeTimeout  # noqa: PLC0415

        outcome: dict[str, Any]
        if isinstance(self.outcome, OutcomeTimeout):
            outcome = self.outcome.to_dict()
        else:
            outcome = self.outcome.to_dict()

        stderr = self.stderr

        stdout = self.stdout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outcome": outcome,
                "stderr": stderr,
                "stdout": stdout,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.outcome_exit import OutcomeExit  # noqa: PLC0415
        from ..models.outcome_timeout import OutcomeTimeout  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_outcome(data: object) -> OutcomeExit | OutcomeTimeout:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                outcome_type_0 = OutcomeTimeout.from_dict(data)

                return outcome_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            outcome_type_1 = OutcomeExit.from_dict(data)

            return outcome_type_1

        outcome = _parse_outcome(d.pop("outcome"))

        stderr = d.pop("stderr")

        stdout = d.pop("stdout")

        response_function_shell_call_output_content_param = cls(
            outcome=outcome,
            stderr=stderr,
            stdout=stdout,
        )

        response_function_shell_call_output_content_param.additional_properties = d
        return response_function_shell_call_output_content_param

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
