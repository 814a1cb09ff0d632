"""test_exams.py - exams for learners: start, take and save with a receipt, reopen, submit and
automatic marking; late answers refused and the attempt handed in by time; lmsctl exams-close;
one attempt in progress at a time, also under concurrent starts; make-ups and the HR flag; no one
else's attempt and never the key before the results are out; a course's assessment completes it."""
import re
import threading

from test_http import check, test
from test_accounts import errors, login, one, sql
from test_assign import lmsctl, rows

# Learners of this file (no other test takes exams): learner37 (the whole flow on the portal),
# learner38 (phone, the deadline), learner39 (exams-close, then results held back), learner11
# (one at a time), learner40 (make-ups, the HR flag; in head1's scope), learner15 (a course's
# assessment), learner14 (a random paper); learner18 and learner10 only look (onboarding).

# Each question's key, explanation and (for fill-in) accepted answers carry a marker that
# must never reach a learner before the results are out.
SECRET = "KEY-SECRET"


def question(kind, stem, options, key, explanation):
    return one("INSERT INTO question (kind, stem, options, answer_key, explanation, created_by) "
               "VALUES ('%s', '%s', %s, '%s', '%s', (SELECT id FROM account WHERE login = 'teacher1')); "
               "SELECT LAST_INSERT_ID()" % (kind, stem, "'%s'" % options if options else "NULL", key,
                                            explanation))


_BANK = {}


def bank():
    """Five questions, one of each kind, made once: 20 points each."""
    if not _BANK:
        _BANK["single"] = question("single", "灭火器压力表指针在绿区表示？",
                                   "压力不足\\n压力正常\\n压力过高\\n已损坏", "B", SECRET + " 绿区正常")
        _BANK["multiple"] = question("multiple", "火场逃生的正确做法有？",
                                     "湿毛巾捂住口鼻\\n乘电梯逃生\\n低姿前进\\n大声呼救", "ACD",
                                     SECRET + " 不能乘电梯")
        _BANK["truefalse"] = question("truefalse", "电器着火可以直接用水扑灭。", None, "F",
                                      SECRET + " 先断电")
        _BANK["fill"] = question("fill", "火警电话是____，急救电话是____。", None,
                                 "119\\n120|幺二零|KEY-SECRET-120", SECRET + " 记住号码")
        _BANK["short"] = question("short", "简述灭火器的使用方法。", None,
                                  SECRET + " 提、拔、握、压", SECRET + " 参考四字口诀")
    return _BANK


def exam(kinds, title, pass_tenths=60, minutes=30, attempts=1, makeups=2, results="auto",
         course="NULL", closes="UTC_TIMESTAMP() + INTERVAL 1 DAY"):
    """A fixed paper of the bank's questions of kinds (20 points each) and its exam, open now."""
    b = bank()
    paper = one("INSERT INTO paper (title, mode, pass_tenths, created_by) VALUES ('%s', 'fixed', %d, "
                "(SELECT id FROM account WHERE login = 'teacher1')); SELECT LAST_INSERT_ID()"
                % (title, pass_tenths))
    for pos, k in enumerate(kinds, 1):
        sql("INSERT INTO paper_question (paper_id, position, question_id, points) VALUES (%s, %d, %s, 20)"
            % (paper, pos, b[k]))
    return one("INSERT INTO exam (paper_id, course_id, title, instructions, opens_at, closes_at, minutes, "
               "attempts, makeups, results, created_by) VALUES (%s, %s, '%s', '请独立完成。', "
               "UTC_TIMESTAMP() - INTERVAL 1 HOUR, %s, %d, %d, %d, '%s', "
               "(SELECT id FROM account WHERE login = 'teacher1')); SELECT LAST_INSERT_ID()"
               % (paper, course, title, closes, minutes, attempts, makeups, results))


def start(s, eid, base="", status=303):
    r = s.post("%s/exams/%s/start" % (base, eid), {})
    check(r.status == status, "start %s: want %d, got %d %s" % (eid, status, r.status, r.body[:300]))
    if status != 303:
        return r
    m = re.search(r"/attempts/(\d+)$", r.header("Location")[0])
    check(m, "to the attempt: %s" % r.header("Location"))
    return m.group(1)


