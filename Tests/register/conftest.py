"""pytest fixtures for the register tests; the helpers live in register_support."""
from register_support import home, moto, moto_env  # noqa: F401
