"""test_assign.py - assignment (指派) to departments, posts, groups and people within scope, people
who join later, learning plans and the onboarding plan, reminders sent once, My learning by stage,
and the monthly HR rules for the demo's month exactly as hand-computed (sql/demo/007_assignments.sql)."""
import csv
import datetime
import io
import os
import subprocess

from test_http import ROOT, VAR, check, test
from test_accounts import errors, login, sql
from test_courses import course_id

# Learners of this file (no other test uses them): learner10 (华东销售部), learner16 (软件开发部)
# and the demo's assigned ones read only.


def lmsctl(*args):
    return subprocess.run([os.path.join(ROOT, "cgi-bin/lmsctl"), "-c", os.path.join(VAR, "lms.conf")]
                          + list(args), capture_output=True, text=True)


def rows(query):
    out = sql(query)[1]
    return [l.split("\t") for l in out.splitlines()] if out else []


def ids(query):
    return sorted(r[0] for r in rows(query))


def due_in(days):
    return (datetime.date.today() + datetime.timedelta(days=days)).isoformat()


def assign(s, fields, status=303):
    r = s.post("/admin/assignments", fields)
    check(r.status == status, "assign %s: want %d, got %d %s" % (fields, status, r.status, errors(r)
                                                                  if r.status < 500 and status != 303 else r.body[:300]))
    return r


def assignment_of(r):
    loc = r.header("Location")[0]
    return loc.split("/assignments/")[1].split("?")[0]


def reached(aid):
    return ids("SELECT account_id FROM assignment_person WHERE assignment_id = %s" % aid)


def members(where):
    return ids("SELECT a.id FROM account a JOIN dept d ON d.id = a.dept_id WHERE a.status = 'active' AND " + where)


@test
def assign_to_a_department_reaches_exactly_its_members():
    adm = login("admin", base="/admin")
    word = course_id("Word 长文档排版")
    # learner10 enrolled by themselves first: they keep that enrolment and get the deadline.
    me = login("learner10")
    check(me.post("/courses/%s/enrol" % word, {"contact": "13800000010"}).status == 303, "self-enrolled")
    own = rows("SELECT e.id, e.source FROM enrolment e JOIN account a ON a.id = e.account_id "
               "WHERE a.login = 'learner10' AND e.course_id = %s" % word)[0]
    r = assign(adm, {"course": word, "due": due_in(10), "type": "required", "aud_dept": "7"})
    aid = assignment_of(r)
    want = members("a.dept_id = 7")
    check(reached(aid) == want, "exactly 华东销售部: %s vs %s" % (reached(aid), want))
    enrolled = ids("SELECT account_id FROM enrolment WHERE course_id = %s AND status = 'active'" % word)
    check(set(want) <= set(enrolled), "each of them enrolled")
    check(rows("SELECT e.id, e.source FROM enrolment e JOIN account a ON a.id = e.account_id "
               "WHERE a.login = 'learner10' AND e.course_id = %s" % word)[0] == own, "own enrolment kept")
    check(rows("SELECT COUNT(*) FROM enrolment WHERE course_id = %s AND source = 'assigned'" % word)[0][0]
          == str(len(want) - 1), "one assigned enrolment per other person")
    check(rows("SELECT COUNT(*) FROM assignment_person ap JOIN account a ON a.id = ap.account_id "
               "WHERE ap.assignment_id = %s AND a.login = 'learner10' AND ap.due_at > UTC_TIMESTAMP()" % aid)
          [0][0] == "1", "and the deadline")
    # 市场营销部 alone has no one; with its sub-departments, both sales departments.
    ppt = course_id("PPT 汇报设计")
    r = assign(adm, {"course": ppt, "due": due_in(10), "type": "elective", "aud_dept": "3"})
    check(reached(assignment_of(r)) == [], "a department without its subtree: its own members only")
    r = assign(adm, {"course": ppt, "due": due_in(10), "type": "elective", "aud_dept": "3", "subtree": "1"})
    want = members("d.path LIKE '/1/3/%'")
    check(reached(assignment_of(r)) == want and len(want) >= 20, "with sub-departments: %d" % len(want))
    # A post and a group, by the admin, reach their members.
    r = assign(adm, {"course": ppt, "due": due_in(10), "type": "elective", "aud_post": "2", "aud_group": "2"})
    want = ids("SELECT id FROM account WHERE status = 'active' AND (post_id = 2 OR id IN "
               "(SELECT account_id FROM account_group WHERE grp_id = 2))")
    check(reached(assignment_of(r)) == want, "post or group members")
    entry = rows("SELECT action, after_val FROM audit WHERE object = 'assignment' AND object_id = %s"
                 % assignment_of(r))
    check(entry and entry[0][0] == "assignment.create", "audited: %s" % entry)


