"""When it happened, relative to the report: for the 72-hour rule of post-exposure prophylaxis."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from pseah.triage.classification.lexicon.time import DAY_PARTS, LAST_WORDS, MONTHS, TIME_EXPRESSIONS, WEEKDAYS
from pseah.triage.classification.matcher import compile_pattern
from pseah.triage.classification.text import Text

PEP_WINDOW = timedelta(hours=72)

_EXPRESSIONS = tuple((compile_pattern(p), spec, label) for p, spec, label in TIME_EXPRESSIONS)
_WEEKDAY = re.compile(r"(?<!\S)(?:(hari|pada hari|on|last) )?(" + "|".join(map(re.escape, WEEKDAYS))
                      + r")(?: (\S+))?")
# 'skrg udh senin', 'now it is Monday', 'saiki wis Senen': the report says which day it is written on
_TODAY_IS = re.compile(r"(?<!\S)(?:sekarang|skrg|now|saiki|ayeuna|hari ini|today|dinten menika|poe ieu)(?: (?:sudah|udah|"
                       r"wis|geus|sampun|is|it's|it is|hari|dinten|poe|dina))* (" + "|".join(map(re.escape, WEEKDAYS))
                       + r")(?!\S)")
# 'it's Sunday now', 'today is Monday', 'hari ini hari Senin': the day named after the words for today
_TODAY_IS_AFTER = re.compile(r"(?<!\S)(?:it is|today is|hari ini(?: hari)?|dinten menika|poe ieu|dina iki) ("
                             + "|".join(map(re.escape, WEEKDAYS)) + r")(?!\S)|(?<!\S)("
                             + "|".join(map(re.escape, WEEKDAYS)) + r") (?:now|sekarang|today)(?!\S)")
_LAST_WEEK = re.compile(r"(?<!\S)(?:minggu|pekan|minggon) (?:lalu|kemarin|kemaren|kamari|kapengker|kepengker|wingi|"
                        r"kepungkur|kala wingi)(?!\S)|(?<!\S)last week(?!\S)")
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_MONTH = re.compile(rf"(?<!\S)(\d{{1,2}}) ({_MONTH_NAMES})(?: (\d{{4}}))?(?!\S)")
_MONTH_DAY = re.compile(rf"(?<!\S)({_MONTH_NAMES}) (\d{{1,2}})(?:st|nd|rd|th)?(?!\S)")
# Round 39 (B60-08 'Pada tahun 2006, ... ketika saya berusia 10 tahun, seorang relawan ... meraba kemaluan saya'; B60-39
# 'In 2018 after the Lombok earthquake, when I was 15, ... raped me'): a year named before the report's year dates what
# is told beside it to that year, long past (KBBI tahun; Danadibrata taun; Baoesastra taun, warsa; English plain
# usage); never a year of birth ('lahir tahun 2012', 'born in 2008': ages.py), nor the year something began ('sejak
# tahun 2025 ... setiap malam' goes on now; KBBI sejak, semenjak, mulai; Danadibrata ti, saprak; Baoesastra wiwit,
# kawit)
_YEAR = re.compile(r"(?<!\S)(?:(?:pada |di |sekitar |around |dina |ing |ning )?(?:tahun|warsa|the year) |in |pada )"
                   r"((?:19|20)\d\d)(?![\d.,]\d)")
_NOT_ITS_DATE = re.compile(r"(?<!\S)(?:lahir|lhr|kelahiran|dilahirkan|lair|miyos|born|sejak|semenjak|mulai|dari|since|"
                            r"from|saprak|ti|wiwit|kawit|ket|kat)(?: \S+){0,1} ?$")
_NUMERIC_DATE = re.compile(r"(?<!\S)(\d{1,2})[/-](\d{1,2})(?:[/-](\d{2,4}))?(?!\S)")
# the weekend before the report, and 'malam minggu' (Saturday night; KBBI malam Minggu 'the night before Sunday';
# Danadibrata malem Minggu; Baoesastra malem Minggu): both are dated from the last Saturday
_WEEKEND = re.compile(r"(?<!\S)(?:(?:last|the|over the|during the|this past|on the) weekend|weekend (?:lalu|kemarin)|"
                      r"akhir (?:pekan|minggu) (?:lalu|kemarin|kamari|wingi)|malam minggu|malem minggu|malem minggon)"
                      r"(?!\S)")
_DAY_OF_MONTH = re.compile(r"(?<!\S)(?:tanggal|tgl|tg|tanggalna|tanggale) (\d{1,2})(?!\S)(?! (?:" + _MONTH_NAMES + "))")


@dataclass(frozen=True)
class When:
    """An interval in which the incident happened, as stated (or implied) by the report."""

    label: str
    quote: str
    word: int            # where in the text (for picking the expression nearest to an act); -1 = a form field
    start: datetime
    end: datetime
    approximate: bool = False

    def hours_since(self, reported_at: datetime) -> tuple[float, float]:
        """Least and most hours between the incident and the report."""
        least = max(0.0, (reported_at - self.end).total_seconds() / 3600)
        most = max(0.0, (reported_at - self.start).total_seconds() / 3600)
        return least, most


def _midnight(day: date, like: datetime) -> datetime:
    return datetime.combine(day, time(0), tzinfo=like.tzinfo)


def _days_back(reported_at: datetime, lo: float, hi: float) -> tuple[datetime, datetime]:
    today = reported_at.date()
    start = _midnight(today - timedelta(days=max(0, round(hi))), reported_at)
    end = min(reported_at, _midnight(today - timedelta(days=max(0, round(lo))), reported_at) + timedelta(days=1))
    return start, max(start, end)


def _interval(spec: tuple, number: int | None, reported_at: datetime) -> tuple[datetime, datetime]:
    kind = spec[0]
    if kind == "day":
        return _days_back(reported_at, spec[1], spec[2])
    if kind == "hour":
        return reported_at - timedelta(hours=spec[2]), reported_at - timedelta(hours=spec[1])
    per, lo, hi = spec[1], spec[2], spec[3]
    value = number if number is not None else 1
    if kind == "nday":
        return _days_back(reported_at, value * per + lo, value * per + hi)
    return reported_at - timedelta(hours=value * per + hi), reported_at - timedelta(hours=value * per + lo)


def _on_day(day: date, reported_at: datetime, night: bool) -> tuple[datetime, datetime]:
    start = _midnight(day, reported_at)
    end = start + timedelta(hours=30 if night else 24)     # a night runs into the next morning
    return start, min(max(start, end), max(start, reported_at))


def _past_date(year: int, month: int, day: int, reported_at: datetime) -> date | None:
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    if found > reported_at.date():           # '29 November' in a January report is last year's
        try:
            found = date(year - 1, month, day)
        except ValueError:
            return None
    return found


def find_times(text: Text, reported_at: datetime) -> list[When]:
    """Every time expression in the text, as an interval; longest expression wins where they overlap."""
    found: list[tuple[int, int, When]] = []
    norm = text.norm

    def add(start: int, end: int, label: str, interval: tuple[datetime, datetime], approximate: bool) -> None:
        found.append((start, end, When(label=label, quote=text.quote(start, end), word=text.word_at(start),
                                       start=interval[0], end=interval[1], approximate=approximate)))

    for regex, spec, label in _EXPRESSIONS:
        for m in regex.finditer(norm):
            number = int(m.group(1)) if regex.groups and m.group(1) else None
            wide = spec[0] == "day" and spec[2] - spec[1] >= 3
            add(m.start(), m.end(), label, _interval(spec, number, reported_at), wide)
    today_is = _TODAY_IS.search(norm)
    today_at = today_is.start(1) if today_is is not None else None
    if today_is is None and (after_is := _TODAY_IS_AFTER.search(norm)) is not None:
        group = 1 if after_is.group(1) else 2
        today_is, today_at = after_is, after_is.start(group)
        today = WEEKDAYS[after_is.group(group)]
    else:
        today = WEEKDAYS[today_is.group(1)] if today_is is not None else reported_at.weekday()
    for m in _WEEKDAY.finditer(norm):
        before, name, after = m.group(1), m.group(2), m.group(3) or ""
        if today_at is not None and today_at == m.start(2):
            continue                         # the day of writing itself, not an incident time
        if name == "minggu" and before not in ("hari", "pada hari") and after not in DAY_PARTS:
            continue                         # 'minggu lalu' is last week, not Sunday
        back = (today - WEEKDAYS[name]) % 7
        if back == 0 and (after in LAST_WORDS or before == "last"):
            back = 7
        # round 9 (B23-20): 'minggu kamari, dinten Rebo wengi', 'last week, on Wednesday': the weekday of last week
        # (KBBI minggu lalu, pekan lalu; Danadibrata minggu kamari, minggu kapengker; Baoesastra minggu wingi, krama
        # minggu kepengker)
        if back < 7 and _LAST_WEEK.search(norm[max(0, m.start() - 30):m.start()].rsplit(".", 1)[-1]):
            back += 7
        # round 25 (B40-12): and said right after the day, 'pada hari Selasa minggu lalu', 'dina Rebo minggu
        # kepungkur', 'dinten Salasa minggu kamari', 'on Tuesday last week' (the same words), read as one time with
        # the day, so that 'kemarin' in it is not yesterday
        until = m.end()
        if back < 7 and m.group(3) and (last_week := _LAST_WEEK.match(norm, m.start(3))) is not None:
            back, until = back + 7, last_week.end()
        day = reported_at.date() - timedelta(days=back)
        add(m.start(), until, f"on {name}", _on_day(day, reported_at, after in DAY_PARTS), False)
    for m in _DAY_MONTH.finditer(norm):
        year = int(m.group(3)) if m.group(3) else reported_at.year
        if (day := _past_date(year, MONTHS[m.group(2)], int(m.group(1)), reported_at)) is not None:
            add(m.start(), m.end(), "on a date", _on_day(day, reported_at, False), False)
    for m in _MONTH_DAY.finditer(norm):
        if (day := _past_date(reported_at.year, MONTHS[m.group(1)], int(m.group(2)), reported_at)) is not None:
            add(m.start(), m.end(), "on a date", _on_day(day, reported_at, False), False)
    for m in _NUMERIC_DATE.finditer(norm):
        year = int(m.group(3)) if m.group(3) else reported_at.year
        year = year + 2000 if year < 100 else year
        if (day := _past_date(year, int(m.group(2)), int(m.group(1)), reported_at)) is not None:
            add(m.start(), m.end(), "on a date", _on_day(day, reported_at, False), False)
    for m in _YEAR.finditer(norm):
        year = int(m.group(1))
        if year < reported_at.year and not _NOT_ITS_DATE.search(norm[max(0, m.start() - 30):m.start()]):
            start = datetime.combine(date(year, 1, 1), time(), tzinfo=reported_at.tzinfo)
            end = datetime.combine(date(year + 1, 1, 1), time(), tzinfo=reported_at.tzinfo)
            add(m.start(), m.end(), "in a past year", (start, end), True)
    for m in _WEEKEND.finditer(norm):
        saturday = reported_at.date() - timedelta(days=(reported_at.weekday() - 5) % 7)
        night = m.group().startswith(("malam", "malem"))
        start = _midnight(saturday, reported_at)
        end = start + timedelta(hours=30 if night else 48)
        add(m.start(), m.end(), "at the weekend", (start, min(max(start, end), max(start, reported_at))), False)
    for m in _DAY_OF_MONTH.finditer(norm):
        today = reported_at.date()
        number = int(m.group(1))
        month, year = (today.month, today.year) if number <= today.day else (
            (today.month - 1, today.year) if today.month > 1 else (12, today.year - 1))
        if (day := _past_date(year, month, number, reported_at)) is not None:
            add(m.start(), m.end(), "on a day of the month", _on_day(day, reported_at, False), False)

    # keep the longest of overlapping expressions: 'minggu kemarin' is not 'kemarin'
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    kept: list[tuple[int, int, When]] = []
    for item in found:
        if kept and item[0] < kept[-1][1]:
            continue
        kept.append(item)
    return [w for _, _, w in kept]


def from_incident_date(incident_date: date, reported_at: datetime) -> When:
    start, end = _on_day(incident_date, reported_at, True)
    return When(label="incident date field", quote=incident_date.isoformat(), word=-1, start=start, end=end)
