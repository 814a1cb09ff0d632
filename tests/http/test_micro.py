"""test_micro.py - micro-courses: upload with a quiz, the 8-minute rule, rubric score sheets, allowance report, over HTTP."""
import datetime
import os
import re
import time
from decimal import ROUND_HALF_UP, Decimal

from test_http import ROOT, VAR, check, get, test
from test_accounts import errors, login, multipart, sql

VIDEO = open(os.path.join(ROOT, "sql", "demo", "files", "course-intro.mp4"), "rb").read()
PDF = open(os.path.join(ROOT, "sql", "demo", "files", "course-intro.pdf"), "rb").read()
# Rubric items in the form's order, with their maxima (附件1).
ITEMS = [("goal", 5), ("practical", 20), ("content", 15), ("naming", 5), ("process", 10),
         ("structure", 10), ("creative", 5), ("visual", 10), ("sound", 10), ("tech", 5),
         ("material", 5)]


def base_yuan():
    conf = open(os.path.join(VAR, "lms.conf"), encoding="utf-8").read()
    return int(re.search(r"^micro_base = (\d+)", conf, re.M).group(1))


def this_month():
    """The allowance month: now in Asia/Shanghai (UTC+8, no daylight saving)."""
    return (datetime.datetime.utcnow() + datetime.timedelta(hours=8)).strftime("%Y-%m")


def with_seconds(secs):
    """The demo video with its mvhd duration rewritten to secs (version 0 box)."""
    i = VIDEO.find(b"mvhd")
    check(VIDEO[i + 4] == 0, "the demo video has a version 0 mvhd")
    scale = int.from_bytes(VIDEO[i + 16:i + 20], "big")
    return VIDEO[:i + 20] + (scale * secs).to_bytes(4, "big") + VIDEO[i + 24:]


def upload(s, title, data=VIDEO, name="微课.mp4", quiz=(("问题一？", "答案一。"),), base=""):
    fields = {"title": title, "summary": "测试用的微课简介。"}
    for n, (q, a) in enumerate(quiz, 1):
        fields["q%d" % n], fields["a%d" % n] = q, a
    return multipart(s, base + "/micro", fields, {"video": (name, data, "video/mp4")})


def micro_id(title):
    return sql("SELECT id FROM micro WHERE title = '%s'" % title.replace("'", "''"))[1]


def count(table):
    return int(sql("SELECT COUNT(*) FROM %s" % table)[1])


def sheet(total_from, **over):
    """A full sheet: every item at its maximum, lowered item by item until it adds to total."""
    f = {k: m for k, m in ITEMS}
    drop = 100 - total_from
    for k, m in reversed(ITEMS):
        d = min(drop, m)
        f[k] -= d
        drop -= d
    f.update(over)
    return {k: str(v) for k, v in f.items()}


def stamp(what):
    return "%s-%d" % (what, time.time_ns() % 10 ** 9)


def uploaded(user, title):
    """user's session, signed in on the portal, and the id of the micro-course it uploaded."""
    s = login(user)
    r = upload(s, title)
    check(r.status == 303, "%s uploads %s: %d %s" % (user, title, r.status, r.body[:300]))
    return s, micro_id(title)


@test
def micro_upload_with_quiz_as_a_learner():
    s = login("learner21")
    title = stamp("测试微课上传")
    r = upload(s, title, quiz=(("第一题？", "答一"), ("第二题？", "答二")))
    check(r.status == 303 and r.header("Location") == ["/micro/mine?done=uploaded"],
          "uploaded: %d %s" % (r.status, r.body[:300]))
    mid = micro_id(title)
    row = sql("SELECT m.status, m.seconds, m.dept_id = a.dept_id, m.upload_month FROM micro m "
              "JOIN account a ON a.id = m.author_id WHERE m.id = %s" % mid)[1].split("\t")
    check(row == ["submitted", "3", "1", this_month()], "submitted, 3 s, author's department: %s" % row)
    check(sql("SELECT GROUP_CONCAT(question ORDER BY pos) FROM micro_question WHERE micro_id = %s"
              % mid)[1] == "第一题？,第二题？", "the quiz in order")
    check(sql("SELECT COUNT(*) FROM audit WHERE action = 'micro.upload' AND object_id = %s" % mid)[1] == "1",
          "audited")
    mine = s.get("/micro/mine").xml()
    m = [x for x in mine.iter("micro") if x.get("id") == mid]
    check(m and m[0].get("status") == "submitted" and m[0].get("mine") == "1", "in my list, waiting")
    check(s.get("/micro/%s" % mid).status == 200, "the author sees it before review")
    r = upload(s, stamp("无试题"), quiz=())
    check(r.status == 400 and ("q1", "quiz_required") in errors(r), "a quiz is required: %s" % errors(r))
    r = upload(s, stamp("缺答案"), quiz=(("有题", "有答"), ("只有题目", "")))
    check(r.status == 400 and ("a2", "required") in errors(r), "a question needs its answer: %s" % errors(r))
    m = login("learner22", base="/m")
    r = upload(m, stamp("手机上传"), base="/m")
    check(r.status == 303 and r.header("Location") == ["/m/micro/mine?done=uploaded"], "mobile upload: %d" % r.status)


