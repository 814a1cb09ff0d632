"""test_exam_admin.py - the exam back office: papers built from the bank (fixed with points and order,
random by rules counted against the bank), previewed with their keys; exams with their window in local
time; who sat them, with CSV; marking short answers that settles the attempt; results published by
hand; all of it only within the lecturer's reach."""
import csv
import io
from urllib.parse import quote

from test_http import check, test
from test_accounts import errors, login, one, sql
from test_courses import course_id
from test_surveys import course

# Learners of this file: learner6 (sits this file's exam, through SQL; no other test uses them)
# and learner30 (a lecturer of nothing, as test_resources.py makes them).
SAFETY, INFOSEC = course_id("安全生产基础"), course_id("信息安全意识")


def why(r):
    """What a refusal says, for a failing check's message (a redirect has no body)."""
    return errors(r) if r.status in (400, 409) else r.body[:300]


def new_paper(s, mode, course, title, pass_score="6"):
    r = s.post("/admin/papers", {"title": title, "course": course, "mode": mode, "pass": pass_score})
    check(r.status == 303, "paper created: %d %s" % (r.status, why(r)))
    return r.header("Location")[0].split("/papers/")[1].split("?")[0]


def items(s, pid):
    doc = s.get("/admin/papers/" + pid).xml()
    return [(i.get("question"), i.get("points")) for i in doc.iter("item")], doc.find(".//paper")


def bank_ids(course, kind, n):
    return one("SELECT GROUP_CONCAT(id ORDER BY id) FROM (SELECT id FROM question WHERE course_id = %s "
               "AND kind = '%s' AND deleted_at IS NULL ORDER BY id LIMIT %d) x" % (course, kind, n)).split(",")


def rules_form(rows):
    f = []
    for kind, course, point, n, points in rows:
        f += [("rule_kind", kind), ("rule_course", course), ("rule_point", point),
              ("rule_difficulty", ""), ("rule_n", n), ("rule_points", points)]
    return f