@test
def assignment_refusals_answer_the_form():
    adm = login("admin", base="/admin")
    word = course_id("Word 长文档排版")
    r = assign(adm, {"course": course_id("职业素养与沟通"), "due": due_in(5), "type": "required",
                     "aud_dept": "7"}, 409)
    check(("course", "not_published") in errors(r), "a draft course: 409 not_published")
    r = assign(adm, {"course": word, "plan": "1", "due": due_in(5), "type": "required", "aud_dept": "7"}, 400)
    check(("course", "assign_what") in errors(r), "a course or a plan, not both")
    r = assign(adm, {"course": word, "due": "2020-01-01", "type": "required", "aud_dept": "7"}, 400)
    check(("due", "due_past") in errors(r), "no deadline in the past")
    r = assign(adm, {"course": word, "due": "2026-02-30", "type": "required", "aud_dept": "7"}, 400)
    check(("due", "bad_format") in errors(r), "a real date")
    r = assign(adm, {"course": word, "due": due_in(5), "type": "required"}, 400)
    check(("audience", "assign_audience") in errors(r), "someone to assign to")
    r = assign(adm, {"course": word, "due": due_in(5), "type": "required", "logins": "nosuchlogin"}, 400)
    check(("logins", "unknown") in errors(r), "unknown login")
    r = assign(adm, {"course": word, "due": due_in(5), "type": "required", "logins": "learner10、learner10 learner10"})
    check(reached(assignment_of(r)) == ids("SELECT id FROM account WHERE login = 'learner10'"),
          "a login named twice counts once")
    check("请选择一门课程或一个学习计划" in adm.post("/admin/assignments", {"course": word, "plan": "1",
          "due": due_in(5), "type": "required", "aud_dept": "7"}, xml=False).body, "said in words")


@test
def a_head_cannot_assign_outside_their_scope():
    head = login("head1", base="/admin")
    word = course_id("Word 长文档排版")
    before = sql("SELECT COUNT(*) FROM assignment")[1]
    for aud in ([("aud_dept", "7")], [("aud_dept", "3"), ("subtree", "1")], [("aud_group", "3")],
                [("logins", "learner2")], [("aud_dept", "5"), ("aud_dept", "7")]):
        fields = [("course", word), ("due", due_in(5)), ("type", "required")] + aud
        for xml in (True, False):
            r = head.post("/admin/assignments", fields, xml=xml)
            check(r.status == 403, "head1 to %s (xml=%s): %d" % (aud, xml, r.status))
        field = "logins" if aud[0][0] == "logins" else "audience"
        check((field, "out_of_scope") in errors(head.post("/admin/assignments", fields)), "says why: %s" % aud)
    check(sql("SELECT COUNT(*) FROM assignment")[1] == before, "nothing written")
    # A post is matched inside their subtree only: 销售代表 are all in sales.
    r = assign(head, {"course": word, "due": due_in(5), "type": "required", "aud_post": "4"})
    check(reached(assignment_of(r)) == [], "a post outside the subtree reaches no one")
    r = assign(head, {"course": word, "due": due_in(5), "type": "required", "aud_dept": "2", "subtree": "1"})
    check(reached(assignment_of(r)) == members("d.path LIKE '/1/2/%'"), "their own subtree")
    # Someone else's assignment, the admin's, is not theirs to read, in any form.
    for path in ("/admin/assignments/2", "/admin/assignments/2.csv"):
        check(head.get(path).status == 404 and head.get(path, xml=False).status == 404, path)
    mine = [a.get("id") for a in head.get("/admin/assignments").xml().iter("assignment")]
    check("4" in mine and "5" in mine and "2" not in mine, "the list: theirs and their officer's: %s" % mine)
    check(head.get("/admin/plans/1").status == 404, "the admin's plan is not theirs to change")


