"""test_questions_io.py - the question bank as CSV: the export imports again, a dry run names every
bad row by line and column and writes nothing, a confirmation writes every row in one go, GBK files
keep their Chinese, only the courses one builds, hostile cells stored as text and exported safely."""
import time
from urllib.parse import quote

from test_http import check, test
from test_accounts import login, multipart, sql
from test_courses import FORM

# Knowledge points marking this run's rows, so the suite may run again on one stack.
RUN = str(int(time.time() * 1000) % 10 ** 8)
HEADER = "kind,course,point,difficulty,stem,options,answer,explanation\r\n"


def upload(s, data):
    return multipart(s, "/admin/questions/import", {}, {"file": ("questions.csv", data, "text/csv")})


def problems(r):
    return {(p.get("line"), p.get("column"), p.get("code")) for p in r.xml().iter("problem")}


def export(s, **filters):
    r = s.get("/admin/questions.csv?" + "&".join("%s=%s" % (k, quote(str(v))) for k, v in filters.items()),
              xml=False)
    check(r.status == 200 and r.header("Content-Type")[0].startswith("text/csv"), "a CSV: %d" % r.status)
    return r


def confirm(s, r):
    imp = r.xml().find("question-import")
    check(r.status == 200 and imp.get("problems") == "0", "the dry run passes: %d %s" % (r.status, r.body[:600]))
    return s.post("/admin/questions/import/" + imp.get("batch"), {}, xml=False), imp.get("batch")


def count(point):
    return sql("SELECT COUNT(*) FROM question WHERE deleted_at IS NULL AND point = '%s'" % point)[1]


@test
def question_export_imports_again():
    t = login("teacher1", base="/admin")
    r = export(t, course=sql("SELECT id FROM course WHERE name = '信息安全意识'")[1])
    body = r.body.lstrip("\ufeff")
    check(body.startswith(HEADER) and "attachment" in r.header("Content-Disposition")[0], "header row, a download")
    n = int(sql("SELECT COUNT(*) FROM question q JOIN course c ON c.id = q.course_id "
                "WHERE c.name = '信息安全意识' AND q.deleted_at IS NULL")[1])
    check(n >= 22, "the demo bank is there: %d" % n)
    before = sql("SELECT COUNT(*) FROM question")[1]
    r = upload(t, r.body.encode("utf-8"))
    imp = r.xml().find("question-import")
    check(r.status == 200 and imp.get("rows") == str(n) and imp.get("problems") == "0" and imp.get("batch"),
          "the export passes the dry run, %d rows: %d %s" % (n, r.status, r.body[:600]))
    check(sql("SELECT COUNT(*) FROM question")[1] == before, "the dry run writes nothing")
    check(login("admin", base="/admin").post("/admin/import/" + imp.get("batch"), {}).status == 404,
          "a question batch is not the people import's")
    page = t.get("/admin/questions/import", xml=False).body
    check('action="/admin/questions/import"' in page and "kind,course,point" in page, "the upload form")
    check('href="/admin/questions.csv?kind=fill"' in t.get("/admin/questions?kind=fill", xml=False).body,
          "the list links the export of what it shows")


@test
def question_import_with_one_bad_row_imports_nothing():
    t = login("teacher1", base="/admin")
    pt = "导入校验" + RUN
    good = ['single,,%s,2,好题%d,"甲\n乙\n丙",B,解析\r\n' % (pt, i) for i in range(4)]
    bad = ['选择,abc,%s,6,,"甲\n乙",C,\r\n' % ("长" * 101),
           'multiple,,%s,3,多选题,"甲\n乙\n丙",ABD\r\n' % pt,      # D is beyond the options
           'truefalse,,%s,1,判断题,,X,\r\n' % pt,
           'fill,,%s,9999999999999,填空题,,北京|Beijing,\r\n' % pt,
           'single,,%s,2,只有五列\r\n' % pt]
    rows = [HEADER] + good[:1] + bad[:1] + good[1:] + bad[1:]
    # A row's line is where it starts: options span lines of their own.
    line = {row: str(1 + sum(x.count("\n") for x in rows[:i])) for i, row in enumerate(rows)}
    r = upload(t, "".join(rows).encode("utf-8"))
    check(r.status == 400, "refused: %d" % r.status)
    got = problems(r)
    want = [(bad[0], "kind", "not_allowed"), (bad[0], "course", "bad_format"), (bad[0], "point", "too_long"),
            (bad[0], "difficulty", "out_of_range"), (bad[0], "stem", "required"), (bad[1], "answer", "bad_key"),
            (bad[2], "answer", "bad_key"), (bad[3], "difficulty", "out_of_range"),
            (bad[4], "*", "question_columns")]
    want = {(line[row], col, code) for row, col, code in want}
    check(got == want, "names every problem and no other: %s" % sorted(got ^ want))
    check(count(pt) == "0", "nothing imported")
    html = multipart(t, "/admin/questions/import", {}, {"file": ("q.csv", "".join(rows).encode(), "text/csv")},
                     xml=False).body
    check("<td>%s</td><td><code>stem</code></td>" % line[bad[0]] in html, "the page names line and column")
    r = upload(t, b'single,,x,1,"open\n')
    check(r.status == 400 and ("1", "*", "bad_csv") in problems(r), "bad CSV named: %s" % problems(r))


