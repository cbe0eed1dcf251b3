from enum import StrEnum


class UpdateRouterConfigOptionalPreCallChecksType0Item(StrEnum):
    DEPLOYMENT_AFFINITY = "deployment_affinity"
    ENCRYPTED_CONTENT_AFFINITY = "encrypted_content_affinity"
    ENFORCE_MODEL_RATE_LIMITS = "enforce_model_rate_limits"
    FORWARD_CLIENT_HEADERS_BY_MODEL_GROUP = "forward_client_headers_by_model_group"
    PROMPT_CACHING = "prompt_caching"
    RESPONSES_API_DEPLOYMENT_CHECK = "responses_api_deployment_check"
    ROUTER_BUDGET_LIMITING = "router_budget_limiting"
    SESSION_AFFINITY = "session_affinity"

    def __str__(self) -> str:
        return str(self.value)
