"""test_surveys.py - surveys and votes (问卷与投票): built in the back office within one's reach, opened,
answered once on the portal and the phone, counted exactly with server-drawn SVG charts and CSV,
anonymous answers that lead to nobody, a course's satisfaction survey, refusals that write nothing."""
import csv
import io
import re
import time
import xml.etree.ElementTree as ET

from test_http import check, test
from test_accounts import errors, login, sql
from test_courses import FORM

# Learners of this file: learner26, learner27 and learner29 join a course of this file;
# learner28 does not (a stranger to it, though inside 研发中心 for the department survey;
# test_micro.py makes learner28 a lecturer too, which changes nothing here).
STAMP = "%x" % int(time.time() * 1000)
SVG = "{http://www.w3.org/2000/svg}"


def course(lecturers, *learners):
    """A published course of the admin's, with lecturers (or none) and learners enrolled."""
    a = login("admin", base="/admin")
    r = a.post("/admin/courses", dict(FORM, name="问卷测试课程 %s %s" % (lecturers or "admin", STAMP),
                                      lecturers=lecturers))
    cid = r.header("Location")[0].split("/")[-1].split("?")[0]
    a.post("/admin/courses/%s/state" % cid, {"action": "submit"})
    check(a.post("/admin/courses/%s/state" % cid, {"action": "approve"}).status == 303, "course published")
    for who in learners:
        check(login(who).post("/courses/%s/enrol" % cid, {"contact": "13800000000"}).status == 303,
              "%s enrolled" % who)
    return cid


def new_survey(s, **fields):
    r = s.post("/admin/surveys", dict({"kind": "survey"}, **fields))
    check(r.status == 303, "survey created: %d %s" % (r.status, r.body[:400]))
    return r.header("Location")[0].split("/surveys/")[1].split("?")[0]


def add_question(s, sid, kind, text, options="", required="1"):
    f = {"q_kind": kind, "q_text": text, "q_options": options}
    if required:
        f["q_required"] = "1"
    return s.post("/admin/surveys/%s/questions" % sid, f)


def questions(s, sid, base="/admin"):
    doc = s.get("%s/surveys/%s" % (base, sid)).xml()
    return [(q.get("id"), q.get("kind"), q.findtext("text")) for q in doc.iter("question")]


def results(s, sid):
    r = s.get("/admin/surveys/%s/results" % sid)
    check(r.status == 200, "results page: %d" % r.status)
    return r, r.xml().find("survey/results")


def options(q):
    return [(o.text, o.get("count"), o.get("percent")) for o in q.findall("option")]


def charts(html):
    """Every inline SVG of a page, parsed as XML: the charts must be well-formed on their own."""
    return [ET.fromstring(m) for m in re.findall(r"<svg\b.*?</svg>", html, re.S)]


def table(r):
    check(r.status == 200 and r.header("Content-Type")[0].startswith("text/csv"), "CSV answered: %d" % r.status)
    check(r.body.startswith("\ufeff") and "\r\n" in r.body, "BOM and CRLF for Excel")
    return list(csv.reader(io.StringIO(r.raw.decode("utf-8-sig"))))