@test
def micro_upload_refuses_wrong_content_and_long_video():
    s = login("learner23")
    before = (count("micro"), count("file"))
    r = upload(s, stamp("假视频"), data=b"just some text, not a video\n")
    check(r.status == 415 and ("video", "bad_type") in errors(r), "text as .mp4: %d %s" % (r.status, errors(r)))
    r = upload(s, stamp("PDF视频"), data=PDF)
    check(r.status == 415, "a PDF named .mp4: %d" % r.status)
    r = upload(s, stamp("图片名"), name="x.png")
    check(r.status == 415, "a video named .png: %d" % r.status)
    r = upload(s, stamp("超长视频"), data=with_seconds(481))
    check(r.status == 400 and ("video", "video_too_long") in errors(r), "481 s refused: %d %s" % (r.status, errors(r)))
    msg = [e.text for e in r.xml().iter("error") if e.get("field") == "video"]
    check(msg and "8" in msg[0], "the message says why: %s" % msg)
    check(r.xml().find("micro-new") is not None, "the form again")
    check((count("micro"), count("file")) == before, "nothing written")
    title = stamp("八分钟整")
    check(upload(s, title, data=with_seconds(480)).status == 303, "exactly 8 minutes is allowed")
    check(sql("SELECT seconds FROM micro WHERE id = %s" % micro_id(title))[1] == "480", "its length kept")


@test
def micro_rubric_item_over_max_refused_and_nothing_written():
    a = login("admin", base="/admin")
    mid = micro_id("灭火器的正确使用")      # the demo's one waiting for review
    before = sql("SELECT COUNT(*), COALESCE(SUM(total), 0) FROM micro_sheet WHERE micro_id = %s" % mid)[1]
    audits = count("audit")
    for field, bad in (("goal", "6"), ("practical", "21"), ("material", "-1")):
        r = a.post("/admin/micro/%s/score" % mid, sheet(80, **{field: bad}))
        check(r.status == 400 and (field, "rubric_" + field) in errors(r), "%s=%s: %d %s" % (field, bad, r.status, errors(r)))
        check(r.xml().find("micro-review/rubric") is not None, "the form again")
    f = sheet(80)
    del f["sound"]
    r = a.post("/admin/micro/%s/score" % mid, f)
    check(r.status == 400 and ("sound", "rubric_sound") in errors(r), "a missing item: %s" % errors(r))
    msg = [e.text for e in r.xml().iter("error") if e.get("field") == "sound"][0]
    check("声音效果" in msg and "10" in msg, "the message names the item and its maximum: %s" % msg)
    check(a.post("/admin/micro/%s/score" % mid, sheet(80, goal="x")).status == 400, "not a number")
    after = sql("SELECT COUNT(*), COALESCE(SUM(total), 0) FROM micro_sheet WHERE micro_id = %s" % mid)[1]
    check(after == before and count("audit") == audits, "nothing written: %s %s" % (before, after))
    check(sql("SELECT status, sheets FROM micro WHERE id = %s" % mid)[1] == "submitted\t0", "still unscored")
    html = a.post("/admin/micro/%s/score" % mid, sheet(80, goal="9"), xml=False).body
    check("目标明确" in html and 'aria-invalid="true"' in html, "shown beside the item in HTML")