def paper(s, aid, base="", q=None):
    r = s.get("%s/attempts/%s%s" % (base, aid, "?q=%d" % q if q else ""))
    check(r.status == 200, "the paper opens: %d" % r.status)
    return r.xml().find("attempt")


def items(att):
    return {i.findtext("stem"): i for i in att.iter("item") if i.find("stem") is not None}


def letters(item, texts):
    """The shown letters of the options whose texts are given."""
    return [o.get("letter") for o in item.iter("option") if o.text in texts]


def right_answers(att):
    """The form fields answering every question of the bank right (multiple: half right)."""
    f = [("shown", ",".join(i.get("position") for i in att.iter("item")))]
    for stem, i in items(att).items():
        name = "a" + i.get("position")
        if i.get("kind") == "single":
            f += [(name, l) for l in letters(i, ["压力正常"])]
        elif i.get("kind") == "multiple":
            f += [(name, l) for l in letters(i, ["湿毛巾捂住口鼻", "低姿前进"])]
        elif i.get("kind") == "truefalse":
            f.append((name, "F"))
        elif i.get("kind") == "fill":
            f += [(name, "119"), (name, " 幺二零")]
    return f


def stored(aid):
    return {r[0]: r[1] for r in rows("SELECT q.kind, COALESCE(ai.answer, '-') FROM attempt_item ai "
                                     "JOIN question q ON q.id = ai.question_id WHERE ai.attempt_id = %s" % aid)}


def state(aid):
    return rows("SELECT state, COALESCE(submitted_by, '-'), COALESCE(score, '-'), COALESCE(passed, '-') "
                "FROM attempt WHERE id = %s" % aid)[0]


def events(aid):
    return one("SELECT GROUP_CONCAT(event ORDER BY id) FROM attempt_log WHERE attempt_id = %s" % aid).split(",")


def no_secret(r, what):
    check(SECRET not in r.body, "no key or explanation in %s" % what)
    doc = r.xml()
    check(not [o for o in doc.iter("option") if o.get("key")] and doc.find(".//key") is None
          and not [i for i in doc.iter("item") if i.get("key")], "no key marked in %s" % what)


@test
def exams_start_take_save_reopen_and_mark():
    s = login("learner37")
    eid = exam(["single", "multiple", "truefalse", "fill"], "考试流程测试")
    listed = {e.get("id"): e for e in s.get("/exams").xml().iter("exam")}
    check(eid in listed and listed[eid].get("bucket") == "open" and listed[eid].get("can") == "regular",
          "My exams lists it as open: %s" % (listed.get(eid).attrib if eid in listed else list(listed)))
    page = s.get("/exams/" + eid).xml().find("exam")
    check(page.get("tries-left") == "1" and page.get("total") == "80" and page.get("pass") == "60",
          "the exam's page: %s" % page.attrib)
    aid = start(s, eid)
    check(start(s, eid) == aid, "a second start continues the same attempt")
    att = paper(s, aid)
    check(att.get("items") == "4" and len(items(att)) == 4 and int(att.get("left")) > 1700,
          "the whole paper and the server's time: %s" % att.attrib)
    r = s.get("/attempts/" + aid)
    no_secret(r, "the paper")
    # Save every answer; the receipt comes back with the paper.
    r = s.post("/attempts/%s/answers" % aid, right_answers(att))
    check(r.status == 303, "saved: %d %s" % (r.status, r.body[:300]))
    receipt = re.search(r"saved=(\d+)", r.header("Location")[0]).group(1)
    check(one("SELECT event FROM attempt_log WHERE id = %s AND attempt_id = %s" % (receipt, aid)) == "save",
          "the receipt is the save's log entry")
    page = s.get(r.header("Location")[0], xml=False).body
    check(re.search(r"已保存 \d\d:\d\d:\d\d · 回执 #%s" % receipt, page), "the receipt shown in words")
    # The page hidden or closed (exam.js's beacon): logged, the attempt goes on.
    r = s.post("/attempts/%s/leave" % aid, {})
    check(r.status == 303 and state(aid)[0] == "open", "leaving is logged: %d" % r.status)
    check(s.post("/m/attempts/%s/leave" % aid, {}).status == 404, "the phone has no script to say so")
    check(stored(aid) == {"single": "B", "multiple": "AC", "truefalse": "F", "fill": "119\\n 幺二零"},
          "stored in the question's own letters: %s" % stored(aid))
    # A new sign-in (the tab closed, the connection dropped) finds the same attempt as left.
    again = login("learner37")
    check(again.get("/exams").xml().find("exams/in-progress").get("attempt") == aid, "in progress, listed")
    att = paper(again, aid)
    got = {i.get("kind"): i for i in att.iter("item")}
    check([o.text for o in got["single"].iter("option") if o.get("chosen")] == ["压力正常"], "the choice kept")
    check([b.text for b in got["fill"].iter("blank")] == ["119", " 幺二零"], "the blanks kept")
    check(got["truefalse"].get("answer") == "F", "true or false kept")
    r = again.post("/attempts/%s/submit" % aid, {})
    check(r.status == 303 and r.header("Location")[0].endswith("/attempts/%s/result" % aid), "handed in")
    check(state(aid) == ["graded", "learner", "70", "1"], "marked at once: %s" % state(aid))
    res = again.get("/attempts/%s/result" % aid).xml().find("attempt-result")
    marks = {i.get("kind"): (i.get("score"), i.get("right")) for i in res.iter("item")}
    check(marks == {"single": ("20", "yes"), "multiple": ("10", "part"), "truefalse": ("20", "yes"),
                    "fill": ("20", "yes")}, "each mark: %s" % marks)
    check(res.get("score") == "70" and res.get("passed") == "1", "the score: %s" % res.attrib)
    check(SECRET in again.get("/attempts/%s/result" % aid, xml=False).body, "the key once the results are out")
    check(events(aid) == ["start", "save", "leave", "submit"], "the log: %s" % events(aid))
    check(rows("SELECT tries, best, passed_at IS NOT NULL FROM exam_standing WHERE exam_id = %s" % eid)
          == [["1", "70", "1"]], "the standing")
    check(again.post("/attempts/%s/submit" % aid, {}).status == 303, "handing in twice is harmless")
    check(start(again, eid, status=409) is not None, "no start after a pass")


