"""test_assign_started.py - whether someone has started an assignment is read from their enrolments
(enrolment.started_at, set with the first lesson done, sql/020_enrolment_started.sql): it always says
what the lessons done say, a person's state follows their first lesson, and a progress page's counts,
its pages and its state filter agree."""
import time
from collections import Counter

from test_http import check, test
from test_accounts import login, sql
from test_assign import assign, assignment_of, due_in, rows
from test_courses import course_id
from test_learning import required_lessons

# Learners of this file: startedNNNN (培训组), made here with the demo password, a new one each run.


def unlike_progress():
    """Enrolments whose started_at disagrees with the lessons done on their course."""
    return sql("SELECT COUNT(*) FROM enrolment e WHERE (e.started_at IS NOT NULL) <> EXISTS "
               "(SELECT 1 FROM lesson_progress lp JOIN lesson l ON l.id = lp.lesson_id "
               "JOIN chapter h ON h.id = l.chapter_id "
               "WHERE lp.account_id = e.account_id AND h.course_id = e.course_id)")[1]


def people(s, aid, state=None):
    """Every person on the progress page, page by page: [(login, state)]."""
    out, page = [], 1
    while True:
        q = "/admin/assignments/%s?page=%d%s" % (aid, page, "&state=" + state if state else "")
        listed = s.get(q).xml().find("assignment/people")
        out += [(p.get("login"), p.get("state")) for p in listed.iter("person")]
        if listed.get("more") != "1":
            return out
        page += 1


@test
def started_is_what_the_lessons_done_say():
    check(unlike_progress() == "0", "the enrolments so far: started_at as their lessons done")
    who = "started%d" % (time.time() * 1000 % 10 ** 9)
    sql("INSERT INTO account (login, name, dept_id, pw_hash, must_change) SELECT '%s', "
        "'开始学习者', 9, pw_hash, 0 FROM account WHERE login = 'learner1'" % who)
    safety = course_id("安全生产基础")
    adm = login("admin", base="/admin")
    aid = assignment_of(assign(adm, {"course": safety, "due": due_in(12), "type": "required", "logins": who}))
    check(people(adm, aid) == [(who, "not_started")], "not started yet")
    started = "SELECT e.started_at FROM enrolment e JOIN account a ON a.id = e.account_id " \
              "WHERE a.login = '%s' AND e.course_id = %s" % (who, safety)
    check(rows(started) == [["NULL"]], "enrolled by the assignment, nothing done")
    first, second = required_lessons(safety)[:2]
    s = login(who)
    check(s.post("/lessons/%s/done" % first, {}).status == 303, "a first lesson done")
    at = rows(started)
    check(at != [["NULL"]], "its enrolment started: %s" % at)
    check(people(adm, aid) == [(who, "in_progress")], "in progress")
    check(adm.get("/admin/assignments/%s" % aid).xml().find("assignment/counts").attrib
          == {"in_progress": "1"}, "counted")
    check(s.post("/lessons/%s/done" % second, {}).status == 303 and rows(started) == at,
          "a second lesson keeps when it started")
    check(unlike_progress() == "0", "every enrolment, after the suite's lessons: as the lessons done")


def counts_of(s, aid):
    return {k: int(v) for k, v in s.get("/admin/assignments/%s" % aid).xml()
            .find("assignment/counts").attrib.items()}


def read_still(s, aid):
    """The counts, every page and every state's pages, read while no one joined (the periodic
    assignment job may add a late joiner meanwhile: then read again)."""
    for _ in range(3):
        counts = counts_of(s, aid)
        everyone = people(s, aid)
        only = {state: people(s, aid, state) for state in counts}
        if counts_of(s, aid) == counts:
            break
    return counts, everyone, only


@test
def progress_counts_pages_and_filters_agree():
    adm = login("admin", base="/admin")
    seen = 0
    for a in adm.get("/admin/assignments").xml().iter("assignment"):
        aid = a.get("id")
        counts, everyone, only = read_still(adm, aid)
        check(len(everyone) == sum(counts.values()) and Counter(s for _, s in everyone) == Counter(counts),
              "assignment %s: the counts are the pages' states: %s" % (aid, counts))
        for state, n in counts.items():
            check(len(only[state]) == n and set(only[state]) <= set(everyone),
                  "assignment %s: %s filtered" % (aid, state))
        seen += 1
    check(seen > 5, "assignments read: %d" % seen)