@test
def paper_fixed_built_from_the_bank_with_points_order_and_preview():
    t = login("teacher1", base="/admin")
    pid = new_paper(t, "fixed", INFOSEC, "试卷测试：固定卷")
    single, short = bank_ids(INFOSEC, "single", 3), bank_ids(INFOSEC, "short", 1)
    shown = [q.get("id") for q in t.get("/admin/papers/%s?bank_course=%s&bank_kind=single" % (pid, INFOSEC))
             .xml().iter("question")]
    check(set(single) <= set(shown) and all(q in bank_ids(INFOSEC, "single", 99) for q in shown),
          "the bank filtered by course and kind: %s" % shown)
    url = "/admin/papers/%s?bank_course=%s&bank_point=%s&bank_difficulty=4" % (pid, INFOSEC, quote("数据保护"))
    bank = t.get(url).xml().find(".//bank")
    want = one("SELECT GROUP_CONCAT(id ORDER BY id DESC) FROM question WHERE course_id = %s AND deleted_at IS NULL "
               "AND point = '数据保护' AND difficulty = 4" % INFOSEC)
    check([q.get("id") for q in bank.iter("question")] == want.split(",") and bank.get("point") == "数据保护"
          and bank.get("difficulty") == "4", "and by knowledge point and difficulty: %s" % bank.attrib)
    r = t.post("/admin/papers/%s/questions" % pid, [("question", single[0]), ("question", single[1]),
                                                     ("ids", "%s, %s" % (single[2], short[0])), ("points", "2.5")])
    check(r.status == 303, "picked and typed ids added: %d %s" % (r.status, why(r)))
    got, paper = items(t, pid)
    check(got == [(q, "2.5") for q in single + short] and paper.get("total") == "10.0",
          "in the order given, 2.5 each, total 10: %s %s" % (got, paper.get("total")))
    check(single[0] not in [q.get("id") for q in t.get("/admin/papers/" + pid).xml().iter("question")
                            if q.get("id")], "what is on the paper leaves the bank list")
    r = t.post("/admin/papers/%s/questions" % pid, {"ids": "999999", "points": "1"})
    check(r.status == 400 and ("ids", "unknown") in errors(r), "an unknown question refused")
    # Pass above the total: refused with a message that says so, in XML and on the page.
    r = t.post("/admin/papers/" + pid, {"title": "试卷测试：固定卷", "course": INFOSEC, "pass": "12"})
    check(r.status == 400 and ("pass", "pass_over_total") in errors(r), "pass > total refused: %s" % why(r))
    html = t.get("/admin/papers/" + pid, xml=False)
    r = t.post("/admin/papers/" + pid, {"title": "试卷测试：固定卷", "course": INFOSEC, "pass": "12"}, xml=False)
    check(r.status == 400 and "及格分不能高于试卷总分" in r.body and html.status == 200, "the message on the page")
    # New points, the short answer moved up, one removed.
    f = [("pts_" + single[0], "3"), ("pts_" + single[1], "2"), ("pts_" + single[2], "1.5"),
         ("pts_" + short[0], "4.5"), ("remove", single[1]), ("up", short[0])]
    check(t.post("/admin/papers/%s/items" % pid, f).status == 303, "items saved")
    got, paper = items(t, pid)
    check(got == [(single[0], "3.0"), (short[0], "4.5"), (single[2], "1.5")] and paper.get("total") == "9.0",
          "points, order and removal: %s" % got)
    r = t.post("/admin/papers/%s/items" % pid, [("pts_" + q, "1.25") for q, _ in got])
    check(r.status == 400 and ("items", "item_points") in errors(r), "one decimal at most")
    r = t.post("/admin/papers/%s/items" % pid, [("pts_" + q, "0.5") for q, _ in got])
    check(r.status == 400 and ("items", "pass_over_total") in errors(r), "nor below the pass score")
    pv = t.get("/admin/papers/%s/preview" % pid)
    q = pv.xml().find("paper-preview/paper/items/item/question")
    check([o.get("letter") for o in q.findall("option")][:3] == ["A", "B", "C"] and q.findtext("key")
          and q.find("explanation") is not None, "the preview: options lettered, key and explanation")
    acts = one("SELECT GROUP_CONCAT(action ORDER BY id) FROM audit WHERE object = 'paper' AND object_id = " + pid)
    check(acts == "paper.create,paper.questions,paper.items", "audited: %s" % acts)


