"""test_homework.py - homework (作业): set by a course's builders, handed in with text and files by its
enrolled learners, graded or returned for rework, results hidden until published, late hand-ins
refused or marked, everyone kept to their own (HTML, XML, file URLs), reminders sent once."""
import datetime
import os
import time

from test_http import ROOT, check, get, test
from test_accounts import errors, login, multipart, sql
from test_courses import FORM, course_id
from test_assign import lmsctl

# Learners of this file: learner18 and learner25 (enrolled on 信息安全意识), learner23 (not
# enrolled there), learner24 (joins a course of the admin's own), learner19 (never signs in here).
SAFETY = "信息安全意识"
STAMP = "%x" % int(time.time() * 1000)  # titles unique to this run, counted by title
PDF = open(os.path.join(ROOT, "sql", "demo", "files", "course-intro.pdf"), "rb").read()


def due_in(days):
    return (datetime.datetime.now() + datetime.timedelta(days=days)).strftime("%Y-%m-%dT%H:%M")


def set_homework(s, title, course=None, days=5, **more):
    fields = dict({"course": course or course_id(SAFETY), "title": "%s %s" % (title, STAMP), "due": due_in(days),
                   "max_score": "20", "instructions": "第一段\n<script>alert(1)</script><b>要点</b>"}, **more)
    r = s.post("/admin/homework", fields)
    check(r.status == 303, "homework set: %d %s" % (r.status, r.body[:300]))
    return r.header("Location")[0].split("/homework/")[1].split("?")[0]


def hand_in(s, hid, body="我的作业答案", files=None, base=""):
    return multipart(s, "%s/homework/%s" % (base, hid), {"body": body} if body is not None else {},
                     files or {})


def submission_of(hid, login_name):
    return sql("SELECT s.id FROM homework_submission s JOIN account a ON a.id = s.account_id "
               "WHERE s.homework_id = %s AND a.login = '%s'" % (hid, login_name))[1]


def mine(s, hid):
    return s.get("/homework/%s" % hid).xml().find("homework")


@test
def homework_set_hand_in_grade_then_publish():
    t = login("teacher1", base="/admin")
    check(t.get("/admin/homework/new").status == 200, "the form")
    hid = set_homework(t, "密码安全自查报告")
    check(sql("SELECT instructions FROM homework WHERE id = " + hid)[1].find("<script") < 0, "instructions kept safe")
    me = login("learner25")
    listed = {h.get("id"): h for h in me.get("/homework").xml().iter("homework")}
    check(hid in listed and listed[hid].get("stage") == "open", "in my list, to hand in")
    page = mine(me, hid)
    check(page.get("open") == "1" and page.find("rich") is not None, "open with its instructions")
    check("<script>alert" not in me.get("/homework/%s" % hid, xml=False).body, "no script on the page")
    r = hand_in(me, hid, "第一题：开启双因素认证。\n第二题：每 90 天更换密码。",
                {"file1": ("自查报告.pdf", PDF, "application/pdf")})
    check(r.status == 303 and r.header("Location")[0].endswith("/homework/%s?done=handed" % hid),
          "handed in: %d %s" % (r.status, r.body[:300]))
    page = me.get(r.header("Location")[0]).xml().find("homework")
    check(page.get("done") == "handed" and page.get("stage") == "submitted", "confirmed, waiting")
    check("作业已提交" in me.get("/homework/%s?done=handed" % hid, xml=False).body, "said in words")
    f = page.find("version/file")
    check(f is not None and f.get("name") == "自查报告.pdf", "the file listed")
    sid = page.get("submission")
    got = me.get("/submissions/%s/files/%s" % (sid, f.get("id")), xml=False)
    check(got.status == 200 and got.raw == PDF, "the learner gets their file back: %d" % got.status)
    check("attachment" in got.header("Content-Disposition")[0], "as a download")
    r = hand_in(me, hid, "再交一次")
    check(r.status == 409 and ("body", "hw_handed") in errors(r), "not twice before grading: %s" % errors(r))
    # The lecturer: the list counts, the learner waits to be graded, the file is there.
    row = [h for h in t.get("/admin/homework").xml().iter("homework") if h.get("id") == hid][0]
    check(row.get("handed") == "1" and row.get("to-grade") == "1", "counted: %s" % row.attrib)
    who = {l.get("login"): l for l in t.get("/admin/homework/%s" % hid).xml().iter("learner")}
    check(who["learner25"].get("state") == "submitted" and who["learner18"].get("state") == "missing",
          "who has and has not handed in")
    check(t.get("/admin/submissions/%s/files/%s" % (sid, f.get("id")), xml=False).raw == PDF, "the lecturer too")
    sub = t.get("/admin/submissions/" + sid).xml().find("submission")
    check(sub.findtext("version/body").startswith("第一题") and sub.get("max-score") == "20", "the grading page")
    r = t.post("/admin/submissions/%s/grade" % sid, {"score": "25", "feedback": "很好"})
    check(r.status == 400 and ("score", "hw_score_max") in errors(r), "over full marks refused: %s" % errors(r))
    check("分数不能超过" in t.post("/admin/submissions/%s/grade" % sid, {"score": "25"}, xml=False).body, "in words")
    check(sql("SELECT state FROM homework_submission WHERE id = " + sid)[1] == "submitted", "nothing written")
    r = t.post("/admin/submissions/%s/grade" % sid, {"score": "18", "feedback": "条理清晰。\n注意密码长度。"})
    check(r.status == 303, "graded: %d" % r.status)
    page = mine(me, hid)
    check(page.get("score") is None and page.find("feedback") is None and page.get("stage") == "submitted",
          "not shown before publishing: %s" % page.attrib)
    check([h.get("score") for h in me.get("/homework").xml().iter("homework") if h.get("id") == hid] == [None],
          "nor in the list")
    check(t.post("/admin/homework/%s/publish" % hid, {}).status == 303, "published")
    page = mine(me, hid)
    check(page.get("score") == "18" and page.get("stage") == "graded", "shown once published")
    check(page.findtext("feedback").startswith("条理清晰"), "with the feedback")
    check("注意密码长度" in me.get("/m/homework/%s" % hid, xml=False).body, "on a phone too")
    check(sql("SELECT COUNT(*) FROM message m JOIN account a ON a.id = m.account_id WHERE a.login = 'learner25' "
              "AND m.kind = 'hw_published' AND m.note = '密码安全自查报告 %s'" % STAMP)[1] == "1", "told")
    csv = t.get("/admin/homework/%s.csv" % hid, xml=False)
    check(csv.status == 200 and csv.raw.startswith(b"\xef\xbb\xbf"), "a CSV for Excel")
    line = [l for l in csv.body.splitlines() if l.startswith("learner25,")]
    check(line and ",graded," in line[0] and ",18,20," in line[0], "its row: %s" % line)
    acts = sql("SELECT GROUP_CONCAT(action ORDER BY id) FROM audit WHERE (object = 'homework' AND object_id = %s) "
               "OR (object = 'submission' AND object_id = %s)" % (hid, sid))[1]
    check(acts == "homework.create,homework.grade,homework.publish", "audited: %s" % acts)
    check(t.get("/admin/homework/%s" % hid, xml=False).status == 200, "the back office page renders")