@test
def a_mentor_assigns_to_apprentices_only():
    m = login("mentor1", base="/admin")
    excel = course_id("Excel 数据透视表")
    form = m.get("/admin/assignments/new").xml()
    check(sorted(p.get("login") for p in form.iter("person")) == ["learner12", "learner4", "learner8"],
          "the form offers their apprentices")
    r = assign(m, {"course": excel, "due": due_in(7), "type": "elective", "logins": "learner4、learner12"})
    check(reached(assignment_of(r)) == ids("SELECT id FROM account WHERE login IN ('learner4', 'learner12')"),
          "to two apprentices")
    for aud in ({"logins": "learner16"}, {"aud_dept": "5"}, {"aud_post": "1"}, {"logins": "learner4 learner16"}):
        r = m.post("/admin/assignments", dict({"course": excel, "due": due_in(7), "type": "elective"}, **aud))
        check(r.status == 403, "a mentor cannot reach %s: %d" % (aud, r.status))
    check(m.get("/admin/plans").status == 403 and m.get("/admin/hr").status == 403, "plans and HR are not theirs")


@test
def people_who_join_later_get_it():
    adm = login("admin", base="/admin")
    tm = course_id("财务报销制度解读")
    aid = assignment_of(assign(adm, {"course": tm, "due": due_in(12), "type": "required", "aud_dept": "8"}))
    # Created in the back office: at once (and the onboarding plan, as a new hire).
    r = adm.post("/admin/people", {"login": "assignjoin1", "name": "新来的", "dept": "8", "post": "4"})
    check(r.status == 200, "created: %d" % r.status)
    new = sql("SELECT id FROM account WHERE login = 'assignjoin1'")[1]
    check(new in reached(aid), "reached right away")
    check(sql("SELECT COUNT(*) FROM enrolment WHERE account_id = %s AND course_id = %s AND status = 'active'"
              % (new, tm))[1] == "1", "and enrolled")
    onb = rows("SELECT TIMESTAMPDIFF(DAY, assigned_at, due_at), TIMESTAMPDIFF(DAY, training_ends_at, exam_due_at) "
               "FROM assignment_person WHERE assignment_id = 1 AND account_id = %s" % new)
    check(onb == [["14", "7"]], "the onboarding plan: due when training ends, the exam a week on: %s" % onb)
    got = set(ids("SELECT course_id FROM enrolment WHERE account_id = %s AND source = 'assigned'" % new))
    want = set(ids("SELECT course_id FROM plan_course WHERE plan_id = 1")) | {tm}
    check(want <= got, "the onboarding plan's courses and the department's: %s" % sorted(got))
    # Moved in by the person editor: at once too.
    r = adm.post("/admin/people/%s" % sql("SELECT id FROM account WHERE login = 'learner16'")[1],
                 {"name": sql("SELECT name FROM account WHERE login = 'learner16'")[1], "dept": "8", "post": "1"})
    check(r.status == 303, "moved: %d" % r.status)
    check(sql("SELECT id FROM account WHERE login = 'learner16'")[1] in reached(aid), "a move reaches them")
    # Written behind the pages' back: the periodic job finds them.
    sql("INSERT INTO account (login, name, dept_id, pw_hash, must_change) VALUES ('assignjoin2', '后来的', 8, 'x', 0)")
    late = sql("SELECT id FROM account WHERE login = 'assignjoin2'")[1]
    check(late not in reached(aid), "not yet")
    check(lmsctl("assignments").returncode == 0, "lmsctl assignments")
    check(late in reached(aid) and reached(aid) == members("a.dept_id = 8"), "after the job: all of 华南销售部")
    check(late in ids("SELECT account_id FROM assignment_person WHERE assignment_id = 1"), "a new hire")
    check(lmsctl("assignments").returncode == 0 and reached(aid) == members("a.dept_id = 8"), "again: the same")


