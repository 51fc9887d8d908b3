"""The SSRF guard: every connection's host is resolved, checked and pinned before connecting.

Checking in the network backend (not once per URL) means each redirect hop, and each new
connection of a hop, is checked against the address actually dialled: a name that resolves to
a public address for the check and a private one for the connection (DNS rebinding) cannot
slip through.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import httpcore
import httpx
from httpcore._backends.sync import SyncStream

Resolver = Callable[[str, int], list[str]]
Dialer = Callable[[str, int, float | None], socket.socket]


class BlockedAddress(Exception):
    """A host that resolves to an address we must not fetch from (loopback, private, ...)."""


def system_resolver(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def system_dialer(address: str, port: int, timeout: float | None) -> socket.socket:
    return socket.create_connection((address, port), timeout)


def refusal(address: str) -> str | None:
    """Why an IP address is off limits without --allow-private, or None for a public address."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for test, name in ((ip.is_loopback, "loopback"), (ip.is_link_local, "link-local"),
                       (ip.is_multicast, "multicast"), (ip.is_unspecified, "unspecified"),
                       (ip.is_private, "private"), (ip.is_reserved, "reserved")):
        if test:
            return name
    if not ip.is_global:
        return "non-public"
    return None


@dataclass
class Network:
    """Name resolution and dialling; tests replace them to give local servers public-looking names."""

    allow_private: bool = False
    resolve: Resolver = system_resolver
    dial: Dialer = system_dialer

    def checked_addresses(self, host: str, port: int) -> list[str]:
        try:
            addresses = self.resolve(host, port)
        except (OSError, UnicodeError) as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc
        if not addresses:
            raise httpcore.ConnectError(f"cannot resolve {host}")
        if not self.allow_private:
            for address in addresses:
                reason = refusal(address)
                if reason:
                    shown = host if host == address else f"{host} ({address})"
                    raise BlockedAddress(f"refused: {shown} is a {reason} address (use --allow-private)")
        return addresses


@dataclass
class _GuardedBackend(httpcore.NetworkBackend):
    network: Network
    plain: httpcore.SyncBackend = field(default_factory=httpcore.SyncBackend)

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: Iterable[tuple] | None = None) -> httpcore.NetworkStream:
        last: Exception | None = None
        for address in self.network.checked_addresses(host, port):
            try:
                sock = self.network.dial(address, port, timeout)
            except TimeoutError as exc:
                raise httpcore.ConnectTimeout(f"connecting to {host} timed out") from exc
            except OSError as exc:
                last = exc
                continue
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            return SyncStream(sock)
        raise httpcore.ConnectError(f"cannot connect to {host}:{port}: {last}")

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Iterable[tuple] | None = None) -> httpcore.NetworkStream:
        raise BlockedAddress("refused: unix sockets are not fetched")

    def sleep(self, seconds: float) -> None:
        self.plain.sleep(seconds)


class GuardedTransport(httpx.HTTPTransport):
    """httpx's transport with every TCP connection made through the guarded backend."""

    def __init__(self, network: Network, max_connections: int) -> None:
        super().__init__(trust_env=False)
        # httpx does not take a network backend; its pool does (same settings as HTTPTransport's)
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False), max_connections=max_connections,
            max_keepalive_connections=max_connections, keepalive_expiry=5.0,
            network_backend=_GuardedBackend(network),
        )