@test
def homework_late_is_refused_or_marked():
    t = login("teacher1", base="/admin")
    r = t.post("/admin/homework", {"course": course_id(SAFETY), "title": "过去的作业", "due": due_in(-1),
                                   "max_score": "10"})
    check(r.status == 400 and ("due", "hw_due_past") in errors(r), "set in the past: %s" % errors(r))
    r = t.post("/admin/homework", {"course": course_id(SAFETY), "title": "x", "due": due_in(3),
                                   "max_score": "0"})
    check(r.status == 400 and ("max_score", "out_of_range") in errors(r), "full marks 1 or more")
    closed = set_homework(t, "钓鱼邮件识别练习")
    late_ok = set_homework(t, "安全事件报告演练", late="1")
    sql("UPDATE homework SET due_at = UTC_TIMESTAMP() - INTERVAL 1 HOUR WHERE id IN (%s, %s)" % (closed, late_ok))
    me = login("learner18")
    check(mine(me, closed).get("open") is None and mine(me, closed).get("stage") == "overdue", "closed")
    r = hand_in(me, closed)
    check(r.status == 409 and ("body", "hw_past_due") in errors(r), "refused after the deadline: %s" % errors(r))
    check(submission_of(closed, "learner18") == "", "nothing written")
    check(mine(me, late_ok).get("open") == "1", "late allowed: still open")
    check(hand_in(me, late_ok, "迟交的报告").status == 303, "handed in late")
    page = mine(me, late_ok)
    check(page.get("late") == "1" and page.get("stage") == "submitted", "marked late: %s" % page.attrib)
    row = [h for h in t.get("/admin/homework").xml().iter("homework") if h.get("id") == late_ok][0]
    check(row.get("late") == "1", "counted late")
    r = hand_in(me, late_ok, None)
    check(r.status == 409, "not again: %d" % r.status)
    fresh = set_homework(t, "空白提交检查")
    r = hand_in(me, fresh, None)
    check(r.status == 400 and ("body", "hw_empty") in errors(r), "text or a file: %s" % errors(r))
    r = hand_in(me, fresh, None, {"file1": ("脚本.pdf", b"#!/bin/sh\necho hi\n", "application/pdf")})
    check(r.status == 415 and ("file1", "bad_type") in errors(r), "a file by its content: %s" % errors(r))
    check(submission_of(fresh, "learner18") == "", "refused forms write nothing")