@test
def reminders_are_sent_once():
    first = lmsctl("remind")
    check(first.returncode == 0, "remind runs: %s" % first.stderr)
    adm = login("admin", base="/admin")
    aid = assignment_of(assign(adm, {"course": course_id("商务写作"), "due": due_in(1), "type": "required",
                                     "logins": "learner10"}))
    r = lmsctl("remind")
    check(r.stdout.strip() == "remind: 1 messages", "one due-soon reminder: %s" % r.stdout)
    check(lmsctl("remind").stdout.strip() == "remind: 0 messages", "the second run sends nothing")
    check(rows("SELECT kind, COUNT(*) FROM message WHERE assignment_id = %s GROUP BY kind" % aid)
          == [["assign_due_soon", "1"]], "once")
    dup = sql("SELECT COUNT(*) FROM (SELECT account_id, assignment_id, kind FROM message "
              "WHERE assignment_id IS NOT NULL GROUP BY 1, 2, 3 HAVING COUNT(*) > 1) x")[1]
    check(dup == "0", "never twice per assignment, person and kind")
    inbox = login("learner10").get("/messages", xml=False).body
    check("3 天内到期" in inbox and "商务写作" in inbox, "in the inbox, in words")
    # The demo: overdue reminders for the month M work never done, at stack start.
    check(sql("SELECT COUNT(*) FROM message m JOIN account a ON a.id = m.account_id "
              "WHERE a.login = 'learner7' AND m.kind = 'assign_overdue' AND m.assignment_id = 2")[1] == "1",
          "the demo's overdue work was reminded of")


@test
def my_learning_by_stage_with_deadlines_and_plans():
    page = login("learner34").get("/learning").xml().find("learning")
    soon = [c.text for c in page.iter("course") if c.get("stage") == "due_soon"]
    check("信息安全意识" in soon, "assigned and due soon: %s" % soon)
    plan = page.find("plan")
    check(plan is not None and plan.get("onboarding") == "1" and plan.get("state") == "in_progress"
          and plan.get("required-done") == "1" and plan.get("required") == "3", "the onboarding plan")
    check(plan.get("exam-due") and plan.get("due") < plan.get("exam-due"), "with the exam's deadline")
    check([c.text for c in plan.iter("course")][0] == "新员工入职培训", "its courses in order")
    over = login("learner36").get("/learning").xml().find("learning")
    check(any(c.get("stage") == "overdue" for c in over.iter("course")), "overdue")
    done = login("learner13").get("/learning").xml().find("learning")
    check(any(c.text == "信息安全意识" and c.get("status") == "completed" and c.get("due")
              for c in done.iter("course")), "completed, with its deadline")
    html = login("learner34").get("/learning", xml=False).body
    check("即将到期" in html and "我的学习计划" in html and "考试截止" in html, "in words")
    check("即将到期" in login("learner34").get("/m/learning", xml=False).body, "on the phone")


@test
def completion_view_counts_and_csv():
    off = login("officer1", base="/admin")
    a = off.get("/admin/assignments/5").xml().find("assignment")
    counts = dict(a.find("counts").attrib)
    check(counts == {"on_time": "1", "late": "1", "overdue": "9"}, "软件开发部: %s" % counts)
    states = {p.get("login"): p.get("state") for p in a.iter("person")}
    check(states["learner16"] == "on_time" and states["learner20"] == "late" and states["learner24"] == "overdue",
          "each person's state")
    only = off.get("/admin/assignments/5?state=overdue").xml().find("assignment/people")
    check(len(only.findall("person")) == 9, "filtered by state")
    r = off.get("/admin/assignments/5.csv", xml=False)
    check(r.raw.startswith(b"\xef\xbb\xbf") and r.header("Content-Type")[0].startswith("text/csv"),
          "a BOM, so Excel reads UTF-8")
    table = list(csv.reader(io.StringIO(r.raw.decode("utf-8-sig"))))
    check(table[0][:5] == ["name", "login", "emp_no", "department", "state"] and len(table) == 12,
          "a header and 11 people: %d" % len(table))
    check(any(t[1] == "learner20" and t[4] == "late" for t in table), "states as in the page")
    check(login("officer1", base="/admin").get("/admin/assignments/5", xml=False).status == 200, "HTML")
    view = login("head1", base="/admin").get("/admin/assignments/4").xml().find("assignment/counts")
    check(view.get("on_time") == "1" and int(view.get("in_progress", "0")) >= 2, "测试部: %s" % view.attrib)


