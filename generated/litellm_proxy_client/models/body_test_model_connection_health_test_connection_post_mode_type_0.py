from enum import StrEnum


class BodyTestModelConnectionHealthTestConnectionPostModeType0(StrEnum):
    ANTHROPIC_MESSAGES = "anthropic_messages"
    AUDIO_SPEECH = "audio_speech"
    AUDIO_TRANSCRIPTION = "audio_transcription"
    BATCH = "batch"
    CHAT = "chat"
    COMPLETION = "completion"
    DECISIONS = "decisions"
    EMBEDDING = "embedding"
    EVALUATION = "evaluation"
    EXTRACTION = "extraction"
    IMAGE_EDIT = "image_edit"
    IMAGE_GENERATION = "image_generation"
    OCR = "ocr"
    REALTIME = "realtime"
    RERANK = "rerank"
    RESPONSES = "responses"
    VIDEO_GENERATION = "video_generation"

    def __str__(self) -> str:
        return str(self.value)