@test
def question_import_gbk_keeps_chinese_and_is_audited():
    t = login("teacher1", base="/admin")
    pt = "导入编码" + RUN
    text = ("题型,课程,知识点,难度,题干,选项,答案,解析\r\n"
            "单选,,{0},2,下列哪项是正确的灭火方法？,\"用水扑灭电器火灾\n切断电源后用干粉灭火器\",B,先断电。\r\n"
            "判断题,,{0},1,湿手可以插拔插头。,,F\r\n"
            "填空,,{0},3,我国的首都是____。,,北京|Beijing,\r\n"
            "简答,,{0},4,简述安全生产的方针。,,,\r\n").format(pt)
    r = upload(t, text.encode("gbk"))
    r, batch = confirm(t, r)
    check(r.status == 303 and r.header("Location")[0].endswith("/admin/questions"), "imported: %d" % r.status)
    got = sql("SELECT GROUP_CONCAT(CONCAT(kind, ':', stem, ':', answer_key) ORDER BY id SEPARATOR '/') "
              "FROM question WHERE point = '%s'" % pt)[1]
    check(got == "single:下列哪项是正确的灭火方法？:B/truefalse:湿手可以插拔插头。:F/"
                 "fill:我国的首都是____。:北京|Beijing/short:简述安全生产的方针。:", "stored as written: %s" % got)
    check(sql("SELECT options FROM question WHERE point = '%s' AND kind = 'single'" % pt)[1]
          == "用水扑灭电器火灾\\n切断电源后用干粉灭火器", "options one per line")
    audit = sql("SELECT action, object, object_id, after_val FROM audit WHERE action = 'question.import' "
                "ORDER BY id DESC LIMIT 1")[1].split("\t")
    check(audit[:3] == ["question.import", "import", batch] and '"rows": 4' in audit[3], "one audit entry: %s" % audit)
    check(t.post("/admin/questions/import/" + batch, {}).status == 404, "a batch is confirmed once")
    check(count(pt) == "4", "and only once")


@test
def question_import_only_for_builders_of_the_course():
    a = login("admin", base="/admin")
    r = a.post("/admin/courses", dict(FORM, name="题库导入的他人课程"))
    other = r.header("Location")[0].split("/")[-1].split("?")[0]
    mine = sql("SELECT id FROM course WHERE name = '安全生产基础'")[1]
    t = login("teacher1", base="/admin")
    pt = "导入权限" + RUN
    text = HEADER + ("truefalse,%s,%s,1,他人课程的题,,T,\r\n"
                     "truefalse,%s,%s,1,自己课程的题,,T,\r\n" % (other, pt, mine, pt))
    r = upload(t, text.encode("utf-8"))
    got = problems(r)
    check(r.status == 400 and got == {("2", "course", "unknown")}, "only a course one builds: %s" % sorted(got))
    check(count(pt) == "0", "nothing imported")
    check(upload(a, text.encode("utf-8")).status == 200, "the admin builds every course")
    learner = login("learner36", base="/admin")
    check(learner.get("/admin/questions/import").status == 403, "not for learners")
    check(upload(learner, text.encode("utf-8")).status == 403, "nor their uploads")
    check(learner.get("/admin/questions.csv", xml=False).status == 403, "nor the export")
    check("他人课程的题" not in export(t).body, "the export holds only what one reaches")


@test
def question_import_keeps_hostile_cells_as_text():
    t = login("teacher1", base="/admin")
    stem, point, expl = "=cmd|' /C calc'!A0", "<script>alert(%s)</script>" % RUN, "@SUM(1+1)"
    text = HEADER + 'short,,"%s",3,"%s",,"-2+3",%s\r\n' % (point, stem, expl)
    r, batch = confirm(t, upload(t, text.encode("utf-8")))
    check(r.status == 303, "imported: %d" % r.status)
    got = sql("SELECT CONCAT_WS('~', stem, answer_key, explanation) FROM question WHERE point = '%s'" % point)[1]
    check(got == "~".join([stem, "-2+3", expl]), "stored as text: %s" % got)
    html = t.get("/admin/questions?point=" + quote(point), xml=False).body
    check("<script>alert" not in html and "&lt;script&gt;" in html, "shown escaped")
    body = export(t, point=point).body.lstrip("\ufeff")
    row = body.split("\r\n")[1]
    check(row == "short,,%s,3,'=cmd|' /C calc'!A0,,'-2+3,'@SUM(1+1)" % point,
          "exported formula-safe: %s" % row)
    r = upload(t, body.encode("utf-8"))
    r, batch = confirm(t, r)
    check(sql("SELECT COUNT(DISTINCT CONCAT_WS('~', stem, answer_key, explanation)) FROM question "
              "WHERE point = '%s'" % point)[1] == "1" and count(point) == "2", "and imports back as it was")