@test
def homework_returned_for_rework_then_again():
    t = login("teacher1", base="/admin")
    hid = set_homework(t, "安全培训心得")
    me = login("learner25")
    check(hand_in(me, hid, "初稿").status == 303, "handed in")
    sid = submission_of(hid, "learner25")
    r = t.post("/admin/submissions/%s/return" % sid, {"reason": ""})
    check(r.status == 400 and ("reason", "required") in errors(r), "a return says why")
    r = t.post("/admin/submissions/%s/return" % sid, {"reason": "请补充具体案例。"})
    check(r.status == 303, "returned: %d" % r.status)
    r = t.post("/admin/submissions/%s/grade" % sid, {"score": "10"})
    check(r.status == 409 and ("score", "hw_returned") in errors(r), "not graded while back with the learner")
    inbox = me.get("/messages", xml=False).body
    check("作业被退回修改" in inbox and "请补充具体案例" in inbox, "told why, in the inbox")
    page = mine(me, hid)
    check(page.get("stage") == "returned" and page.get("open") == "1", "open again: %s" % page.attrib)
    check(page.findtext("version/reason") == "请补充具体案例。", "with the reason")
    r = hand_in(me, hid, "修改稿：补充了钓鱼邮件案例。", base="/m")
    check(r.status == 303 and r.header("Location")[0].startswith("/m/homework/"), "again, from a phone")
    page = mine(me, hid)
    check(page.get("version") == "2" and page.get("stage") == "submitted", "the second version")
    versions = [v.get("n") for v in page.iter("version")]
    check(versions == ["2", "1"], "both kept, the newest first: %s" % versions)
    check(sql("SELECT COUNT(*) FROM submission_version WHERE submission_id = %s AND version = 1 "
              "AND returned_at IS NOT NULL" % sid)[1] == "1", "the first one's return recorded")
    check(t.post("/admin/submissions/%s/grade" % sid, {"score": "20"}).status == 303, "then graded")


@test
def homework_graded_after_publishing_tells_the_learner():
    t = login("teacher1", base="/admin")
    hid = set_homework(t, "发布后补评")
    check(t.post("/admin/homework/%s/publish" % hid, {}).status == 303, "published before any grade")
    me = login("learner25")
    check(hand_in(me, hid, "晚些交的作业").status == 303, "handed in")
    sid = submission_of(hid, "learner25")
    told = ("SELECT COUNT(*) FROM message m JOIN account a ON a.id = m.account_id WHERE a.login = 'learner25' "
            "AND m.kind = 'hw_published' AND m.note = '发布后补评 %s'" % STAMP)
    check(sql(told)[1] == "0", "nobody to tell at publishing")
    r = t.post("/admin/submissions/%s/grade" % sid, {"score": "25"})
    check(r.status == 400 and sql(told)[1] == "0", "a refused grade tells nothing")
    check(t.post("/admin/submissions/%s/grade" % sid, {"score": "15"}).status == 303, "graded")
    check(sql(told)[1] == "1", "told at once, as publishing tells: %s" % sql(told)[1])
    page = mine(me, hid)
    check(page.get("score") == "15" and page.get("stage") == "graded", "shown at once: %s" % page.attrib)
    check(t.post("/admin/submissions/%s/grade" % sid, {"score": "17"}).status == 303, "graded again")
    check(sql(told)[1] == "2" and mine(me, hid).get("score") == "17", "told of the change too")
    check("作业成绩已公布" in me.get("/messages", xml=False).body, "in the inbox, in words")