@test
def exams_phone_pages_and_a_late_answer_refused():
    s = login("learner38")
    eid = exam(["single", "truefalse"], "手机与截止测试")
    aid = start(s, eid, "/m")
    att = paper(s, aid, "/m")
    check(att.get("current") == "1" and len(items(att)) == 1 and len(list(att.iter("item"))) == 2,
          "one question shown, both in the index")
    body = s.get("/m/attempts/" + aid, xml=False).body
    check("<script" not in body and 'name="shown" value="1"' in body, "no script on the phone")
    first, second = list(att.iter("item"))
    # The first question answered right, in the letters this learner is shown.
    right = letters(first, ["压力正常"])[0] if first.get("kind") == "single" else "F"
    r = s.post("/m/attempts/%s/answers" % aid, [("shown", "1"), ("a1", right), ("to", "2")])
    check(r.status == 303 and "q=2" in r.header("Location")[0], "saved and on to the next: %s"
          % r.header("Location"))
    att = s.get(r.header("Location")[0]).xml().find("attempt")
    check(att.get("current") == "2" and att.find("receipt") is not None, "the next question and the receipt")
    r = s.post("/m/attempts/%s/answers" % aid, [("shown", "1"), ("a1", "Z")])
    check(r.status == 400 and ("a1", "answer_invalid") in errors(r), "a letter not shown: %s" % errors(r))
    # The time runs out; the next answer is refused and the attempt handed in with what was saved.
    sql("UPDATE attempt SET ends_at = UTC_TIMESTAMP(3) - INTERVAL 1 SECOND WHERE id = %s" % aid)
    late = [("shown", "2"), ("a2", "F" if second.get("kind") == "truefalse" else "A")]
    r = s.post("/m/attempts/%s/answers" % aid, late)
    check(r.status == 409 and ("answers", "attempt_time_up") in errors(r), "late: %d %s" % (r.status, errors(r)))
    check("考试时间已到" in s.post("/m/attempts/%s/answers" % aid, late, xml=False).body, "said in words")
    check(state(aid) == ["graded", "time", "20", "0"], "handed in by time with the first: %s" % state(aid))
    want = {first.get("kind"): "B" if first.get("kind") == "single" else "F", second.get("kind"): "-"}
    check(stored(aid) == want, "the late answer not saved: %s" % stored(aid))
    ev = events(aid)
    check("timeout" in ev and ev.count("refused") == 2 and "submit" not in ev, "the log: %s" % ev)
    check(paper(s, aid, "/m").get("state") == "graded", "the paper says it is handed in")


