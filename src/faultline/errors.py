"""faultline's errors: one hierarchy, each message with a searchable code and a hint.

    FaultlineError
    ├── InputError            [E1xx] an input cannot be read (names the input)
    │   ├── BinaryInputError      E101 binary or non-text file
    │   ├── EncodingError         E102 not decodable as text
    │   ├── EmptyInputError       E103 empty or whitespace only
    │   ├── TooLargeError         E104 over the size limit
    │   ├── ParseError            E105 broken JSON/JSONL/HTML/feed
    │   ├── UnsupportedInputError E106 unknown file type or missing path
    │   └── FetchError            E107 a URL could not or may not be fetched
    ├── ConfigError           [E2xx] bad option or setting (a wrong --published date, unknown model)
    │   └── ModelNotFoundError    E201 no usable spaCy model installed
    ├── KnowledgeBaseError    [E3xx] a KB data file is malformed
    ├── StoreError            [E4xx] the store cannot be opened, migrated or written
    ├── EvalError             [E5xx] a gold or prediction file cannot be scored
    └── WebError              [E6xx] a request the dashboard cannot answer (carries an HTTP status)
        ├── BadRequestError       E600 a parameter is malformed (a date, a limit, a window)
        ├── NotFoundError         E604 unknown article, actor or issue id
        └── TooLargeRequestError  E613 a request line or body over the size limit

The library never prints: the CLI turns these into a message and an exit code (``exit_code``).
"""

from __future__ import annotations


class FaultlineError(Exception):
    code = "E000"
    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None, input_name: str | None = None):
        self.message = message
        self.hint = hint
        self.input_name = input_name
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.input_name}: " if self.input_name else ""
        text = f"[{self.code}] {where}{self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return text


class InputError(FaultlineError):
    code = "E100"
    exit_code = 3


class BinaryInputError(InputError):
    code = "E101"


class EncodingError(InputError):
    code = "E102"


class EmptyInputError(InputError):
    code = "E103"


class TooLargeError(InputError):
    code = "E104"


class ParseError(InputError):
    code = "E105"


class UnsupportedInputError(InputError):
    code = "E106"


class FetchError(InputError):
    code = "E107"


class ConfigError(FaultlineError):
    code = "E200"
    exit_code = 2


class ModelNotFoundError(ConfigError):
    code = "E201"


class KnowledgeBaseError(FaultlineError):
    code = "E300"
    exit_code = 4


class StoreError(FaultlineError):
    code = "E400"
    exit_code = 5


class EvalError(FaultlineError):
    code = "E500"
    exit_code = 6


class WebError(FaultlineError):
    code = "E600"
    exit_code = 7
    status = 400


class BadRequestError(WebError):
    code = "E600"
    status = 400


class NotFoundError(WebError):
    code = "E604"
    status = 404


class TooLargeRequestError(WebError):
    code = "E613"
    status = 413
