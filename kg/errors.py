"""The one exception type the CLI turns into a single line on stderr and exit code 1."""


class KgError(Exception):
    """A user-facing failure: bad input, malformed query, missing file.

    The message is one line and says what is wrong and where; the CLI prints it as
    ``kg: error: <message>`` and exits non-zero, never with a traceback.
    """
