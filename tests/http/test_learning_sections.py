"""test_learning_sections.py - My learning shows each section's first rows, its total and a link to
the whole section; ?section=KEY shows that section alone, in full and in the same order."""
import os
import re

from test_http import check, test
from test_accounts import login, sql

# Its own learners, made here (no other test uses them): sectionsN, with a course in every section
# and more than a page of requests, and sectionsN_b with nothing. In 培训组, which no test assigns
# to, and made long ago, so no onboarding plan reaches them.
KEYS = ["due_soon", "overdue", "in_progress", "pending", "completed"]
MADE = []


def learners():
    """Two learners, made once; the first's login and what each of its sections must hold."""
    if not MADE:
        MADE.append(make_learners())
    return MADE[0]


def make_learners():
    name = "sections%d" % int.from_bytes(os.urandom(3), "big")
    check(sql("INSERT INTO account (login, name, dept_id, pw_hash, must_change, created_at) "
              "SELECT '{0}', '分区学员', 9, pw_hash, 0, '2020-01-01' FROM account WHERE login = 'learner1' "
              "UNION ALL SELECT '{0}_b', '分区学员乙', 9, pw_hash, 0, '2020-01-01' FROM account "
              "WHERE login = 'learner1'".format(name))[0] == 0, "learners made")
    me = sql("SELECT id FROM account WHERE login = '%s'" % name)[1]
    pub = sql("SELECT id FROM course WHERE status = 'published' AND deleted_at IS NULL "
              "ORDER BY id LIMIT 16")[1].split()
    # A request on a course no longer published keeps its deadline (an assignment never
    # activates it): due soon and waiting, in two sections at once.
    old = sql("SELECT id FROM course WHERE status <> 'published' AND deleted_at IS NULL "
              "ORDER BY id LIMIT 1")[1]
    check(len(pub) == 16 and old, "courses enough: %s %s" % (pub, old))
    rows = ["(%s, %s, '%s')" % (c, me, "rejected" if i == 11 else "pending") for i, c in enumerate(pub[:12])]
    rows += ["(%s, %s, 'pending')" % (old, me), "(%s, %s, 'active')" % (pub[12], me),
             "(%s, %s, 'active')" % (pub[13], me)]
    check(sql("INSERT INTO enrolment (course_id, account_id, status) VALUES " + ", ".join(rows))[0] == 0,
          "enrolled")
    check(sql("INSERT INTO enrolment (course_id, account_id, status, completed_at) VALUES "
              "(%s, %s, 'completed', UTC_TIMESTAMP()), (%s, %s, 'completed', UTC_TIMESTAMP())"
              % (pub[14], me, pub[15], me))[0] == 0, "completed")
    for course, due in ((old, "+ INTERVAL 1 DAY"), (pub[12], "- INTERVAL 1 DAY")):
        check(sql("INSERT INTO assignment (course_id, assigner_id, scope, required, due_at) "
                  "VALUES ({0}, 1, '/', 1, UTC_TIMESTAMP() {1}); "
                  "INSERT INTO assignment_course (assignment_id, course_id, pos, required) "
                  "VALUES (LAST_INSERT_ID(), {0}, 1, 1); "
                  "INSERT INTO assignment_person (assignment_id, account_id, due_at) "
                  "SELECT assignment_id, {2}, UTC_TIMESTAMP() {1} FROM assignment_course "
                  "WHERE assignment_id = LAST_INSERT_ID()".format(course, due, me))[0] == 0, "assigned")
    # ORDER BY: completed last, a deadline first (earliest first), then the newest enrolment.
    want = {"due_soon": [old], "overdue": [pub[12]], "in_progress": [pub[13]],
            "pending": [old] + pub[11::-1], "completed": [pub[15], pub[14]]}
    return name, want


def sections(doc):
    return {s.get("key"): s for s in doc.find("learning").findall("section")}


def ids(section):
    return [c.get("id") for c in section.findall("course")]


@test
def my_learning_sections_capped_with_totals_and_links():
    name, want = learners()
    s = login(name)
    doc = s.get("/learning").xml()
    mine = doc.find("learning")
    check(mine.get("max") == "10" and mine.get("section") is None, "the cap is in the XML: %s" % mine.attrib)
    parts = sections(doc)
    check(list(parts) == KEYS, "every section, in order: %s" % list(parts))
    for k in KEYS:
        check(parts[k].get("total") == str(len(want[k])), "%s holds %d: %s" % (k, len(want[k]), parts[k].attrib))
        check(ids(parts[k]) == want[k][:10], "%s: its first rows in order: %s" % (k, ids(parts[k])))
    check(len(want["pending"]) == 13, "more than a page of requests")
    pend = [c for c in parts["pending"].findall("course")]
    check(pend[0].get("status") == "pending" and pend[0].get("stage") == "due_soon" and pend[0].get("due"),
          "a request with a deadline, in two sections")
    check(pend[1].get("status") == "rejected", "a declined request waits with the others")
    check(mine.get("year-target") and mine.find("plan") is None, "credits, and no plans for this learner")
    for base, lang, words in (("", "", "查看全部（13）"), ("", "?lang=en", "View all (13)"),
                              ("/m", "", "查看全部（13）"), ("/m", "?lang=en", "View all (13)")):
        html = s.get(base + "/learning" + lang, xml=False).body
        links = re.findall(r'href="([^"]*\?section=[^"]*)"', html)
        check(links == [base + "/learning?section=pending"], "%s%s: one link, to the requests: %s"
              % (base, lang, links))
        check(words in html, "%s%s says how many: %s" % (base, lang, words))
        check(len(re.findall(r'href="%s/courses/\d+"' % base, html)) == 15, "15 rows shown on %s" % base)
        if base == "/m":
            check("<script" not in html, "no script on the phone")