@test
def paper_random_rules_counted_against_the_bank_with_a_warning():
    t = login("teacher1", base="/admin")
    pid = new_paper(t, "random", SAFETY, "试卷测试：随机卷", "10")
    singles = int(one("SELECT COUNT(*) FROM question WHERE course_id = %s AND kind = 'single' "
                      "AND deleted_at IS NULL" % SAFETY))
    fire = int(one("SELECT COUNT(*) FROM question WHERE course_id = %s AND kind = 'single' AND point = '消防安全' "
                   "AND deleted_at IS NULL" % SAFETY))
    shorts = int(one("SELECT COUNT(*) FROM question WHERE course_id = %s AND kind = 'short' "
                     "AND deleted_at IS NULL" % SAFETY))
    r = t.post("/admin/papers/%s/rules" % pid, rules_form([
        ("single", SAFETY, "", "5", "2"), ("single", SAFETY, "消防安全", "2", "2"),
        ("short", SAFETY, "", str(shorts + 1), "5"), ("", "", "", "", "")]))
    check(r.status == 303, "rules saved: %d %s" % (r.status, why(r)))
    page = t.get("/admin/papers/" + pid).xml()
    rules = page.findall(".//rules/rule")
    check([x.get("matching") for x in rules] == [str(singles), str(fire), str(shorts)], "matching counted")
    # The second rule's questions are the first rule's too: at worst 5 of them are gone.
    left = max(fire - min(5, fire), 0)
    check(rules[1].get("available") == str(left) and (rules[1].get("short") == "1") == (left < 2),
          "what is left after the rules before: %s" % rules[1].attrib)
    check(rules[2].get("short") == "1" and rules[0].get("short") is None, "fewer than drawn: warned")
    check(page.find(".//paper").get("total") == "%.1f" % (10 + 4 + 5 * (shorts + 1)), "total by the rules")
    samples = [len(x.findall("question")) for x in t.get("/admin/papers/%s/preview" % pid).xml().iter("rule")]
    check(samples == [3, min(3, fire), min(3, shorts)], "a few samples per rule: %s" % samples)
    # A rule over every course would reach other lecturers' questions; nor may rules draw more than 150.
    r = t.post("/admin/papers/%s/rules" % pid, rules_form([("single", "", "", "2", "2")]))
    check(r.status == 400 and ("rules", "rule_course") in errors(r), "a rule needs a course: %s" % why(r))
    r = t.post("/admin/papers/%s/rules" % pid, rules_form([("single", SAFETY, "", "100", "1"),
                                                           ("fill", SAFETY, "", "51", "1")]))
    check(r.status == 400 and ("rules", "rules_too_many") in errors(r), "at most 150 drawn: %s" % why(r))
    check(len(t.get("/admin/papers/" + pid).xml().findall(".//rules/rule")) == 3, "the rules as they were")
    r = t.post("/admin/papers/%s/rules" % pid, rules_form([("single", SAFETY, "", "0", "2")]))
    check(r.status == 400 and ("rules", "rule_invalid") in errors(r), "a rule drawing nothing refused")
    check(len(t.get("/admin/papers/" + pid).xml().findall(".//rules/rule")) == 3, "and nothing written")


def exam_form(pid, course, **more):
    f = {"title": "考试测试", "instructions": "请独立完成", "paper": pid, "course": course,
         "opens": "2030-01-10T09:00", "closes": "2030-01-20T18:00", "minutes": "30", "attempts": "1",
         "makeups": "2", "makeup_days": "14", "shuffle_questions": "1", "results": "manual"}
    f.update(more)
    return f


def exam_of(r):
    return r.header("Location")[0].split("/exams/")[1].split("?")[0]


def submitted_attempt(eid, learner):
    """A handed-in attempt of the exam's fixed paper: objective items marked right, short answers waiting."""
    return one("INSERT INTO attempt (exam_id, account_id, seq, started_at, ends_at, open, submitted_at, "
               "submitted_by, state) SELECT %s, id, 1, UTC_TIMESTAMP() - INTERVAL 20 MINUTE, "
               "UTC_TIMESTAMP() + INTERVAL 10 MINUTE, NULL, UTC_TIMESTAMP() - INTERVAL 1 MINUTE, 'learner', "
               "'submitted' FROM account WHERE login = '%s'; SET @a = LAST_INSERT_ID(); "
               "INSERT INTO attempt_item (attempt_id, position, question_id, points, answer, saved_at, auto_score) "
               "SELECT @a, pq.position, pq.question_id, pq.points, IF(q.kind = 'short', '及时报告', q.answer_key), "
               "UTC_TIMESTAMP(), IF(q.kind = 'short', NULL, pq.points) FROM exam e "
               "JOIN paper_question pq ON pq.paper_id = e.paper_id JOIN question q ON q.id = pq.question_id "
               "WHERE e.id = %s; INSERT INTO attempt_log (attempt_id, at, event, ip) VALUES "
               "(@a, UTC_TIMESTAMP(3), 'start', '10.9.0.1'), (@a, UTC_TIMESTAMP(3), 'submit', '10.9.0.1'); "
               "SELECT @a" % (eid, learner, eid))