@test
def exams_close_hands_in_abandoned_attempts():
    s = login("learner39")
    eid = exam(["truefalse"], "放弃的考试")
    aid = start(s, eid)
    check(s.post("/attempts/%s/answers" % aid, [("shown", "1"), ("a1", "F")]).status == 303, "saved")
    sql("UPDATE attempt SET ends_at = UTC_TIMESTAMP(3) - INTERVAL 5 MINUTE WHERE id = %s" % aid)
    out = lmsctl("exams-close")
    check(out.returncode == 0 and re.search(r"exams-close: [1-9]\d* attempts", out.stdout),
          "the sweep: %s %s" % (out.stdout, out.stderr))
    check(state(aid) == ["graded", "time", "20", "0"], "handed in by time and marked: %s" % state(aid))
    check(events(aid)[-1] == "timeout", "logged: %s" % events(aid))
    check(lmsctl("exams-close").stdout.startswith("exams-close: 0 "), "nothing left the second time")


@test
def exams_one_in_progress_and_concurrent_starts():
    s = login("learner11")
    first, other = exam(["single"], "同时只考一场 A"), exam(["truefalse"], "同时只考一场 B")
    aid = start(s, first)
    r = start(s, other, status=409)
    check(("exam", "exam_in_progress") in errors(r), "refused: %s" % errors(r))
    check(r.xml().find(".//in-progress").get("attempt") == aid, "with the way back to it")
    body = s.post("/exams/%s/start" % other, {}, xml=False).body
    check("您有一场考试正在进行" in body and 'href="/attempts/%s"' % aid in body, "said with a link")
    check(s.post("/attempts/%s/submit" % aid, {}).status == 303, "the first handed in")
    got = []

    def go():
        got.append(s.post("/exams/%s/start" % other, {}))

    threads = [threading.Thread(target=go) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    check([r.status for r in got] == [303] * 8, "every start answered: %s" % [r.status for r in got])
    check(len({r.header("Location")[0] for r in got}) == 1, "all to one attempt")
    check(one("SELECT COUNT(*) FROM attempt WHERE exam_id = %s" % other) == "1", "one attempt made")
    check(one("SELECT COUNT(*) FROM attempt_item ai JOIN attempt a ON a.id = ai.attempt_id "
              "WHERE a.exam_id = %s" % other) == "1", "its paper drawn once")


def fail_once(s, eid, makeup):
    aid = start(s, eid)
    check(one("SELECT makeup FROM attempt WHERE id = %s" % aid) == makeup, "make-up flag %s" % makeup)
    check(s.post("/attempts/%s/submit" % aid, [("shown", "1"), ("a1", "T")]).status == 303, "handed in")
    check(state(aid)[3] == "0", "failed")
    return aid


@test
def exams_makeups_after_fails_then_the_hr_flag():
    s = login("learner40")
    eid = exam(["truefalse"], "补考与人力标记", pass_tenths=20)
    fail_once(s, eid, "0")
    page = s.get("/exams/" + eid).xml().find("exam")
    check(page.get("can") == "makeup" and page.get("makeup-until"), "a make-up offered: %s" % page.attrib)
    fail_once(s, eid, "1")
    # Make-ups are not held to the window.
    sql("UPDATE exam SET closes_at = UTC_TIMESTAMP() - INTERVAL 1 MINUTE WHERE id = %s" % eid)
    last = fail_once(s, eid, "1")
    check(one("SELECT ends_at > UTC_TIMESTAMP() + INTERVAL 20 MINUTE FROM attempt WHERE id = %s" % last) == "1",
          "a make-up has its full time after the window")
    r = start(s, eid, status=409)
    check(("exam", "exam_no_tries") in errors(r), "a fourth start refused: %s" % errors(r))
    check(rows("SELECT tries, flagged_at IS NOT NULL FROM exam_standing WHERE exam_id = %s" % eid) == [["3", "1"]],
          "three tries and the flag")
    for who in ("admin", "head1"):
        hr = login(who, base="/admin").get("/admin/hr?flagged=1").xml().find("hr")
        people = {p.get("login"): p for p in hr.iter("person")}
        check("learner40" in people and "补考与人力标记" in people["learner40"].get("exam-flags"),
              "%s sees the flag: %s" % (who, list(people)))
        check(all(p.get("exam-flags") for p in people.values()), "only the flagged")
    head = login("head1", base="/admin")
    check("补考与人力标记" in head.get("/admin/hr?flagged=1", xml=False).body, "on the page")
    table = head.get("/admin/hr.csv?flagged=1", xml=False).raw.decode("utf-8-sig")
    check(table.splitlines()[0].endswith("exam_flagged") and "补考与人力标记" in table, "in the CSV")


@test
def exams_no_one_elses_attempt_and_keys_wait():
    s = login("learner39")
    eid = exam(["fill", "short"], "成绩待公布", results="manual")
    aid = start(s, eid)
    no_secret(s.get("/attempts/" + aid), "the paper")
    other = login("learner38")
    for path in ("/attempts/%s", "/attempts/%s/result", "/m/attempts/%s", "/m/attempts/%s/result"):
        check(other.get(path % aid).status == 404, "another's %s: 404" % path)
        check(other.get(path % aid, xml=False).status == 404, "and in HTML")
    for path in ("/attempts/%s/answers", "/attempts/%s/submit"):
        check(other.post(path % aid, [("shown", "1"), ("a1", "x")]).status == 404, "posting to another's: 404")
    check(other.post("/attempts/%s/leave" % aid, {}).status == 404, "another's leave: 404, not logged")
    check("leave" not in events(aid), "nothing logged for them")
    kinds = {i.get("kind"): "a" + i.get("position") for i in paper(s, aid).iter("item")}
    r = s.post("/attempts/%s/submit" % aid, [("shown", "1,2"), (kinds["fill"], "119"), (kinds["fill"], "120"),
                                              (kinds["short"], "先拔保险销。")])
    check(r.status == 303, "handed in: %d %s" % (r.status, r.body[:200]))
    check(state(aid)[0] == "submitted", "a short answer waits for a person")
    res = s.get("/attempts/%s/result" % aid)
    no_secret(res, "the result before marking")
    check(res.xml().find("attempt-result").get("score") is None, "no score yet")
    # A person marks it (the grading queue calls attempt_settle); results still held back.
    sql("UPDATE attempt_item SET mark = 15, comment = '要点齐全' WHERE attempt_id = %s AND auto_score IS NULL" % aid)
    sql("UPDATE attempt SET state = 'graded', score = 35, passed = 0 WHERE id = %s" % aid)
    res = s.get("/attempts/%s/result" % aid)
    no_secret(res, "the result before it is published")
    check("要点齐全" not in res.body, "no comment before it is published")
    sql("UPDATE exam SET published_at = UTC_TIMESTAMP() WHERE id = %s" % eid)
    res = s.get("/attempts/%s/result" % aid)
    doc = res.xml().find("attempt-result")
    check(SECRET in res.body and doc.get("score") == "35" and "要点齐全" in res.body,
          "published: the score, the comment and the key")


@test
def exams_passing_the_assessment_completes_the_course():
    s = login("learner15")
    cid = one("SELECT id FROM course WHERE name = '班组长管理技能'")
    eid = exam(["truefalse"], "班组长考核", pass_tenths=20, course=cid)
    try:
        check(s.get("/exams/" + eid).status == 404, "not for someone not enrolled")
        lessons = one("SELECT l.id FROM lesson l JOIN chapter h ON h.id = l.chapter_id "
                      "WHERE h.course_id = %s AND l.required" % cid).split()
        for l in lessons:
            check(s.post("/lessons/%s/done" % l, {}).status == 303, "lesson done")
        check(one("SELECT e.status FROM enrolment e JOIN account a ON a.id = e.account_id "
                  "WHERE a.login = 'learner15' AND e.course_id = %s" % cid) == "active",
              "every lesson done, the assessment not yet passed: still active")
        aid = start(s, eid)
        check(s.post("/attempts/%s/submit" % aid, [("shown", "1"), ("a1", "F")]).status == 303, "handed in")
        check(state(aid)[3] == "1", "passed")
        check(one("SELECT e.status FROM enrolment e JOIN account a ON a.id = e.account_id "
                  "WHERE a.login = 'learner15' AND e.course_id = %s" % cid) == "completed", "completed")
        for l in lessons:
            s.post("/lessons/%s/done" % l, {})
        paid = rows("SELECT COUNT(*) FROM credit_ledger l JOIN account a ON a.id = l.account_id "
                    "WHERE a.login = 'learner15' AND l.course_id = %s" % cid)
        certs = rows("SELECT COUNT(*) FROM certificate c JOIN account a ON a.id = c.account_id "
                     "WHERE a.login = 'learner15' AND c.course_id = %s" % cid)
        check(paid == [["1"]] and certs == [["1"]], "credits and certificate once: %s %s" % (paid, certs))
    finally:
        # Other tests complete courses by their lessons alone.
        sql("UPDATE exam SET deleted_at = UTC_TIMESTAMP() WHERE id = %s" % eid)


@test
def exams_random_paper_drawn_by_its_rules_and_shuffled():
    s = login("learner14")
    cid = one("SELECT id FROM course WHERE name = '安全生产基础'")
    paper_id = one("INSERT INTO paper (title, mode, pass_tenths, created_by) VALUES ('随机组卷', 'random', 60, "
                   "(SELECT id FROM account WHERE login = 'teacher1')); SELECT LAST_INSERT_ID()")
    # Two rules over the same questions: the second draws none the first drew.
    sql("INSERT INTO paper_rule (paper_id, position, kind, course_id, n, points) VALUES "
        "(%s, 1, 'single', %s, 3, 10), (%s, 2, 'single', %s, 4, 15), (%s, 3, 'truefalse', NULL, 2, 5)"
        % (paper_id, cid, paper_id, cid, paper_id))
    eid = one("INSERT INTO exam (paper_id, title, opens_at, closes_at, minutes, created_by) VALUES "
              "(%s, '随机组卷考试', UTC_TIMESTAMP() - INTERVAL 1 HOUR, UTC_TIMESTAMP() + INTERVAL 1 DAY, 20, "
              "(SELECT id FROM account WHERE login = 'teacher1')); SELECT LAST_INSERT_ID()" % paper_id)
    aid = start(s, eid)
    drawn = rows("SELECT ai.position, q.kind, q.course_id, ai.points, q.id, COALESCE(ai.options_order, '-'), "
                 + "CHAR_LENGTH(q.options) - CHAR_LENGTH(REPLACE(q.options, '\\n', '')) + 1 "
                 + "FROM attempt_item ai JOIN question q ON q.id = ai.question_id "
                 + "WHERE ai.attempt_id = %s ORDER BY ai.position" % aid)
    check([int(r[0]) for r in drawn] == list(range(1, 10)), "positions 1..9: %s" % [r[0] for r in drawn])
    check(len({r[4] for r in drawn}) == 9, "no question twice")
    by = sorted((r[1], r[2] if r[1] == "single" else "-", r[3]) for r in drawn)
    check(by == sorted([("single", cid, "10")] * 3 + [("single", cid, "15")] * 4 + [("truefalse", "-", "5")] * 2),
          "each rule's kind, course and points: %s" % by)
    for r in drawn:
        if r[1] == "single":
            check(sorted(r[5]) == [chr(65 + i) for i in range(int(r[6]))], "options shuffled: %s" % r[5:])
        else:
            check(r[5] == "-", "no options to shuffle for true or false")
    check(rows("SELECT COUNT(DISTINCT options_order) > 1 FROM attempt_item WHERE attempt_id = %s" % aid)
          == [["1"]], "not one order for all")
    check(s.post("/attempts/%s/submit" % aid, {}).status == 303, "handed in blank")
    check(state(aid)[:3] == ["graded", "learner", "0"], "nothing answered, nothing scored: %s" % state(aid))


@test
def exams_onboarding_exam_is_due_by_the_plan():
    # The demo's onboarding plan: learner18's exam was due weeks ago, learner10's is ahead.
    eid = exam(["truefalse"], "入职考试")
    sql("UPDATE exam SET onboarding = 1 WHERE id = %s" % eid)
    late, ahead = login("learner18"), login("learner10")
    page = ahead.get("/exams/" + eid).xml().find("exam")
    check(page.get("can") == "regular" and page.get("due"), "still in time, with the deadline: %s" % page.attrib)
    r = start(late, eid, status=409)
    check(("exam", "exam_overdue") in errors(r), "refused after the deadline: %s" % errors(r))
    check(one("SELECT COUNT(*) FROM attempt WHERE exam_id = %s" % eid) == "0", "nothing started")
