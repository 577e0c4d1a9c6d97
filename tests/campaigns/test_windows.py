from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from campaigns import windows

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")


def utc(*args):
    return datetime(*args, tzinfo=UTC)


def test_daily_hours_keep_their_local_time_across_the_london_spring_change():
    # Clocks go forward on Sunday 28 March 2027: 08:00 local is 08:00 UTC before, 07:00 UTC after.
    allowed = windows.daily(time(8), time(20), LONDON, utc(2027, 3, 27), utc(2027, 3, 30))
    assert (utc(2027, 3, 27, 8), utc(2027, 3, 27, 20)) in allowed
    assert (utc(2027, 3, 28, 7), utc(2027, 3, 28, 19)) in allowed
    assert windows.contains(allowed, utc(2027, 3, 28, 7, 30))
    assert not windows.contains(allowed, utc(2027, 3, 27, 7, 30))


def test_daily_hours_keep_their_local_time_across_the_new_york_autumn_change():
    # Clocks go back on Sunday 7 November 2027: 08:00 local is 12:00 UTC before, 13:00 UTC after.
    allowed = windows.daily(time(8), time(20), NEW_YORK, utc(2027, 11, 6), utc(2027, 11, 9))
    assert (utc(2027, 11, 6, 12), utc(2027, 11, 7, 0)) in allowed
    assert (utc(2027, 11, 7, 13), utc(2027, 11, 8, 1)) in allowed


def test_a_window_that_starts_in_the_skipped_hour_uses_the_offset_before_the_change():
    schedule = {"sun": [["01:30", "03:00"]]}
    allowed = windows.weekly(schedule, LONDON, utc(2027, 3, 27), utc(2027, 3, 29))
    # 01:30 does not exist that night; it is read as 01:30 GMT (= 02:30 BST). 03:00 BST is 02:00 UTC.
    assert allowed == [(utc(2027, 3, 28, 1, 30), utc(2027, 3, 28, 2))]


def test_blocked_dates_and_closed_days_are_left_out():
    schedule = {"mon": [["09:00", "17:00"]], "tue": [["09:00", "17:00"]]}
    allowed = windows.weekly(schedule, LONDON, utc(2027, 1, 10), utc(2027, 1, 13), blocked=[date(2027, 1, 11)])
    assert allowed == [(utc(2027, 1, 12, 9), utc(2027, 1, 12, 17))]


def test_a_day_can_run_until_midnight():
    allowed = windows.weekly({"fri": [["18:00", "24:00"]]}, LONDON, utc(2027, 1, 14), utc(2027, 1, 17))
    assert allowed == [(utc(2027, 1, 15, 18), utc(2027, 1, 16, 0))]


def test_intersection_next_and_last_allowed():
    left = [(utc(2027, 1, 1, 9), utc(2027, 1, 1, 17)), (utc(2027, 1, 2, 9), utc(2027, 1, 2, 17))]
    right = [(utc(2027, 1, 1, 12), utc(2027, 1, 2, 10))]
    both = windows.intersect(left, right)
    assert both == [(utc(2027, 1, 1, 12), utc(2027, 1, 1, 17)), (utc(2027, 1, 2, 9), utc(2027, 1, 2, 10))]
    assert windows.next_allowed(both, utc(2027, 1, 1, 20)) == utc(2027, 1, 2, 9)
    assert windows.next_allowed(both, utc(2027, 1, 1, 13)) == utc(2027, 1, 1, 13)
    assert windows.next_allowed(both, utc(2027, 1, 3)) is None
    lead = timedelta(minutes=15)
    assert windows.last_allowed(both, utc(2027, 1, 1, 20), lead=lead) == utc(2027, 1, 1, 16, 45)
    assert windows.last_allowed(both, utc(2027, 1, 2, 9, 30), lead=lead) == utc(2027, 1, 2, 9, 30)
    assert windows.last_allowed(both, utc(2027, 1, 1, 11), lead=lead) is None


def test_until_is_said_in_the_recipients_wall_time():
    now = utc(2027, 1, 13, 3)  # Tue 21:00 in Chicago
    chicago = ZoneInfo("America/Chicago")
    assert windows.describe_until(utc(2027, 1, 13, 14), chicago, now) == "08:00 tomorrow"
    assert windows.describe_until(utc(2027, 1, 13, 3, 30), chicago, now) == "21:30"
    assert windows.describe_until(utc(2027, 1, 14, 14), chicago, now) == "Thu 08:00"
