"""Password hashing with Argon2id (argon2-cffi), and the minimum a password must meet."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from agenda.errors import UserError

MIN_LENGTH = 8
_hasher = PasswordHasher()
# verified against when the user does not exist, so that a miss costs as much as a wrong password
_DUMMY_HASH = _hasher.hash("not-a-real-password")


def check_strength(password: str) -> None:
    if len(password) < MIN_LENGTH:
        raise UserError(f"the password must have at least {MIN_LENGTH} characters")


def hash_password(password: str) -> str:
    check_strength(password)
    return _hasher.hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash or _DUMMY_HASH, password) and stored_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False