@test
def micro_two_reviewers_total_and_allowance_exact():
    title = stamp("两位评审")
    learner, mid = uploaded("learner24", title)
    a = login("admin", base="/admin")
    t = login("teacher1", base="/admin")
    check(a.post("/admin/micro/%s/score" % mid, sheet(85, comment="不错")).status == 303, "admin scores 85")
    check(t.post("/admin/micro/%s/score" % mid, sheet(90)).status == 303, "teacher1 scores 90")
    check(sql("SELECT sheets, score_centi FROM micro WHERE id = %s" % mid)[1] == "2\t8750", "mean 87.50")
    r = t.post("/admin/micro/%s/score" % mid, sheet(92))
    check(r.status == 303 and r.header("Location") == ["/admin/micro/%s?done=scored" % mid], "teacher1 revises")
    totals = sql("SELECT GROUP_CONCAT(total ORDER BY reviewer_id) FROM micro_sheet WHERE micro_id = %s" % mid)[1]
    check(totals == "85,92", "one sheet per reviewer: %s" % totals)
    page = a.get("/admin/micro/%s" % mid).xml().find("micro-review/micro")
    check(page.get("score") == "88.50" and len(page.findall("sheets/sheet")) == 2, "mean of the two: %s" % page.get("score"))
    r = login("learner25").get("/micro/%s" % mid)
    check(r.status == 404, "not watched before it is published: %d" % r.status)
    check(a.post("/admin/micro/%s/state" % mid, {"action": "publish"}).status == 303, "published")
    base = base_yuan()
    want = (Decimal(base) * Decimal("88.50") / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
    row = sql("SELECT status, score_centi, allowance_fen, base_yuan, pay_month FROM micro WHERE id = %s" % mid)[1]
    check(row.split("\t") == ["published", "8850", str(int(want * 100)), str(base), this_month()], "fixed: %s" % row)
    rep = a.get("/admin/micro/report?month=" + this_month()).xml().find("micro-report")
    rows = {x.get("id"): x for x in rep.findall("row")}
    check(mid in rows and rows[mid].get("score") == "88.50" and rows[mid].get("allowance") == str(want),
          "in the month's report: %s" % (rows.get(mid) is not None and rows[mid].attrib))
    check(rows[mid].get("emp-no") == "E0124" and rows[mid].text == title, "author's employee number and title")
    total = sum(Decimal(x.get("allowance")) for x in rows.values())
    check(Decimal(rep.get("total")) == total and int(rep.get("count")) == len(rows), "the month's total is the sum")
    depts = rep.findall("dept")
    check(sum(int(d.get("count")) for d in depts) == len(rows), "every row in one department")
    check(sum(Decimal(d.get("points")) for d in depts) == sum(Decimal(x.get("score")) for x in rows.values()),
          "department points are the scores' sum")
    r = t.post("/admin/micro/%s/score" % mid, sheet(50))
    check(r.status == 409 and ("action", "micro_decided") in errors(r), "no rescoring after publishing: %d" % r.status)
    other = login("learner25")
    check(other.get("/micro/%s" % mid).status == 200, "now everyone signed in watches it")
    check(other.get("/micro/%s/video" % mid).status == 200, "and its video")
    check(mid in [x.get("id") for x in other.get("/micro").xml().iter("micro")], "listed for learners")
    mine = [x for x in learner.get("/micro/mine").xml().iter("micro") if x.get("id") == mid][0]
    check(mine.get("score") == "88.50" and mine.get("allowance") == str(want), "the author sees score and allowance")
    check(sql("SELECT GROUP_CONCAT(action ORDER BY id) FROM audit WHERE object = 'micro' AND object_id = %s" % mid)[1]
          == "micro.upload,micro.score,micro.score,micro.rescore,micro.publish", "each write audited")


@test
def micro_author_cannot_score_or_decide_own():
    t, mid = uploaded("teacher1", stamp("讲师自己的微课"))     # a lecturer uploads too
    ta = login("teacher1", base="/admin")
    r = ta.post("/admin/micro/%s/score" % mid, sheet(95))
    check(r.status == 403 and ("action", "own_micro") in errors(r), "own: %d %s" % (r.status, errors(r)))
    msg = [e.text for e in r.xml().iter("error")][0]
    check(msg and msg != "own_micro", "with a message: %s" % msg)
    r = ta.post("/admin/micro/%s/state" % mid, {"action": "return", "reason": "自己退回"})
    check(r.status == 403, "nor returns it: %d" % r.status)
    check(sql("SELECT status, sheets FROM micro WHERE id = %s" % mid)[1] == "submitted\t0", "nothing written")
    page = ta.get("/admin/micro/%s" % mid).xml().find("micro-review/micro")
    check(page.get("mine") == "1", "the page knows it is theirs")
    a = login("admin", base="/admin")
    r = a.post("/admin/micro/%s/state" % mid, {"action": "publish"})
    check(r.status == 409 and ("action", "micro_unscored") in errors(r), "no publishing without a sheet")
    r = a.post("/admin/micro/%s/state" % mid, {"action": "return"})
    check(r.status == 400 and ("reason", "required") in errors(r), "returning says why")
    check(a.post("/admin/micro/%s/state" % mid, {"action": "return", "reason": "画面不清晰"}).status == 303, "returned")
    mine = [x for x in t.get("/micro/mine").xml().iter("micro") if x.get("id") == mid][0]
    check(mine.get("status") == "returned" and mine.findtext("reason") == "画面不清晰", "the author sees why")
    check(login("learner25").get("/micro/%s" % mid).status == 404, "a returned one is not shown")


@test
def micro_review_routes_refused_to_learners():
    s = login("learner21", base="/admin")
    mid = micro_id("灭火器的正确使用")
    for path in ("/admin/micro", "/admin/micro/%s" % mid, "/admin/micro/report", "/admin/micro/report.csv"):
        check(s.get(path).status == 403, "learner GET %s refused" % path)
    for path in ("/admin/micro/%s/score" % mid, "/admin/micro/%s/state" % mid):
        check(s.post(path, dict(sheet(80), action="publish")).status == 403, "learner POST %s refused" % path)
    check(login("head1", base="/admin").get("/admin/micro").status == 403, "a head does not review")
    check(login("teacher1", base="/admin").get("/admin/micro/report").status == 403, "a lecturer does not see pay")
    check(login("teacher1", base="/admin").get("/admin/micro").status == 200, "but reviews")
    check(sql("SELECT sheets FROM micro WHERE id = %s" % mid)[1] == "0", "nothing written")


@test
def micro_unpublished_video_is_404_for_other_learners():
    mid = micro_id("灭火器的正确使用")      # learner3's, waiting
    other = login("learner26")
    for path in ("/micro/%s" % mid, "/micro/%s/video" % mid, "/m/micro/%s" % mid):
        r = other.get(path)
        check(r.status == 404 and r.xml().find("error-page") is not None, "%s: 404 in XML, got %d" % (path, r.status))
        check(other.get(path, xml=False).status == 404, "%s: 404 in HTML" % path)
    r = login("learner3").get("/micro/%s/video" % mid, xml=False)
    check(r.status == 200 and r.body.encode("latin-1", "replace")[4:8] == b"ftyp", "the author plays it")
    check(login("teacher1").get("/micro/%s/video" % mid, xml=False).status == 200, "and a reviewer")
    check(get("/micro/%s/video" % mid).status == 303, "signed out: to sign in")
    published = micro_id("代码评审的五个要点")
    r = other.get("/micro/%s" % published).xml().find("micro")
    check(r.get("score") == "89.50" and r.get("allowance") is None, "a published one: score, not pay")
    check(len(r.findall("quiz/item")) == 3, "with its quiz")
    html = other.get("/micro/%s" % published, xml=False).body
    check("<video" in html and "<details>" in html, "player and folded answers on the portal")
    html = other.get("/m/micro/%s" % published, xml=False).body
    check("<video" not in html and "/m/micro/%s/video" % published in html, "a link on mobile")


@test
def micro_csv_export_opens_in_excel():
    _, mid = uploaded("learner25", '=HYPERLINK("http://evil.example","点我")-' + stamp("x"))
    a = login("admin", base="/admin")
    check(a.post("/admin/micro/%s/score" % mid, sheet(77)).status == 303, "scored")
    check(a.post("/admin/micro/%s/state" % mid, {"action": "publish"}).status == 303, "published")
    r = a.get("/admin/micro/report.csv?month=" + this_month(), xml=False)
    check(r.status == 200 and r.header("Content-Type")[0].startswith("text/csv"), "CSV answered")
    check("attachment" in r.header("Content-Disposition")[0] and this_month() in r.header("Content-Disposition")[0],
          "offered as a download")
    check(r.body.startswith("\ufeff"), "UTF-8 BOM for Excel")
    lines = r.body[1:].split("\r\n")
    check(lines[0] == "author,emp_no,department,title,score,allowance_yuan", "header: %s" % lines[0])
    check(lines[-1] == "" and all("\n" not in l for l in lines), "CRLF line ends")
    row = [l for l in lines if "HYPERLINK" in l]
    check(row and "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点我\"\")-" in row[0], "formula neutralised: %s" % row)
    check(lines[-2].startswith("total,") and lines[-2].endswith(
        a.get("/admin/micro/report?month=" + this_month()).xml().find("micro-report").get("total")),
        "the month's total: %s" % lines[-2])
    r = a.get("/admin/micro/report?month=2026-13")
    check(r.status == 400 and ("month", "bad_format") in errors(r), "a bad month refused")


@test
def micro_three_sheets_mean_rounds_half_up():
    sql("INSERT IGNORE INTO account_role (account_id, role) "
        "SELECT id, 'lecturer' FROM account WHERE login = 'learner28'")
    _, mid = uploaded("learner29", stamp("三位评审"))
    for who, total in (("admin", 85), ("teacher1", 90), ("learner28", 91)):
        r = login(who, base="/admin").post("/admin/micro/%s/score" % mid, sheet(total))
        check(r.status == 303, "%s scores %d: %d" % (who, total, r.status))
    # 266 / 3 = 88.666… → 88.67; the allowance is reckoned from the score shown.
    check(sql("SELECT score_centi FROM micro WHERE id = %s" % mid)[1] == "8867", "mean rounded half up")
    check(login("admin", base="/admin").post("/admin/micro/%s/state" % mid, {"action": "publish"}).status == 303,
          "published")
    want = (Decimal(base_yuan()) * Decimal("88.67") / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
    check(sql("SELECT allowance_fen FROM micro WHERE id = %s" % mid)[1] == str(int(want * 100)),
          "allowance %s yuan exactly" % want)
