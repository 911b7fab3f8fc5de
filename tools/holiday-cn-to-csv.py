#!/usr/bin/env python3
"""Derives src/main/resources/calendar/official-days.csv from the holiday-cn data (MIT, NateScarlet).

Usage: tools/holiday-cn-to-csv.py <holiday-cn directory> src/main/resources/calendar

Writes official-days.csv (one row per named day) and official-years.csv (the notice of each year).

Each row is a day that the State Council notices name: a holiday (休) or a make-up working day (调休上班) on a
weekend. Weekdays the data marks as ordinary working days are left out (they follow the Mon-Fri rule). The notice
of each day is cited by title, with its document number (文号) only where it has been confirmed.
"""
import csv, datetime, json, os, sys

src = sys.argv[1]
TITLE = "国务院办公厅关于{}年部分节假日安排的通知"
NUMBERS = {2019: "国办发明电〔2018〕15号", 2020: "国办发明电〔2019〕16号", 2025: "国办发明电〔2024〕12号"}

def notice(year, papers, day):
    name, date = day["name"], day["date"]
    if year == 2019 and name == "劳动节":
        return "国务院办公厅关于调整2019年劳动节假期安排的通知", "", papers[1]
    if year == 2020 and date in ("2020-01-31", "2020-02-01", "2020-02-02"):
        return "国务院办公厅关于延长2020年春节假期的通知", "国办发明电〔2020〕1号", papers[1]
    if year == 2015 and "抗日战争" in name:
        return "国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知", "", papers[1]
    return TITLE.format(year), NUMBERS.get(year, ""), papers[0]

rows = {}
years = []
for f in sorted(os.listdir(src)):
    if not f.endswith(".json"):
        continue
    data = json.load(open(os.path.join(src, f), encoding="utf-8"))
    year, papers = data["year"], data["papers"]
    years.append((year, TITLE.format(year), NUMBERS.get(year, ""), papers[0]))
    for day in data["days"]:
        d = datetime.date.fromisoformat(day["date"])
        off = day["isOffDay"]
        if not off and d.weekday() < 5:
            continue  # an ordinary weekday: nothing to record
        title, number, url = notice(year, papers, day)
        rows[day["date"]] = (day["date"], "HOLIDAY" if off else "MAKEUP_WORKDAY", day["name"], title, number, url)

target = sys.argv[2]
with open(os.path.join(target, "official-days.csv"), "w", encoding="utf-8") as f:
    out = csv.writer(f, lineterminator="\n")
    out.writerow(["date", "kind", "name", "notice", "document_number", "url"])
    for key in sorted(rows):
        out.writerow(rows[key])
with open(os.path.join(target, "official-years.csv"), "w", encoding="utf-8") as f:
    out = csv.writer(f, lineterminator="\n")
    out.writerow(["year", "notice", "document_number", "url"])
    for y in sorted(years):
        out.writerow(y)
