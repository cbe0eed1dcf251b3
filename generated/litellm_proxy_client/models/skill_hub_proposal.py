from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.skill_hub_agent_skill import SkillHubAgentSkill
    from ..models.skill_hub_proposal_source import SkillHubProposalSource


T = TypeVar("T", bound="SkillHubProposal")


@_attrs_define
class SkillHubProposal:
    """
    Attributes:
        description (None | str):
        name (str):
        source (SkillHubProposalSource):
        version (None | str):
        agent_skill (None | SkillHubAgentSkill | Unset):
        domain (None | str | Unset):
        keywords (list[str] | None | Unset):
        namespace (None | str | Unset):
    """

    description: None | str
    name: str
    source: SkillHubProposalSource
    version: None | str
    agent_skill: None | SkillHubAgentSkill | Unset = UNSET
    domain: None | str | Unset = UNSET
    keywords: list[str] | None | Unset = UNSET
    namespace: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.skill_hub_agent_skill import SkillHubAgentSkill  # noqa: PLC0415

        description: None | str
        description = self.description

        name = self.name

        source = self.source.to_dict()

        version: None | str
        version = self.version

        agent_skill: dict[str, Any] | None | Unset
        if isinstance(self.agent_skill, Unset):
            agent_skill = UNSET
        elif isinstance(self.agent_skill, SkillHubAgentSkill):
            agent_skill = self.agent_skill.to_dict()
        else:
            agent_skill = self.agent_skill

        domain: None | str | Unset
        if isinstance(self.domain, Unset):
            domain = UNSET
        else:
            domain = self.domain

        keywords: list[str] | None | Unset
        if isinstance(self.keywords, Unset):
            keywords = UNSET
        elif isinstance(self.keywords, list):
            keywords = self.keywords

        else:
            keywords = self.keywords

        namespace: None | str | Unset
        if isinstance(self.namespace, Unset):
            namespace = UNSET
        else:
            namespace = self.namespace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "name": name,
                "source": source,
                "version": version,
            }
        )
        if agent_skill is not UNSET:
            field_dict["agent_skill"] = agent_skill
        if domain is not UNSET:
            field_dict["domain"] = domain
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if namespace is not UNSET:
            field_dict["namespace"] = namespace

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.skill_hub_agent_skill import SkillHubAgentSkill  # noqa: PLC0415
        from ..models.skill_hub_proposal_source import SkillHubProposalSource  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        name = d.pop("name")

        source = SkillHubProposalSource.from_dict(d.pop("source"))

        def _parse_version(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        version = _parse_version(d.pop("version"))

        def _parse_agent_skill(data: object) -> None | SkillHubAgentSkill | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                agent_skill_type_0 = SkillHubAgentSkill.from_dict(data)

                return agent_skill_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SkillHubAgentSkill | Unset, data)

        agent_skill = _parse_agent_skill(d.pop("agent_skill", UNSET))

        def _parse_domain(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        domain = _parse_domain(d.pop("domain", UNSET))

        def _parse_keywords(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                keywords_type_0 = cast(list[str], data)

                return keywords_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        keywords = _parse_keywords(d.pop("keywords", UNSET))

        def _parse_namespace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        namespace = _parse_namespace(d.pop("namespace", UNSET))

        skill_hub_proposal = cls(
            description=description,
            name=name,
            source=source,
            version=version,
            agent_skill=agent_skill,
            domain=domain,
            keywords=keywords,
            namespace=namespace,
        )

        skill_hub_proposal.additional_properties = d
        return skill_hub_proposal

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
