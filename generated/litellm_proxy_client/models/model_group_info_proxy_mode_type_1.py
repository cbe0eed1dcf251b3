from enum import StrEnum


class ModelGroupInfoProxyModeType1(StrEnum):
    AUDIO_TRANSCRIPTION = "audio_transcription"
    CHAT = "chat"
    COMPLETION = "completion"
    EMBEDDING = "embedding"
    IMAGE_GENERATION = "image_generation"
    MODERATIONS = "moderations"
    RERANK = "rerank"

    def __str__(self) -> str:
        return str(self.value)
