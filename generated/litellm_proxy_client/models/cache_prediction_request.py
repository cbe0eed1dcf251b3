from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.cache_prediction_request_request import CachePredictionRequestRequest


T = TypeVar("T", bound="CachePredictionRequest")


@_attrs_define
class CachePredictionRequest:
    """
    Attributes:
        candidate_deployment_id (str):
        current_deployment_id (str):
        request (CachePredictionRequestRequest):
    """

    candidate_deployment_id: str
    current_deployment_id: str
    request: CachePredictionRequestRequest

    def to_dict(self) -> dict[str, Any]:
        candidate_deployment_id = self.candidate_deployment_id

        current_deployment_id = self.current_deployment_id

        request = self.request.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "candidate_deployment_id": candidate_deployment_id,
                "current_deployment_id": current_deployment_id,
                "request": request,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cache_prediction_request_request import CachePredictionRequestRequest  # noqa: PLC0415

        d = dict(src_dict)
        candidate_deployment_id = d.pop("candidate_deployment_id")

        current_deployment_id = d.pop("current_deployment_id")

        request = CachePredictionRequestRequest.from_dict(d.pop("request"))

        cache_prediction_request = cls(
            candidate_deployment_id=candidate_deployment_id,
            current_deployment_id=current_deployment_id,
            request=request,
        )

        return cache_prediction_request