@test
def paper_exams_set_sat_marked_and_published_within_reach():
    t = login("teacher1", base="/admin")
    cid = course("teacher1", "learner6")
    pid = new_paper(t, "fixed", cid, "考试测试卷")
    single, short = bank_ids(INFOSEC, "single", 2), bank_ids(INFOSEC, "short", 1)
    t.post("/admin/papers/%s/questions" % pid, {"ids": " ".join(single), "points": "3"})
    t.post("/admin/papers/%s/questions" % pid, {"ids": short[0], "points": "4"})
    empty = new_paper(t, "fixed", cid, "空试卷")
    # The window: closes after opens, the time limit inside it, a paper ready and in reach.
    for bad, want in ((exam_form(pid, cid, closes="2030-01-09T18:00"), ("closes", "closes_before_opens")),
                      (exam_form(pid, cid, closes="2030-01-10T09:20"), ("minutes", "minutes_window")),
                      (exam_form(empty, cid), ("paper", "paper_not_ready")),
                      (exam_form("999999", cid), ("paper", "unknown")),
                      (exam_form(pid, "999999"), ("course", "unknown")),
                      (exam_form(pid, cid, minutes="601"), ("minutes", "out_of_range"))):
        r = t.post("/admin/exams", bad)
        check(r.status == 400 and want in errors(r), "%s refused: %d %s" % (want, r.status, why(r)))
    r = t.post("/admin/exams", exam_form(pid, cid))
    check(r.status == 303, "exam created: %d %s" % (r.status, why(r)))
    eid = exam_of(r)
    check(one("SELECT CONCAT(opens_at, ' ', closes_at, ' ', shuffle_questions, shuffle_options) FROM exam "
              "WHERE id = " + eid) == "2030-01-10 01:00:00 2030-01-20 10:00:00 10", "stored in UTC")
    ex = t.get("/admin/exams/" + eid).xml().find(".//exam")
    check(ex.get("opens") == "2030-01-10 09:00" and ex.get("state") == "upcoming", "shown in local time")
    check(eid in [e.get("id") for e in t.get("/admin/exams?state=upcoming").xml().iter("exam")] and
          eid not in [e.get("id") for e in t.get("/admin/exams?state=closed").xml().iter("exam")], "by state")
    # Opened now and sat: a short answer waits in the queue.
    sql("UPDATE exam SET opens_at = UTC_TIMESTAMP() - INTERVAL 1 DAY WHERE id = " + eid)
    aid = submitted_attempt(eid, "learner6")
    queue = [a.get("id") for a in t.get("/admin/grading?exam=" + eid).xml().iter("attempt")]
    check(queue == [aid], "waiting for marks: %s" % queue)
    page = t.get("/admin/attempts/" + aid).xml().find("attempt")
    its = {i.find("question").get("kind"): i for i in page.iter("item")}
    check(its["short"].get("waiting") == "1" and its["single"].get("auto") == "3.0" and
          its["single"].findtext("answer") == its["single"].findtext("question/key"), "answers and marks shown")
    check([e.get("event") for e in page.iter("event")] == ["start", "submit"] and
          page.find(".//event").get("ip") == "10.9.0.1", "the log with addresses")
    pos = its["short"].get("position")
    for bad in ("4.5", "3.25", "-1", "x"):
        r = t.post("/admin/attempts/%s/marks" % aid, {"mark_" + pos: bad})
        check(r.status == 400 and ("mark_" + pos, "mark_range") in errors(r), "mark %s refused" % bad)
    check(one("SELECT CONCAT(state, COALESCE(score, '-')) FROM attempt WHERE id = " + aid) == "submitted-",
          "a refused mark writes nothing")
    # Marked: settled at once; an automatic mark may be changed too.
    spos = its["single"].get("position")
    r = t.post("/admin/attempts/%s/marks" % aid, {"mark_" + pos: "3.5", "comment_" + pos: "要点齐全",
                                                   "mark_" + spos: "2"})
    check(r.status == 303, "marks saved: %d %s" % (r.status, why(r)))
    check(one("SELECT CONCAT_WS(' ', state, score, passed) FROM attempt WHERE id = " + aid) == "graded 85 1",
          "graded: 3 + 2 + 3.5 = 8.5, passed")
    check(one("SELECT CONCAT_WS(' ', tries, best, passed_at IS NOT NULL) FROM exam_standing s JOIN account a "
              "ON a.id = s.account_id WHERE a.login = 'learner6' AND s.exam_id = " + eid) == "1 85 1", "standing")
    check(one("SELECT CONCAT_WS(' ', mark, comment, marked_by IS NOT NULL) FROM attempt_item WHERE attempt_id = %s "
              "AND position = %s" % (aid, pos)) == "35 要点齐全 1", "the mark, its comment and who")
    check(one("SELECT GROUP_CONCAT(event ORDER BY id) FROM attempt_log WHERE attempt_id = " + aid)
          == "start,submit,mark", "logged")
    check(one("SELECT COUNT(*) FROM audit WHERE action = 'attempt.mark' AND object_id = " + aid) == "1", "audited")
    check(aid not in [a.get("id") for a in t.get("/admin/grading").xml().iter("attempt")], "off the queue")
    # A pass has completed the course: a later mark may not take it below the pass score.
    r = t.post("/admin/attempts/%s/marks" % aid, {"mark_" + pos: "0", "mark_" + spos: "0"})
    check(r.status == 409 and ("marks", "mark_unpass") in errors(r), "no unpassing: %d %s" % (r.status, why(r)))
    check(one("SELECT CONCAT_WS(' ', state, score, passed) FROM attempt WHERE id = " + aid) == "graded 85 1",
          "nothing changed")
    # Who sat it, on the page and as CSV.
    row = t.get("/admin/exams/%s/attempts" % eid).xml().find(".//attempts/attempt")
    check(row.get("login") == "learner6" and row.get("score") == "8.5" and row.get("passed") == "1", "listed")
    r = t.get("/admin/exams/%s/attempts.csv" % eid, xml=False)
    lines = list(csv.reader(io.StringIO(r.raw.decode("utf-8-sig"))))
    check(r.body.startswith("\ufeff") and lines[1][0] == "learner6" and lines[1][9] == "8.5", "CSV: %s" % lines)
    # Once sat: the time limit and the paper stay, the window may move; the paper is copied instead.
    r = t.post("/admin/exams/" + eid, exam_form(pid, cid, minutes="40"))
    check(r.status == 409 and ("minutes", "exam_sat") in errors(r), "time limit kept")
    check(t.post("/admin/exams/" + eid, exam_form(pid, cid, opens="2030-01-01T09:00")).status == 303, "window moved")
    r = t.post("/admin/papers/%s/questions" % pid, {"ids": single[0], "points": "1"})
    check(r.status == 409 and ("ids", "paper_sat") in errors(r), "the sat paper keeps its questions")
    r = t.post("/admin/papers/%s/copy" % pid, {"title": "考试测试卷（新）"})
    copy = r.header("Location")[0].split("/papers/")[1].split("?")[0]
    check(r.status == 303 and len(items(t, copy)[0]) == 3 and items(t, copy)[1].get("sat") == "0", "copied")
    # Results kept back until published.
    r = t.post("/admin/exams/%s/publish" % eid, {})
    check(r.status == 303 and one("SELECT published_at IS NOT NULL FROM exam WHERE id = " + eid) == "1", "published")
    r = t.post("/admin/exams/%s/publish" % eid, {})
    check(r.status == 409 and ("results", "results_published") in errors(r), "once")
    check(one("SELECT COUNT(*) FROM audit WHERE action = 'exam.publish' AND object_id = " + eid) == "1", "audited")
    auto = exam_of(t.post("/admin/exams", exam_form(pid, cid, results="auto")))
    r = t.post("/admin/exams/%s/publish" % auto, {})
    check(r.status == 409 and ("results", "results_auto") in errors(r), "nothing to publish when automatic")
    # Out of reach: another lecturer finds none of it; a learner has no back office.
    sql("INSERT IGNORE INTO account_role (account_id, role) SELECT id, 'lecturer' FROM account "
        "WHERE login = 'learner30'")
    other = login("learner30", base="/admin")
    for url in ("/papers/" + pid, "/papers/%s/preview" % pid, "/exams/" + eid, "/exams/%s/attempts" % eid,
                "/exams/%s/attempts.csv" % eid, "/attempts/" + aid):
        check(other.get("/admin" + url).status == 404 and other.get("/admin" + url, xml=False).status == 404,
              "another lecturer: 404 on %s" % url)
    for url, f in (("/papers/" + pid, {"title": "x", "pass": "1"}), ("/papers/%s/copy" % pid, {"title": "x"}),
                   ("/exams/%s/publish" % auto, {}), ("/attempts/%s/marks" % aid, {"mark_" + pos: "0"}),
                   ("/exams/" + eid, exam_form(pid, cid))):
        check(other.post("/admin" + url, f).status == 404, "nor changes %s" % url)
    check(pid not in [p.get("id") for p in other.get("/admin/papers").xml().iter("paper")] and
          eid not in [e.get("id") for e in other.get("/admin/exams").xml().iter("exam")] and
          aid not in [a.get("id") for a in other.get("/admin/grading").xml().iter("attempt")], "nor lists it")
    r = other.post("/admin/exams", exam_form(pid, ""))
    check(r.status == 400 and ("paper", "unknown") in errors(r), "nor sets an exam on it")
    me = login("learner6", base="/admin")
    for url in ("/papers", "/papers/" + pid, "/exams/" + eid, "/grading", "/attempts/" + aid):
        check(me.get("/admin" + url).status == 403, "a learner: 403 on %s" % url)