@test
def my_learning_one_section_whole_in_order():
    name, want = learners()
    s = login(name)
    for k in KEYS:
        doc = s.get("/learning?section=" + k).xml()
        mine = doc.find("learning")
        check(mine.get("section") == k and list(sections(doc)) == [k], "%s alone" % k)
        check(ids(sections(doc)[k]) == want[k], "%s whole, in order: %s" % (k, ids(sections(doc)[k])))
        check(sections(doc)[k].get("total") == str(len(want[k])), "%s: its total" % k)
        check(mine.get("month-credits") is None and mine.find("plan") is None, "no credits, no plans")
    for base in ("", "/m"):
        html = s.get(base + "/learning?section=pending", xml=False).body
        rows = re.findall(r'href="%s/courses/(\d+)"' % base, html)
        check(rows == want["pending"], "%s: the HTML shows what the XML holds, in order: %s" % (base, rows))
        check('href="%s/learning"' % base in html and "返回我的学习" in html, "a way back on %s" % base)
        check("?section=" not in html and "本月学分" not in html, "no view-all, no credits on %s" % base)
    check("Back to My learning" in s.get("/learning?section=pending&lang=en", xml=False).body, "in English")


@test
def my_learning_section_refuses_other_keys_and_shows_only_ones_own():
    name, want = learners()
    s = login(name)
    for bad in ("bogus", "plans", "due_soon%27", "DUE_SOON"):
        r = s.get("/learning?section=" + bad)
        check(r.status == 400 and ("section", "not_allowed") in
              {(e.get("field"), e.get("code")) for e in r.xml().iter("error")}, "%s refused: %d" % (bad, r.status))
    check(s.get("/m/learning?section=bogus", xml=False).status == 400, "on the phone too")
    other = login(name + "_b")
    for k in KEYS:
        doc = other.get("/learning?section=" + k).xml()
        check(sections(doc)[k].get("total") == "0" and not ids(sections(doc)[k]), "%s: none of another's" % k)
    check(all(p.get("total") == "0" for p in sections(other.get("/learning").xml()).values()), "the page, empty")
    theirs = set(sql("SELECT e.course_id FROM enrolment e JOIN account a ON a.id = e.account_id "
                     "WHERE a.login = 'learner34'")[1].split())
    demo = login("learner34")
    shown = {i for p in sections(demo.get("/learning").xml()).values() for i in ids(p)}
    shown |= {i for k in KEYS for i in ids(sections(demo.get("/learning?section=" + k).xml())[k])}
    check(shown and shown <= theirs, "a demo learner sees only their own: %s" % (shown - theirs))


@test
def my_learning_month_credits_follow_the_local_calendar():
    # Credits earned a minute before local midnight of the 1st belong to last month, a minute after
    # to this one, as on the HR pages: the month starts at the organisation's midnight, not UTC's.
    import datetime
    import zoneinfo
    from test_http import VAR
    conf = open(os.path.join(VAR, "lms.conf"), encoding="utf-8").read()
    zone = zoneinfo.ZoneInfo(re.search(r"^timezone = (\S+)", conf, re.M).group(1))
    local = datetime.datetime.now(zone)
    start = local.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    utc = start.astimezone(datetime.timezone.utc).replace(tzinfo=None)
    name = "credits%d" % int.from_bytes(os.urandom(3), "big")
    check(sql("INSERT INTO account (login, name, dept_id, pw_hash, must_change, created_at) "
              "SELECT '%s', '学分学员', 9, pw_hash, 0, '2020-01-01' FROM account "
              "WHERE login = 'learner1'" % name)[0] == 0, "learner made")
    me = sql("SELECT id FROM account WHERE login = '%s'" % name)[1]
    two = sql("SELECT id FROM course ORDER BY id LIMIT 2")[1].split()
    before, after = utc - datetime.timedelta(minutes=1), utc + datetime.timedelta(minutes=1)
    check(sql("INSERT INTO credit_ledger (account_id, course_id, credits, hours, at) VALUES "
              "(%s, %s, 1.5, 1, '%s'), (%s, %s, 2.0, 1, '%s')"
              % (me, two[0], before, me, two[1], after))[0] == 0, "credits earned")
    mine = login(name).get("/learning").xml().find("learning")
    check(mine.get("month-credits") == "2.0", "this month: %s" % mine.get("month-credits"))
    want = "3.5" if start.month > 1 else "2.0"
    check(mine.get("year-credits") == want, "this year: %s, want %s" % (mine.get("year-credits"), want))