@test
def homework_and_hand_ins_stay_private():
    t = login("teacher1", base="/admin")
    hid = set_homework(t, "数据分类分级作业")
    owner = login("learner25")
    check(hand_in(owner, hid, "我的私人答案", {"file1": ("答案.pdf", PDF, "application/pdf")}).status == 303,
          "handed in")
    sid = submission_of(hid, "learner25")
    fid = sql("SELECT file_id FROM submission_file WHERE submission_id = " + sid)[1]
    stranger = login("learner23")
    for xml in (True, False):
        check(stranger.get("/homework/%s" % hid, xml=xml).status == 404, "not enrolled: 404 (xml=%s)" % xml)
        check(stranger.get("/submissions/%s/files/%s" % (sid, fid), xml=xml).status == 404, "nor the file")
    check(hid not in [h.get("id") for h in stranger.get("/homework").xml().iter("homework")], "nor listed")
    check(hand_in(stranger, hid).status == 404, "nor handed in")
    other = login("learner18")
    page = mine(other, hid)
    check(page.get("submission") is None and "我的私人答案" not in other.get("/homework/%s" % hid).body,
          "a classmate sees only their own")
    for xml in (True, False):
        check(other.get("/submissions/%s/files/%s" % (sid, fid), xml=xml).status == 404,
              "nor another's file (xml=%s)" % xml)
        check(other.get("/admin/submissions/%s" % sid, xml=xml).status == 403, "nor the grading page")
    # A course the admin builds alone: teacher1 does not reach its homework.
    a = login("admin", base="/admin")
    r = a.post("/admin/courses", dict(FORM, name="管理员的作业课程"))
    cid = r.header("Location")[0].split("/")[-1].split("?")[0]
    a.post("/admin/courses/%s/state" % cid, {"action": "submit"})
    check(a.post("/admin/courses/%s/state" % cid, {"action": "approve"}).status == 303, "published")
    joiner = login("learner24")
    check(joiner.post("/courses/%s/enrol" % cid, {"contact": "13800000024"}).status == 303, "enrolled")
    theirs = set_homework(a, "管理员布置的作业", course=cid)
    check(hand_in(joiner, theirs, "答案", {"file1": ("a.pdf", PDF, "application/pdf")}).status == 303, "handed in")
    sid2 = submission_of(theirs, "learner24")
    fid2 = sql("SELECT file_id FROM submission_file WHERE submission_id = " + sid2)[1]
    for path in ("/admin/homework/%s" % theirs, "/admin/homework/%s.csv" % theirs, "/admin/submissions/" + sid2,
                 "/admin/submissions/%s/files/%s" % (sid2, fid2)):
        for xml in (True, False):
            check(t.get(path, xml=xml).status == 404, "teacher1 does not reach %s (xml=%s)" % (path, xml))
    for path, fields in (("/admin/homework/%s" % theirs, {"title": "x", "due": due_in(2), "max_score": "5"}),
                         ("/admin/homework/%s/publish" % theirs, {}), ("/admin/homework/%s/delete" % theirs, {}),
                         ("/admin/submissions/%s/grade" % sid2, {"score": "1"}),
                         ("/admin/submissions/%s/return" % sid2, {"reason": "x"})):
        check(t.post(path, fields).status == 404, "nor changes %s" % path)
    check(theirs not in [h.get("id") for h in t.get("/admin/homework").xml().iter("homework")], "nor lists it")
    r = t.post("/admin/homework", {"course": cid, "title": "x", "due": due_in(2), "max_score": "5"})
    check(r.status == 400 and ("course", "unknown") in errors(r), "nor sets homework on it")
    check(login("learner19").get("/admin/homework").status == 403, "the back office pages are not for learners")
    check(get("/homework/%s" % hid).status == 303, "signed out: to sign in")
    # Deleted homework leaves the learners' pages.
    check(a.post("/admin/homework/%s/delete" % theirs, {}).status == 303, "deleted")
    check(joiner.get("/homework/%s" % theirs).status == 404, "gone for its learners")


@test
def homework_reminders_are_sent_once():
    check(lmsctl("remind").returncode == 0, "a first run sends what was due")
    t = login("teacher1", base="/admin")
    hid = set_homework(t, "即将截止的作业", days=1)
    me = login("learner18")
    check(hand_in(me, hid, "已完成").status == 303, "one has handed in already")
    owed = sql("SELECT COUNT(*) FROM enrolment e JOIN account a ON a.id = e.account_id AND a.status = 'active' "
               "WHERE e.course_id = %s AND e.status IN ('active', 'completed') AND a.login <> 'learner18'"
               % course_id(SAFETY))[1]
    count = "SELECT COUNT(*) FROM message WHERE kind = '%%s' AND note = '即将截止的作业 %s'" % STAMP
    first = lmsctl("remind")
    check(first.returncode == 0 and sql(count % "hw_due_soon")[1] == owed,
          "each who owes it reminded: %s of %s (%s)" % (sql(count % "hw_due_soon")[1], owed, first.stdout))
    check(lmsctl("remind").stdout.strip() == "remind: 0 messages", "the second run sends nothing")
    check(sql("SELECT COUNT(*) FROM message m JOIN account a ON a.id = m.account_id WHERE a.login = 'learner18' "
              "AND m.note = '即将截止的作业 %s'" % STAMP)[1] == "0", "not who handed in")
    sql("UPDATE homework SET due_at = UTC_TIMESTAMP() - INTERVAL 1 MINUTE WHERE id = " + hid)
    lmsctl("remind")
    check(lmsctl("remind").stdout.strip() == "remind: 0 messages", "overdue once too")
    check(sql(count % "hw_overdue")[1] == owed, "overdue reminders: %s" % sql(count % "hw_overdue")[1])
    inbox = login("learner25").get("/messages", xml=False).body
    check("作业 3 天内截止" in inbox and "即将截止的作业" in inbox, "in the inbox, in words")
