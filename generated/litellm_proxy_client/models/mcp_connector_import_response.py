from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.mcp_connector_import_failure import MCPConnectorImportFailure
    from ..models.mcp_connector_import_result import MCPConnectorImportResult
    from ..models.mcp_connector_import_skipped import MCPConnectorImportSkipped


T = TypeVar("T", bound="MCPConnectorImportResponse")


@_attrs_define
class MCPConnectorImportResponse:
    """
    Attributes:
        errors (list[MCPConnectorImportFailure]):
        imported (list[MCPConnectorImportResult]):
        skipped (list[MCPConnectorImportSkipped]):
    """

    errors: list[MCPConnectorImportFailure]
    imported: list[MCPConnectorImportResult]
    skipped: list[MCPConnectorImportSkipped]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        imported = []
        for imported_item_data in self.imported:
            imported_item = imported_item_data.to_dict()
            imported.append(imported_item)

        skipped = []
        for skipped_item_data in self.skipped:
            skipped_item = skipped_item_data.to_dict()
            skipped.append(skipped_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errors": errors,
                "imported": imported,
                "skipped": skipped,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mcp_connector_import_failure import MCPConnectorImportFailure  # noqa: PLC0415
        from ..models.mcp_connector_import_result import MCPConnectorImportResult  # noqa: PLC0415
        from ..models.mcp_connector_import_skipped import MCPConnectorImportSkipped  # noqa: PLC0415

        d = dict(src_dict)
        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = MCPConnectorImportFailure.from_dict(errors_item_data)

            errors.append(errors_item)

        imported = []
        _imported = d.pop("imported")
        for imported_item_data in _imported:
            imported_item = MCPConnectorImportResult.from_dict(imported_item_data)

            imported.append(imported_item)

        skipped = []
        _skipped = d.pop("skipped")
        for skipped_item_data in _skipped:
            skipped_item = MCPConnectorImportSkipped.from_dict(skipped_item_data)

            skipped.append(skipped_item)

        mcp_connector_import_response = cls(
            errors=errors,
            imported=imported,
            skipped=skipped,
        )

        mcp_connector_import_response.additional_properties = d
        return mcp_connector_import_response

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