@test
def surveys_built_opened_answered_and_counted():
    cid = course("teacher1", "learner26", "learner27", "learner29")
    t = login("teacher1", base="/admin")
    sid = new_survey(t, title="课程中期反馈 " + STAMP, course=cid, intro="请如实填写")
    check(t.post("/admin/surveys/%s/state" % sid, {"action": "open"}).status == 409, "nothing to open yet")
    check(add_question(t, sid, "single", "最喜欢的章节", "只有一个").status == 400, "a choice needs two options")
    check(add_question(t, sid, "text", "意见", required="").status == 303, "a text question")
    check(add_question(t, sid, "single", "最喜欢的章节", "第一章\n 第二章 \n\n第三章").status == 303, "single")
    check(add_question(t, sid, "multiple", "希望加强的方面", "案例\n练习\n讲解\n答疑").status == 303, "multiple")
    check(add_question(t, sid, "rating", "总体评价").status == 303, "rating")
    qs = questions(t, sid)
    text_q = qs[0][0]
    check(t.post("/admin/surveys/%s/questions/%s" % (sid, text_q), {"action": "down"}).status == 303, "moved")
    check(t.post("/admin/surveys/%s/questions/%s" % (sid, text_q), {"action": "down"}).status == 303, "moved")
    check(t.post("/admin/surveys/%s/questions/%s" % (sid, text_q), {"action": "down"}).status == 303, "moved")
    check(add_question(t, sid, "text", "多余的题").status == 303, "one too many")
    extra = questions(t, sid)[-1][0]
    check(t.post("/admin/surveys/%s/questions/%s" % (sid, extra), {"action": "remove"}).status == 303, "removed")
    qs = questions(t, sid)
    check([k for _, k, _ in qs] == ["single", "multiple", "rating", "text"], "in order: %s" % qs)
    single, multiple, rating, text = [q[0] for q in qs]
    check(t.post("/admin/surveys/%s/state" % sid, {"action": "open"}).status == 303, "opened")

    # Answered on the portal and on the phone, each once.
    a26 = login("learner26")
    listed = [s.get("id") for s in a26.get("/surveys?course=" + cid).xml().iter("survey")]
    check(listed == [sid], "listed for the course's learner: %s" % listed)
    form = a26.get("/surveys/" + sid)
    check(len(form.xml().findall("survey-take/survey/question")) == 4, "the form's questions")
    html = a26.get("/surveys/" + sid, xml=False).body
    check('<fieldset id="f-q%s"' % single in html and "<legend>" in html, "a fieldset per question")
    check('<label class="check" for="f-q%s-2">' % single in html, "every choice labelled")
    r = a26.post("/surveys/" + sid, [("q%s" % single, "2"), ("q%s" % multiple, "1"), ("q%s" % multiple, "3"),
                                     ("q%s" % rating, "4"), ("q%s" % text, "<script>alert(1)</script>讲得好")])
    check(r.status == 303 and r.header("Location")[0] == "/surveys/%s?done=answered" % sid, "answered: %d" % r.status)
    check(a26.get(r.header("Location")[0]).xml().find("survey-take/survey").get("answered") == "1", "confirmed")
    r = a26.post("/surveys/" + sid, [("q%s" % single, "1"), ("q%s" % multiple, "2"), ("q%s" % rating, "1")])
    check(r.status == 409 and ("survey", "survey_answered_once") in errors(r), "not twice: %s" % errors(r))
    check("不能重复作答" in a26.post("/surveys/" + sid, [("q%s" % rating, "1")], xml=False).body, "said plainly")
    m27 = login("learner27", base="/m")
    r = m27.post("/m/surveys/" + sid, [("q%s" % single, "2"), ("q%s" % multiple, "3"), ("q%s" % rating, "5")])
    check(r.status == 303 and r.header("Location")[0].startswith("/m/surveys/"), "answered on the phone")

    # A required question left out: the form again with a message on it, nothing written.
    a29 = login("learner29")
    r = a29.post("/surveys/" + sid, [("q%s" % multiple, "2"), ("q%s" % rating, "3"), ("q%s" % text, "草稿")])
    check(r.status == 400 and errors(r) == {("q%s" % single, "survey_required")}, "required: %s" % errors(r))
    page = r.xml()
    check(page.find("survey-take/survey/question") is not None, "the form again")
    check(page.find("posted/field[@name='q%s']" % text).text == "草稿", "what was typed is kept")
    html = a29.post("/surveys/" + sid, [("q%s" % rating, "3"), ("q%s" % multiple, "9")], xml=False).body
    check('id="e-q%s"' % single in html and "此题必答" in html, "the message beside the question")
    check('id="e-q%s"' % multiple in html, "a choice that is not there is refused too")
    check(re.search(r'value="3" checked', html), "the rating given is still checked")
    check(sql("SELECT COUNT(*) FROM survey_respondent WHERE survey_id = " + sid)[1] == "2" and
          sql("SELECT responses FROM survey WHERE id = " + sid)[1] == "2", "nothing written")
    check(add_question(t, sid, "text", "迟到的题").status == 409, "questions fixed once answered")

    # Counts exact, in XML and in the charts drawn from them.
    r, res = results(t, sid)
    check(res.get("responses") == "2" and res.get("audience") == "3", "2 of 3: %s" % dict(res.attrib))
    q = {x.get("id"): x for x in res.findall("question")}
    check(options(q[single]) == [("第一章", "0", "0.0"), ("第二章", "2", "100.0"), ("第三章", "0", "0.0")],
          "single: %s" % options(q[single]))
    check([o[1] for o in options(q[multiple])] == ["1", "0", "2", "0"], "multiple: %s" % options(q[multiple]))
    check([o[1] for o in options(q[rating])] == ["0", "0", "0", "1", "1"] and q[rating].get("average") == "4.50",
          "rating: %s" % options(q[rating]))
    texts = q[text].findall("answer")
    check([(x.text, x.get("by")) for x in texts] == [("<script>alert(1)</script>讲得好", "孙磊26")],
          "the text, named: %s" % [(x.text, x.get("by")) for x in texts])
    html = t.get("/admin/surveys/%s/results" % sid, xml=False).body
    check("<script>alert(1)" not in html and "&lt;script&gt;alert(1)" in html, "hostile text escaped")
    svgs = charts(html)
    check(len(svgs) == 3, "a chart per choice or rating question: %d" % len(svgs))
    for svg, qid in zip(svgs, (single, multiple, rating)):
        check(svg.get("role") == "img" and svg.find(SVG + "title").text == q[qid].findtext("text"),
              "named for assistive technology")
        bars = svg.findall(SVG + "rect")
        want = [int(o[1]) for o in options(q[qid])]
        check(len(bars) == len(want), "a bar per option")
        answered = int(q[qid].get("answered"))
        check(all(abs(float(b.get("width")) - 340.0 * n / answered) < 0.01 for b, n in zip(bars, want)),
              "bars as long as their counts: %s" % [b.get("width") for b in bars])
        check(len(svg.findall(SVG + "text")) == 2 * len(want), "labels and numbers as text")
    check(html.count('<table class="grid counts">') == 3, "the numbers as tables too")

    # CSV: one row per response, in the order they came; and the summary.
    rows = table(t.get("/admin/surveys/%s/responses.csv" % sid, xml=False))
    check(rows[0] == ["name", "login", "department", "submitted_at", "1. 最喜欢的章节", "2. 希望加强的方面",
                      "3. 总体评价", "4. 意见"], "header: %s" % rows[0])
    # Both may have come within one second: then by login.
    check([r[:2] + r[4:] for r in rows[1:]] == [
        ["孙磊26", "learner26", "第二章", "案例; 讲解", "4", "<script>alert(1)</script>讲得好"],
        ["李洋27", "learner27", "第二章", "讲解", "5", ""]], "rows: %s" % rows[1:])
    check([r[2] for r in rows[1:]] == ["华东销售部", "华南销售部"] and
          all(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", r[3]) for r in rows[1:]), "department and time")
    rows = table(t.get("/admin/surveys/%s/summary.csv" % sid, xml=False))
    check(rows[0] == ["no", "question", "kind", "option", "count", "percent", "answered", "average"], "summary head")
    check(["2", "希望加强的方面", "multiple", "讲解", "2", "100.0", "2", ""] in rows, "summary rows: %s" % rows)
    check(["4", "意见", "text", "", "", "", "1", ""] in rows, "a text question's row")
    check(t.post("/admin/surveys/%s/state" % sid, {"action": "close"}).status == 303, "closed")
    r = login("learner29").post("/surveys/" + sid, [("q%s" % single, "1"), ("q%s" % rating, "1")])
    check(r.status == 404, "closed: no longer for anyone who did not answer: %d" % r.status)
    acts = sql("SELECT GROUP_CONCAT(DISTINCT action ORDER BY action) FROM audit WHERE object = 'survey' "
               "AND object_id = " + sid)[1]
    check(acts == "survey.close,survey.create,survey.open,survey.question.add,survey.question.move,"
                  "survey.question.remove", "audited: %s" % acts)


@test
def surveys_satisfaction_is_anonymous_for_real():
    cid = course("teacher1", "learner26", "learner27")
    t = login("teacher1", base="/admin")
    picker = [c.get("id") for c in t.get("/admin/surveys").xml().iter("course")]
    check(cid in picker, "the course is offered for a satisfaction survey")
    r = t.post("/admin/surveys/satisfaction", {"course": cid})
    check(r.status == 303, "made in one step: %d" % r.status)
    sid = r.header("Location")[0].split("/surveys/")[1].split("?")[0]
    qs = questions(t, sid)
    check([(k, x) for _, k, x in qs] == [("rating", "课程内容"), ("rating", "讲师水平"), ("rating", "组织安排"),
                                         ("rating", "收获程度"), ("text", "意见建议")], "the template: %s" % qs)
    head = t.get("/admin/surveys/" + sid).xml().find("survey-edit/survey")
    check(head.get("kind") == "satisfaction" and head.get("anonymous") == "1", "anonymous satisfaction")
    check(t.post("/admin/surveys/%s/state" % sid, {"action": "open"}).status == 303, "opened")
    for who, stars, note in (("learner26", "5", "孙磊26的意见"), ("learner27", "3", "")):
        s = login(who)
        check(sid in [x.get("id") for x in s.get("/surveys").xml().iter("survey")], "listed for %s" % who)
        r = s.post("/surveys/" + sid, [("q%s" % q[0], stars) for q in qs[:4]] + [("q%s" % qs[4][0], note)])
        check(r.status == 303, "%s answered: %d %s" % (who, r.status, errors(r) if r.status == 400 else ""))
    r, res = results(t, sid)
    check(res.get("responses") == "2" and [x.get("average") for x in res.findall("question")][:4] == ["4.00"] * 4,
          "averages: %s" % [x.get("average") for x in res.findall("question")])
    answers = res.findall("question/answer")
    check([a.text for a in answers] == ["孙磊26的意见"] and answers[0].get("by") is None, "a text without a name")
    for word in ("孙磊26", "learner26", "李洋27", "learner27"):
        check(word not in r.body.replace("孙磊26的意见", ""), "no name in the results: %s" % word)
    rows = table(t.get("/admin/surveys/%s/responses.csv" % sid, xml=False))
    check(rows[0] == ["1. 课程内容", "2. 讲师水平", "3. 组织安排", "4. 收获程度", "5. 意见建议"], "no name columns")
    check(sorted(rows[1:]) == [["3", "3", "3", "3", ""], ["5", "5", "5", "5", "孙磊26的意见"]], "rows: %s" % rows)
    # In the database the answers lead to nobody: no account, no time, an id that is no counter,
    # and who answered is kept apart with nothing to join on.
    check(sql("SELECT COUNT(*), COUNT(account_id), COUNT(submitted_at) FROM survey_response "
              "WHERE survey_id = " + sid)[1] == "2\t0\t0", "no account and no time on the responses")
    ids = sql("SELECT id FROM survey_response WHERE survey_id = %s ORDER BY id" % sid)[1].split()
    check(all(int(i) > 1 << 20 for i in ids), "random ids, not a sequence: %s" % ids)
    check(sql("SELECT GROUP_CONCAT(column_name ORDER BY ordinal_position) FROM information_schema.columns "
              "WHERE table_schema = 'lms' AND table_name = 'survey_respondent'")[1] == "survey_id,account_id",
          "who answered: two columns only")
    check(sql("SELECT COUNT(*) FROM survey_respondent WHERE survey_id = " + sid)[1] == "2", "both counted once")
    r = t.post("/admin/surveys/" + sid, {"title": "改成实名", "kind": "satisfaction"})
    check(r.status == 409 and ("anonymous", "survey_answered") in errors(r), "anonymity fixed once answered")
    c = sql("UPDATE survey SET anonymous = 0 WHERE id = " + sid)
    check(c[0] != 0, "the database refuses it too")


@test
def surveys_stay_within_reach():
    mine = course("teacher1", "learner27")
    theirs = course("", "learner26")
    t = login("teacher1", base="/admin")
    a = login("admin", base="/admin")
    sid = new_survey(a, title="管理员课程的问卷 " + STAMP, course=theirs)
    check(add_question(a, sid, "rating", "满意吗").status == 303, "a question")
    check(a.post("/admin/surveys/%s/state" % sid, {"action": "open"}).status == 303, "opened")
    check(login("learner26").post("/surveys/" + sid, {}).status == 400, "its learner may answer (but must)")
    for path in ("", "/results", "/responses.csv", "/summary.csv"):
        for xml in (True, False):
            r = t.get("/admin/surveys/%s%s" % (sid, path), xml=xml)
            check(r.status == 404, "teacher1 does not reach %s (xml=%s): %d" % (path, xml, r.status))
    check("管理员课程的问卷" not in t.get("/admin/surveys").body, "nor lists it")
    for action in ("/state", "/delete", "/questions"):
        check(t.post("/admin/surveys/%s%s" % (sid, action), {"action": "close", "q_kind": "text",
                                                             "q_text": "x"}).status == 404, "nor changes it")
    r = t.post("/admin/surveys/satisfaction", {"course": theirs})
    check(r.status == 400 and ("course", "unknown") in errors(r), "nor gives it a satisfaction survey")
    r = t.post("/admin/surveys", {"title": "x", "kind": "survey", "course": theirs})
    check(r.status == 400 and ("course", "unknown") in errors(r), "nor a survey")
    r = t.post("/admin/surveys", {"title": "x", "kind": "survey"})
    check(r.status == 400 and ("course", "survey_course_needed") in errors(r), "a lecturer's survey has a course")
    r = t.post("/admin/surveys", {"title": "x", "kind": "satisfaction", "course": mine, "opens": "2030-01-02T10:00",
                                  "closes": "2030-01-01T10:00"})
    check(r.status == 400 and ("closes", "survey_window") in errors(r), "a window that closes before it opens")
    # A learner not on the course neither sees nor answers its survey.
    stranger = login("learner28")
    for xml in (True, False):
        check(stranger.get("/surveys/" + sid, xml=xml).status == 404, "not enrolled: 404 (xml=%s)" % xml)
        check(stranger.get("/m/surveys/" + sid, xml=xml).status == 404, "nor on the phone (xml=%s)" % xml)
    check(stranger.post("/surveys/" + sid, {"q1": "5"}).status == 404, "nor answers")
    check(sid not in [x.get("id") for x in stranger.get("/surveys").xml().iter("survey")], "nor lists it")
    check(login("learner29", base="/admin").get("/admin/surveys").status == 403, "no back office for learners")
    # A department head's survey is for their department only, and theirs to run.
    h = login("head1", base="/admin")
    dsid = new_survey(h, title="研发中心问卷 " + STAMP, kind="vote", show_results="1")
    check(add_question(h, dsid, "single", "选哪天团建", "周五\n周六").status == 303, "a question")
    check(add_question(h, dsid, "text", "想去哪里", required="").status == 303, "and one in words")
    check(h.post("/admin/surveys/%s/state" % dsid, {"action": "open"}).status == 303, "opened")
    check(login("mentor1", base="/admin").get("/admin/surveys/" + dsid).status == 404, "a mentor reaches none")
    check(t.get("/admin/surveys/" + dsid).status == 404, "nor a lecturer")
    check(login("learner27").get("/surveys/" + dsid).status == 404, "sales is not 研发中心")
    qs = questions(h, dsid)
    r = stranger.post("/surveys/" + dsid, {"q%s" % qs[0][0]: "1", "q%s" % qs[1][0]: "去香山爬山"})
    check(r.status == 303, "learner28 of 软件开发部 votes: %d" % r.status)
    r = stranger.get("/surveys/" + dsid)
    page = r.xml().find("survey-take/survey")
    check(page.get("answered") == "1" and page.find("results/question/option").get("count") == "1",
          "a vote shows its results after voting")
    check(page.find(".//answer") is None and "去香山爬山" not in r.body
          and "去香山爬山" not in stranger.get("/surveys/" + dsid, xml=False).body,
          "but no one's words or name, in XML or HTML")
    staff = h.get("/admin/surveys/%s/results" % dsid).xml().find(".//answer")
    check(staff is not None and staff.text == "去香山爬山" and staff.get("by"), "those who run it read them")


@test
def surveys_draft_is_opened_or_removed_never_closed():
    h = login("head1", base="/admin")
    sid = new_survey(h, title="草稿问卷 " + STAMP)
    check(add_question(h, sid, "rating", "满意吗").status == 303, "a question")
    page = h.get("/admin/surveys/" + sid, xml=False).body
    check('value="close"' not in page and 'value="open"' in page, "a draft offers opening, not closing")
    r = h.post("/admin/surveys/%s/state" % sid, {"action": "close"})
    check(r.status == 409 and ("action", "survey_state") in errors(r), "closing a draft refused: %d %s"
          % (r.status, errors(r)))
    check("问卷当前的状态不允许此操作" in h.post("/admin/surveys/%s/state" % sid, {"action": "close"},
                                                xml=False).body, "said on the page")
    check(sql("SELECT state FROM survey WHERE id = " + sid)[1] == "draft", "still a draft")
    check(h.post("/admin/surveys/%s/state" % sid, {"action": "open"}).status == 303, "opened")
    check(h.post("/admin/surveys/%s/state" % sid, {"action": "open"}).status == 409, "not opened twice")
    check(h.post("/admin/surveys/%s/state" % sid, {"action": "close"}).status == 303, "an open one closes")
    check(h.post("/admin/surveys/%s/state" % sid, {"action": "close"}).status == 409, "not closed twice")
    page = h.get("/admin/surveys/" + sid, xml=False).body
    check('value="close"' not in page and 'value="open"' in page, "a closed one may open again")
    draft = new_survey(h, title="删除的草稿 " + STAMP)
    check(h.post("/admin/surveys/%s/delete" % draft, {}).status == 303, "a draft is removed")
    check(h.get("/admin/surveys/" + draft).status == 404, "gone")


@test
def surveys_demo_satisfaction_of_information_security():
    a = login("admin", base="/admin")
    sid = sql("SELECT id FROM survey WHERE course_id = 7 AND kind = 'satisfaction'")[1]
    r, res = results(a, sid)
    # 16 in the demo; other tests may enrol more.
    enrolled = sql("SELECT COUNT(*) FROM enrolment WHERE course_id = 7 AND status IN ('active', 'completed')")[1]
    check(res.get("responses") == "12" and res.get("audience") == enrolled, "12 of %s: %s" % (enrolled, dict(res.attrib)))
    check(len(res.findall("question[@kind='text']/answer")) == 7, "seven comments")
    rows = table(a.get("/admin/surveys/%s/responses.csv" % sid, xml=False))
    check(len(rows) == 13 and rows[0][0] == "1. 课程内容", "12 anonymous rows")
    check(login("learner1").get("/surveys/" + sid).status == 404, "finished: no longer open to answer")
    for base in ("", "/m"):
        s = login("learner1", base=base)
        check(s.get(base + "/surveys", xml=False).status == 200, "the list on %r" % base)
    check(a.get("/admin/surveys/new", xml=False).status == 200 and a.get("/admin/surveys", xml=False).status == 200,
          "back-office pages")
