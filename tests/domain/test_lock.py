"""When to lock and how long a wrong passphrase waits: pure rules, played out with fake times."""

from __future__ import annotations

from ido_desktop.domain.lock import IdleLock, UnlockThrottle


def test_locks_after_the_idle_time_and_not_before():
    lock = IdleLock(idle_seconds=300)
    lock.touch(monotonic=1000.0, wall=50_000.0)
    assert not lock.due(1299.0, 50_299.0)
    assert lock.due(1300.0, 50_300.0)


def test_input_postpones_the_lock():
    lock = IdleLock(idle_seconds=300)
    lock.touch(0.0, 0.0)
    lock.touch(250.0, 250.0)
    assert not lock.due(500.0, 500.0)


def test_a_machine_that_slept_is_locked_by_the_wall_clock():
    """The monotonic clock stood still while the lid was shut; the wall clock did not."""
    lock = IdleLock(idle_seconds=300)
    lock.touch(monotonic=1000.0, wall=50_000.0)
    assert lock.due(monotonic=1005.0, wall=50_000.0 + 3 * 3600)


def test_a_wall_clock_set_back_does_not_keep_it_open():
    lock = IdleLock(idle_seconds=300)
    lock.touch(monotonic=1000.0, wall=50_000.0)
    assert lock.due(monotonic=1400.0, wall=40_000.0)


def test_wrong_attempts_wait_longer_and_longer():
    throttle = UnlockThrottle()
    waits = [throttle.failed(now=0.0) for _ in range(9)]
    assert waits[:2] == [0.0, 0.0]
    assert waits[2:6] == [2.0, 4.0, 8.0, 16.0]
    assert max(waits) == 60.0
    assert throttle.wait_seconds(now=30.0) == 30.0
    throttle.succeeded()
    assert throttle.wait_seconds(now=0.0) == 0.0