@test
def plans_crud_and_the_onboarding_flag():
    adm = login("admin", base="/admin")
    head = login("head1", base="/admin")
    se, at = course_id("软件工程规范"), course_id("自动化测试入门")
    rows_ = [("course", se), ("kind", "required"), ("course", at), ("kind", "elective"), ("course", ""),
             ("kind", "required")]
    r = head.post("/admin/plans", [("name", "测试部进阶计划"), ("min_elective", "1.5")] + rows_)
    check(r.status == 303, "a head makes a plan: %d %s" % (r.status, errors(r) if r.status == 400 else ""))
    pid = r.header("Location")[0].split("/plans/")[1].split("?")[0]
    plan = head.get("/admin/plans/" + pid).xml().find("plan-edit/plan")
    check([i.get("id") for i in plan.iter("item")] == [se, at], "courses in order")
    r = head.post("/admin/plans", [("name", "x"), ("onboarding", "1"), ("training_days", "7")] + rows_)
    check(r.status == 403 and ("onboarding", "onboarding_admin") in errors(r), "only the admin flags onboarding")
    r = head.post("/admin/plans", [("name", "y"), ("course", se), ("kind", "required"), ("course", se),
                                   ("kind", "elective")])
    check(r.status == 400 and ("courses", "plan_courses") in errors(r), "a course once")
    r = head.post("/admin/plans", [("name", "z"), ("course", course_id("数据库设计基础")), ("kind", "required")])
    check(r.status == 409 and ("courses", "not_published") in errors(r), "published courses only")
    r = head.post("/admin/plans", [("name", "w"), ("min_elective", "5")] + rows_)
    check(r.status == 400 and ("min_elective", "plan_min_elective") in errors(r), "a minimum that can be met")
    r = adm.post("/admin/plans", [("name", "第二个入职计划"), ("onboarding", "1"), ("training_days", "7")] + rows_)
    check(r.status == 409 and ("onboarding", "onboarding_taken") in errors(r), "one onboarding plan")
    # Assigned, then changed: its people are owed the new course too.
    aid = assignment_of(assign(head, {"plan": pid, "due": due_in(20), "type": "required", "logins": "learner17"}))
    r = head.post("/admin/plans/" + pid, [("name", "测试部进阶计划"), ("min_elective", "1.5")] + rows_[:4]
                  + [("course", course_id("Excel 数据透视表")), ("kind", "elective")])
    check(r.status == 303, "saved: %d" % r.status)
    check(sql("SELECT COUNT(*) FROM assignment_course WHERE assignment_id = %s" % aid)[1] == "3",
          "the assignment follows the plan")
    check(sql("SELECT COUNT(*) FROM enrolment e JOIN account a ON a.id = e.account_id WHERE a.login = 'learner17' "
              "AND e.course_id = %s" % course_id("Excel 数据透视表"))[1] == "1", "and enrols on the new course")
    r = head.post("/admin/plans/%s/delete" % pid, {})
    check(r.status == 409 and ("plan", "plan_in_use") in errors(r), "an assigned plan stays")
    r = head.post("/admin/plans", [("name", "用完即删"), ("course", se), ("kind", "required")])
    other = r.header("Location")[0].split("/plans/")[1].split("?")[0]
    check(head.post("/admin/plans/%s/delete" % other, {}).status == 303, "an unused one goes")
    check(head.get("/admin/plans/" + other).status == 404, "gone")
    check(sql("SELECT COUNT(*) FROM audit WHERE object = 'plan' AND object_id = %s" % other)[1] == "2",
          "both audited")


def demo_month():
    """Month M of the demo (two calendar months before it was loaded): its H1 was made on M's first."""
    month = sql("SELECT DATE_FORMAT(created_at + INTERVAL 8 HOUR, '%Y-%m') FROM assignment WHERE id = 2")[1]
    return month, int(month[5:])