@test
def paper_exams_of_the_demo_show_real_work():
    t = login("teacher1", base="/admin")
    waiting = {a.get("login") for a in t.get("/admin/grading").xml().iter("attempt")}
    check({"learner29", "learner30"} <= waiting, "the demo's handed-in short answers wait: %s" % waiting)
    exams = {e.findtext("title"): e for e in t.get("/admin/exams").xml().iter("exam")}
    check(exams["信息安全意识测验"].get("state") == "open" and exams["安全生产基础结业考试"].get("state") == "closed"
          and exams["新员工入职考试"].get("onboarding") == "1", "open, closed and onboarding exams")
    eid = exams["安全生产基础结业考试"].get("id")
    rows = t.get("/admin/exams/%s/attempts" % eid).xml().iter("attempt")
    flagged = {a.get("login") for a in rows if a.get("flagged") == "1"}
    check(flagged == {"learner24"}, "the one who failed both make-ups is flagged: %s" % flagged)
    # The standing agrees with the attempts it was derived from.
    check(one("SELECT COUNT(*) FROM exam_standing s WHERE s.exam_id = %s AND (s.tries <> (SELECT COUNT(*) "
              "FROM attempt t WHERE t.exam_id = s.exam_id AND t.account_id = s.account_id AND t.state = 'graded') "
              "OR s.best <> (SELECT MAX(score) FROM attempt t WHERE t.exam_id = s.exam_id "
              "AND t.account_id = s.account_id) OR (s.passed_at IS NULL) = (SELECT MAX(passed) FROM attempt t "
              "WHERE t.exam_id = s.exam_id AND t.account_id = s.account_id))" % eid) == "0", "standing consistent")
    check(one("SELECT COUNT(*) FROM attempt t WHERE t.exam_id = %s AND t.score <> (SELECT SUM(COALESCE(mark, "
              "auto_score)) FROM attempt_item i WHERE i.attempt_id = t.id)" % eid) == "0", "scores are the items' sums")
