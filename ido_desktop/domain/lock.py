"""When to lock, and how long a wrong passphrase makes the next attempt wait. No clocks inside:
callers pass the time, so tests can play out hours and a machine that slept."""

from __future__ import annotations

from dataclasses import dataclass, field

DEFAULT_IDLE_SECONDS = 5 * 60
FREE_ATTEMPTS = 3  # a typo or two costs nothing
MAX_DELAY_SECONDS = 60.0


@dataclass
class IdleLock:
    """Locks after ``idle_seconds`` without input, measured on both clocks.

    The monotonic clock does not run while the machine sleeps; the wall clock does. Taking the
    larger of the two gaps locks a laptop that slept with its lid shut for longer than the idle
    time, even though no timer fired meanwhile.
    """

    idle_seconds: float = DEFAULT_IDLE_SECONDS
    _last_monotonic: float = 0.0
    _last_wall: float = 0.0

    def touch(self, monotonic: float, wall: float) -> None:
        self._last_monotonic = monotonic
        self._last_wall = wall

    def idle_for(self, monotonic: float, wall: float) -> float:
        return max(monotonic - self._last_monotonic, wall - self._last_wall)

    def due(self, monotonic: float, wall: float) -> bool:
        return self.idle_seconds > 0 and self.idle_for(monotonic, wall) >= self.idle_seconds


@dataclass
class UnlockThrottle:
    """After three wrong attempts each further one waits twice as long (2, 4, 8 ... 60 s)."""

    failures: int = 0
    _not_before: float = field(default=0.0)

    def wait_seconds(self, now: float) -> float:
        return max(0.0, self._not_before - now)

    def failed(self, now: float) -> float:
        """Record a wrong attempt; returns how long the next one must wait."""
        self.failures += 1
        extra = self.failures - FREE_ATTEMPTS
        delay = 0.0 if extra < 0 else min(2.0 ** (extra + 1), MAX_DELAY_SECONDS)
        self._not_before = now + delay
        return delay

    def succeeded(self) -> None:
        self.failures = 0
        self._not_before = 0.0