@test
def hr_rules_for_the_demo_month_as_hand_computed():
    month, mon = demo_month()
    adm = login("admin", base="/admin")
    hr = adm.get("/admin/hr?month=" + month).xml().find("hr")
    target = 40 * mon / 12.0
    check(abs(float(hr.get("target")) - round(target, 1)) < 0.01, "the year's pace: %s" % hr.get("target"))
    # The whole organisation: the totals over everyone (paged rows follow).
    check((hr.get("on-time"), hr.get("missed"), hr.get("plus"), hr.get("minus")) == ("5", "11", "7", "-21"),
          "totals: %s" % dict(hr.attrib))
    table = list(csv.reader(io.StringIO(adm.get("/admin/hr.csv?month=" + month, xml=False).raw.decode("utf-8-sig"))))
    check(table[0] == ["name", "login", "emp_no", "department", "on_time", "missed", "plus", "minus", "net",
                       "year_credits", "behind", "exam_flagged"], "header: %s" % table[0])
    # csv_field keeps Excel from reading a negative number as a formula: '-5.
    got = {t[1]: [v.lstrip("'") for v in t[4:11]] for t in table[1:]}
    want = {"learner11": ["4", "0", "5", "0", "5", "4.0"],
            "learner31": ["1", "3", "2", "-5", "-3", "1.0"],
            "learner19": ["0", "1", "0", "-2", "-2", "1.0"]}
    for who in ("learner3", "learner7", "learner15", "learner23", "learner27", "learner35", "learner39"):
        want[who] = ["0", "1", "0", "-2", "-2", "0.0"]
    for who, w in want.items():
        behind = "1" if float(w[5]) < target else "0"
        check(got[who] == w + [behind], "%s: %s, want %s" % (who, got[who], w + [behind]))
    others = [k for k, v in got.items() if k not in want and v[:5] != ["0", "0", "0", "0", "0"]]
    check(others == [], "no one else has points that month: %s" % others)
    # A head sees their own department: no one there had that month's work.
    head = login("head1", base="/admin").get("/admin/hr?month=" + month).xml().find("hr")
    logins = [p.get("login") for p in head.iter("person")]
    check("learner11" not in logins and logins and head.get("plus") == "0", "head1's scope only")
    check(adm.get("/admin/hr?month=2026-13").status == 400, "a real month")
    check("+2" in adm.get("/admin/hr?month=" + month, xml=False).body, "the rule, in words")


@test
def an_assignment_ends_and_a_person_taken_off_stays_off():
    adm = login("admin", base="/admin")
    word = course_id("Word 长文档排版")
    aid = assignment_of(assign(adm, {"course": word, "due": due_in(12), "type": "required", "aud_dept": "7"}))
    people = reached(aid)
    gone = people[-1]
    # Someone else's assignment is out of reach: 404, nothing changed.
    head = login("head1", base="/admin")
    check(head.post("/admin/assignments/%s/people/%s/remove" % (aid, gone), {}).status == 404, "head1: 404")
    check(head.post("/admin/assignments/%s/end" % aid, {}).status == 404, "head1 cannot end it")
    r = adm.post("/admin/assignments/%s/people/%s/remove" % (aid, gone), {})
    check(r.status == 303 and r.header("Location")[0].endswith("?done=removed"), "removed: %d" % r.status)
    check(reached(aid) == people[:-1], "off the list")
    check(rows("SELECT COUNT(*) FROM enrolment WHERE course_id = %s AND account_id = %s" % (word, gone))[0][0]
          == "1", "their enrolment stays")
    check(lmsctl("assignments").returncode == 0 and reached(aid) == people[:-1],
          "resolving the audience again does not bring them back")
    page = adm.get("/admin/assignments/%s?done=removed" % aid, xml=False).body
    check("已将此人移出指派" in page and "已移出" in page, "the page says so")
    check(adm.post("/admin/assignments/%s/people/%s/remove" % (aid, gone), {}).status == 404, "twice: 404")
    entry = rows("SELECT action FROM audit WHERE object = 'assignment' AND object_id = %s ORDER BY id" % aid)
    check([e[0] for e in entry] == ["assignment.create", "assignment.remove"], "audited: %s" % entry)
    # Ended: nobody joins later; ending twice is refused with a message.
    r = adm.post("/admin/assignments/%s/end" % aid, {})
    check(r.status == 303 and r.header("Location")[0].endswith("?done=ended"), "ended: %d" % r.status)
    sql("DELETE FROM assignment_person WHERE assignment_id = %s AND account_id = %s" % (aid, people[0]))
    check(lmsctl("assignments").returncode == 0 and people[0] not in reached(aid), "no one joins an ended one")
    r = adm.post("/admin/assignments/%s/end" % aid, {})
    check(r.status == 409 and ("assignment", "assignment_ended") in errors(r), "again: 409 %d" % r.status)
    check(adm.get("/admin/assignments/%s" % aid).xml().find("assignment").get("ended"), "shows when it ended")
